// The only script on content pages (plain JS, served as a file so a strict 'self' policy covers it):
// "/" focuses the search box (the header's; on the search page, which has no header box, the page's), and arriving from a search result (?highlight=…) loads
// Pagefind's highlighter. Neither loads any search code before the reader uses it.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target instanceof Element ? event.target : null;
  if (target && target.closest('input, textarea, select, [contenteditable]')) return;
  const box = document.getElementById('site-search-q') ?? document.getElementById('search-q');
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

// Citations are plain text on the page; with script, each gets a button that copies it.
for (const el of document.querySelectorAll('[data-copy]')) {
  const button = Object.assign(document.createElement('button'), { type: 'button', className: 'copy', textContent: 'Copy' });
  const status = Object.assign(document.createElement('span'), { className: 'copy-status' });
  button.setAttribute('aria-label', `Copy ${el.dataset.copy}`);
  status.setAttribute('role', 'status');
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(el.textContent.trim()).then(() => (status.textContent = 'Copied.'), () => (status.textContent = 'Could not copy: select the text instead.'));
  });
  el.after(button, status);
}
