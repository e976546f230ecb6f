import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, CONTENT, collapse, content, documents, readableText, slugsOf } from './helpers';

const BULLET = /^(?:•|1\.)\s*/;

/** Every line of page furniture any capture holds, without its bullet: none may show on any page. */
const FURNITURE = content.documents.flatMap((d) => d.data.furniture).map((line) => collapse(line).replace(BULLET, ''));

interface Capture {
  title: string;
  paragraphs: string[];
}

/**
 * Reads a raw capture: the first line is the title; the rest is split into paragraphs on blank
 * lines, with each line that starts with "•" or "1." its own paragraph (bullet removed), whitespace
 * collapsed, and the page furniture the document declares dropped (as written, or without its bullet).
 */
function readCapture(file: string, furniture: readonly string[]): Capture {
  const dropped = new Set(furniture.flatMap((line) => [collapse(line), collapse(line).replace(BULLET, '')]));
  const raw = readFileSync(path.join(CONTENT, 'originals', file), 'utf8').replace(/\r\n?/g, '\n');
  const [first = '', ...rest] = raw.split('\n');
  const paragraphs: string[] = [];
  for (const chunk of rest.join('\n').split(/\n[ \t\u00a0]*\n/)) {
    let current: string[] | null = null;
    for (const line of chunk.split('\n')) {
      const trimmed = collapse(line);
      if (trimmed === '') continue;
      if (BULLET.test(trimmed) || current === null) {
        if (current) paragraphs.push(current.join(' '));
        current = [trimmed.replace(BULLET, '')];
      } else {
        current.push(trimmed);
      }
    }
    if (current) paragraphs.push(current.join(' '));
  }
  return {
    title: collapse(first),
    paragraphs: paragraphs.map(collapse).filter((p) => p !== '' && !dropped.has(p)),
  };
}

/** For a paragraph missing from the page: where the page's text departs from it. */
function describeMismatch(paragraph: string, text: string): string {
  let low = 0;
  let high = paragraph.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (text.includes(paragraph.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  if (low < 20) return `missing: ${paragraph}`;
  const at = text.indexOf(paragraph.slice(0, low));
  const expected = paragraph.slice(Math.max(0, low - 30), low + 30);
  const shown = text.slice(Math.max(0, at + low - 30), at + low + 30);
  return `differs after ${low} characters: capture "…${expected}…", page "…${shown}…"`;
}

for (const slug of slugsOf('documents')) {
  const data = documents.get(slug)?.data;
  if (!data) throw new Error(`no document ${slug} in the content`);
  const { capture: captureFile, url, outlet, furniture } = data;

  test.describe(`document ${slug}`, () => {
    test.beforeEach(async ({ page }) => {
      const response = await page.goto(`/documents/${slug}/`);
      expect(response?.status()).toBe(200);
    });

    test('shows every paragraph of the capture verbatim, under the captured title', async ({ page }) => {
      const capture = readCapture(captureFile, furniture);
      expect(capture.paragraphs.length, `paragraphs read from ${captureFile}`).toBeGreaterThan(3);

      await expect(page.locator('h1')).toHaveCount(1);
      expect(collapse(await page.locator('h1').innerText())).toBe(capture.title);

      // The document's own text: the container of the id'd blocks, with the site's editorial
      // additions (the "[source]" links, ¶ self-links and "Quoted in" asides) taken out.
      await expect(page.locator('main .document-text')).toHaveCount(1);
      const text = await readableText(page, 'main .document-text');
      const problems: string[] = [];
      let from = 0;
      for (const paragraph of capture.paragraphs) {
        const at = text.indexOf(paragraph, from);
        if (at >= 0) {
          from = at + paragraph.length;
          continue;
        }
        problems.push(
          text.includes(paragraph) ? `out of order: ${paragraph.slice(0, 80)}…` : describeMismatch(paragraph, text),
        );
      }
      expect(problems, `paragraphs of ${captureFile} not shown verbatim, in order, on /documents/${slug}/`).toEqual([]);
    });

    test('shows author, outlet, date and a link to the original', async ({ page }) => {
      const facts = page.locator('main dl').first();
      await expect(facts).toBeVisible();
      const terms = (await facts.locator('dt').allInnerTexts()).map((t) => collapse(t).toLowerCase());
      expect(
        terms.some((t) => t.startsWith('author')),
        `dt labels: ${terms.join(', ')}`,
      ).toBe(true);
      expect(terms.some((t) => t.startsWith('published') || t.startsWith('outlet'))).toBe(true);
      expect(terms.some((t) => t.startsWith('date'))).toBe(true);

      const header = collapse(await page.locator('main').innerText());
      if (outlet) expect(header).toContain(outlet);
      await expect(page.locator('main time[datetime]').first()).toBeVisible();

      expect(url, `url: in the frontmatter of ${slug}`).toBeTruthy();
      const original = page.locator(`main a[href="${url}"]`);
      await expect(original.first()).toBeVisible();
    });

    test('gives every block of the text an id, unique on the page', async ({ page }) => {
      const report = await page.evaluate(() => {
        const text = document.querySelector('.document-text');
        if (!text) return null;
        const blocks = Array.from(text.querySelectorAll('p, li, blockquote, h2, h3, h4, h5, h6')).filter(
          (el) => !el.closest('.quoted-in'),
        );
        const withoutId = blocks
          .filter((el) => {
            const owner = el.closest('[id]');
            return !owner || !text.contains(owner);
          })
          .map((el) => (el.textContent ?? '').trim().slice(0, 60));
        const ids = Array.from(document.querySelectorAll('[id]')).map((el) => el.id);
        const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
        return { count: blocks.length, withoutId, duplicates };
      });
      expect(report, 'the page has a .document-text element').not.toBeNull();
      expect(report?.count).toBeGreaterThan(3);
      expect(report?.withoutId, 'text blocks without an id').toEqual([]);
      expect(report?.duplicates, 'duplicate ids').toEqual([]);
    });

    test('does not show the comment-form furniture of the captured pages', async ({ page }) => {
      const all = collapse(await page.locator('body').innerText());
      expect(FURNITURE.length, 'furniture lines declared in the content').toBeGreaterThan(0);
      for (const line of FURNITURE) expect(all).not.toContain(line);
    });
  });
}
