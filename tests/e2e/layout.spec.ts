import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './helpers';

/**
 * The one grid of every built page: header, main and footer share their left edge at every width,
 * nothing scrolls sideways at 320px, and no generated text puts a space before punctuation.
 */
const WIDTHS = [320, 768, 1280] as const;

/** Left edges of the content boxes of the header, main and footer, and of main's first heading. */
async function leftEdges(page: Page) {
  return page.evaluate(() => {
    const contentLeft = (selector: string) => {
      const el = document.querySelector(selector);
      if (!el) return null;
      return el.getBoundingClientRect().left + parseFloat(getComputedStyle(el).paddingLeft);
    };
    return {
      header: contentLeft('.site-header__inner'),
      main: contentLeft('main'),
      footer: contentLeft('.site-footer__inner'),
      heading: document.querySelector('main h1')?.getBoundingClientRect().left ?? null,
    };
  });
}

for (const pathname of builtPages()) {
  test.describe(`layout of ${pathname}`, () => {
    for (const scheme of ['light', 'dark'] as const) {
      test(`lines up header, main and footer at ${WIDTHS.join(', ')}px and does not scroll sideways at 320px (${scheme})`, async ({
        page,
      }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width: 320, height: 720 });
        await page.goto(pathname);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 720 });
          const edges = await leftEdges(page);
          expect(edges.header, `${width}px: the header's content box`).not.toBeNull();
          expect(edges.main, `${width}px: main's content box`).toBeCloseTo(edges.header ?? NaN, 0);
          expect(edges.footer, `${width}px: the footer's content box`).toBeCloseTo(edges.header ?? NaN, 0);
          expect(edges.heading, `${width}px: main's heading`).toBeCloseTo(edges.header ?? NaN, 0);
          if (width === 320) {
            const { scrollWidth, wide } = await page.evaluate(() => ({
              scrollWidth: document.documentElement.scrollWidth,
              wide: Array.from(document.querySelectorAll('body *'))
                .filter((el) => el.getBoundingClientRect().right > 320.5)
                .slice(0, 5)
                .map(
                  (el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}`,
                ),
            }));
            expect(scrollWidth, `scrollWidth at 320px (sticking out: ${wide.join(', ')})`).toBeLessThanOrEqual(320);
          }
        }
      });
    }

    test('has no whitespace before “,” “.” “;” or “:” in its text', async ({ page }) => {
      await page.goto(pathname);
      // innerText is the text as rendered, the visually hidden text of links included; a mark that
      // starts a word (".NET", ".5") is not punctuation ending one.
      const text = await page.evaluate(() => document.body.innerText);
      const found = [...text.matchAll(/\S{0,30}[^\S\n]+[,.;:](?![\p{L}\p{N}])/gu)].map((m) => m[0]);
      expect(found).toEqual([]);
    });
  });
}

test('the search page has one search box, and "/" focuses it', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.getByRole('searchbox')).toHaveCount(1);
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.locator('#search-q')).toBeFocused();
});

test('other pages keep the header search box', async ({ page }) => {
  await page.goto('/about/');
  await expect(page.locator('.site-header').getByRole('searchbox')).toHaveCount(1);
});
