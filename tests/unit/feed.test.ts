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

  test.each([
    ['2016-10-10', 'exact', '2016-10-10T00:00:00.000Z'],
    ['2014-05', 'month', '2014-05-01T00:00:00.000Z'],
    ['2015', 'year', '2015-01-01T00:00:00.000Z'],
    ['2017-06', 'approximate', '2017-06-01T00:00:00.000Z'],
    ['2017-07-12', 'approximate', '2017-07-12T00:00:00.000Z'],
  ])('returns as pubDate the first day of the period of %s (%s)', (value, precision, iso) => {
    expect(feedItems([entry('a', d(value, precision))])[0]?.pubDate?.toISOString()).toBe(iso);
  });

  test('returns no pubDate for an undated item', () => {
    expect(feedItems([entry('a', null)])[0]).not.toHaveProperty('pubDate');
  });

  test('returns the kind and the date in words in the description', () => {
    expect(feedItems([entry('a', d('2017-06', 'approximate'), 'Document')])[0]).toMatchObject({
      description: 'Document (about June 2017): S.',
      categories: ['Document'],
    });
  });
});
