import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from './helpers';

// Every built page, in both colour schemes, against WCAG 2.2 A and AA.
const pages = builtPages();

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe, ${scheme} scheme`, () => {
    test.use({ colorScheme: scheme });
    for (const pathname of pages) {
      test(`${pathname} has no WCAG 2.2 A/AA violations`, async ({ page }) => {
        await page.goto(pathname.endsWith('search/') ? `${pathname}?q=Hezbollah` : pathname);
        if (pathname.endsWith('search/'))
          await expect(page.locator('#search-status')).toContainText(/result/, { timeout: 15_000 });
        const { violations } = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        const report = violations.map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join('; ')})`,
        );
        expect(report).toEqual([]);
      });
    }
  });
}

test('the axe gate fails on a page with a deliberately broken fixture', async ({ page }) => {
  await page.goto('/about/');
  await page.evaluate(() => {
    const main = document.querySelector('main');
    main?.insertAdjacentHTML(
      'beforeend',
      '<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40"><a href="/about/"></a>',
    );
  });
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  expect(violations.map((v) => v.id)).toEqual(expect.arrayContaining(['image-alt', 'link-name']));
});
