// Reads the content folder from disk for the checks and tools that run outside Astro
// (check:content, the build's pre-check, locate, new:document) and for the documents loader.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { contentFilesFrom, type ContentFiles, type EntryFile } from '../lib/content-check.ts';
import { contentRoot } from '../lib/content-root.ts';

/** How messages name a file: relative to the working directory, with forward slashes. */
export const displayPath = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/') || file;

/** Every file under `folder` (at any depth), as its path relative to `folder` with forward slashes → its text. */
function readTree(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(folder)) return files;
  for (const rel of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(folder, rel);
    if (statSync(full).isFile()) files.set(rel.split(path.sep).join('/'), readFileSync(full, 'utf8'));
  }
  return files;
}

/** The entries of one collection (`documents`, `sources`…) of the content root, as `readContent` gives them. */
export function readCollection(
  root: string,
  collection: 'documents' | 'sources' | 'arguments' | 'events',
): EntryFile[] {
  const tree = new Map([...readTree(path.join(root, collection))].map(([rel, text]) => [`${collection}/${rel}`, text]));
  return contentFilesFrom(tree, `${displayPath(root)}/`)[collection];
}

/** Everything under the content root (`CONTENT_ROOT`, default `./content`) as text. */
export function readContent(root = contentRoot()): ContentFiles {
  return contentFilesFrom(readTree(root), `${displayPath(root)}/`);
}
