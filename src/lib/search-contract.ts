/**
 * The search contract: the names that pages write into Pagefind's index and that the search page reads
 * back. Pages set their attributes only through the helpers below, and the search client takes its labels,
 * page types and date order from here, so a name misspelt on either side fails the type check.
 * The search page's script bundles this module: it stays small, pure and free of imports.
 */

/**
 * The search filters, each by the name Pagefind indexes it under, with the label the filter panel gives
 * it, in the order the panel shows them. A page marks the element whose text is its value with
 * `searchFilter(name)`.
 */
export const SEARCH_FILTERS = {
  type: 'Page type',
  stance: 'Stance',
  document: 'Document',
  author: 'Author',
  outlet: 'Outlet',
  topic: 'Topic',
} as const;

/** The name of a search filter. */
export type SearchFilter = keyof typeof SEARCH_FILTERS;

/**
 * Searchable metadata holding names (Pagefind 1.5+ searches metadata as well as text), so that a page
 * is found by any name of what it mentions, by the key its kind of page writes: each key has its
 * own weight in `SEARCH_RANKING`. Written by `searchNames()`.
 */
export const NAMES_META = {
  /** On a name's own page: its name and every alias. */
  own: 'aliases',
  /** On an argument page: the names and aliases of everything it mentions. */
  argument: 'argument_names',
  /** On a document or source page: the names and aliases of everything it mentions. */
  other: 'names',
} as const;

/**
 * Attributes that make every name and alias of `names` the page's metadata under the key of its
 * kind of page (`NAMES_META`), less the words of `shown` (default: none); none when no word is left.
 */
export function searchNames(
  names: ReadonlyArray<{ name: string; aliases: readonly string[] }>,
  page: keyof typeof NAMES_META,
  shown = '',
): { 'data-pagefind-meta': string | undefined } {
  // Pagefind indexes metadata word by word, so each word is written once: "Mahatma Gandhi" also
  // covers "Gandhi". Every search result carries its page's metadata, so this keeps the first search
  // within its budget. Commas would split the attribute into several keys and are left out.
  // Words of `shown`, text Pagefind indexes from the page itself, are left out too: a page whose
  // names weigh nothing in the ranking (`names`) needs its metadata only to be found by the others.
  const tokens = shown.toLowerCase().split(/[^\p{L}\p{N}.'’-]+/u);
  const words = new Map<string, string>(
    [...tokens, ...tokens.map((t) => t.replace(/^[.'’-]+|[.'’-]+$/g, ''))].map((w) => [w, '']),
  );
  for (const n of names)
    for (const form of [n.name, ...n.aliases])
      for (const word of form.replaceAll(',', ' ').split(/\s+/))
        if (word !== '' && !words.has(word.toLowerCase())) words.set(word.toLowerCase(), word);
  const value = [...words.values()].filter((w) => w !== '').join(' ');
  return { 'data-pagefind-meta': value !== '' ? `${NAMES_META[page]}:${value}` : undefined };
}

/**
 * Pagefind's ranking options (`pagefind.options({ ranking })`), measured over the real corpus with the
 * tables of tests/e2e/search.spec.ts: 88 searches, one per form of every name (its page must come
 * first; of the 80 whose name an argument mentions, such an argument in the top five), the 12
 * arguments' claims (each its own page first), the 24 searches for words of the documents (the
 * argument in the top three), and, of the 80, how many put an argument above every document and source.
 * - Pagefind's defaults (title ×5, every other key ×1): 84/88 name pages first, 74/80 arguments in
 *   the top five, 56/80 with an argument above every document and source (sources whose titles name
 *   a person the arguments mention came first). Claims 12/12, words 24/24 in every setting below.
 * - The name page must outweigh what mentions the name: it fails whenever `aliases` is not above
 *   `argument_names` (aliases 10 with argument_names 15, or 5 with 10: 18/88).
 * - `argument_names` ×5 puts an argument above the documents and sources for 78/80, ×7 and more for
 *   80/80: the metadata ranks argument pages first when they match as well as the others.
 * - `title`: an argument's title is also its h1, which carries `data-pagefind-weight="10"`, so the
 *   default ×5 counts it twice; at ×3 "U.S." finds an argument above its name's page (87/88), at ×1
 *   and ×2 all pass. ×2 keeps a title match above a mere mention.
 * - Documents and sources carry their names (`names`) to be found by them, weighted 0 so that they
 *   do not outrank the arguments for a name that all of them mention.
 * Pinned with margins both ways: ×20 against ×10 for the name page, ×10 against the ×5–7 an argument needs.
 */
export const SEARCH_RANKING = {
  metaWeights: { title: 2, [NAMES_META.own]: 20, [NAMES_META.argument]: 10, [NAMES_META.other]: 0 },
};

/**
 * The kinds of page the search finds: each page's value of the `type` filter, which is also the kind a
 * result is shown as. Only pages of these kinds carry `data-pagefind-body`.
 */
export const PAGE_TYPES = { argument: 'Argument', document: 'Document', source: 'Source', name: 'Name' } as const;

/** The value of the `type` filter on one kind of page. */
export type PageType = (typeof PAGE_TYPES)[keyof typeof PAGE_TYPES];

/**
 * The attribute holding a page's date for ordering results by date (an argument's first publication, a
 * document's or source's own date; `0000` when unknown). It is deliberately not Pagefind's own sort
 * attribute: Pagefind puts every sort's order of all pages into the metadata file each first search
 * loads (30 KB gzip at 10,000 arguments, see docs/performance.md), so the build writes the order into
 * `DATE_ORDER_PATH` instead, which the search page loads only when the reader orders by date.
 */
export const DATE_ATTRIBUTE = 'data-search-date';

/** Where the build writes the pages in date order, relative to the site's base. */
export const DATE_ORDER_PATH = 'pagefind/date-order.json';

/**
 * The date-order file: Pagefind's result ids (its fragment names) of every searchable page, oldest
 * first; pages of the same date in the order of their URLs.
 */
export interface DateOrder {
  ids: string[];
}

/**
 * The orders the search page offers, by the value its sort menu and its `?sort=` parameter use, with the
 * direction each orders pages by date in; `relevance`, Pagefind's own ranking, is the default.
 */
export const SEARCH_ORDERS = { relevance: undefined, newest: 'desc', oldest: 'asc' } as const;

/** An order the search page offers. */
export type SearchOrder = keyof typeof SEARCH_ORDERS;

/** Attributes that make an element's text the page's value of filter `name`; none when `on` is false. */
export function searchFilter(name: SearchFilter, on = true): { 'data-pagefind-filter': SearchFilter | undefined } {
  return { 'data-pagefind-filter': on ? name : undefined };
}

/** Attributes that make `date` (an ISO date, or `0000` when unknown) the page's date; none when `on` is false. */
export function searchDate(date: string, on = true): { [DATE_ATTRIBUTE]: string | undefined } {
  return { [DATE_ATTRIBUTE]: on ? date : undefined };
}
