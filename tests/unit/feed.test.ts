import { describe, expect, test } from 'vitest';
import { feedItems, type FeedEntry } from '../../src/lib/feed';
import { datedSchema } from '../../src/schemas/common';

const entry = (title: string, date: FeedEntry['date'], kind = 'Argument'): FeedEntry => ({
  title,
  link: `http://h/${title}/`,
  kind,
  summary: 'S.',
  date,
});
const d = (value: string, precision: string) => datedSchema.parse({ value, precision });

describe('feedItems', () => {
  test('returns items newest first, ties and undated items ordered by title', () => {
    const items = feedItems([
      entry('b', d('2016-10-10', 'exact')),
      entry('z', null),
      entry('a', d('2016-10-10', 'exact')),
      entry('c', d('2017-06', 'approximate')),
      entry('y', null),
    ]);
    expect(items.map((i) => i.title)).toEqual(['y', 'z', 'c', 'a', 'b']);
  });

  test('returns a pubDate only for a date known to the day', () => {
    const [exact, approximate, month] = feedItems([
      entry('a', d('2016-10-10', 'exact')),
      entry('b', d('2015-06', 'approximate')),
      entry('c', d('2014-05', 'month')),
    ]);
    expect(exact?.pubDate?.toISOString()).toBe('2016-10-10T00:00:00.000Z');
    expect(approximate).not.toHaveProperty('pubDate');
    expect(month).not.toHaveProperty('pubDate');
  });

  test('returns the kind and the date in words in the description', () => {
    expect(feedItems([entry('a', d('2017-06', 'approximate'), 'Document')])[0]).toMatchObject({
      description: 'Document (about June 2017): S.',
      categories: ['Document'],
    });
  });
});
