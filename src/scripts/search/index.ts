// The search page's client: wires the page's form, filters and result list to Pagefind. Loading is in
// ./pagefind.ts, the DOM it builds in ./render.ts, the URL and keyboard in ./navigation.ts; what can be
// tested without a browser is in src/lib/search-state.ts and src/lib/search-results.ts.
import { resultStatus } from '../../lib/search-results';
import { DATE_ORDER_PATH, type DateOrder } from '../../lib/search-contract';
import {
  chooseFilter,
  dateDirection,
  isOrder,
  orderByDate,
  searchOptions,
  type SearchState,
} from '../../lib/search-state';
import { jsonLoader } from './fetch-json';
import { bindResultKeys, onHistory, pushState, stateFromUrl } from './navigation';
import { filterCounts, pagefindLoader, type FilterCounts, type Pagefind, type Result } from './pagefind';
import { el, renderFilters, renderResult } from './render';

/**
 * Results shown at once, and added by each "Show more". Each shown result costs one fragment fetch
 * (one to three KB), so the results' share of a first search does not grow with the corpus.
 */
const PAGE_SIZE = 10;

/** Starts the search on a page holding the search page's markup (`src/pages/search.astro`); does nothing elsewhere. */
export function startSearch(): void {
  const root = document.querySelector<HTMLElement>('[data-search]');
  const input = document.querySelector<HTMLInputElement>('#search-q');
  const sortSelect = document.querySelector<HTMLSelectElement>('#search-sort');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  const filterBox = document.querySelector<HTMLElement>('[data-search-filters]');
  const ui = document.querySelector<HTMLElement>('[data-search-ui]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  const filterToggle = document.querySelector<HTMLButtonElement>('[data-search-filter-toggle]');
  const suggestBox = document.querySelector<HTMLElement>('[data-search-suggestions]');
  if (!root || !input || !sortSelect || !status || !list || !filterBox || !ui || !more || !filterToggle || !suggestBox)
    return;
  const base = (root.dataset['base'] ?? '/').replace(/\/?$/, '/');
  const load = pagefindLoader(base);
  // The pages in date order, loaded only when the reader orders results by date.
  const dateOrder = jsonLoader<DateOrder>(`${base}${DATE_ORDER_PATH}`);
  ui.hidden = false;

  let state: SearchState = stateFromUrl();
  let run = 0;
  /** The current search's results and query, for "Show more". */
  let results: { results: Result[]; query: string } = { results: [], query: '' };

  // The filter index is loaded only when the reader opens the filters (or arrives with one set).
  let filtersOpen = false;
  const showFilters = (open: boolean) => {
    filtersOpen = open;
    filterToggle.setAttribute('aria-expanded', String(open));
    filterBox.hidden = !open;
  };
  filterToggle.addEventListener('click', () => {
    showFilters(!filtersOpen);
    if (filtersOpen) {
      filterBox.replaceChildren(el('p', { className: 'meta', textContent: 'Loading filters…' }));
      void update(false);
    }
  });

  const showFilterCounts = (counts: FilterCounts) =>
    renderFilters(filterBox, counts, state, (key, value, on) => {
      state = chooseFilter(state, key, value, on);
      void update(true);
    });

  const showMoreButton = () => {
    const left = results.results.length - list.children.length;
    more.hidden = left <= 0;
    more.textContent = `Show ${Math.min(left, PAGE_SIZE)} more of ${left} remaining`;
  };

  const update = async (push: boolean) => {
    const current = ++run;
    const query = state.query.trim();
    input.value = state.query;
    sortSelect.value = state.sort;
    if (push) pushState(state);
    suggestBox.hidden = true;

    const options = searchOptions(state);
    const hasFilters = Object.keys(options.filters).length > 0;
    let pf: Pagefind;
    try {
      pf = await load();
    } catch {
      status.textContent = 'The search index could not be loaded. Run “npm run build” to create it.';
      return;
    }
    if (hasFilters && !filtersOpen) showFilters(true);
    const counts = await filterCounts(pf, filtersOpen);
    if (!query && !hasFilters) {
      if (current !== run) return;
      showFilterCounts(counts);
      list.replaceChildren();
      results = { results: [], query: '' };
      showMoreButton();
      status.textContent = 'Type a word to search.';
      return;
    }
    const response = await pf.search(query || null, options);
    if (current !== run || !response) return;
    const direction = dateDirection(state);
    let found = response.results;
    let note = '';
    if (direction) {
      try {
        found = orderByDate(found, await dateOrder(), direction);
      } catch {
        note = ' The date order could not be loaded: they are in order of relevance.';
      }
      if (current !== run) return;
    }
    const items = await Promise.all(found.slice(0, PAGE_SIZE).map((r) => renderResult(r, query)));
    if (current !== run) return;
    if (filtersOpen) showFilterCounts(response.filters);
    list.replaceChildren(...items);
    results = { results: found, query };
    status.textContent = resultStatus(found.length, query) + note;
    showMoreButton();
    // Only a search that found nothing loads the suggestions' code and vocabulary.
    if (response.results.length === 0 && query) {
      try {
        const { showSuggestions } = await import('./suggest');
        await showSuggestions(suggestBox, base, query, () => current === run);
      } catch {
        // The suggestions are a help, not the search: if their code cannot be loaded, the status stands.
      }
    }
  };

  // Appends the next page of results and moves focus to the first of them, so that keyboard and
  // screen-reader users continue where the new results begin.
  more.addEventListener('click', async () => {
    const started = run;
    const next = results.results.slice(list.children.length, list.children.length + PAGE_SIZE);
    more.disabled = true;
    const items = await Promise.all(next.map((r) => renderResult(r, results.query)));
    more.disabled = false;
    if (started !== run) return;
    list.append(...items);
    showMoreButton();
    items[0]?.querySelector<HTMLAnchorElement>('.result__title a')?.focus();
  });

  let timer: number | undefined;
  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      state = { ...state, query: input.value };
      void update(true);
    }, 250);
  });
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    window.clearTimeout(timer);
    state = { ...state, query: input.value };
    void update(true);
  });
  sortSelect.addEventListener('change', () => {
    if (isOrder(sortSelect.value)) state = { ...state, sort: sortSelect.value };
    void update(true);
  });
  onHistory((restored) => {
    state = restored;
    void update(false);
  });
  bindResultKeys(root, input, list);

  void update(false);
}
