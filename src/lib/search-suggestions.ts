/**
 * "Did you mean …" for a search that found nothing: the vocabulary the build writes from what Pagefind
 * indexed (every searchable page's indexed text and metadata), and the matching of a query's words
 * against it by edit distance. The build (src/integrations/search-vocabulary.ts) and the search page
 * (src/scripts/search/suggest.ts, loaded only after an empty search) both go through this module, so
 * the file's name and shape are defined once. Pure and free of imports: the search page bundles it.
 */

/** Where the vocabulary is written, relative to the site's base (inside Pagefind's own folder). */
export const VOCABULARY_PATH = 'pagefind/vocabulary.json';

/** The vocabulary file: searchable words, most frequent first (by the number of pages holding them). */
export interface Vocabulary {
  words: string[];
}

/** Words shorter than this are neither listed nor corrected: at one or two letters every edit is a word. */
export const MIN_WORD_LENGTH = 3;
/** Longer runs of letters are not words a reader types (identifiers, run-together text). */
export const MAX_WORD_LENGTH = 24;
/**
 * The most words the vocabulary keeps, the most frequent first: about 78 KB gzip at the cap (3.9 bytes a
 * word, as measured here), loaded only after a search that found nothing. This site (about 900 words)
 * and the 10,000-argument synthetic corpus (about 1,000) are far below it; a corpus in real language
 * grows a long tail of one-page words, and past the cap those are dropped (docs/performance.md).
 */
export const MAX_VOCABULARY = 20_000;

/** A run of letters or digits: what Pagefind splits text into (it splits `e-mail` at the hyphen too). */
const WORD = /[\p{L}\p{N}]+/gu;
/** Only letters: words with digits in them (dates, numbers) are not suggested. */
const LETTERS = /^\p{L}+$/u;

/** The words of `text` that can be listed or corrected, lower-cased, in order, repeats kept. */
export function vocabularyWords(text: string): string[] {
  return (text.match(WORD) ?? [])
    .map((w) => w.toLowerCase())
    .filter((w) => w.length >= MIN_WORD_LENGTH && w.length <= MAX_WORD_LENGTH && LETTERS.test(w));
}

/** What Pagefind indexed of one page: its text and its metadata fields. */
export interface IndexedPage {
  content: string;
  meta: Readonly<Record<string, string>>;
}

/**
 * Pagefind's metadata fields that hold no words a reader searches for (its image URL and alt text are
 * not read as words here).
 */
const NOT_WORDS = new Set(['image', 'image_alt']);

/**
 * The vocabulary of `pages`: every word of their text and metadata, ordered by the number of pages
 * holding it (most first; ties alphabetical, so the file is the same on every build), at most `limit`.
 */
export function buildVocabulary(pages: Iterable<IndexedPage>, limit = MAX_VOCABULARY): Vocabulary {
  const pagesWith = new Map<string, number>();
  for (const page of pages) {
    const fields = Object.entries(page.meta).filter(([key]) => !NOT_WORDS.has(key));
    const words = new Set(vocabularyWords([page.content, ...fields.map(([, value]) => value)].join(' ')));
    for (const w of words) pagesWith.set(w, (pagesWith.get(w) ?? 0) + 1);
  }
  const words = [...pagesWith]
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([w]) => w);
  return { words };
}

/**
 * The edit distance between `a` and `b` counting an insertion, a deletion, a substitution or a swap of
 * two neighbouring letters as one edit (optimal string alignment). Returns `max + 1` as soon as the
 * distance is known to exceed `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      current.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
    before = previous;
    previous = current;
  }
  const distance = previous[b.length] ?? 0;
  return distance > max ? max + 1 : distance;
}

/** The most edits a word of `length` letters may need to count as close: one up to four letters, else two. */
export const maxEdits = (length: number): number => (length <= 4 ? 1 : 2);

/** The vocabulary's words within `maxEdits` of `word`, closest first (ties: more frequent first), at most `limit`. */
export function closestWords(word: string, vocabulary: Vocabulary, limit = 3): string[] {
  const max = maxEdits(word.length);
  const found: Array<{ w: string; d: number; rank: number }> = [];
  vocabulary.words.forEach((w, rank) => {
    const d = editDistance(word, w, max);
    if (d <= max) found.push({ w, d, rank });
  });
  return found
    .sort((x, y) => x.d - y.d || x.rank - y.rank)
    .slice(0, limit)
    .map((f) => f.w);
}

/** `word` written in the case of `typed`: capitalised when the reader capitalised, else lower case. */
const inCaseOf = (typed: string, word: string): string =>
  typed.length > 1 && typed === typed.toUpperCase()
    ? word.toUpperCase()
    : /^\p{Lu}/u.test(typed)
      ? word.charAt(0).toUpperCase() + word.slice(1)
      : word;

/**
 * Queries close to `query` whose every word is in `vocabulary`, best first, at most `limit`: each word
 * the vocabulary lacks is replaced by its closest words, everything else in the query (other words,
 * quotes, spaces) is kept as typed. None when the query has no such word, or when one of them has no
 * word within `maxEdits` (a suggestion must find something, so no word is left out or guessed at).
 */
export function suggestQueries(query: string, vocabulary: Vocabulary, limit = 3): string[] {
  const known = new Set(vocabulary.words);
  const parts = query.split(/([\p{L}\p{N}]+)/u);
  const correctable = (part: string, i: number) =>
    i % 2 === 1 && part.length >= MIN_WORD_LENGTH && LETTERS.test(part) && !known.has(part.toLowerCase());
  if (!parts.some(correctable)) return [];
  const choices = parts.map((part, i) =>
    correctable(part, i) ? closestWords(part.toLowerCase(), vocabulary, limit).map((w) => inCaseOf(part, w)) : [part],
  );
  if (choices.some((c) => c.length === 0)) return [];
  // The best word everywhere first; then, word by word, each next-best word with the best elsewhere.
  const best = choices.map((c) => c[0] ?? '');
  const queries = [best.join('')];
  choices.forEach((c, i) => {
    for (const alternative of c.slice(1)) queries.push(best.map((b, j) => (j === i ? alternative : b)).join(''));
  });
  return [...new Set(queries)].slice(0, limit);
}
