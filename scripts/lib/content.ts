/**
 * The content as the build reads it, for tests and scripts that run outside Astro: the files read by
 * `readContent` and parsed by `checkContent`, with the real frontmatter parser and the real schemas,
 * so a test's expectations come from the same data the pages do. Nothing here reads YAML itself.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readContent } from '../../src/integrations/read-content.ts';
import { captureParagraphs } from '../../src/lib/captures.ts';
import { checkContent, type CheckedContent } from '../../src/lib/content-check.ts';
import { formatProblem } from '../../src/lib/integrity.ts';
import type { SiteData } from '../../src/schemas/site.ts';

/** The project's own content folder. */
export const CONTENT = path.resolve(import.meta.dirname, '../../content');

/** Every entry of the content, parsed and validated; the identity from `site.yaml`. */
export type Content = Omit<CheckedContent, 'problems' | 'site'> & { site: SiteData };

const loaded = new Map<string, Content>();

/**
 * The content under `root` (default: the project's `content/`), read once per root. Throws, naming
 * every problem as `npm run check:content` does, when the build would refuse it: a test's
 * expectations drawn from content the build refuses would mean nothing.
 */
export function loadContent(root = CONTENT): Content {
  const known = loaded.get(root);
  if (known) return known;
  const { problems, site, ...entries } = checkContent(readContent(root));
  if (problems.length > 0 || !site) {
    throw new Error(
      `The content in ${root} has problems (run npm run check:content):\n${problems.map(formatProblem).join('\n')}`,
    );
  }
  const content = { ...entries, site };
  loaded.set(root, content);
  return content;
}

/** The entries of a collection by id. */
export function byId<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

/** The ids of a collection's entries, sorted. */
export function idsOf(entries: ReadonlyArray<{ id: string }>): string[] {
  return entries.map((entry) => entry.id).sort();
}

/** Every address the content verifies: each document's `url`, each source's `url` and `related` links. */
export function verifiedUrls(content: Content): Set<string> {
  return new Set([
    ...content.documents.map((d) => d.data.url),
    ...content.sources.flatMap((s) => [...(s.data.url ? [s.data.url] : []), ...s.data.related.map((r) => r.url)]),
  ]);
}

/**
 * The texts a text-fragment link may point into, by verified URL: each document's capture (its
 * paragraphs, furniture included as it is on the page), and for each source with a URL the words of every
 * quotation (of an argument or an event) that quotes it.
 */
export function fragmentTexts(content: Content, root = CONTENT): Map<string, string[][]> {
  const texts = new Map<string, string[][]>();
  const add = (url: string, text: string[]) => texts.set(url, [...(texts.get(url) ?? []), text]);
  for (const d of content.documents) {
    add(d.data.url, captureParagraphs(readFileSync(path.join(root, 'originals', d.data.capture), 'utf8')));
  }
  const sources = byId(content.sources);
  const quotations = [
    ...content.arguments.flatMap((a) => [...a.data.quotations, ...a.data.questions]),
    ...content.events.flatMap((e) => e.data.evidence),
  ];
  for (const q of quotations) {
    const url = q.quoting === undefined ? undefined : sources.get(q.quoting)?.data.url;
    if (url) add(url, [q.text]);
  }
  return texts;
}
