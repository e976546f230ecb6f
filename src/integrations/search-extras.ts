import { glob, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DATE_ATTRIBUTE, DATE_ORDER_PATH, type DateOrder } from '../lib/search-contract.ts';
import { buildVocabulary, VOCABULARY_PATH, type IndexedPage } from '../lib/search-suggestions.ts';

/** What Pagefind writes at the start of every file it compresses, once inflated. */
const SIGNATURE = 'pagefind_dcd';

/** One page as Pagefind indexed it: its result id (the fragment's name), its URL, text and metadata. */
export interface FragmentPage extends IndexedPage {
  id: string;
  url: string;
}

/**
 * What Pagefind indexed of one page, read back from its fragment file (`bytes`, as written) named
 * `id`. Throws when the file is not a Pagefind fragment.
 */
export function readFragment(id: string, bytes: Uint8Array): FragmentPage {
  const text = gunzipSync(bytes).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error('not a Pagefind fragment');
  const { url, content, meta } = JSON.parse(text.slice(SIGNATURE.length)) as Partial<FragmentPage>;
  if (typeof url !== 'string' || typeof content !== 'string' || typeof meta !== 'object')
    throw new Error('a fragment without url, content or meta');
  return { id, url, content, meta };
}

/** Every page Pagefind indexed into `<site>/pagefind/`, from its fragments, in the order of their names. */
export async function readFragments(site: string): Promise<FragmentPage[]> {
  const dir = path.join(site, 'pagefind', 'fragment');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.pf_fragment')).sort();
  return Promise.all(
    files.map(async (f) => {
      try {
        return readFragment(f.replace(/\.pf_fragment$/, ''), await readFile(path.join(dir, f)));
      } catch (cause) {
        throw new Error(`Could not read Pagefind's ${path.join(dir, f)}`, { cause });
      }
    }),
  );
}

const DATE = new RegExp(`\\s${DATE_ATTRIBUTE}="([^"]*)"`);

/**
 * Each page's date by the URL Pagefind gives the page (`/a/` for `a/index.html`), for the built files
 * of `site` that `pattern` (a glob) matches: the value of the first `DATE_ATTRIBUTE` in the file, `0000`
 * when it has none. Errors name the file.
 */
export async function pageDates(site: string, pattern: string): Promise<Map<string, string>> {
  const dates = new Map<string, string>();
  const reads: Array<Promise<void>> = [];
  for await (const file of glob(pattern, { cwd: site })) {
    const url = `/${file.split(path.sep).join('/')}`.replace(/index\.html$/, '');
    reads.push(
      readFile(path.join(site, file), 'utf8').then(
        (html) => void dates.set(url, DATE.exec(html)?.[1] ?? '0000'),
        (cause: unknown) => {
          throw new Error(`Could not read ${path.join(site, file)} for its date`, { cause });
        },
      ),
    );
  }
  await Promise.all(reads);
  return dates;
}

/**
 * The date-order file for `pages`, given each page's date by its URL (`pageDates`). Oldest first; ties
 * by URL. Throws when a page has no date entry.
 */
export function dateOrder(pages: readonly FragmentPage[], dates: ReadonlyMap<string, string>): DateOrder {
  const dated = pages.map((page) => {
    const date = dates.get(page.url);
    if (date === undefined) throw new Error(`Pagefind's result ${page.id} (${page.url}) is not among the dated pages`);
    return { id: page.id, url: page.url, date };
  });
  const byDate = (a: (typeof dated)[number], b: (typeof dated)[number]) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
  return { ids: dated.sort(byDate).map((d) => d.id) };
}

/** Sizes of the files `writeSearchExtras` wrote, in bytes, and the number of words in the vocabulary. */
export interface SearchExtras {
  words: number;
  vocabularyBytes: number;
  dateOrderBytes: number;
}

/**
 * Writes the files the search page loads only on demand, from what Pagefind wrote into
 * `<site>/pagefind/`: the vocabulary for "Did you mean …" (src/lib/search-suggestions.ts), made of
 * exactly the text and metadata Pagefind indexed of each page, whatever the pages mark searchable; and
 * the pages in date order (`DATE_ORDER_PATH`, from `dates`: see `pageDates`), for ordering results by date.
 * Errors name the file.
 */
export async function writeSearchExtras(site: string, dates: ReadonlyMap<string, string>): Promise<SearchExtras> {
  const pages = await readFragments(site);
  const words = buildVocabulary(pages);
  const vocabulary = JSON.stringify(words);
  const order = JSON.stringify(dateOrder(pages, dates));
  await writeFile(path.join(site, VOCABULARY_PATH), vocabulary);
  await writeFile(path.join(site, DATE_ORDER_PATH), order);
  return {
    words: words.words.length,
    vocabularyBytes: Buffer.byteLength(vocabulary),
    dateOrderBytes: Buffer.byteLength(order),
  };
}
