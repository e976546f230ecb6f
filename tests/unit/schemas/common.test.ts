import { describe, expect, test } from 'vitest';
import {
  authorSchema,
  datedSchema,
  isRealPartialDate,
  partialDateSchema,
  relatedLinkSchema,
  stanceSchema,
  urlSchema,
} from '../../../src/schemas/common';
import { issuePaths } from '../../fixtures/unit/issues';

describe('isRealPartialDate', () => {
  test.each<[string, boolean]>([
    ['2016', true],
    ['2016-10', true],
    ['2016-10-10', true],
    ['2016-02-29', true],
    ['2000-02-29', true],
    ['2017-12-31', true],
    ['2017-02-29', false],
    ['1900-02-29', false],
    ['2017-02-30', false],
    ['2017-04-31', false],
    ['2017-13', false],
    ['2017-00', false],
    ['2017-01-00', false],
    ['2017-01-32', false],
    ['2017-1-5', false],
    ['10/10/2016', false],
    ['16', false],
    ['', false],
  ])('returns %s for %j', (value, expected) => {
    expect(isRealPartialDate(value)).toBe(expected);
  });
});

describe('partialDateSchema', () => {
  test.each<[string, unknown, string]>([
    ['a year', '2016', '2016'],
    ['a month', '2016-10', '2016-10'],
    ['a day', '2016-10-10', '2016-10-10'],
    ['a leap day', '2016-02-29', '2016-02-29'],
    ['the Date YAML makes of a bare 2016-10-10', new Date('2016-10-10'), '2016-10-10'],
    ['a Date at UTC midnight', new Date(Date.UTC(2017, 6, 12)), '2017-07-12'],
  ])('returns the date string when given %s', (_case, value, expected) => {
    expect(partialDateSchema.parse(value)).toBe(expected);
  });

  // YAML reads a bare `value: 2016` as the number 2016, as it reads a bare 2016-10-10 as a Date.
  test('returns the year string when given the number YAML makes of a bare 2016', () => {
    expect(partialDateSchema.safeParse(2016)).toEqual({ success: true, data: '2016' });
  });

  test.each<[string, unknown]>([
    ['a day that does not exist', '2017-02-30'],
    ['a month that does not exist', '2017-13'],
    ['a US-style date', '10/10/2016'],
    ['an empty string', ''],
    ['a date with a time', '2016-10-10T12:00'],
    ['an invalid Date', new Date('nonsense')],
    ['null', null],
  ])('returns an error when given %s', (_case, value) => {
    expect(partialDateSchema.safeParse(value).success).toBe(false);
  });

  test('returns the calendar message when the day does not exist', () => {
    expect(partialDateSchema.safeParse('2017-02-30').error?.issues.map((i) => i.message)).toEqual([
      'this date does not exist in the calendar',
    ]);
  });

  test('returns the format message when the date is not ISO', () => {
    expect(partialDateSchema.safeParse('10/10/2016').error?.issues[0]?.message).toBe(
      'write the date as YYYY, YYYY-MM or YYYY-MM-DD',
    );
  });
});

describe('datedSchema', () => {
  test.each<[string, string, string]>([
    ['an exact day', '2016-10-10', 'exact'],
    ['a month', '2017-07', 'month'],
    ['a year', '2015', 'year'],
    ['an approximate month', '2017-06', 'approximate'],
    ['an approximate year', '2015', 'approximate'],
    ['an approximate day', '2017-06-15', 'approximate'],
  ])('returns the dated value when given %s', (_case, value, precision) => {
    expect(datedSchema.parse({ value, precision })).toEqual({ value, precision });
  });

  test('returns the basis when one is given', () => {
    expect(datedSchema.parse({ value: '2016-10-10', precision: 'exact', basis: 'From the URL path.' }).basis).toBe(
      'From the URL path.',
    );
  });

  test.each<[string, string, string]>([
    ['exact with a month', '2016-10', 'exact'],
    ['exact with a year', '2016', 'exact'],
    ['month with a day', '2016-10-10', 'month'],
    ['month with a year', '2016', 'month'],
    ['year with a month', '2016-10', 'year'],
  ])('returns an error at precision when the precision is %s', (_case, value, precision) => {
    expect(issuePaths(datedSchema.safeParse({ value, precision }))).toEqual([['precision']]);
  });

  test('returns an error at precision when the precision is unknown', () => {
    expect(issuePaths(datedSchema.safeParse({ value: '2016', precision: 'circa' }))).toEqual([['precision']]);
  });

  test('returns an error at value when the date does not exist', () => {
    expect(issuePaths(datedSchema.safeParse({ value: '2017-02-30', precision: 'exact' }))).toEqual([['value']]);
  });

  test('returns an error at basis when the basis is empty', () => {
    expect(issuePaths(datedSchema.safeParse({ value: '2016', precision: 'year', basis: '' }))).toEqual([['basis']]);
  });

  test('returns an error at value when the value is missing', () => {
    expect(issuePaths(datedSchema.safeParse({ precision: 'year' }))).toEqual([['value']]);
  });
});

