import {
  excerptAround,
  matchingPassages,
  passageUrl,
  readState,
  writeState,
  type Anchor,
  type SearchState,
} from '../lib/search-results';
import { SEARCH_FILTERS, SEARCH_ORDERS, SORT_KEY, type SearchOrder } from '../lib/search-contract';

interface Fragment {
  url: string;
  content: string;
  excerpt: string;
  locations: number[];
  anchors: Array<Anchor & { text?: string }>;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface Result {
  id: string;
  data(): Promise<Fragment>;
}
interface Results {
  results: Result[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string | null, o: Record<string, unknown>): Promise<Results | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const SORTS = {
  relevance: undefined,
  newest: { [SORT_KEY]: SEARCH_ORDERS.newest },
  oldest: { [SORT_KEY]: SEARCH_ORDERS.oldest },
} as const satisfies Record<SearchOrder, unknown>;
/**
 * Results shown at once, and added by each "Show more". Each shown result costs one fragment fetch
 * (one to three KB), so the results' share of a first search does not grow with the corpus.
 */
const PAGE_SIZE = 10;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string | boolean> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  Object.assign(node, props);
  node.append(...children);
  return node;
}

/** Pagefind's excerpt as DOM: its text kept as text, its <mark> elements as marks; nothing else survives. */
function excerptNodes(html: string): Node[] {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html').body.firstChild;
  return [...(parsed?.childNodes ?? [])].map((n) =>
    n.nodeName === 'MARK' ? el('mark', { textContent: n.textContent ?? '' }) : document.createTextNode(n.textContent ?? ''),
  );
}

function passageNodes(parts: Array<{ text: string; marked: boolean }>): Node[] {
  return parts.map((p) => (p.marked ? el('mark', { textContent: p.text }) : document.createTextNode(p.text)));
}

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
  if (!root || !input || !sortSelect || !status || !list || !filterBox || !ui || !more || !filterToggle) return;
  const base = (root.dataset['base'] ?? '/').replace(/\/?$/, '/');
  ui.hidden = false;

  let state: SearchState = readState(location.search);
  let pagefind: Pagefind | undefined;
  let run = 0;
  /** The current search's results and query, for "Show more". */
  let results: { results: Result[]; query: string } = { results: [], query: '' };

  const load = async (): Promise<Pagefind> => {
    if (!pagefind) {
      pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      // On the main thread: the worker script would add 12 KB gzip to the first search, and this
      // index is small enough that searching it does not hold up the page.
      await pagefind.options({ baseUrl: base, excerptLength: 28, noWorker: true });
    }
    return pagefind;
  };

  // The filter index is loaded only when the reader opens the filters (or arrives with one set): it
  // grows with the corpus (1 KB here, 250 KB at 10,000 arguments), and search responses carry filter
  // counts only once it has been loaded.
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

  const renderFilters = (counts: Record<string, Record<string, number>>) => {
    filterBox.replaceChildren();
    for (const [key, label] of Object.entries(SEARCH_FILTERS)) {
      const values = counts[key];
      if (!values || Object.keys(values).length === 0) continue;
      const fieldset = el('fieldset', {}, el('legend', { textContent: label }));
      for (const [value, count] of Object.entries(values).sort(([a], [b]) => a.localeCompare(b))) {
        const box = el('input', { type: 'checkbox', checked: state.filters[key]?.includes(value) ?? false });
        box.addEventListener('change', () => {
          const chosen = new Set(state.filters[key] ?? []);
          if (box.checked) chosen.add(value);
          else chosen.delete(value);
          state = { ...state, filters: { ...state.filters, [key]: [...chosen] } };
          if (chosen.size === 0) delete state.filters[key];
          void update(true);
        });
        fieldset.append(el('label', {}, box, `${value} (${count})`));
      }
      filterBox.append(fieldset);
    }
  };

  const renderResult = async (result: Result, query: string): Promise<HTMLLIElement> => {
    const data = await result.data();
    const type = data.filters['type']?.[0] ?? 'Page';
    const item = el('li', { className: 'result' });
    item.append(
      el('span', { className: 'result__type', textContent: type }),
      el('div', { className: 'result__title' }, el('a', { href: passageUrl(data.url, query), textContent: data.meta['title'] ?? data.url })),
      el('p', { className: 'result__excerpt' }, ...excerptNodes(data.excerpt)),
    );
    const passages = matchingPassages(data.anchors.filter((a) => a.element !== 'h1'), data.locations);
    if (query && passages.length > 0) {
      const sub = el('ul', { className: 'result__passages' });
      for (const p of passages) {
        if (!p.anchor || p.locations[0] === undefined) continue;
        const text = passageNodes(excerptAround(data.content, p.locations[0], p.locations));
        sub.append(el('li', {}, el('a', { href: passageUrl(data.url, query, p.anchor.id), className: 'result__passage' }, ...text)));
      }
      item.append(sub);
    }
    return item;
  };

  const update = async (push: boolean) => {
    const current = ++run;
    const query = state.query.trim();
    input.value = state.query;
    sortSelect.value = state.sort;
    const url = `${location.pathname}${writeState(state)}`;
    if (push && url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);

    const activeFilters = Object.fromEntries(Object.entries(state.filters).filter(([, v]) => v.length > 0).map(([k, v]) => [k, { any: v }]));
    const hasFilters = Object.keys(activeFilters).length > 0;
    let pf: Pagefind;
    try {
      pf = await load();
    } catch {
      status.textContent = 'The search index could not be loaded. Run “npm run build” to create it.';
      return;
    }
    if (hasFilters && !filtersOpen) showFilters(true);
    const counts = filtersOpen ? await pf.filters() : {};
    if (!query && !hasFilters) {
      if (current !== run) return;
      renderFilters(counts);
      list.replaceChildren();
      results = { results: [], query: '' };
      showMoreButton();
      status.textContent = 'Type a word to search.';
      return;
    }
    const sort = SORTS[state.sort];
    const response = await pf.search(query || null, { filters: activeFilters, ...(sort ? { sort } : {}) });
    if (current !== run || !response) return;
    const items = await Promise.all(response.results.slice(0, PAGE_SIZE).map((r) => renderResult(r, query)));
    if (current !== run) return;
    if (filtersOpen) renderFilters(response.filters);
    list.replaceChildren(...items);
    results = { results: response.results, query };
    const n = response.results.length;
    const what = query ? ` for “${query}”` : '';
    status.textContent = n === 0 ? `No results${what}.` : `${n} result${n === 1 ? '' : 's'}${what}.`;
    showMoreButton();
  };

  const showMoreButton = () => {
    const left = results.results.length - list.children.length;
    more.hidden = left <= 0;
    more.textContent = `Show ${Math.min(left, PAGE_SIZE)} more of ${left} remaining`;
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
    state = { ...state, sort: sortSelect.value as SearchState['sort'] };
    void update(true);
  });
  window.addEventListener('popstate', () => {
    state = readState(location.search);
    void update(false);
  });

  // Arrow keys move between the box and the results' main links; Escape returns to the box.
  root.addEventListener('keydown', (event) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('.result__title a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowDown' && (document.activeElement === input || at >= 0)) {
      links[Math.min(at + 1, links.length - 1)]?.focus();
      event.preventDefault();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      (at === 0 ? input : links[at - 1])?.focus();
      event.preventDefault();
    } else if (event.key === 'Escape' && at >= 0) {
      input.focus();
    }
  });

  void update(false);
}
