import { expect, test, type Page } from '@playwright/test';
import { corpusInput } from '../../src/lib/integrity-input';
import { nameIndexInput } from '../../src/lib/integrity';
import { buildNameIndex } from '../../src/lib/names/index';
import { content, ORIGIN } from './helpers';

const claims = content.arguments.map(({ id, data }) => ({ slug: id, title: data.title }));

async function search(page: Page, query: string) {
  await page.goto(`/search/?q=${encodeURIComponent(query)}`);
  await expect(page.locator('#search-status')).toContainText(/result/, { timeout: 15_000 });
  return page.locator('#search-results > li');
}

/** The number of results the status line reports (all of them, not only those shown). */
async function resultCount(page: Page): Promise<number> {
  const count = /^(\d+) results?\b/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1];
  if (count === undefined) throw new Error('the status line gives no result count');
  return Number(count);
}

const resultHrefs = (page: Page) =>
  page
    .locator('#search-results .result__title a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
const passageHrefs = (page: Page) =>
  page
    .locator('#search-results .result__passage')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname + (a as HTMLAnchorElement).hash));

// Names, places, groups and phrases from the two documents, and the argument (and paragraph) each must lead to.
const QUERIES: Array<{ q: string; argument: string; paragraph?: string }> = [
  { q: 'Hezbollah', argument: 'russia-backs-terrorist-groups' },
  {
    q: 'Taliban',
    argument: 'russia-backs-terrorist-groups',
    paragraph: '/documents/village-idiots-2017/#russia-may-be-determined-to-stamp',
  },
  {
    q: 'North Caucasus',
    argument: 'russia-backs-terrorist-groups',
    paragraph: '/documents/jhi-2016-russia-syria/#not-only-has-russia-rarely-attacked',
  },
  {
    q: 'Odessa',
    argument: 'russia-backs-terrorist-groups',
    paragraph: '/documents/jhi-2016-russia-syria/#not-only-has-russia-rarely-attacked',
  },
  { q: 'Doha', argument: 'russia-backs-terrorist-groups' },
  { q: 'abductions', argument: 'russia-backs-terrorist-groups' },
  {
    q: 'Ash Carter',
    argument: 'russia-props-up-assad-instead-of-fighting-isis',
    paragraph: '/documents/jhi-2016-russia-syria/#russian-military-strikes-in-syria-are',
  },
  { q: 'surgical strikes', argument: 'russia-props-up-assad-instead-of-fighting-isis' },
  {
    q: 'humanitarian convoys',
    argument: 'russia-props-up-assad-instead-of-fighting-isis',
    paragraph: '/documents/jhi-2016-russia-syria/#in-order-to-prop-up-the',
  },
  { q: 'sanctions', argument: 'the-us-does-not-need-russias-help' },
  {
    q: 'worthwhile negotiation',
    argument: 'the-us-does-not-need-russias-help',
    paragraph: '/documents/village-idiots-2017/#second-we-dont-need-their-help',
  },
  { q: 'cyber espionage', argument: 'intelligence-sharing-with-an-adversary' },
  {
    q: 'soft partition',
    argument: 'deconfliction-not-cooperation-is-the-realistic-relationship',
    paragraph: '/documents/village-idiots-2017/#the-kind-of-cooperative-relationship-the',
  },
  { q: 'safe zones', argument: 'partnering-makes-the-us-complicit-in-assads-crimes' },
  { q: 'Sunni', argument: 'partnering-makes-the-us-complicit-in-assads-crimes' },
  { q: 'Georgia', argument: 'cooperation-signals-acceptance-of-russian-aggression' },
  { q: 'Crimea', argument: 'cooperation-signals-acceptance-of-russian-aggression' },
  { q: 'Molly McKew', argument: 'military-integration-with-russia-is-futile-and-dangerous' },
  { q: 'sketchy proposition', argument: 'military-integration-with-russia-is-futile-and-dangerous' },
  { q: 'security services', argument: 'russia-has-never-been-a-counter-terrorism-partner' },
  { q: 'ancillary benefit', argument: 'russias-chief-enemy-is-the-united-states' },
  { q: 'Iran is killing ISIS', argument: 'assad-russia-and-iran-are-killing-isis' },
  { q: 'Mike Pence', argument: 'assad-russia-and-iran-are-killing-isis' },
  { q: 'disengage', argument: 'objectives-of-the-us-and-russia-are-at-odds' },
];

// Every name of the index, by each of its forms, and the arguments that mention it (found as the build finds them).
const mentions = buildNameIndex(
  nameIndexInput(corpusInput({ ...content, topics: content.site.topics, captures: new Map() })),
);
const NAMES = content.names.map(({ id, data }) => ({
  id,
  forms: [data.name, ...data.aliases],
  arguments: new Set((mentions.arguments.get(id) ?? []).map((a) => `/arguments/${a}/`)),
}));

