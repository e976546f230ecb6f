import type { ConsoleMessage, Request, Response } from '@playwright/test';
import { expect, test, builtPages } from './helpers';

const pages = builtPages();

test('the build has the pages the site promises', () => {
  for (const required of [
    '/',
    '/arguments/',
    '/documents/',
    '/sources/',
    '/topics/',
    '/timeline/',
    '/about/',
    '/404.html',
  ]) {
    expect(pages, `dist/ should contain ${required}`).toContain(required);
  }
});

for (const pathname of pages) {
  test(`page ${pathname} loads cleanly and has a sound outline`, async ({ page }) => {
    const problems: string[] = [];
    const onConsole = (message: ConsoleMessage): void => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    };
    const onPageError = (error: Error): void => {
      problems.push(`page error: ${error.message}`);
    };
    const onRequestFailed = (request: Request): void => {
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`);
    };
    const onResponse = (response: Response): void => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    };
    page.on('console', onConsole);
    page.on('pageerror', onPageError);
    page.on('requestfailed', onRequestFailed);
    page.on('response', onResponse);
    // The page is shared by the tests of a worker: the listeners are removed when this test ends.
    try {
      const response = await page.goto(pathname, { waitUntil: 'load' });
      expect(response, `no response for ${pathname}`).not.toBeNull();
      expect(response?.status(), `status of ${pathname}`).toBe(200);

      await expect(page.locator('h1'), 'exactly one h1').toHaveCount(1);
      await expect(page.locator('main'), 'exactly one <main>').toHaveCount(1);
      await expect(page.locator('#main'), 'the skip link target #main').toHaveCount(1);
      // Landmarks: one banner, one main navigation, one main and one contentinfo, as roles a screen reader lists.
      await expect(page.getByRole('banner'), 'exactly one banner (site header)').toHaveCount(1);
      await expect(page.getByRole('navigation', { name: 'Main' }), 'the main navigation').toHaveCount(1);
      await expect(page.getByRole('main'), 'exactly one main landmark').toHaveCount(1);
      await expect(page.getByRole('contentinfo'), 'exactly one contentinfo (site footer)').toHaveCount(1);

      // A skip link to #main, and it is the first thing the keyboard reaches.
      await expect(page.locator('a[href="#main"]').first()).toBeAttached();
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? null);
      expect(focused, 'first Tab stop should be the skip link to #main').toBe('#main');

      // Headings never go down more than one level at a time (h1 → h2 → h3; h2 → h4 is a skip).
      const levels = await page
        .locator('h1, h2, h3, h4, h5, h6')
        .evaluateAll((els) =>
          els.map((el) => ({ level: Number(el.tagName.slice(1)), text: (el.textContent ?? '').trim().slice(0, 60) })),
        );
      let previous = 0;
      const skips: string[] = [];
      for (const { level, text } of levels) {
        if (level > previous + 1) skips.push(`h${level} "${text}" follows h${previous || '(none)'}`);
        previous = level;
      }
      expect(skips, 'heading levels must not be skipped').toEqual([]);

      expect(problems, 'console errors, page errors or failed requests').toEqual([]);
    } finally {
      page.off('console', onConsole);
      page.off('pageerror', onPageError);
      page.off('requestfailed', onRequestFailed);
      page.off('response', onResponse);
    }
  });
}
