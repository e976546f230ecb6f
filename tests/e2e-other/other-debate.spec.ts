/**
 * The second corpus in a browser (.build/dist-other/, from `npm run build:other`): verbatim text that looks
 * like markup shows as text and runs nothing, and the search finds its paragraphs and table cells.
 */
import { expect, test, type Page } from '@playwright/test';

const DOCUMENT = '/documents/footbridge-council-notes/';

/**
 * The text a reader sees in a paragraph of the document, without the site's pilcrow and source links
 * and the numbered links after quotations.
 */
const paragraphText = (page: Page, anchor: string) =>
  page.locator(`[id="${anchor}"] p`).evaluate((p) => {
    const copy = p.cloneNode(true) as HTMLElement;
    for (const extra of copy.querySelectorAll('.pilcrow, .cite-ref, .q-refs')) extra.remove();
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });

test.describe('a document whose text looks like markup', () => {
  test('shows each character of its lines as text', async ({ page }) => {
    await page.goto(DOCUMENT);
    const expected: Array<[string, string]> = [
      [
        'raids-on-the-budget-have-been',
        'Raids on the budget have been against those lines (<5% hit {core} targets), said the treasurer.',
      ],
      [
        'script-window-contentscriptran-true-script-was',
        '<script>window.__contentScriptRan = true</script> was pasted into the minutes by mistake.',
      ],
      [
        'keep-b-bold-b-claims-starred',
        'Keep <b>bold</b> claims & *starred* and _underscored_ words out of the record; C:\\Users\\clerk\\notes is where the clerk saved them, and Fish &amp; chips is how the caterer spelled it.',
      ],
      ['agenda-item-one', '# Agenda item one'],
      ['not-a-heading-but-the-minutes', '## Not a heading, but the minutes begin this way'],
      ['not-a-quotation-but-a-line', '> Not a quotation, but a line that begins with a sign'],
      ['the-first-dash-line', '- The first dash line'],
      ['p-1-numbered-first-build-the-footbridge', '1. Numbered first: build the footbridge.'],
      ['a-line-that-begins-with-a', '\\ A line that begins with a backslash, and {{braces}} and <angle brackets>'],
      [
        'curly-quotes-an-em-dash-and',
        'Curly “quotes”, an em dash — and a euro sign € stay as they are: naïve café façade, 3 > 2 and 2 < 3.',
      ],
    ];
    for (const [anchor, text] of expected) expect(await paragraphText(page, anchor), anchor).toBe(text);
  });

  test('runs no script and makes no element from the text', async ({ page }) => {
    await page.goto(DOCUMENT);
    expect(
      await page.evaluate(() => (window as unknown as { __contentScriptRan?: boolean }).__contentScriptRan),
    ).toBeUndefined();
    await expect(
      page.locator('.document-text b, .document-text script, .document-text h1, .document-text blockquote'),
    ).toHaveCount(0);
  });
});

test.describe('the words arguments quote, marked in the text', () => {
  test('keeps overlapping quotations readable: each word marked, the shared words marked more strongly, as text', async ({
    page,
  }) => {
    await page.goto(DOCUMENT);
    const marks = page.locator('[id="raids-on-the-budget-have-been"] mark.q');
    // “against those lines (<5% hit” and “(<5% hit {core} targets)” share “(<5% hit”.
    expect(await marks.allTextContents()).toEqual(['against those lines ', '(<5% hit', ' {core} targets)']);
    await expect(marks.nth(1)).toHaveClass(/q--overlap/);
    const refs = page.locator('[id="raids-on-the-budget-have-been"] .q-ref');
    expect(
      await refs.evaluateAll((as) => as.map((a) => [a.firstChild?.textContent, (a as HTMLAnchorElement).pathname])),
    ).toEqual([
      ['1', '/arguments/wait-before-deciding/'],
      ['2', '/arguments/the-footbridge-is-cheap/'],
    ]);
  });

  test('links words two arguments quote to both, each with a name saying which argument', async ({ page }) => {
    await page.goto(DOCUMENT);
    const block = page.locator('[id="p-1-numbered-first-build-the-footbridge"]');
    await expect(block.locator('mark.q')).toHaveText(['Numbered first: build the footbridge.']);
    await expect(block.getByRole('link', { name: /the argument “The footbridge/ })).toHaveCount(1);
    await expect(
      block.getByRole('link', { name: /the argument “The council should wait before deciding\.”/ }),
    ).toHaveCount(1);
    await expect(block.locator('.quoted-in li')).toHaveCount(2);
  });
});

async function searchHrefs(page: Page, query: string): Promise<string[]> {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('#search-status')).toContainText(/result/, { timeout: 15_000 });
  return page
    .locator('#search-results a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash));
}

test.describe('search over the second corpus', () => {
  for (const [query, anchor] of [
    ['underscored', 'keep-b-bold-b-claims-starred'],
    ['treasurer', 'raids-on-the-budget-have-been'],
    ['façade', 'curly-quotes-an-em-dash-and'],
    ['Agenda', 'agenda-item-one'],
  ] as const) {
    test(`finds the paragraph of the document holding “${query}”`, async ({ page }) => {
      expect(await searchHrefs(page, query)).toContain(`${DOCUMENT}#${anchor}`);
    });
  }

  for (const word of ['Option', 'Share', 'budget', 'Footbridge', 'Ferry', 'upkeep', 'unknown']) {
    test(`finds the argument whose table has “${word}” in a header or cell`, async ({ page }) => {
      expect(await searchHrefs(page, word)).toContain('/arguments/the-footbridge-is-cheap/');
    });
  }
});
