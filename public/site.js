// The only script on content pages (plain JS, served as a file so a strict 'self' policy covers it):
// "/" focuses the header search box, and arriving from a search result (?highlight=…) loads
// Pagefind's highlighter. Neither loads any search code before the reader uses it.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target instanceof Element ? event.target : null;
  if (target && target.closest('input, textarea, select, [contenteditable]')) return;
  const box = document.getElementById('site-search-q');
  if (!box) return;
  event.preventDefault();
  box.focus();
});

if (new URLSearchParams(location.search).has('highlight')) {
  const base = (document.documentElement.dataset.base || '/').replace(/\/?$/, '/');
  const script = Object.assign(document.createElement('script'), { type: 'module', src: `${base}pagefind/pagefind-highlight.js` });
  script.addEventListener('load', () => {
    if (window.PagefindHighlight) new window.PagefindHighlight({ highlightParam: 'highlight', addStyles: false });
  });
  document.head.append(script);
}
