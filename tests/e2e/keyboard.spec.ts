import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { focusState } from '../../scripts/lib/browser-gates';
import { blockOffSite, DIST } from './helpers';

/**
 * The main reading path with the keyboard alone: home → an argument → one of its quotation links →
 * the quoted paragraph of the document → a citation in it → the cited work's entry and its original.
 * Every Tab stop on the way must show a visible focus indicator and be scrolled into view.
 */

const html = (pathname: string) => readFileSync(path.join(DIST, pathname, 'index.html'), 'utf8');

/** Paragraph ids of a document page whose paragraph cites a work (has a `[source]` link). */
function citingParagraphs(documentPath: string): Set<string> {
  const ids = new Set<string>();
  for (const m of html(documentPath).matchAll(
    /<(?:p|li|blockquote|h2)[^>]*\sid="([^"]+)"[^>]*>([\s\S]*?)<\/(?:p|li|blockquote|h2)>/g,
  )) {
    if (m[2]?.includes('class="cite-ref"')) ids.add(`${documentPath}#${m[1]}`);
  }
  return ids;
}

// Derived from the built site: the quotation links that land on a paragraph with a citation, and
// the home page's first argument having one, so the walk follows real content, not a fixed slug.
const homeArguments = [...html('/').matchAll(/href="(\/arguments\/[^"/]+\/)"/g)].map((m) => m[1]!);
const citingTargets = new Set<string>();
for (const doc of new Set([...html('/documents/').matchAll(/href="(\/documents\/[^"/]+\/)"/g)].map((m) => m[1]!))) {
  for (const id of citingParagraphs(doc)) citingTargets.add(id);
}
const quotationLinks = (argument: string) =>
  [...html(argument).matchAll(/<blockquote cite="([^"]+)"/g)].map((m) => m[1]!);
const argument = homeArguments.find((a) => quotationLinks(a).some((q) => citingTargets.has(q)));

/** The focused element's href, whether its focus is visibly drawn, and whether it is on screen. */
const focused = (page: Page) => page.evaluate(focusState);

/** Presses Tab until `wanted` matches the focused element, checking every stop on the way. */
async function tabTo(
  page: Page,
  wanted: (s: { href: string; className: string }) => boolean,
  what: string,
  limit = 150,
) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const state = await focused(page);
    expect(state, `Tab ${i + 1} towards ${what} on ${page.url()} focused nothing`).not.toBeNull();
    expect(
      state!.visible,
      `focus on "${state!.label}" (${state!.href}) at ${page.url()} has no visible indicator`,
    ).toBe(true);
    expect(state!.onScreen, `focused "${state!.label}" at ${page.url()} is off screen`).toBe(true);
    if (wanted(state!)) return state!;
  }
  throw new Error(`${what} not reached after ${limit} Tab presses on ${page.url()}`);
}

test('the reading path works with the keyboard alone, with visible focus throughout', async ({ page }) => {
  expect(argument, 'no argument on the home page quotes a paragraph that cites a work').toBeDefined();
  const offSite = await blockOffSite(page);
  await page.goto('/');

  const skip = await tabTo(page, (s) => s.href === '#main', 'the skip link', 1);
  expect(skip.href).toBe('#main');

  await tabTo(page, (s) => s.href === argument, `the link to ${argument}`);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${argument}$`));
  // Tab before the new page has loaded would land in the old one's leftovers.
  await page.waitForLoadState('load');

  const quotation = await tabTo(
    page,
    (s) => citingTargets.has(s.href) && quotationLinks(argument!).includes(s.href),
    'a quotation link',
  );
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${quotation.href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  await page.waitForLoadState('load');
  const target = page.locator(':target');
  await expect(target, 'the quoted paragraph is the :target').toHaveCount(1);
  await expect(target).toBeInViewport();

  // Focus continues from the quoted paragraph: the next Tab stops reach its citation.
  const citation = await tabTo(
    page,
    (s) => /\bcite-ref\b/.test(s.className),
    'the citation in the quoted paragraph',
    6,
  );
  const inTarget = await page.evaluate(
    () => document.querySelector(':target')?.contains(document.activeElement) ?? false,
  );
  expect(inTarget, 'the first citation reached is inside the quoted paragraph').toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${citation.href}$`));
  await page.waitForLoadState('load');
  await expect(page.locator('h1')).toBeVisible();

  // The source entry links to the original article (a verified URL, checked by the link gate).
  const original = await tabTo(
    page,
    (s) => /^https?:/.test(s.href) && s.className.includes('outbound'),
    'the link to the original',
  );
  expect(original.href).toMatch(/^https?:\/\//);
  expect(offSite, 'requests that left the site during the walk').toEqual([]);
});

test('the focus check fails on a deliberately broken fixture: links whose outline is removed', async ({ page }) => {
  await page.goto('/');
  await page.waitForLoadState('load');
  // Through the CSSOM, which the page's style policy allows, unlike an injected <style>.
  await page.evaluate(() =>
    document.querySelectorAll('a').forEach((a) => a.style.setProperty('outline', 'none', 'important')),
  );
  await expect(tabTo(page, () => false, 'nothing', 3)).rejects.toThrow(/has no visible indicator/);
});
