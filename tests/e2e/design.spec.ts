import { expect, test, type Page } from '@playwright/test';
import { blockOffSite, slugsOf } from './helpers';

const firstArgument = slugsOf('arguments')[0];
const firstDocument = slugsOf('documents')[0];

/**
 * Content pages: they work without JavaScript. The one script they load is /site.js (the "/" search
 * shortcut and result highlighting), a small static file; no search code loads before it is used.
 */
const CONTENT_PAGES = [
  '/',
  `/arguments/${firstArgument}/`,
  `/documents/${firstDocument}/`,
  '/sources/',
  '/topics/',
  '/timeline/',
  '/about/',
  '/compare/',
  '/dossier/',
];

/** Every URL the page requests while loading `pathname`, and those that left the site (aborted). */
async function load(
  page: Page,
  pathname: string,
): Promise<{ requests: Array<{ url: string; type: string }>; offSite: string[] }> {
  const requests: Array<{ url: string; type: string }> = [];
  page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
  const offSite = await blockOffSite(page);
  const response = await page.goto(pathname, { waitUntil: 'load' });
  expect(response?.status(), `status of ${pathname}`).toBe(200);
  return { requests, offSite };
}

async function backgroundOf(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

for (const pathname of CONTENT_PAGES) {
  test.describe(`content page ${pathname}`, () => {
    test('has no script but the small /site.js, and no inline script', async ({ page }) => {
      await load(page, pathname);
      // The built HTML is static, so count at once rather than waiting for scripts to go away.
      // JSON-LD blocks are data that browsers never execute; they are counted apart and must parse.
      const data = await page
        .locator('script[type="application/ld+json"]')
        .evaluateAll((els) => els.map((el) => el.textContent ?? ''));
      for (const json of data) expect(() => JSON.parse(json), 'a JSON-LD block parses').not.toThrow();
      const scripts = await page
        .locator('script:not([type="application/ld+json"])')
        .evaluateAll((els) => els.map((el) => ({ src: (el as HTMLScriptElement).src, text: el.textContent ?? '' })));
      expect(
        scripts.map((s) => new URL(s.src || 'inline:', 'http://x').pathname),
        '<script> elements on a content page',
      ).toEqual(['/site.js']);
      expect(scripts[0]?.text, 'inline script text').toBe('');
    });

    test('requests only /site.js as JavaScript (under 2 KB, no search code), and nothing off the site', async ({
      page,
    }) => {
      const { requests, offSite } = await load(page, pathname);
      const scripts = requests.filter((r) => r.type === 'script' || /\.m?js(?:[?#]|$)/.test(r.url));
      expect
        .soft(
          scripts.map((r) => new URL(r.url).pathname),
          'JavaScript requests',
        )
        .toEqual(['/site.js']);
      const size = await page.evaluate(async () => (await (await fetch('/site.js')).arrayBuffer()).byteLength);
      expect.soft(size, 'bytes of /site.js').toBeLessThan(2048);
      expect
        .soft(
          requests.filter((r) => /pagefind/.test(r.url)).map((r) => r.url),
          'search requests',
        )
        .toEqual([]);
      expect.soft(offSite, 'requests that leave the site').toEqual([]);
    });

    test('does not scroll sideways at 320px', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 720 });
      await load(page, pathname);
      const { scrollWidth, wide } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        // For the report: the elements sticking out past the right edge.
        wide: Array.from(document.querySelectorAll('body *'))
          .filter((el) => el.getBoundingClientRect().right > 320.5)
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`),
      }));
      expect(scrollWidth, `document scrollWidth at 320px (widest: ${wide.join(', ')})`).toBeLessThanOrEqual(320);
    });

    test('has a different background in dark mode', async ({ page }) => {
      await page.emulateMedia({ colorScheme: 'light' });
      await load(page, pathname);
      const light = await backgroundOf(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await backgroundOf(page);
      expect(dark, `body background, light was ${light}`).not.toBe(light);
    });

    test('hides the site header when printed', async ({ page }) => {
      await load(page, pathname);
      const header = page.locator('body > header');
      await expect(header).toHaveCount(1);
      await expect(header).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      await expect(header).toBeHidden();
    });
  });
}

test.describe('dark colour scheme from the browser preference', () => {
  test.use({ colorScheme: 'dark' });

  test('the body background differs from the light one', async ({ browser, page, baseURL }) => {
    await load(page, '/');
    const dark = await backgroundOf(page);
    const lightContext = await browser.newContext({ colorScheme: 'light', ...(baseURL ? { baseURL } : {}) });
    try {
      const lightPage = await lightContext.newPage();
      await load(lightPage, '/');
      expect(dark).not.toBe(await backgroundOf(lightPage));
    } finally {
      await lightContext.close();
    }
  });
});
