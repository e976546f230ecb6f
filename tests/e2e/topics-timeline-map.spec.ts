/**
 * The topic pages and the timeline, checked against the content files (the maps are in maps.spec.ts):
 * every expectation is read from content/, so adding an argument, topic or event needs no edit here.
 */
import { expect, test } from '@playwright/test';
import { collapse, content } from './helpers';

/** The ids a list of references names. */
const { arguments: args, events, documents } = content;
const argHref = (id: string) => `/arguments/${id}/`;
const hrefs = async (locator: import('@playwright/test').Locator) =>
  locator.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
const TOPICS = new Map(content.site.topics.map((t) => [t.id, t.label]));
const usedTopics = [...TOPICS.keys()].filter((t) => args.some((a) => a.data.topics.includes(t)));

test.describe('topics', () => {
  test('the topics page links every topic that has arguments, and no other', async ({ page }) => {
    await page.goto('/topics/');
    const links = await hrefs(page.locator('main .topic-list a'));
    expect(links).toEqual(usedTopics.map((t) => `/topics/${t}/`));
  });

  for (const topic of usedTopics) {
    test(`/topics/${topic}/ lists the arguments on it and the documents they quote`, async ({ page }) => {
      await page.goto(`/topics/${topic}/`);
      await expect(page.locator('h1')).toHaveText(TOPICS.get(topic) ?? '');
      const on = args.filter((a) => a.data.topics.includes(topic));
      const listed = await hrefs(page.locator('section[aria-labelledby="topic-arguments"] .argument-list > li > a'));
      expect(listed.sort()).toEqual(on.map((a) => argHref(a.id)).sort());
      const quoted = new Set(on.flatMap((a) => [...a.data.quotations, ...a.data.questions].map((q) => q.document)));
      const docs = await hrefs(page.locator('section[aria-labelledby="topic-documents"] .document-card > a'));
      expect(docs.sort()).toEqual([...quoted].map((d) => `/documents/${d}/`).sort());
    });
  }

  test('an argument page links each of its topics to the topic’s page', async ({ page }) => {
    const arg = args[0]!;
    await page.goto(argHref(arg.id));
    const facts = page.locator('.facts dd').filter({ has: page.locator('a[href^="/topics/"]') });
    expect(await hrefs(facts.locator('a[href^="/topics/"]'))).toEqual(arg.data.topics.map((t) => `/topics/${t}/`));
  });
});

test.describe('timeline', () => {
  test('shows every event with its date as a <time>, linking the arguments it bears on', async ({ page }) => {
    await page.goto('/timeline/');
    for (const event of events) {
      const entry = page.locator(`li#event-${event.id}`);
      await expect(entry.locator('h3'), event.id).toContainText(event.data.title);
      await expect(entry.locator('time'), event.id).toHaveAttribute('datetime', event.data.date.value);
      const bearsOn = await hrefs(entry.locator('.bears-on a'));
      expect(bearsOn.sort(), `${event.id} bears on`).toEqual(event.data.arguments.map(argHref).sort());
      // Each piece of evidence links to the paragraph it quotes.
      await expect(entry.locator('blockquote').first()).toBeVisible();
    }
  });

  test('shows the blog’s edit of 12 July 2017 as an exact date', async ({ page }) => {
    await page.goto('/timeline/');
    const edit = page
      .locator('.timeline-entry')
      .filter({ has: page.locator('time[datetime="2017-07-12"]') })
      .filter({ hasText: 'Edit (7/12/2017)' });
    await expect(edit).toHaveCount(1);
    await expect(edit.locator('time')).toHaveText('12 July 2017');
  });

  test('shows each document’s publication with its date', async ({ page }) => {
    await page.goto('/timeline/');
    for (const doc of documents) {
      const entry = page.locator(`li#document-${doc.id}`);
      await expect(entry.locator(`a[href="/documents/${doc.id}/"]`).first()).toHaveText(doc.data.title);
      await expect(entry.locator('time')).toHaveAttribute('datetime', doc.data.published.value);
    }
  });

  test('labels every approximate date as approximate, and no other', async ({ page }) => {
    await page.goto('/timeline/');
    const rows = await page.locator('.timeline-entry').evaluateAll((els) =>
      els.map((el) => ({
        approximate: el.classList.contains('timeline-entry--approximate'),
        date: el.querySelector('.timeline-entry__date')?.textContent ?? '',
      })),
    );
    const expected = [...events.map((e) => e.data.date), ...documents.map((d) => d.data.published)].filter(
      (d) => d.precision === 'approximate',
    );
    expect(rows.filter((r) => r.approximate).length).toBeGreaterThanOrEqual(expected.length);
    for (const row of rows) {
      const text = collapse(row.date);
      if (row.approximate) expect(text).toMatch(/^about .*approximate date/);
      else expect(text).not.toMatch(/about|approximate/);
    }
  });

  test('lists the entries in date order', async ({ page }) => {
    await page.goto('/timeline/');
    const dates = await page
      .locator('.timeline-entry time')
      .evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThanOrEqual(events.length + documents.length);
    const keys = dates.map((d) => d.padEnd(10, '-00'));
    expect(keys).toEqual([...keys].sort());
  });
});
