import { describe, expect, test } from 'vitest';
import { searchFilter, searchSort } from '../../src/lib/search-contract';

describe('searchFilter', () => {
  test('returns the data-pagefind-filter attribute naming the filter when on', () => {
    expect(searchFilter('stance')).toEqual({ 'data-pagefind-filter': 'stance' });
  });

  test('returns the attribute undefined, so that none is written, when off', () => {
    expect(searchFilter('author', false)).toEqual({ 'data-pagefind-filter': undefined });
  });
});

describe('searchSort', () => {
  test.each<[Parameters<typeof searchSort>[0], string]>([
    [{ attribute: 'datetime' }, 'date[datetime]'],
    [{ value: '0000' }, 'date:0000'],
  ])('returns the data-pagefind-sort attribute for %j', (from, expected) => {
    expect(searchSort(from)).toEqual({ 'data-pagefind-sort': expected });
  });

  test('returns the attribute undefined, so that none is written, when off', () => {
    expect(searchSort({ value: '0000' }, false)).toEqual({ 'data-pagefind-sort': undefined });
  });
});
