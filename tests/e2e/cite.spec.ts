import { expect, test } from '@playwright/test';
import { collapse, slugsOf } from './helpers';

const argument = 'russia-backs-terrorist-groups';
const STYLES = ['APA 7', 'MLA 9', 'Chicago (note)', 'Chicago (bibliography)', 'BibTeX'];

test.describe('citations without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an argument page shows every style as text, with no copy button', async ({ page }) => {
    await page.goto(`/arguments/${argument}/`);
    const section = page.locator('section.cite-this');
    await expect(section.getByRole('heading', { name: 'Cite this page' })).toBeVisible();
    await expect(section.locator('dt')).toHaveText(STYLES);
    for (const citation of await section.locator('.citation').all()) await expect(citation).toBeVisible();
    await expect(section.locator('.citation').first()).toContainText(
      `(n.d.). Russia & ISIS: the arguments. http://localhost:4321/arguments/${argument}/`,
    );
    await expect(page.locator('button.copy')).toHaveCount(0);
  });

  test('a document page cites both the page and the original', async ({ page }) => {
    await page.goto(`/documents/${slugsOf('documents')[0]}/`);
    await expect(page.getByRole('heading', { name: 'Cite this page' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Cite the original' })).toBeVisible();
  });

  test('every source page cites the work, and never with an address it does not verify', async ({ page }) => {
    await page.goto('/sources/mckew-politico/');
    const apa = collapse((await page.locator('section.cite-this .citation').first().textContent()) ?? '');
    expect(apa).toBe(
      'McKew, M. K. (ca. 2017). Trump’s plan to fight ISIS with Putin isn’t just futile, it’s dangerous. Politico Magazine.',
    );
  });
});

test.describe('copy buttons', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('each citation gets a named copy button that copies exactly its text', async ({ page }) => {
    await page.goto(`/arguments/${argument}/`);
    const section = page.locator('section.cite-this');
    await expect(section.locator('button.copy')).toHaveCount(STYLES.length);
    const button = section.getByRole('button', { name: 'Copy BibTeX citation of this page' });
    await button.click();
    await expect(section.getByRole('status').filter({ hasText: 'Copied.' })).toHaveCount(1);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await section.locator('pre.citation').textContent())?.trim());
    expect(copied).toMatch(/^@misc\{page-argument-russia-backs-terrorist-groups,\n {2}title = \{\{/);
  });

  test('a copied APA citation keeps its words and drops only the italics', async ({ page }) => {
    await page.goto('/sources/economist-grand-bargain/');
    await page.locator('section.cite-this').getByRole('button', { name: 'Copy APA 7 citation of this work' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      'Donald Trump seeks a grand bargain with Vladimir Putin. (ca. 2017). The Economist. https://www.economist.com/node/21716609',
    );
  });
});

test('the sources index folds a citation of each work', async ({ page }) => {
  await page.goto('/sources/');
  await expect(page.locator('details.cite-this')).toHaveCount(slugsOf('sources').length);
  await expect(page.getByRole('link', { name: 'BibTeX' })).toHaveAttribute('href', '/bibliography.bib');
  await expect(page.getByRole('link', { name: 'CSL-JSON' })).toHaveAttribute('href', '/bibliography.json');
  await expect(page.getByRole('link', { name: 'RIS', exact: true })).toHaveAttribute('href', '/bibliography.ris');
});
