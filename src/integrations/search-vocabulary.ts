import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { buildVocabulary, VOCABULARY_PATH, type IndexedPage } from '../lib/search-suggestions.ts';

/** What Pagefind writes at the start of every file it compresses, once inflated. */
const SIGNATURE = 'pagefind_dcd';

/**
 * What Pagefind indexed of one page, read back from its fragment file (`bytes`, as written): the text
 * it indexed and the page's metadata. Throws when the file is not a Pagefind fragment.
 */
export function readFragment(bytes: Uint8Array): IndexedPage {
  const text = gunzipSync(bytes).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error('not a Pagefind fragment');
  const { content, meta } = JSON.parse(text.slice(SIGNATURE.length)) as Partial<IndexedPage>;
  if (typeof content !== 'string' || typeof meta !== 'object') throw new Error('a fragment without content or meta');
  return { content, meta };
}

/**
 * Writes the vocabulary for "Did you mean …" (src/lib/search-suggestions.ts) into the site `site`,
 * from the fragments Pagefind wrote into `<site>/pagefind/fragment/`: each is what Pagefind indexed of
 * one page, so the vocabulary holds exactly the words a search can find, whatever the pages mark
 * searchable. Returns the number of words and the file's size in bytes. Errors name the file.
 */
export async function writeVocabulary(site: string): Promise<{ words: number; bytes: number }> {
  const dir = path.join(site, 'pagefind', 'fragment');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.pf_fragment')).sort();
  const pages = await Promise.all(
    files.map(async (f) => {
      try {
        return readFragment(await readFile(path.join(dir, f)));
      } catch (cause) {
        throw new Error(`Could not read Pagefind's ${path.join(dir, f)}`, { cause });
      }
    }),
  );
  const vocabulary = buildVocabulary(pages);
  const json = JSON.stringify(vocabulary);
  await writeFile(path.join(site, VOCABULARY_PATH), json);
  return { words: vocabulary.words.length, bytes: Buffer.byteLength(json) };
}
