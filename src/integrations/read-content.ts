// Reads the content folder from disk for the checks and tools that run outside Astro
// (check:content, the build's pre-check, locate, new:document) and for the documents loader.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ContentFiles, EntryFile } from '../lib/content-check.ts';
import type { SourceFile } from '../lib/content-files.ts';
import { contentRoot } from '../lib/content-root.ts';

/** The entry collections, each a folder of `.md`/`.mdx` files under the content root. */
export const ENTRY_FOLDERS = ['documents', 'sources', 'arguments', 'events'] as const;

const ENTRY = /\.mdx?$/;

/** How messages name a file: relative to the working directory, with forward slashes. */
export const displayPath = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/') || file;

const read = (file: string): SourceFile => ({ file: displayPath(file), text: readFileSync(file, 'utf8') });

/**
 * The entry files of one collection folder, sorted by path: every `.md`/`.mdx` file at any depth
 * except those whose name starts with `_` (drafts). The id is the path without its extension.
 */
export function readEntries(folder: string): EntryFile[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .map((rel) => rel.split(path.sep).join('/'))
    .filter((rel) => ENTRY.test(rel) && !path.posix.basename(rel).startsWith('_'))
    .sort()
    .map((rel) => ({ id: rel.replace(ENTRY, ''), ...read(path.join(folder, rel)) }));
}

/** Everything under the content root (`CONTENT_ROOT`, default `./content`) as text. */
export function readContent(root = contentRoot()): ContentFiles {
  const at = (...parts: string[]) => path.join(root, ...parts);
  const optional = (file: string) => (existsSync(file) ? read(file) : undefined);
  const originals = new Map<string, SourceFile>();
  if (existsSync(at('originals'))) {
    for (const name of readdirSync(at('originals')).sort()) originals.set(name, read(at('originals', name)));
  }
  return {
    site: optional(at('site.yaml')),
    documents: readEntries(at('documents')),
    sources: readEntries(at('sources')),
    arguments: readEntries(at('arguments')),
    events: readEntries(at('events')),
    originals,
    expectedSite: displayPath(at('site.yaml')),
  };
}