describe('authorSchema', () => {
  test.each<[string, unknown]>([
    ['a person', { kind: 'person', name: 'John Sipher' }],
    ['a described person', { kind: 'person', name: 'John Sipher', description: 'Former CIA officer.' }],
    ['an organisation', { kind: 'organisation', name: 'John Hay Initiative' }],
    [
      'a described organisation',
      { kind: 'organisation', name: 'John Hay Initiative', description: 'No personal byline.' },
    ],
    ['an unknown author with a note', { kind: 'unknown', note: 'An unsigned blog post.' }],
  ])('returns the author when given %s', (_case, author) => {
    expect(authorSchema.parse(author)).toEqual(author);
  });

  test.each<[string, unknown, PropertyKey[]]>([
    ['a person without a name', { kind: 'person' }, ['name']],
    ['a person with an empty name', { kind: 'person', name: '' }, ['name']],
    [
      'an organisation with an empty description',
      { kind: 'organisation', name: 'JHI', description: '' },
      ['description'],
    ],
    ['an unknown author without a note', { kind: 'unknown' }, ['note']],
    ['an unknown kind', { kind: 'group', name: 'JHI' }, ['kind']],
    ['no kind', { name: 'JHI' }, ['kind']],
  ])('returns an error naming the field when given %s', (_case, author, path) => {
    expect(issuePaths(authorSchema.safeParse(author))).toEqual([path]);
  });
});

describe('urlSchema', () => {
  test.each([
    'http://village-idiots.org/?p=5974',
    'https://www.politico.com/magazine/story/2017/02/trump-putin-isis-214800',
    'http://www.choosingtolead.net/john-hay-blog/2016/10/10/jhi-on-the-issues',
    'https://example.org',
  ])('returns the address when given %s', (url) => {
    expect(urlSchema.parse(url)).toBe(url);
  });

  test.each([
    ['not a url'],
    ['ftp://x.org/a'],
    ['http://localhost'],
    ['http://localhost:4321/'],
    ['mailto:someone@example.org'],
    ['//example.org/page'],
    ['example.org/page'],
    [''],
  ])('returns an error when given %j', (url) => {
    expect(urlSchema.safeParse(url).success).toBe(false);
  });

  test('returns the schema’s message when the address is not http(s)', () => {
    expect(urlSchema.safeParse('ftp://x.org/a').error?.issues[0]?.message).toBe(
      'expected a full http(s) URL such as https://example.org/page',
    );
  });
});

describe('relatedLinkSchema', () => {
  test('returns the link when given a url and a label', () => {
    const link = { url: 'https://example.org/report', label: 'A report quoting it' };
    expect(relatedLinkSchema.parse(link)).toEqual(link);
  });

  test('returns an error at url when the address is local', () => {
    expect(issuePaths(relatedLinkSchema.safeParse({ url: 'http://localhost/x', label: 'Local' }))).toEqual([['url']]);
  });

  test('returns an error at label when the label is empty', () => {
    expect(issuePaths(relatedLinkSchema.safeParse({ url: 'https://example.org', label: '' }))).toEqual([['label']]);
  });
});

describe('stanceSchema', () => {
  test.each(['for', 'against', 'qualified'])('returns %s when given it', (stance) => {
    expect(stanceSchema.parse(stance)).toBe(stance);
  });

  test.each(['neutral', 'For', '', 'mixed'])('returns an error when given %j', (stance) => {
    expect(stanceSchema.safeParse(stance).success).toBe(false);
  });
});
