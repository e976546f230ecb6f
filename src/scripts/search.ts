import {
  excerptAround,
  matchingPassages,
  passageUrl,
  readState,
  writeState,
  type Anchor,
  type SearchState,
} from '../lib/search-results';

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

const FILTER_LABELS: Record<string, string> = {
  type: 'Page type',
  stance: 'Stance',
  document: 'Document',
  author: 'Author',
  outlet: 'Outlet',
  topic: 'Topic',
};
const SORTS = { relevance: undefined, newest: { date: 'desc' }, oldest: { date: 'asc' } } as const;

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
  if (!root || !input || !sortSelect || !status || !list || !filterBox || !ui) return;
  const base = (root.dataset['base'] ?? '/').replace(/\/?$/, '/');
  ui.hidden = false;

  let state: SearchState = readState(location.search);
  let pagefind: Pagefind | undefined;
  let run = 0;

  const load = async (): Promise<Pagefind> => {
    if (!pagefind) {
      pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      // On the main thread: the worker script would add 12 KB gzip to the first search, and this
      // index is small enough that searching it does not hold up the page.
      await pagefind.options({ baseUrl: base, excerptLength: 28, noWorker: true });
      // Search responses carry filter counts only once the filter index has been loaded.
      await pagefind.filters();
    }
    return pagefind;
  };

  const renderFilters = (counts: Record<string, Record<string, number>>) => {
    filterBox.replaceChildren();
    for (const [key, label] of Object.entries(FILTER_LABELS)) {
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
    if (!query && !hasFilters) {
      if (current !== run) return;
      renderFilters(await pf.filters());
      list.replaceChildren();
      status.textContent = 'Type a word to search.';
      return;
    }
    const sort = SORTS[state.sort];
    const response = await pf.search(query || null, { filters: activeFilters, ...(sort ? { sort } : {}) });
    if (current !== run || !response) return;
    const items = await Promise.all(response.results.slice(0, 30).map((r) => renderResult(r, query)));
    if (current !== run) return;
    renderFilters(response.filters);
    list.replaceChildren(...items);
    const n = response.results.length;
    const what = query ? ` for “${query}”` : '';
    status.textContent = n === 0 ? `No results${what}.` : `${n} result${n === 1 ? '' : 's'}${what}.`;
  };

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
