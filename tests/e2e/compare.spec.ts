/**
 * The compare views and the dossier, checked against the content files. What counts as "listed":
 * an element carrying `data-argument` (a card of a compare view, an entry of the dossier). A link to
 * an argument listed elsewhere is a cross-reference, and never carries it.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { builtPages, collapse, content, PORT } from './helpers';

const { arguments: args, documents } = content;
const stanceOf = new Map(args.map((a) => [a.id, a.data.stance]));
const listed = (scope: Page | Locator) =>
  scope.locator('[data-argument]').evaluateAll((els) => els.map((e) => e.getAttribute('data-argument') ?? ''));
const sorted = (ids: readonly string[]) => [...ids].sort();
const usedTopics = content.site.topics.filter((t) => args.some((a) => a.data.topics.includes(t.id)));
const newPages = builtPages().filter((p) => /^\/(compare|dossier)\//.test(p));

test.describe('the whole debate side by side', () => {
  test('lists every argument exactly once, in the column of its stance', async ({ page }) => {
    await page.goto('/compare/');
    const ids = await listed(page);
    expect(sorted(ids)).toEqual(sorted(args.map((a) => a.id)));
    for (const stance of content.site.stances) {
      const inColumn = await listed(page.locator(`.compare-col--${stance.id}`));
      expect(sorted(inColumn), stance.id).toEqual(
        sorted(args.filter((a) => a.data.stance === stance.id).map((a) => a.id)),
      );
    }
  });

  test('puts each rebuttal in the row of an argument it rebuts, and links what it rebuts', async ({ page }) => {
    await page.goto('/compare/');
    for (const argument of args.filter((a) => a.data.rebuts.length > 0)) {
      const row = page.locator('.compare-row', { has: page.locator(`[data-argument="${argument.id}"]`) });
      const inRow = await listed(row);
      expect(
        argument.data.rebuts.some((id) => inRow.includes(id)),
        `${argument.id}'s row`,
      ).toBe(true);
      const links = await page
        .locator(`[data-argument="${argument.id}"] .compare-card__rebuts a`)
        .evaluateAll((els) => els.map((e) => e.getAttribute('href')));
      expect(links).toEqual(argument.data.rebuts.map((id) => `#a-${id}`));
    }
  });

  test('sets the stances side by side on a wide screen and stacks them on a narrow one', async ({ browser }) => {
    const stances = [...new Set(args.map((a) => a.data.stance))];
    expect(stances.length, 'the corpus should take more than one stance').toBeGreaterThan(1);
    const lefts = async (width: number) => {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto('/compare/');
      const row = page.locator('.compare-row').first();
      const boxes = await row
        .locator('.compare-card')
        .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().left));
      const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      await context.close();
      return { boxes, scrollWidth };
    };
    const wide = await lefts(1280);
    expect(new Set(wide.boxes).size, 'columns on a wide screen').toBeGreaterThan(1);
    const narrow = await lefts(360);
    expect(new Set(narrow.boxes).size, 'one column on a narrow screen').toBe(1);
    expect(narrow.scrollWidth).toBeLessThanOrEqual(360);
  });

  test('is linked from the home page, and each topic page from its own view', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('main a[href="/compare/"]')).toHaveCount(1);
    await expect(page.locator('main a[href="/dossier/"]')).toHaveCount(1);
    for (const topic of usedTopics) {
      await page.goto(`/topics/${topic.id}/`);
      await expect(page.locator(`main a[href="/compare/topics/${topic.id}/"]`)).toHaveCount(1);
    }
  });
});

test('the compare view’s links are reached by Tab, each focus visible and clear of the sticky column labels', async ({
  page,
}) => {
  await page.goto('/compare/');
  const cards = await page.locator('.compare-card h3 a').count();
  expect(cards).toBe(args.length);
  let reached = 0;
  for (let i = 0; i < 200 && reached < cards; i++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(() => {
      const el = document.activeElement;
      if (!(el instanceof HTMLElement) || el === document.body) return null;
      const style = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      const head = document.querySelector('.compare__head')?.getBoundingClientRect();
      return {
        card: el.matches('.compare-card h3 a'),
        visible: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== 'none',
        // Half a pixel either way: Chromium scrolls a focused link level with the viewport's edge at subpixel positions.
        onScreen: box.top >= -0.5 && box.bottom <= innerHeight + 0.5,
        // The sticky labels cover the top of the screen once the table scrolls under them.
        obscured: head !== undefined && head.top <= 0 && box.top < head.bottom,
        label: (el.textContent ?? '').trim().slice(0, 40),
      };
    });
    expect(state, `Tab ${i + 1} focused nothing`).not.toBeNull();
    expect(state!.visible, `focus on ${state!.label} is not visible`).toBe(true);
    expect(state!.onScreen, `${state!.label} is off screen`).toBe(true);
    expect(state!.obscured, `${state!.label} is under the column labels`).toBe(false);
    if (state!.card) reached++;
  }
  expect(reached).toBe(cards);
});

test.describe('a topic side by side', () => {
  for (const topic of usedTopics) {
    test(`/compare/topics/${topic.id}/ lists the topic's arguments exactly once`, async ({ page }) => {
      await page.goto(`/compare/topics/${topic.id}/`);
      const ids = await listed(page);
      expect(sorted(ids)).toEqual(sorted(args.filter((a) => a.data.topics.includes(topic.id)).map((a) => a.id)));
      for (const id of ids)
        await expect(page.locator(`.compare-col--${stanceOf.get(id)} [data-argument="${id}"]`), id).toHaveCount(1);
    });
  }
});

test.describe('two documents side by side', () => {
  const docsOf = (a: (typeof args)[number]) =>
    new Set([...a.data.quotations, ...a.data.questions].map((q) => q.document));

  test('every pair of documents whose arguments rebut each other on a shared topic has its page, linked from both', async ({
    page,
  }) => {
    const pairs = builtPages().filter((p) => p.startsWith('/compare/documents/'));
    // The real corpus has two documents, and their arguments answer each other.
    expect(documents.length).toBe(2);
    expect(pairs).toHaveLength(1);
    const [, , , first, second] = pairs[0]!.split('/') as [string, string, string, string, string];
    for (const doc of [first, second]) {
      await page.goto(`/documents/${doc}/`);
      await expect(page.locator(`main a[href="${pairs[0]}"]`)).toHaveCount(1);
    }
    await page.goto(pairs[0]!);
    const ids = await listed(page);
    // Listed once each: the arguments of either document on a topic both documents are on.
    const topicsOf = (doc: string) => new Set(args.filter((a) => docsOf(a).has(doc)).flatMap((a) => a.data.topics));
    const shared = [...topicsOf(first)].filter((t) => topicsOf(second).has(t));
    const expected = args.filter(
      (a) => (docsOf(a).has(first) || docsOf(a).has(second)) && a.data.topics.some((t) => shared.includes(t)),
    );
    expect(sorted(ids)).toEqual(sorted(expected.map((a) => a.id)));
    for (const a of expected) {
      const inFirst = docsOf(a).has(first);
      const inSecond = docsOf(a).has(second);
      const column = inFirst && inSecond ? 'both' : inFirst ? 'first' : 'second';
      await expect(page.locator(`.compare-col--${column} [data-argument="${a.id}"]`), a.id).toHaveCount(1);
    }
  });
});

test.describe('the dossier', () => {
  test('gives the question and every argument once, by stance, with its quotations, rebuttals and sources', async ({
    page,
  }) => {
    await page.goto('/dossier/');
    await expect(page.locator('h1')).toHaveText(content.site.question);
    expect(sorted(await listed(page))).toEqual(sorted(args.map((a) => a.id)));
    for (const argument of args) {
      const entry = page.locator(`[data-argument="${argument.id}"]`);
      await expect(entry.locator('h3')).toHaveText(argument.data.title);
      const quoted = (await entry.locator('blockquote').allInnerTexts()).map(collapse);
      expect(quoted).toEqual([...argument.data.quotations, ...argument.data.questions].map((q) => collapse(q.text)));
      const stanceSection = page.locator('.dossier-stance', { has: entry });
      const label = content.site.stances.find((s) => s.id === argument.data.stance)?.label ?? '';
      await expect(stanceSection.locator('h2')).toHaveText(label);
      await expect(entry.locator('dt', { hasText: /^Sources$/ })).toHaveCount(argument.data.cites.length > 0 ? 1 : 0);
      const rebuttedBy = args.filter((a) => a.data.rebuts.includes(argument.id));
      await expect(entry.locator('dt', { hasText: /^Rebutted by$/ }).locator('+ dd li')).toHaveCount(rebuttedBy.length);
    }
  });

  test('numbers its notes, each note mark pointing at an entry of the list', async ({ page }) => {
    await page.goto('/dossier/');
    const notes = await page.locator('.dossier-notes > li').evaluateAll((els) => els.map((e) => e.id));
    expect(notes).toEqual(notes.map((_, i) => `note-${i + 1}`));
    const marks = await page.locator('.note-ref a').evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? ''));
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of new Set(marks)) expect(notes).toContain(mark.slice(1));
  });

  test('lists at its end every address it links to, in full', async ({ page }) => {
    await page.goto('/dossier/');
    const absolute = (href: string) => new URL(href, page.url()).href;
    const linked = await page
      .locator('article.dossier a:not(.url)')
      .evaluateAll((els) => els.map((e) => e.getAttribute('href') ?? '').filter((h) => !h.startsWith('#')));
    const list = await page
      .locator('.dossier-addresses a')
      .evaluateAll((els) => els.map((e) => ({ href: (e as HTMLAnchorElement).href, text: e.textContent ?? '' })));
    expect(linked.length).toBeGreaterThan(0);
    const hrefs = new Set(list.map((a) => a.href));
    expect(linked.map(absolute).filter((h) => !hrefs.has(h))).toEqual([]);
    // Each entry prints the whole URL (the site's own by the site's configured address).
    for (const { href, text } of list)
      expect(new URL(text).pathname + new URL(text).hash).toBe(new URL(href).pathname + new URL(href).hash);
  });
});

test.describe('print', () => {
  for (const pathname of ['/dossier/', '/compare/', '/']) {
    test(`${pathname} prints without navigation, search, buttons or skip link`, async ({ page }) => {
      await page.goto(pathname);
      await expect(page.locator('nav[aria-label="Main"]')).toBeVisible();
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['nav', '.site-search', 'button', '.skip-link', '.site-header'])
        for (const element of await page.locator(selector).all()) await expect(element, selector).toBeHidden();
    });
  }

  test('the dossier prints its list of addresses, and each link its number in it', async ({ page }) => {
    await page.goto('/dossier/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#addresses')).toBeVisible();
    await expect(page.locator('.dossier-addresses li').first()).toBeVisible();
    const link = page.locator('article.dossier a[data-address]').first();
    const number = await link.getAttribute('data-address');
    const after = await link.evaluate((e) => getComputedStyle(e, '::after').content);
    expect(after).toBe(`" [${number}]"`);
    await expect(page.locator(`#address-${number?.slice(1)}`)).toBeVisible();
  });

  test('the dossier prints to PDF in headless Chromium', async ({ page }) => {
    await page.goto('/dossier/');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // More than one A4 page: the whole dossier is printed, not the screen.
    expect((pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThan(1);
  });
});

test('the build has the compare and dossier pages', () => {
  expect(newPages).toContain('/compare/');
  expect(newPages).toContain('/dossier/');
  for (const topic of usedTopics) expect(newPages).toContain(`/compare/topics/${topic.id}/`);
});

test('under a sub-path, the compare view and the dossier link and print addresses under it', async ({ page }) => {
  const base = `http://127.0.0.1:${PORT + 1}/debates/`;
  for (const pathname of ['compare/', 'dossier/']) {
    await page.goto(`${base}${pathname}`);
    const hrefs = await page
      .locator('main a[href^="/"]')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length, pathname).toBeGreaterThan(0);
    expect(
      hrefs.filter((h) => !h.startsWith('/debates/')),
      pathname,
    ).toEqual([]);
  }
  const printed = await page.locator('.dossier-addresses a[href^="/"]').allTextContents();
  expect(printed.length).toBeGreaterThan(0);
  expect(printed.filter((url) => !new URL(url).pathname.startsWith('/debates/'))).toEqual([]);
});
