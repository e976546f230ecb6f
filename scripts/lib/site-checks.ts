import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { SEARCHABLE_PAGES } from '../../src/integrations/search-index.ts';
import { transferSize } from './transfer-size.ts';
import { findTextDirective, joinParagraphs } from '../../src/lib/text-fragment-match.ts';
import { parseTextFragment } from '../../src/lib/text-fragments.ts';

/** The HTML pages of a built site folder, keyed by the file's path relative to the folder. */
export interface BuiltSite {
  /** Absolute path of the folder. */
  dir: string;
  /** File path (relative, `/`-separated) → HTML text, in sorted order. */
  pages: Map<string, string>;
}

/** An `<a href>` found in a page: the whole start tag and its decoded href. */
interface Anchor {
  tag: string;
  href: string;
}

/** Reads every `.html` file under `dir`; throws when the folder is missing. */
export function loadSite(dir: string): BuiltSite {
  if (!existsSync(dir)) throw new Error(`${dir} is missing: build the site first`);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('.html'))
    .sort();
  return { dir, pages: new Map(files.map((f) => [f, readFileSync(path.join(dir, f), 'utf8')])) };
}

/**
 * Pages whose search mark disagrees with what Pagefind reads: a page must carry `data-pagefind-body`
 * exactly when its file matches `SEARCHABLE_PAGES`, or it would be searchable in name only (outside
 * the glob, never read) or read for nothing (inside it, unmarked).
 */
export function searchablePageProblems(site: BuiltSite): string[] {
  return [...site.pages].flatMap(([file, html]) => {
    const marked = /<[^>]+\sdata-pagefind-body[\s=>]/.test(html);
    const read = path.matchesGlob(file, SEARCHABLE_PAGES);
    if (marked === read) return [];
    return [
      `${file}: ${marked ? 'marked data-pagefind-body, but not' : 'not marked data-pagefind-body, but'} in ${SEARCHABLE_PAGES}`,
    ];
  });
}

/**
 * What a page of `site` costs a reader before interaction: its HTML and the stylesheets, scripts and icon
 * it links, each as transferred (`transferSize`: gzip for text), in bytes.
 */
export function pageWeight(site: BuiltSite, html: string): number {
  const assets = [...html.matchAll(/<(?:link[^>]* href|script[^>]* src)="(\/[^"]+\.(?:css|js|svg))"/g)].map(
    (m) => m[1] ?? '',
  );
  const type = (file: string) =>
    file.endsWith('.css') ? 'text/css' : file.endsWith('.js') ? 'text/javascript' : 'image/svg+xml';
  return [...new Set(assets)].reduce(
    (sum, file) => sum + transferSize(type(file), readFileSync(path.join(site.dir, file))),
    transferSize('text/html', Buffer.from(html)),
  );
}

/** The site path a built file answers at: `a/index.html` → `/a/`, `404.html` → `/404.html`. */
export const urlOf = (file: string): string => `/${file.replace(/(^|\/)index\.html$/, '$1')}`;

const decodeEntities = (text: string): string =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

function anchorsOf(html: string): Anchor[] {
  return [...html.matchAll(/<a\s[^>]*?href="([^"]*)"[^>]*>/g)].map((m) => ({
    tag: m[0],
    href: decodeEntities(m[1] ?? ''),
  }));
}

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1] ?? '')));
}

const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/**
 * html-validate's recommended rules over every page. Two rules are off, for reasons that hold for
 * generated pages: trailing whitespace is not authored and changes nothing, and argument titles are
 * whole-sentence claims, so page titles are long by design.
 */
