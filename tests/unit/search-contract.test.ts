import { describe, expect, test } from 'vitest';
import { DATE_ATTRIBUTE, searchDate, searchFilter } from '../../src/lib/search-contract';

describe('searchFilter', () => {
  test('returns the data-pagefind-filter attribute naming the filter when on', () => {
    expect(searchFilter('stance')).toEqual({ 'data-pagefind-filter': 'stance' });
  });

  test('returns the attribute undefined, so that none is written, when off', () => {
    expect(searchFilter('author', false)).toEqual({ 'data-pagefind-filter': undefined });
  });
});

describe('searchDate', () => {
  test("returns our own date attribute, not Pagefind's sort attribute, with the date", () => {
    expect(DATE_ATTRIBUTE).not.toMatch(/pagefind/);
    expect(searchDate('2016-10-09')).toEqual({ 'data-search-date': '2016-10-09' });
  });

  test('returns the attribute undefined, so that none is written, when off', () => {
    expect(searchDate('0000', false)).toEqual({ 'data-search-date': undefined });
  });
});