test.describe('search by any name', () => {
  test.use({ actionTimeout: 15_000 });
  test.setTimeout(120_000);
  for (const { id, forms, arguments: mentioning } of NAMES) {
    test(`each form of ${id} (${forms.join(', ')}) finds its page first${mentioning.size > 0 ? ', and an argument mentioning it in the top five and above every document and source' : ''}`, async ({
      page,
    }) => {
      for (const form of forms) {
        await search(page, form);
        const hrefs = await resultHrefs(page);
        expect(hrefs[0], `${form}: ${hrefs.slice(0, 5).join(' ')}`).toBe(`/names/${id}/`);
        if (mentioning.size === 0) continue;
        expect(
          hrefs.slice(0, 5).some((h) => mentioning.has(h)),
          `${form}: ${hrefs.slice(0, 5).join(' ')}`,
        ).toBe(true);
        // Pages mentioning the name match it equally (in their metadata); argument pages come first.
        expect(
          hrefs.find((h) => !h.startsWith('/names/')),
          `${form}: ${hrefs.slice(0, 5).join(' ')}`,
        ).toMatch(/^\/arguments\//);
      }
    });
  }
});

test.describe('search', () => {
  // Pagefind loads its WebAssembly on first use, which can take seconds on a busy 2-core machine.
  test.use({ actionTimeout: 15_000 });
  test.setTimeout(120_000);
  for (const { q, argument, paragraph } of QUERIES) {
    test(`"${q}" finds the argument ${argument}${paragraph ? ' and its paragraph' : ''}`, async ({ page }) => {
      await search(page, q);
      const top = (await resultHrefs(page)).slice(0, 3);
      expect(top).toContain(`/arguments/${argument}/`);
      if (paragraph) expect(await passageHrefs(page)).toContain(paragraph);
    });
  }

  test('every argument ranks first for the words of its own claim', async ({ page }) => {
    for (const { slug, title } of claims) {
      await search(page, title.replace(/[.,’'“”]/g, ' '));
      expect((await resultHrefs(page))[0], title).toBe(`/arguments/${slug}/`);
    }
  });

  test('the words of document headings are searchable', async ({ page }) => {
    for (const [q, doc] of [
      ['Talking Points', 'jhi-2016-russia-syria'],
      ['Questions the Press', 'jhi-2016-russia-syria'],
      ['Other links', 'village-idiots-2017'],
    ]) {
      await search(page, q!);
      expect(await resultHrefs(page)).toContain(`/documents/${doc}/`);
    }
  });

  test('a page-type filter narrows the results and shows counts', async ({ page }) => {
    await search(page, 'Russia');
    const before = await resultCount(page);
    const toggle = page.getByRole('button', { name: /^Filter by type/ });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const box = page.locator('fieldset', { hasText: 'Page type' }).getByLabel(/^Argument \(\d+\)$/);
    await box.check();
    await expect(page).toHaveURL(/f=type%3AArgument/);
    await expect(page.locator('#search-results .result__type').first()).toHaveText(/argument/i);
    const types = await page.locator('#search-results .result__type').allTextContents();
    expect(types.every((t) => /argument/i.test(t))).toBe(true);
    expect(await resultCount(page)).toBeLessThan(before);
  });

  test('the filter index loads only when the filters are opened', async ({ page }) => {
    const filterChunks: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.pf_filter')) filterChunks.push(r.url());
    });
    await search(page, 'Assad');
    await expect(page.locator('[data-search-filters]')).toBeHidden();
    expect(filterChunks, 'filter chunks fetched by the first search').toEqual([]);
    await page.getByRole('button', { name: /^Filter by type/ }).click();
    await expect(
      page.locator('fieldset', { hasText: 'Stance' }).getByLabel(/^Against cooperation \(\d+\)$/),
    ).toBeVisible();
    expect(filterChunks.length).toBeGreaterThan(0);
  });

  test('a filter in the URL opens the filters with it applied', async ({ page }) => {
    await page.goto('/search/?q=Russia&f=type%3ASource');
    await expect(page.locator('#search-status')).toContainText(/result/, { timeout: 15_000 });
    await expect(page.getByRole('button', { name: /^Filter by type/ })).toHaveAttribute('aria-expanded', 'true');
    await expect(page.locator('fieldset', { hasText: 'Page type' }).getByLabel(/^Source \(\d+\)$/)).toBeChecked();
    const types = await page.locator('#search-results .result__type').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(types.every((t) => /source/i.test(t))).toBe(true);
  });

  test('shows ten results at a time, fetching only their fragments; "Show more" adds the next ten and focuses the first', async ({
    page,
  }) => {
    const fragments: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('.pf_fragment')) fragments.push(r.url());
    });
    const results = await search(page, 'Russia');
    const total = await resultCount(page);
    expect(total, 'a common word matches more than one page of results').toBeGreaterThan(10);
    await expect(results).toHaveCount(10);
    expect(fragments).toHaveLength(10);
    const more = page.getByRole('button', { name: /^Show \d+ more/ });
    await expect(more).toHaveText(`Show ${Math.min(10, total - 10)} more of ${total - 10} remaining`);
    await more.click();
    await expect(results).toHaveCount(Math.min(20, total));
    expect(fragments).toHaveLength(Math.min(20, total));
    await expect(results.nth(10).locator('.result__title a')).toBeFocused();
    if (total <= 20) await expect(more).toBeHidden();
    // A new search starts again from the first ten.
    await page.locator('#search-q').fill('Russia ISIS');
    await page.locator('#search-q').press('Enter');
    await expect(page.locator('#search-status')).toContainText('Russia ISIS');
    await expect(results).toHaveCount(10);
  });

  test('sorting by date orders results newest or oldest first, loading the date order only then', async ({ page }) => {
    const orderFetches: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/pagefind/date-order.json')) orderFetches.push(r.url());
    });
    // Few enough results to be shown at once, both documents among them.
    await search(page, 'Hezbollah');
    expect(orderFetches, 'the date order fetched by a search by relevance').toEqual([]);
    const dates = async () => {
      const hrefs = await resultHrefs(page);
      return hrefs;
    };
    await page.selectOption('#search-sort', 'oldest');
    await expect(page).toHaveURL(/sort=oldest/);
    await expect.poll(() => orderFetches.length).toBe(1);
    const oldest = await dates();
    await page.selectOption('#search-sort', 'newest');
    await expect(page).toHaveURL(/sort=newest/);
    await expect.poll(dates).not.toEqual(oldest);
    const newest = await dates();
    // The JHI piece (2016) is older than the blog post (2017).
    expect(oldest.indexOf('/documents/jhi-2016-russia-syria/')).toBeLessThan(
      oldest.indexOf('/documents/village-idiots-2017/'),
    );
    expect(newest.indexOf('/documents/village-idiots-2017/')).toBeLessThan(
      newest.indexOf('/documents/jhi-2016-russia-syria/'),
    );
  });

  test('the query round-trips through the URL, with back and forward', async ({ page }) => {
    await search(page, 'Hezbollah');
    await expect(page.locator('#search-q')).toHaveValue('Hezbollah');
    await page.fill('#search-q', 'Crimea');
    await expect(page).toHaveURL(/q=Crimea/);
    await expect(page.locator('#search-status')).toContainText('Crimea');
    await page.goBack();
    await expect(page.locator('#search-q')).toHaveValue('Hezbollah');
    await expect(page.locator('#search-status')).toContainText('Hezbollah');
    await page.goForward();
    await expect(page.locator('#search-q')).toHaveValue('Crimea');
  });

  test('a hostile query is shown as text and never executed', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('dialog', (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    const hostile = '<img src=x onerror="window.__pwned=1;alert(1)"><script>window.__pwned=2</script>';
    await page.goto(`/search/?q=${encodeURIComponent(hostile)}`);
    await expect(page.locator('#search-status')).toContainText(/result/, { timeout: 15_000 });
    await expect(page.locator('#search-q')).toHaveValue(hostile);
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
  });

  test('keyboard: arrow down moves from the box into the results and Escape returns', async ({ page }) => {
    await search(page, 'Hezbollah');
    await page.focus('#search-q');
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#search-results .result__title a').first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page.locator('#search-results .result__title a').nth(1)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.locator('#search-q')).toBeFocused();
  });

  test('a result passage lands on the paragraph with the terms highlighted', async ({ page }) => {
    await search(page, 'Odessa');
    const link = page.locator('#search-results .result__passage[href*="#not-only-has-russia-rarely-attacked"]').first();
    await link.click();
    await expect(page).toHaveURL(
      /\/documents\/jhi-2016-russia-syria\/\?highlight=Odessa#not-only-has-russia-rarely-attacked/,
    );
    await expect(page.locator('#not-only-has-russia-rarely-attacked mark.pagefind-highlight')).toContainText('Odessa');
  });

  test('content pages load no search code until the search box is used; "/" focuses it', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto('/arguments/russia-backs-terrorist-groups/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((p) => p.includes('pagefind') || p.includes('search'))).toEqual([]);
    await page.keyboard.press('/');
    await expect(page.locator('#site-search-q')).toBeFocused();
    await page.keyboard.type('Taliban');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=Taliban/);
    await expect(page.locator('#search-status')).toContainText(/result/, { timeout: 15_000 });
    expect(requests.some((p) => p.endsWith('/pagefind/pagefind.js'))).toBe(true);
  });

  test('the help says that double quotes find an exact phrase', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.locator('#search-help')).toContainText(/double quotes/);
    await expect(page.locator('#search-help')).toContainText(/together in that order/);
  });

  test('a quoted phrase from a document finds the page with it and not the pages with its words apart', async ({
    page,
  }) => {
    // "Military cooperation" is in a list item of this document; the other pages have both words, apart.
    const apart = [
      '/documents/village-idiots-2017/',
      '/arguments/military-integration-with-russia-is-futile-and-dangerous/',
    ];
    await search(page, 'military cooperation');
    const unquoted = await resultHrefs(page);
    for (const href of apart) expect(unquoted, 'the words without quotes').toContain(href);
    await search(page, '"military cooperation"');
    const quoted = await resultHrefs(page);
    expect(quoted).toContain('/documents/jhi-2016-russia-syria/');
    for (const href of apart) expect(quoted).not.toContain(href);
    expect(await resultCount(page)).toBeLessThan(unquoted.length);
  });

  // Pagefind itself finds some misspellings (Hezbolah, Hezbullah); two letters swapped it does not.
  test('a misspelt word offers the word on the site, as a link whose search finds it', async ({ page }) => {
    await search(page, 'Hzebollah');
    await expect(page.locator('#search-status')).toHaveText('No results for “Hzebollah”.');
    const suggestion = page.locator('[data-search-suggestions] a');
    await expect(page.locator('[data-search-suggestions]')).toContainText('Did you mean');
    await expect(suggestion.first()).toHaveText('Hezbollah');
    expect(await suggestion.first().getAttribute('href')).toBe('/search/?q=Hezbollah');
    await suggestion.first().click();
    await expect(page).toHaveURL(/\/search\/\?q=Hezbollah$/);
    await expect(page.locator('#search-status')).toContainText(/^\d+ results? for “Hezbollah”/, { timeout: 15_000 });
    expect(await resultHrefs(page)).toContain('/arguments/russia-backs-terrorist-groups/');
    await expect(page.locator('[data-search-suggestions]')).toBeHidden();
  });

  test('a misspelt word of a quoted phrase is corrected inside the quotes', async ({ page }) => {
    await search(page, '"Russian cooperaton"');
    await expect(page.locator('[data-search-suggestions] a').first()).toHaveText('"Russian cooperation"');
  });

  test('nothing close to any word on the site: no suggestion', async ({ page }) => {
    await search(page, 'qqxyzzyq');
    await expect(page.locator('#search-status')).toHaveText('No results for “qqxyzzyq”.');
    await expect(page.locator('[data-search-suggestions]')).toBeHidden();
    await expect(page.locator('[data-search-suggestions] a')).toHaveCount(0);
  });

  test('the vocabulary and the suggestion code load only after a search that found nothing', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await search(page, 'Hezbollah');
    await expect(page.locator('#search-results > li').first()).toBeVisible();
    const afterFirst = [...requests];
    expect(afterFirst.filter((p) => p.endsWith('/pagefind/vocabulary.json'))).toEqual([]);
    await page.locator('#search-q').fill('Hzebollah');
    await page.locator('#search-q').press('Enter');
    await expect(page.locator('[data-search-suggestions] a').first()).toHaveText('Hezbollah', { timeout: 15_000 });
    const later = requests.slice(afterFirst.length);
    expect(later).toContain('/pagefind/vocabulary.json');
    expect(
      later.some((p) => p.startsWith('/_astro/') && p.endsWith('.js')),
      'the suggestion code',
    ).toBe(true);
  });

  test('the search page logs no errors', async ({ page }) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await search(page, 'Assad');
    await page.getByRole('button', { name: /^Filter by type/ }).click();
    await page
      .locator('fieldset', { hasText: 'Stance' })
      .getByLabel(/^Against cooperation/)
      .check();
    await expect(page.locator('#search-status')).toContainText(/result/, { timeout: 15_000 });
    expect(errors).toEqual([]);
  });

  test('without JavaScript the search page says so and links to the index of arguments', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/search/?q=Hezbollah`);
    await expect(page.locator('noscript, .notice').first()).toBeAttached();
    const html = await page.content();
    expect(html).toContain('needs JavaScript');
    expect(html).toContain('href="/arguments/"');
    await context.close();
  });
});

test('the search page fits a 320px screen with results shown', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 720 });
  await page.goto('/search/?q=Hezbollah');
  await expect(page.locator('#search-status')).toContainText(/result/, { timeout: 15_000 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});
