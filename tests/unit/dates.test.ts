import { describe, expect, test } from 'vitest';
import { dateSortKey, formatDated, formatPartialDate } from '../../src/lib/dates';
import { datedSchema, type Dated } from '../../src/schemas/common';

const dated = (value: string | Date, precision: string): Dated => datedSchema.parse({ value, precision });

describe('formatPartialDate', () => {
  test.each<[string, string]>([
    ['2016-10-09', '9 October 2016'],
    ['2016-10-10', '10 October 2016'],
    ['2017-07-12', '12 July 2017'],
    ['2017-01-01', '1 January 2017'],
    ['2015-12-31', '31 December 2015'],
    ['2017-07', 'July 2017'],
    ['2017-06', 'June 2017'],
    ['2015', '2015'],
  ])('returns a reader’s date for %s', (value, expected) => {
    expect(formatPartialDate(value)).toBe(expected);
  });
});

describe('formatDated', () => {
  test.each<[string, string | Date, string, string]>([
    ['an exact date', '2016-10-10', 'exact', '10 October 2016'],
    ['an exact date YAML parsed as a Date', new Date('2016-10-10'), 'exact', '10 October 2016'],
    ['a month', '2017-07', 'month', 'July 2017'],
    ['a year', '2015', 'year', '2015'],
    ['an approximate month', '2017-06', 'approximate', 'about June 2017'],
    ['an approximate year', '2015', 'approximate', 'about 2015'],
    ['an approximate day', '2017-07-12', 'approximate', 'about 12 July 2017'],
  ])('returns the date, with "about" only when approximate, for %s', (_case, value, precision, expected) => {
    expect(formatDated(dated(value, precision))).toBe(expected);
  });

  test.each([[null], [undefined]])('returns "date unknown" when the date is %s', (value) => {
    expect(formatDated(value)).toBe('date unknown');
  });
});

describe('dateSortKey', () => {
  test.each<[string, string, string]>([
    ['a year', '2015', '2015-00-00'],
    ['a month', '2017-06', '2017-06-00'],
    ['a day', '2016-10-10', '2016-10-10'],
  ])('returns a YYYY-MM-DD key padded with zeros for %s', (_case, value, expected) => {
    expect(dateSortKey(dated(value, 'approximate'))).toBe(expected);
  });

  test('returns keys ordering dates by time, partial dates first in their period and unknown dates last', () => {
    const dates: Array<Dated | null> = [
      null,
      dated('2017-07-12', 'exact'),
      dated('2016', 'year'),
      dated('2016-10', 'month'),
      dated('2016-10-10', 'exact'),
      dated('2016-01-01', 'exact'),
      dated('2017-06', 'approximate'),
      dated('2015', 'year'),
    ];
    const ordered = [...dates]
      .sort((a, b) => dateSortKey(a).localeCompare(dateSortKey(b)))
      .map((d) => d?.value ?? null);
    expect(ordered).toEqual(['2015', '2016', '2016-01-01', '2016-10', '2016-10-10', '2017-06', '2017-07-12', null]);
  });

  test('returns a key after any real date when the date is unknown', () => {
    expect(dateSortKey(undefined) > dateSortKey(dated('2999-12-31', 'exact'))).toBe(true);
  });
});
