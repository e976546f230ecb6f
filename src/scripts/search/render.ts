import { SEARCH_FILTERS, type SearchFilter } from '../../lib/search-contract';
import { passageUrl, resultPassages, type ExcerptPart } from '../../lib/search-results';
import type { SearchState } from '../../lib/search-state';
import type { FilterCounts, Result } from './pagefind';

/** An element with properties (`textContent`, `className`, `checked`, …) and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
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
    n.nodeName === 'MARK'
      ? el('mark', { textContent: n.textContent ?? '' })
      : document.createTextNode(n.textContent ?? ''),
  );
}

/** The filter whose value names a result's kind (one of the contract's `PAGE_TYPES`). */
const KIND: SearchFilter = 'type';

function partNodes(parts: readonly ExcerptPart[]): Node[] {
  return parts.map((p) => (p.marked ? el('mark', { textContent: p.text }) : document.createTextNode(p.text)));
}

/** One result as a list item: its kind, title link, excerpt and, for a query, links to its matching passages. */
export async function renderResult(result: Result, query: string): Promise<HTMLLIElement> {
  const data = await result.data();
  const type = data.filters[KIND]?.[0] ?? 'Page';
  const item = el('li', { className: 'result' });
  item.append(
    el('span', { className: 'result__type', textContent: type }),
    el(
      'div',
      { className: 'result__title' },
      el('a', { href: passageUrl(data.url, query), textContent: data.meta['title'] ?? data.url }),
    ),
    el('p', { className: 'result__excerpt' }, ...excerptNodes(data.excerpt)),
  );
  const passages = resultPassages(data);
  if (query && passages.length > 0) {
    const sub = el('ul', { className: 'result__passages' });
    for (const p of passages) {
      sub.append(
        el(
          'li',
          {},
          el(
            'a',
            { href: passageUrl(data.url, query, p.anchorId), className: 'result__passage' },
            ...partNodes(p.excerpt),
          ),
        ),
      );
    }
    item.append(sub);
  }
  return item;
}

/**
 * Fills `box` with a fieldset per filter that has values, in the contract's order, each value a checkbox
 * showing its count and checked when `state` chooses it; `onChoose` hears every change.
 */
export function renderFilters(
  box: HTMLElement,
  counts: FilterCounts,
  state: SearchState,
  onChoose: (key: string, value: string, on: boolean) => void,
): void {
  box.replaceChildren();
  for (const [key, label] of Object.entries(SEARCH_FILTERS)) {
    const values = counts[key];
    if (!values || Object.keys(values).length === 0) continue;
    const fieldset = el('fieldset', {}, el('legend', { textContent: label }));
    for (const [value, count] of Object.entries(values).sort(([a], [b]) => a.localeCompare(b))) {
      const checkbox = el('input', { type: 'checkbox', checked: state.filters[key]?.includes(value) ?? false });
      checkbox.addEventListener('change', () => onChoose(key, value, checkbox.checked));
      fieldset.append(el('label', {}, checkbox, `${value} (${count})`));
    }
    box.append(fieldset);
  }
}
