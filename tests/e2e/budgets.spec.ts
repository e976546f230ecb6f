import { expect, test, type Page } from '@playwright/test';
import { transferSize } from '../../scripts/lib/transfer-size';
import { blockOffSite, builtPages, slugsOf } from './helpers';

/** Page-weight budgets (see docs/performance.md). Sizes are what a compressing host sends; no timing is asserted. */
const PAGE_BUDGET = 20 * 1024;
const PAGE_JS_BUDGET = 3 * 1024;
const SEARCH_BUDGET = 100 * 1024;

interface Loaded {
  pathname: string;
  total: number;
  js: number;
  foreign: string[];
  files: Array<{ url: string; bytes: number }>;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Loads `pathname` in a fresh page and adds up every response until the load event, plus the
 * icons the page declares (a browser fetches them, headless or not). Requests off the site are
 * recorded and aborted.
 */
async function load(page: Page, pathname: string, until?: (page: Page) => Promise<unknown>): Promise<Loaded> {
  const pending: Array<Promise<{ url: string; bytes: number; js: boolean } | undefined>> = [];
  const foreign = await blockOffSite(page);
  page.on('response', (response) => {
    const type = response.headers()['content-type'] ?? '';
    pending.push(
      response.body().then(
        (body) => ({
          url: new URL(response.url()).pathname,
          bytes: transferSize(type, body),
          js: /javascript/.test(type),
          // A response still arriving when the page navigates on was not loaded before interaction.
        }),
        () => undefined,
      ),
    );
  });
  const response = await page.goto(pathname, { waitUntil: 'load' });
  expect(response?.status(), `status of ${pathname}`).toBe(200);
  if (until) await until(page);
  const responses = (await Promise.all(pending)).filter((r) => r !== undefined);
  const icons = await page
    .locator('link[rel~="icon"]')
    .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
  for (const href of icons) {
    const url = new URL(href).pathname;
    if (responses.some((r) => r.url === url)) continue;
    const icon = await page.request.get(href);
    responses.push({ url, bytes: transferSize(icon.headers()['content-type'] ?? '', await icon.body()), js: false });
  }
  return {
    pathname,
    total: responses.reduce((s, r) => s + r.bytes, 0),
    js: responses.filter((r) => r.js).reduce((s, r) => s + r.bytes, 0),
    foreign,
    files: responses.map(({ url, bytes }) => ({ url, bytes })),
  };
}

const listing = (l: Loaded) => l.files.map((f) => `${f.url} ${kb(f.bytes)}`).join(', ');

/** Content pages by kind, each kind a test of its own so that each stays within the test timeout. */
const contentPages: Record<string, () => string[]> = {
  'argument and document': () => [
    ...slugsOf('arguments').map((s) => `/arguments/${s}/`),
    ...slugsOf('documents').map((s) => `/documents/${s}/`),
  ],
  'compare and dossier': () => builtPages().filter((p) => /^\/(compare|dossier)\//.test(p)),
};

for (const [kind, pagesOf] of Object.entries(contentPages)) {
  test(`every ${kind} page loads at most 20 KB gzip before interaction, at most 3 KB of it JavaScript, and nothing from another host`, async ({
    browser,
  }) => {
    // One fresh browser context per page, so nothing is cached between them: a minute or more on a loaded
    // 2-core machine, which the default 30 s cannot hold. The budget is bytes; time is not measured here.
    test.setTimeout(180_000);
    const pages = pagesOf();
    expect(pages.length, `${kind} pages found`).toBeGreaterThan(0);
    const loaded: Loaded[] = [];
    for (const pathname of pages) {
      const context = await browser.newContext();
      loaded.push(await load(await context.newPage(), pathname));
      await context.close();
    }
    const heaviest = loaded.reduce((a, b) => (b.total > a.total ? b : a));
    const mostJs = loaded.reduce((a, b) => (b.js > a.js ? b : a));
    // The figures, for docs/performance.md.
    console.log(
      `${kind}: heaviest: ${heaviest.pathname} ${kb(heaviest.total)} (${listing(heaviest)}); most JavaScript: ${mostJs.pathname} ${kb(mostJs.js)}`,
    );
    expect
      .soft(heaviest.total, `heaviest page ${heaviest.pathname}: ${kb(heaviest.total)} gzip (${listing(heaviest)})`)
      .toBeLessThanOrEqual(PAGE_BUDGET);
    expect
      .soft(mostJs.js, `most JavaScript: ${mostJs.pathname}, ${kb(mostJs.js)} gzip`)
      .toBeLessThanOrEqual(PAGE_JS_BUDGET);
    const foreign = loaded.flatMap((l) => l.foreign.map((url) => `${l.pathname} → ${url}`));
    expect.soft(foreign, 'requests to other hosts').toEqual([]);
  });
}

test('the first search transfers at most 100 KB: Pagefind (script, WebAssembly, index, results) included', async ({
  page,
}) => {
  const query = 'Hezbollah';
  const opened = await load(page, '/search/');
  const searched = await load(page, `/search/?q=${query}`, (p) => p.locator('#search-results > li').first().waitFor());
  // The search page's own files are cached from the first load; what the second load adds is the search.
  const before = new Set(opened.files.map((f) => f.url));
  const search = searched.files.filter((f) => !before.has(f.url));
  const bytes = search.reduce((s, f) => s + f.bytes, 0);
  const list = search.map((f) => `${f.url} ${kb(f.bytes)}`).join(', ');
  console.log(`first search for “${query}”: ${kb(bytes)} (${list})`);
  expect(
    search.some((f) => f.url.endsWith('.pagefind')),
    'Pagefind WebAssembly was loaded',
  ).toBe(true);
  expect(
    bytes,
    `first search for “${query}”: ${kb(bytes)} after the page's own ${kb(opened.total)} (${list})`,
  ).toBeLessThanOrEqual(SEARCH_BUDGET);
  expect([...opened.foreign, ...searched.foreign], 'requests to other hosts').toEqual([]);
});
