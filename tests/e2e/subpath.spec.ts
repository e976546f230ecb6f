import { expect, test } from '@playwright/test';
import { PORT } from './helpers';

// The same site built with BASE_PATH=/debates/ (npm run build:base) and served under that prefix.
const base = `http://127.0.0.1:${PORT + 1}/debates/`;

test.describe('deployed under a sub-path', () => {
  test.setTimeout(60_000);

  test('every internal link on the home page stays under the sub-path and the page script loads', async ({ page }) => {
    const failed: string[] = [];
    page.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    await page.goto(base);
    const hrefs = await page.locator('a[href^="/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(10);
    expect(hrefs.filter((h) => !h.startsWith('/debates/'))).toEqual([]);
    await page.keyboard.press('/');
    await expect(page.locator('#site-search-q')).toBeFocused();
    expect(failed).toEqual([]);
  });

  test('search finds arguments and its links lead to real pages under the sub-path', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${base}search/?q=Hezbollah`);
    await expect(page.locator('#search-status')).toContainText(/\d+ results?/, { timeout: 15_000 });
    const first = page.locator('#search-results .result__title a').first();
    expect(await first.getAttribute('href')).toMatch(/^\/debates\/(arguments|documents|sources|names)\//);
    await first.click();
    await expect(page).toHaveURL(/\/debates\/(arguments|documents|sources|names)\/[^/]+\/\?highlight=Hezbollah/);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('mark').first()).toContainText(/Hezbollah/i, { timeout: 10_000 });
    expect(errors).toEqual([]);
  });

  test('a misspelt word offers a suggestion under the sub-path, and its link finds results there', async ({ page }) => {
    await page.goto(`${base}search/?q=Hzebollah`);
    const suggestion = page.locator('[data-search-suggestions] a').first();
    await expect(suggestion).toHaveText('Hezbollah', { timeout: 15_000 });
    expect(await suggestion.getAttribute('href')).toBe('/debates/search/?q=Hezbollah');
    await suggestion.click();
    await expect(page.locator('#search-status')).toContainText(/\d+ results? for “Hezbollah”/, { timeout: 15_000 });
  });
});
