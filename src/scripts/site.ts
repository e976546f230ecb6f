// The only script on content pages: a keyboard shortcut, and Pagefind's highlighter loaded only
// when the reader arrives from a search result. Neither loads any search code before it is used.

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest('input, textarea, select, [contenteditable]')) return;
  const box = document.querySelector<HTMLInputElement>('#site-search-q');
  if (!box) return;
  event.preventDefault();
  box.focus();
});

if (new URLSearchParams(location.search).has('highlight')) {
  const base = (document.documentElement.dataset['base'] ?? '/').replace(/\/?$/, '/');
  // A script element rather than import(): it keeps Vite's preload helper out of every page.
  const script = Object.assign(document.createElement('script'), { type: 'module', src: `${base}pagefind/pagefind-highlight.js` });
  script.addEventListener('load', () => {
    const Highlight = (window as unknown as { PagefindHighlight?: new (o: object) => unknown }).PagefindHighlight;
    if (Highlight) new Highlight({ highlightParam: 'highlight' });
  });
  document.head.append(script);
}
