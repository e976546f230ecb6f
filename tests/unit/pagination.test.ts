import { describe, expect, test } from 'vitest';
import {
  pageNumbers,
  pageOfPosition,
  pageParam,
  pagePath,
  pageRoutes,
  pageTitle,
  paginate,
} from '../../src/lib/pagination';

describe('paginate', () => {
  test('returns pages of the given size, the last one shorter, with positions in the whole listing', () => {
    const pages = paginate(['a', 'b', 'c', 'd', 'e'], 2);
    expect(pages.map((p) => p.items)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(pages.map(({ number, count, first, last, total }) => [number, count, first, last, total])).toEqual([
      [1, 3, 1, 2, 5],
      [2, 3, 3, 4, 5],
      [3, 3, 5, 5, 5],
    ]);
  });

  test('returns one page when the listing fits', () => {
    expect(paginate([1, 2, 3], 3).map((p) => p.items)).toEqual([[1, 2, 3]]);
  });

  test('returns one empty page for an empty listing', () => {
    expect(paginate([], 10)).toEqual([{ items: [], number: 1, count: 1, first: 0, last: 0, total: 0 }]);
  });

  test.each([0, -1, 1.5, Number.NaN])('throws when the page size is %s', (size) => {
    expect(() => paginate([1], size)).toThrow(RangeError);
  });
});

describe('pagePath', () => {
  test.each([
    [1, '/arguments/'],
    [2, '/arguments/page/2/'],
    [17, '/arguments/page/17/'],
  ])('returns the path of page %i', (n, path) => {
    expect(pagePath('/arguments/', n)).toBe(path);
  });
});

describe('pageOfPosition', () => {
  test.each([
    [0, 1],
    [99, 1],
    [100, 2],
    [250, 3],
    [-1, 1],
  ])('returns, for position %i in pages of 100, page %i', (position, page) => {
    expect(pageOfPosition(position, 100)).toBe(page);
  });
});

describe('pageParam', () => {
  test.each([
    [1, undefined],
    [2, 'page/2'],
  ])('returns the route parameter of page %i', (n, param) => {
    expect(pageParam(n)).toBe(param);
  });
});

describe('pageTitle', () => {
  test('returns the listing title on page 1 and says which page after it', () => {
    const [first, second] = paginate([1, 2, 3], 2);
    expect(pageTitle('Sources', first!)).toBe('Sources');
    expect(pageTitle('Sources', second!)).toBe('Sources, page 2 of 2');
  });
});

describe('pageRoutes', () => {
  test('returns each page with its rest parameter, none for page 1', () => {
    const pages = paginate(['a', 'b', 'c'], 2);
    expect(pageRoutes(pages)).toEqual([
      { params: { page: undefined }, props: { page: pages[0] } },
      { params: { page: 'page/2' }, props: { page: pages[1] } },
    ]);
  });
});

describe('pageNumbers', () => {
  test.each([
    [1, 1, [1]],
    [2, 5, [1, 2, 3, 4, 5]],
    [1, 50, [1, 2, 3, 'gap', 50]],
    [25, 50, [1, 'gap', 23, 24, 25, 26, 27, 'gap', 50]],
    [50, 50, [1, 'gap', 48, 49, 50]],
    // 2 stands for itself rather than a gap of one.
    [5, 50, [1, 2, 3, 4, 5, 6, 7, 'gap', 50]],
  ])('on page %i of %i returns %j', (current, count, expected) => {
    expect(pageNumbers(current, count)).toEqual(expected);
  });
});
