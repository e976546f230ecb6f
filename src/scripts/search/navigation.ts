import { readState, writeState, type SearchState } from '../../lib/search-state';

/** The search state in the page's URL. */
export function stateFromUrl(): SearchState {
  return readState(location.search);
}

/** Records `state` in the URL as a new history entry, unless the URL already holds it. */
export function pushState(state: SearchState): void {
  const url = `${location.pathname}${writeState(state)}`;
  if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
}

/** Calls `restore` with the state of the URL the reader goes back or forward to. */
export function onHistory(restore: (state: SearchState) => void): void {
  window.addEventListener('popstate', () => restore(stateFromUrl()));
}

/**
 * Arrow keys inside `root` move between the search box and the results' main links in `list`; Escape
 * returns from a result to the box.
 */
export function bindResultKeys(root: HTMLElement, input: HTMLInputElement, list: HTMLElement): void {
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
}
