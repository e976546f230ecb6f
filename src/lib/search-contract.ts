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
 * Searchable metadata: on every page that mentions names, the names and their aliases (Pagefind 1.5+
 * searches metadata), so that a page is found by any name of what it mentions. Written by
 * `searchNames()`; its weight in the ranking is set where Pagefind is configured.
 */
export const NAMES_META = 'names';

/** Attributes that make every name and alias of `names` (those a page mentions) the page's `NAMES_META`; none when empty. */
export function searchNames(names: ReadonlyArray<{ name: string; aliases: readonly string[] }>): {
  'data-pagefind-meta': string | undefined;
} {
  const forms = names.flatMap((n) => [n.name, ...n.aliases]);
  // Pagefind splits the attribute's value at commas into several keys; a form keeps none of its own.
  const value = forms.map((f) => f.replaceAll(',', ' ')).join(' · ');
  return { 'data-pagefind-meta': forms.length > 0 ? `${NAMES_META}:${value}` : undefined };
}

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
