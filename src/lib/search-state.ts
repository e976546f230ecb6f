import { SEARCH_ORDERS, type DateOrder, type SearchOrder } from './search-contract';

/** Search state as it appears in the search page's URL: `?q=…&sort=…&f=filter:value…`. */
export interface SearchState {
  /** The words typed, as typed; empty when none. */
  query: string;
  /** The order of the results; `relevance` when the URL names none it knows. */
  sort: SearchOrder;
  /** The values chosen per filter name; a filter with no values chosen is absent. */
  filters: Record<string, string[]>;
}

/** The state a URL's query string (`location.search`, with or without its `?`) describes. */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const sort = params.get('sort') ?? '';
  const filters: Record<string, string[]> = {};
  for (const f of params.getAll('f')) {
    const at = f.indexOf(':');
    if (at <= 0) continue;
    const key = f.slice(0, at);
    (filters[key] ??= []).push(f.slice(at + 1));
  }
  return { query: params.get('q') ?? '', sort: isOrder(sort) ? sort : 'relevance', filters };
}

/** The query string (with its `?`, or empty) that `readState` reads back as `state`. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  for (const [key, values] of Object.entries(state.filters)) for (const v of values) params.append('f', `${key}:${v}`);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Whether `value` names an order the search page offers. */
export function isOrder(value: string): value is SearchOrder {
  return Object.hasOwn(SEARCH_ORDERS, value);
}

/**
 * `state` with `value` of filter `key` chosen (`on`) or not. The filter keeps its place in the URL; one
 * left with no value is removed.
 */
export function chooseFilter(state: SearchState, key: string, value: string, on: boolean): SearchState {
  const chosen = new Set(state.filters[key] ?? []);
  if (on) chosen.add(value);
  else chosen.delete(value);
  // Rebuilt entry by entry so the filter keeps its place, and one left empty drops out.
  const filters = Object.fromEntries(
    Object.entries({ ...state.filters, [key]: [...chosen] }).filter(
      ([name, values]) => name !== key || values.length > 0,
    ),
  );
  return { ...state, filters };
}

/**
 * Pagefind's search options for `state`: the chosen filters (any value of each). The order is not
 * Pagefind's to apply (see `DATE_ATTRIBUTE` in search-contract.ts): `dateDirection` gives it.
 */
export function searchOptions(state: SearchState): { filters: Record<string, { any: string[] }> } {
  const filters = Object.fromEntries(
    Object.entries(state.filters)
      .filter(([, values]) => values.length > 0)
      .map(([key, values]) => [key, { any: values }]),
  );
  return { filters };
}

/** The direction `state` orders results by date in; undefined for Pagefind's relevance. */
export function dateDirection(state: SearchState): 'asc' | 'desc' | undefined {
  return SEARCH_ORDERS[state.sort];
}

/**
 * `results` in date order `direction`, by their place in `order` (ascending: oldest first); results
 * missing from `order` keep their relevance order after the others. Stable; `results` is not changed.
 */
export function orderByDate<T extends { id: string }>(
  results: readonly T[],
  order: DateOrder,
  direction: 'asc' | 'desc',
): T[] {
  const rank = new Map(order.ids.map((id, i) => [id, direction === 'asc' ? i : -i]));
  const at = (r: T) => rank.get(r.id) ?? Infinity;
  return results
    .map((r, i) => ({ r, i }))
    .sort((a, b) => at(a.r) - at(b.r) || a.i - b.i)
    .map(({ r }) => r);
}