export async function htmlProblems(site: BuiltSite): Promise<string[]> {
  const validator = new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: { 'no-trailing-whitespace': 'off', 'long-title': 'off' },
  });
  const problems: string[] = [];
  for (const [file, text] of site.pages) {
    const report = await validator.validateString(text, file);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${file}:${m.line}: ${m.ruleId}: ${m.message}`);
    }
  }
  return problems;
}

/**
 * Internal links (`base` is the path the site is served under) that lead nowhere: a page or file
 * missing from the folder, or a `#fragment` with no element of that id on the target page.
 */
export function linkProblems(site: BuiltSite, base = '/'): string[] {
  const byUrl = new Map([...site.pages.keys()].map((f) => [urlOf(f), f]));
  const problems: string[] = [];
  for (const [file, text] of site.pages) {
    const here = `http://site${base.replace(/\/$/, '')}${urlOf(file)}`;
    for (const { href } of anchorsOf(text)) {
      if (EXTERNAL.test(href)) continue;
      const target = new URL(href, here);
      if (!target.pathname.startsWith(base)) {
        problems.push(`${file}: ${href} leaves the site's base path ${base}`);
        continue;
      }
      const local = `/${target.pathname.slice(base.length)}`;
      const page = byUrl.get(local);
      if (!page && !existsSync(path.join(site.dir, decodeURIComponent(local)))) {
        problems.push(`${file}: ${href} (no such page)`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      if (fragment && !idsOf(site.pages.get(page ?? '') ?? '').has(fragment)) {
        problems.push(`${file}: ${href} (no element with id "${fragment}")`);
      }
    }
  }
  return problems;
}

/** A link to a web search for a work's title, which pages offer when no URL is verified. */
export const WEB_SEARCH = /^https:\/\/duckduckgo\.com\/\?q=[^\s]+$/;

/**
 * Every outbound (http/https) link of the site: URL → the files that link to it. A text fragment is
 * dropped (a browser never sends it), so each address is listed once however many words it is opened at.
 */
export function outboundLinks(site: BuiltSite): Map<string, string[]> {
  const links = new Map<string, string[]>();
  for (const [file, text] of site.pages) {
    for (const { href } of anchorsOf(text)) {
      if (!/^https?:/i.test(href)) continue;
      const url = parseTextFragment(href).url;
      const files = links.get(url) ?? [];
      if (!files.includes(file)) links.set(url, [...files, file]);
    }
  }
  return links;
}

/**
 * The texts a text-fragment link to a verified URL may point into, by URL: for a document, its capture's
 * paragraphs; for a quoted work, the words of each quotation of it (one paragraph each).
 */
export type FragmentTexts = ReadonlyMap<string, ReadonlyArray<readonly string[]>>;

/** A link carrying a URL text fragment (`#:~:text=`): the page it is on, its href, the URL without the directive. */
export interface TextFragmentLink {
  file: string;
  href: string;
  url: string;
}

/** Every outbound link of the site that carries a text directive. */
export function textFragmentLinks(site: BuiltSite): TextFragmentLink[] {
  return [...site.pages].flatMap(([file, text]) =>
    anchorsOf(text)
      .filter(({ href }) => /^https?:/i.test(href) && href.includes(':~:'))
      .map(({ href }) => ({ file, href, url: parseTextFragment(href).url })),
  );
}

/**
 * Why a text-fragment link is wrong, or undefined when it is sound: every directive decodes, and its
 * words (prefix, start, end, suffix, in that order, as a browser matches them) are found in one of the
 * texts known for its URL.
 */
export function textFragmentProblem(href: string, texts: FragmentTexts): string | undefined {
  const { url, directives } = parseTextFragment(href);
  const known = texts.get(url);
  if (!known) return `${href} has a text fragment on an address with no known text`;
  if (directives.length === 0) return `${href} has a fragment directive that does not decode`;
  const joined = known.map(joinParagraphs);
  const missing = directives.find((d) => !joined.some((t) => findTextDirective(t, d)));
  return missing && `${href}: the words “${missing.start}” are not in the text of ${url}`;
}

/**
 * Outbound links that are not safe to publish: not well-formed, not one of the `verified` URLs (or a
 * labelled web search, or a verified URL with a text fragment whose words are in its text, as `texts`
 * knows them), or without `rel="noopener noreferrer"`.
 */
export function outboundProblems(
  site: BuiltSite,
  verified: ReadonlySet<string>,
  texts: FragmentTexts = new Map(),
): string[] {
  const problems: string[] = [];
  for (const [file, text] of site.pages) {
    for (const { tag, href } of anchorsOf(text)) {
      if (!EXTERNAL.test(href)) continue;
      if (!/^https?:\/\/[^\s/]+\.[^\s/]+(\/\S*)?$/i.test(href)) {
        problems.push(`${file}: ${href} is not a well-formed http(s) URL`);
        continue;
      }
      const search = WEB_SEARCH.test(href);
      const fragment = href.includes(':~:');
      const address = fragment ? parseTextFragment(href).url : href;
      if (!verified.has(address) && !search) problems.push(`${file}: ${href} is not a verified URL`);
      else if (fragment) {
        const problem = textFragmentProblem(href, texts);
        if (problem) problems.push(`${file}: ${problem}`);
      }
      if (!/\brel="[^"]*\bnoopener\b[^"]*\bnoreferrer\b/.test(tag))
        problems.push(`${file}: ${href} lacks rel="noopener noreferrer"`);
      if (search && !/\bweb-search\b/.test(tag)) problems.push(`${file}: ${href} is a web search without its label`);
    }
  }
  return problems;
}
