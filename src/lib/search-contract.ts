/**
 * The search contract: the names that pages write into Pagefind's index and that the search page reads
 * back. Pages set their attributes only through the helpers below, and the search client takes its labels,
 * page types and sort key from here, so a name misspelt on either side fails the type check.
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
 * The kinds of page the search finds: each page's value of the `type` filter, which is also the kind a
 * result is shown as. Only pages of these kinds carry `data-pagefind-body`.
 */
export const PAGE_TYPES = { argument: 'Argument', document: 'Document', source: 'Source' } as const;

/** The value of the `type` filter on one kind of page. */
export type PageType = (typeof PAGE_TYPES)[keyof typeof PAGE_TYPES];

/** The sort key: the page's date (an argument's first publication, a document's or source's own date). */
export const SORT_KEY = 'date';

/**
 * The orders the search page offers, by the value its sort menu and its `?sort=` parameter use, with the
 * direction each sorts `SORT_KEY` in; `relevance`, Pagefind's own ranking, is the default.
 */
export const SEARCH_ORDERS = { relevance: undefined, newest: 'desc', oldest: 'asc' } as const;

/** An order the search page offers. */
export type SearchOrder = keyof typeof SEARCH_ORDERS;

/** Attributes that make an element's text the page's value of filter `name`; none when `on` is false. */
export function searchFilter(name: SearchFilter, on = true): { 'data-pagefind-filter': SearchFilter | undefined } {
  return { 'data-pagefind-filter': on ? name : undefined };
}

/**
 * Attributes that set the page's `SORT_KEY`, read from one attribute of the element (`{attribute:
 * 'datetime'}`) or given as a value (`{value: '0000'}`); none when `on` is false.
 */
export function searchSort(
  from: { attribute: string } | { value: string },
  on = true,
): { 'data-pagefind-sort': string | undefined } {
  const key = 'attribute' in from ? `${SORT_KEY}[${from.attribute}]` : `${SORT_KEY}:${from.value}`;
  return { 'data-pagefind-sort': on ? key : undefined };
}
