import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { blockOffSite, builtPages, DIST, ORIGIN } from './helpers';

/**
 * No request ever leaves the site, and nothing breaks the security policy, while reading every page
 * and while searching. Requests to other hosts are recorded and then blocked, so a leak is reported
 * rather than silently attempted against the network.
 */

interface Traffic {
  /** Every URL requested that is not on the site's own origin (data: and blob: are local). */
  foreign: string[];
  /** Every CSP violation the page reported: directive and blocked resource. */
  violations: string[];
}

async function watch(page: Page): Promise<Traffic> {
  const traffic: Traffic = { foreign: await blockOffSite(page), violations: [] };
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) traffic.violations.push(message.text());
  });
  // Registered through the browser's debugging protocol, so the page's policy does not apply to it.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(
        `Content Security Policy violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`,
      );
    });
  });
  return traffic;
}

const pages = builtPages();

test('every page loads without a foreign request or a policy violation', async ({ page }) => {
  test.setTimeout(pages.length * 3_000 + 30_000);
  const traffic = await watch(page);
  for (const pathname of pages) {
    const before = { foreign: traffic.foreign.length, violations: traffic.violations.length };
    await page.goto(pathname, { waitUntil: 'load' });
    expect(
      [...traffic.foreign.slice(before.foreign), ...traffic.violations.slice(before.violations)],
      `on ${pathname}`,
    ).toEqual([]);
  }
  expect(traffic.foreign, 'requests that left the site').toEqual([]);
  expect(traffic.violations, 'policy violations').toEqual([]);
});

test('searching, filtering, sorting and opening a result stay on the site', async ({ page }) => {
  const traffic = await watch(page);
  await page.goto('/');
  await page.keyboard.press('/');
  await page.keyboard.type('Assad');
  await page.keyboard.press('Enter');
  await expect(page.locator('#search-status')).toContainText(/result/, { timeout: 15_000 });
  await page.getByRole('button', { name: /^Filter by type/ }).click();
  await page
    .locator('fieldset', { hasText: 'Stance' })
    .getByLabel(/^Against cooperation/)
    .check();
  await expect(page.locator('#search-status')).toContainText(/result/);
  await page.locator('#search-results .result__title a').first().click();
  await page.waitForLoadState('load');
  expect(new URL(page.url()).pathname).not.toBe('/search/');
  expect(traffic.foreign, 'requests that left the site').toEqual([]);
  expect(traffic.violations, 'policy violations').toEqual([]);
});

test('the gate catches a deliberately broken fixture: a third-party image and an inline script', async ({ page }) => {
  const traffic = await watch(page);
  // The real page's policy, on a page that breaks it in both ways.
  const real = readFileSync(path.join(DIST, 'about', 'index.html'), 'utf8');
  const policy = /<meta http-equiv="content-security-policy" content="[^"]*">/i.exec(real)?.[0];
  expect(policy, 'the built pages carry their policy in a <meta>').toBeDefined();
  const broken = `<!DOCTYPE html><html lang="en"><head>${policy}<title>Broken</title></head><body>
    <img src="https://tracker.invalid/pixel.gif" alt=""><script>document.title = 'ran';</script></body></html>`;
  await page.route(`${ORIGIN}/__broken__/`, (route) => route.fulfill({ contentType: 'text/html', body: broken }));
  await page.goto('/__broken__/', { waitUntil: 'load' });
  expect(traffic.foreign).toContain('https://tracker.invalid/pixel.gif');
  await expect.poll(() => traffic.violations.some((v) => /script-src/.test(v))).toBe(true);
  expect(await page.title(), 'the inline script was blocked').toBe('Broken');
});
