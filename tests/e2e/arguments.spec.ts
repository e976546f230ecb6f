import { parseTextFragment } from '../../src/lib/text-fragments';
import { expect, test, STANCE_LABELS, argumentsById, collapse, readableText, slugsOf } from './helpers';

const argumentSlugs = slugsOf('arguments');
const documentSlugs = slugsOf('documents');
const QUOTE_LINK = /^\/documents\/([a-z0-9-]+)\/#([A-Za-z0-9_-]+)$/;

for (const slug of argumentSlugs) {
  test(`argument ${slug}: every quotation cites and links to the paragraph it quotes`, async ({ page, baseURL }) => {
    const response = await page.goto(`/arguments/${slug}/`);
    expect(response?.status()).toBe(200);

    const figures = page.locator('figure.quotation');
    const count = await figures.count();
    expect(count, 'quotations on the page').toBeGreaterThan(0);

    const quotations: Array<{ href: string; words: string }> = [];
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      const blockquote = figure.locator('blockquote');
      await expect(blockquote).toHaveCount(1);
      const cite = await blockquote.getAttribute('cite');
      expect(cite, `quotation ${i + 1}: blockquote cite`).toBeTruthy();

      const link = figure.locator('figcaption a[href^="/documents/"]');
      await expect(link, `quotation ${i + 1}: one figcaption link to a document`).toHaveCount(1);
      const href = (await link.getAttribute('href')) ?? '';
      expect(href, `quotation ${i + 1}: figcaption link`).toMatch(QUOTE_LINK);
      expect(new URL(cite ?? '', baseURL).href, 'cite and figcaption link point to the same place').toBe(
        new URL(href, baseURL).href,
      );
      const words = collapse(await blockquote.innerText());
      const original = figure.getByRole('link', { name: /^Open the original at these words\b/ });
      await expect(original, `quotation ${i + 1}: one link to the original at its words`).toHaveCount(1);
      const at = parseTextFragment((await original.getAttribute('href')) ?? '');
      expect(at.url, `quotation ${i + 1}: the original's address`).toMatch(/^https?:\/\//);
      expect(words, `quotation ${i + 1}: the words the original opens at`).toContain(at.directives[0]?.start);
      quotations.push({ href, words });
    }

    // Follow the first link by clicking it, the rest by loading their address.
    for (const [index, { href, words }] of quotations.entries()) {
      if (index === 0) {
        await figures.first().locator('figcaption a[href^="/documents/"]').click();
        await page.waitForURL((url) => url.pathname + url.hash === href);
      } else {
        // A link to another paragraph of the page already shown is a same-document navigation (no response).
        const landed = await page.goto(href);
        if (landed) expect(landed.status()).toBe(200);
      }
      const [, document, anchor] = QUOTE_LINK.exec(href) ?? [];
      expect(documentSlugs, `${href} names a known document`).toContain(document);
      const target = page.locator(`[id="${anchor}"]`);
      await expect(target, `${href}: element with id ${anchor}`).toHaveCount(1);
      expect(await page.evaluate(() => location.hash)).toBe(`#${anchor}`);
      const text = await readableText(page, `[id="${anchor}"]`);
      expect(text, `${href} should contain the quoted words`).toContain(words);
    }
  });
}

test('home page lists every argument under its stance and links both documents', async ({ page }) => {
  await page.goto('/');
  const main = page.locator('main');

  const listed = await main
    .locator('a[href^="/arguments/"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  const argumentLinks = [...new Set(listed.filter((href) => /^\/arguments\/[^/]+\/$/.test(href)))].sort();
  expect(argumentLinks).toEqual(argumentSlugs.map((s) => `/arguments/${s}/`).sort());
  expect(argumentLinks).toHaveLength(argumentSlugs.length);

  const byStance = new Map<string, string[]>();
  for (const slug of argumentSlugs) {
    const stance = argumentsById.get(slug)?.data.stance ?? '(none)';
    byStance.set(stance, [...(byStance.get(stance) ?? []), `/arguments/${slug}/`]);
  }
  for (const [stance, label] of Object.entries(STANCE_LABELS)) {
    const name = new RegExp(`^${label}\\b`);
    const heading = main.getByRole('heading', { name });
    const expected = byStance.get(stance);
    if (!expected) {
      await expect(heading, `no heading for absent stance ${stance}`).toHaveCount(0);
      continue;
    }
    await expect(heading, `heading "${label}"`).toHaveCount(1);
    const section = main.locator('section').filter({ has: page.getByRole('heading', { name }) });
    await expect(section).toHaveCount(1);
    // Only each item's own link: an item may also link the arguments it rebuts.
    const inSection = await section
      .locator('li > a[href^="/arguments/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(
      [...new Set(inSection.filter((href) => /^\/arguments\/[^/]+\/$/.test(href)))].sort(),
      `arguments listed under "${label}"`,
    ).toEqual(expected.sort());
  }
  const unknown = [...byStance.keys()].filter((stance) => !(stance in STANCE_LABELS));
  expect(unknown, 'stances without a known heading').toEqual([]);

  for (const slug of documentSlugs) {
    await expect(main.locator(`a[href="/documents/${slug}/"]`).first(), `link to document ${slug}`).toBeVisible();
  }
});

test('the for-argument page has a "Rebutted by" section with links to arguments', async ({ page }) => {
  await page.goto('/arguments/assad-russia-and-iran-are-killing-isis/');
  const heading = page.getByRole('heading', { name: /^Rebutted by/ });
  await expect(page.locator('main').getByRole('heading', { name: /^Rebutted by/ })).toHaveCount(1);
  const section = page.locator('main section').filter({ has: heading });
  await expect(section).toHaveCount(1);
  const links = await section
    .locator('a[href^="/arguments/"]')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(links.length).toBeGreaterThan(0);
  for (const href of links) {
    const slug = /^\/arguments\/([^/]+)\/$/.exec(href)?.[1];
    expect(argumentSlugs, `${href} is an argument page`).toContain(slug);
  }
  // Every argument that rebuts it (per the content) is listed.
  const rebutters = argumentSlugs.filter((slug) =>
    argumentsById.get(slug)?.data.rebuts.includes('assad-russia-and-iran-are-killing-isis'),
  );
  expect(rebutters.length).toBeGreaterThan(0);
  for (const slug of rebutters) expect(links).toContain(`/arguments/${slug}/`);
});
