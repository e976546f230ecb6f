import { describe, expect, test } from 'vitest';
import { capList } from '../../src/lib/lists';

describe('capList', () => {
  test('returns the first items and the number left off when the list is longer than the limit', () => {
    expect(capList([1, 2, 3, 4, 5], 2)).toEqual({ shown: [1, 2], more: 3 });
  });

  test('returns the whole list and none left off when it fits', () => {
    expect(capList([1, 2], 5)).toEqual({ shown: [1, 2], more: 0 });
  });

  test('returns nothing shown when the limit is zero or negative', () => {
    expect(capList([1, 2], 0)).toEqual({ shown: [], more: 2 });
    expect(capList([1, 2], -1)).toEqual({ shown: [], more: 2 });
  });
});
