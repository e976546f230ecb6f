import { expect, test, collapse, slugsOf, sources } from './helpers';

const sourceSlugs = slugsOf('sources');

test.describe('/sources/', () => {
  test.beforeEach(async ({ page }) => {
    const response = await page.goto('/sources/');
    expect(response?.status()).toBe(200);
  });

  test('lists every source file in content/sources', async ({ page }) => {
    const linked = await page
      .locator('main a[href^="/sources/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    const entries = [...new Set(linked.filter((href) => /^\/sources\/[^/]+\/$/.test(href)))].sort();
    expect(entries).toEqual(sourceSlugs.map((slug) => `/sources/${slug}/`).sort());
  });

  for (const slug of sourceSlugs) {
    const data = sources.get(slug)?.data;
    if (!data) throw new Error(`no source ${slug} in the content`);
    const { url, title } = data;

    test(`entry ${slug} ${url ? 'links to its verified url' : 'says it has no verified link'}`, async ({ page }) => {
      // The entry is the list item (or other block) holding the link to the source's own page.
      const entry = page
        .locator('main li, main article, main section, main div')
        .filter({ has: page.locator(`a[href="/sources/${slug}/"]`) })
        .last();
      await expect(entry, `entry for ${slug}`).toBeVisible();
      expect(collapse(await entry.innerText())).toContain(collapse(title));

      if (url) {
        await expect(entry.locator(`a[href="${url}"]`).first(), `link to ${url}`).toBeVisible();
        await expect(entry.getByText('No verified link')).toHaveCount(0);
      } else {
        await expect(entry.getByText('No verified link').first()).toBeVisible();
        const search = entry.getByRole('link', { name: /web search/i });
        await expect(search.first(), 'a link labelled as a web search').toBeVisible();
        const href = (await search.first().getAttribute('href')) ?? '';
        expect(href).toMatch(/^https?:\/\//);
      }
    });
  }
});
