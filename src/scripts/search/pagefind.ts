import { SEARCH_RANKING } from '../../lib/search-contract';
import type { Anchor } from '../../lib/search-results';

/** What Pagefind returns for one result page (the parts this client reads). */
export interface Fragment {
  url: string;
  content: string;
  excerpt: string;
  locations: number[];
  anchors: Array<Anchor & { text?: string }>;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
/** One result; its fragment is fetched only when it is shown. */
export interface Result {
  id: string;
  data(): Promise<Fragment>;
}
/** Counts of pages per value, per filter name. */
export type FilterCounts = Record<string, Record<string, number>>;
interface Results {
  results: Result[];
  filters: FilterCounts;
}
/** The part of Pagefind's API this client uses. */
export interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string | null, o: Record<string, unknown>): Promise<Results | null>;
  filters(): Promise<FilterCounts>;
}

/**
 * A loader of the Pagefind bundle under the site's `base`: the first call imports and configures it,
 * later calls return the same instance. A failed load is retried on the next call.
 */
export function pagefindLoader(base: string): () => Promise<Pagefind> {
  let loading: Promise<Pagefind> | undefined;
  return () =>
    (loading ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      // On the main thread: the worker script would add 12 KB gzip to the first search, and this
      // index is small enough that searching it does not hold up the page.
      await pagefind.options({ baseUrl: base, excerptLength: 28, noWorker: true, ranking: SEARCH_RANKING });
      return pagefind;
    })().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/**
 * The filter counts, loading the filter index, but only when `wanted` (the filters are open): the index
 * grows with the corpus (1 KB here, 250 KB at 10,000 arguments), and search responses carry filter
 * counts only once it has been loaded.
 */
export async function filterCounts(pagefind: Pagefind, wanted: boolean): Promise<FilterCounts> {
  return wanted ? pagefind.filters() : {};
}
