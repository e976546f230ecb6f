import { describe, expect, test } from 'vitest';
import {
  chooseFilter,
  isOrder,
  readState,
  searchOptions,
  dateDirection,
  orderByDate,
  writeState,
  type SearchState,
} from '../../src/lib/search-state';

const state = (over: Partial<SearchState> = {}): SearchState => ({
  query: '',
  sort: 'relevance',
  filters: {},
  ...over,
});

describe('readState', () => {
  test.each<[string, SearchState]>([
    ['', state()],
    ['?q=Ash+Carter', state({ query: 'Ash Carter' })],
    ['q=Doha', state({ query: 'Doha' })],
    ['?sort=newest', state({ sort: 'newest' })],
    ['?sort=oldest', state({ sort: 'oldest' })],
    ['?f=type%3AArgument&f=type%3ASource', state({ filters: { type: ['Argument', 'Source'] } })],
    ['?f=outlet%3AThe+Hill%3A+Opinion', state({ filters: { outlet: ['The Hill: Opinion'] } })],
  ])('returns the state that %j describes', (search, expected) => {
    expect(readState(search)).toEqual(expected);
  });

  test.each(['?sort=best', '?sort=', '?sort=toString'])(
    'returns relevance when the sort in %j is not an order',
    (search) => {
      expect(readState(search).sort).toBe('relevance');
    },
  );

  test.each(['?f=Argument', '?f=%3AArgument'])('returns no filter for %j, which names no filter', (search) => {
    expect(readState(search).filters).toEqual({});
  });
});

describe('writeState', () => {
  test('returns an empty string when the state is the default', () => {
    expect(writeState(state())).toBe('');
  });

  test('returns q, sort and one f per filter value, in that order', () => {
    expect(
      writeState(state({ query: 'Iran', sort: 'oldest', filters: { type: ['Argument'], topic: ['Syria', 'Iran'] } })),
    ).toBe('?q=Iran&sort=oldest&f=type%3AArgument&f=topic%3ASyria&f=topic%3AIran');
  });

  test.each<[string, SearchState]>([
    ['a query of several words', state({ query: 'humanitarian convoys' })],
    ['a query with &, = and #', state({ query: 'R&D = #1?' })],
    ['a sort', state({ sort: 'newest' })],
    [
      'filters whose values hold colons',
      state({ filters: { outlet: ['The Hill: Opinion'], author: ['Molly McKew'] } }),
    ],
    ['everything', state({ query: 'Crimea', sort: 'oldest', filters: { stance: ['For', 'Against'] } })],
  ])('returns a query string that readState reads back as the same state for %s', (_, original) => {
    expect(readState(writeState(original))).toEqual(original);
  });
});

describe('isOrder', () => {
  test.each<[string, boolean]>([
    ['relevance', true],
    ['newest', true],
    ['oldest', true],
    ['best', false],
    ['', false],
    ['constructor', false],
  ])('returns whether %j is an order (%s)', (value, expected) => {
    expect(isOrder(value)).toBe(expected);
  });
});

describe('chooseFilter', () => {
  test('returns the state with the value added when chosen', () => {
    expect(chooseFilter(state({ filters: { type: ['Argument'] } }), 'type', 'Source', true).filters).toEqual({
      type: ['Argument', 'Source'],
    });
  });

  test('returns the state with the value removed when unchosen', () => {
    expect(
      chooseFilter(state({ filters: { type: ['Argument', 'Source'] } }), 'type', 'Argument', false).filters,
    ).toEqual({ type: ['Source'] });
  });

  test('returns the state without the filter when its last value is unchosen', () => {
    expect(
      chooseFilter(state({ filters: { type: ['Argument'], topic: ['Syria'] } }), 'type', 'Argument', false).filters,
    ).toEqual({ topic: ['Syria'] });
  });

  test('returns the filters in their order when a value is added to an earlier one', () => {
    const chosen = chooseFilter(state({ filters: { type: ['Argument'], topic: ['Syria'] } }), 'type', 'Source', true);
    expect(Object.keys(chosen.filters)).toEqual(['type', 'topic']);
  });

  test('returns the value once when it is chosen twice', () => {
    expect(chooseFilter(state({ filters: { type: ['Argument'] } }), 'type', 'Argument', true).filters).toEqual({
      type: ['Argument'],
    });
  });

  test('returns a new state, leaving the one given unchanged', () => {
    const before = state({ filters: { type: ['Argument'] } });
    chooseFilter(before, 'type', 'Argument', false);
    expect(before.filters).toEqual({ type: ['Argument'] });
  });
});

describe('searchOptions', () => {
  test('returns no filters for the default state', () => {
    expect(searchOptions(state())).toEqual({ filters: {} });
  });

  test('returns each filter as any of its values', () => {
    expect(searchOptions(state({ filters: { type: ['Argument', 'Source'], topic: ['Syria'] } })).filters).toEqual({
      type: { any: ['Argument', 'Source'] },
      topic: { any: ['Syria'] },
    });
  });

  test('returns no filter for a filter with no value', () => {
    expect(searchOptions(state({ filters: { topic: [] } })).filters).toEqual({});
  });

  test('leaves the order out, whatever it is: Pagefind does not order by date here', () => {
    expect(searchOptions(state({ sort: 'newest' }))).toEqual({ filters: {} });
  });
});

describe('dateDirection', () => {
  test.each<[SearchState['sort'], 'asc' | 'desc' | undefined]>([
    ['newest', 'desc'],
    ['oldest', 'asc'],
    ['relevance', undefined],
  ])('orders %s as %s', (sort, direction) => {
    expect(dateDirection(state({ sort }))).toBe(direction);
  });
});

describe('orderByDate', () => {
  const results = ['b', 'x', 'a', 'c', 'y'].map((id) => ({ id }));
  const order = { ids: ['a', 'b', 'c'] };
  const ids = (rs: ReadonlyArray<{ id: string }>) => rs.map((r) => r.id).join('');

  test('puts the results oldest or newest first, those the order lacks last in their own order', () => {
    expect(ids(orderByDate(results, order, 'asc'))).toBe('abcxy');
    expect(ids(orderByDate(results, order, 'desc'))).toBe('cbaxy');
  });

  test('leaves the results given unchanged', () => {
    orderByDate(results, order, 'asc');
    expect(ids(results)).toBe('bxacy');
  });
});
