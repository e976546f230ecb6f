import { describe, expect, test } from 'vitest';
import {
  anchorAt,
  excerptAround,
  matchingPassages,
  passageUrl,
  resultPassages,
  resultStatus,
  type Anchor,
  type ExcerptPart,
} from '../../src/lib/search-results';

const anchor = (id: string, location: number, element = 'p'): Anchor => ({ id, element, location });
const ANCHORS = [anchor('title', 0, 'h1'), anchor('first', 3), anchor('second', 10), anchor('third', 20)];
/** The text of excerpt parts, with marked words in [brackets]. */
const shown = (parts: readonly ExcerptPart[]) => parts.map((p) => (p.marked ? `[${p.text}]` : p.text)).join('');

describe('anchorAt', () => {
  test.each<[number, string | undefined]>([
    [0, 'title'],
    [3, 'first'],
    [9, 'first'],
    [10, 'second'],
    [99, 'third'],
  ])('returns the last anchor at or before word %i (%s)', (location, expected) => {
    expect(anchorAt(ANCHORS, location)?.id).toBe(expected);
  });

  test('returns undefined when the word comes before every anchor', () => {
    expect(anchorAt([anchor('late', 5)], 2)).toBeUndefined();
  });

  test('returns the later-listed anchor when two share a location', () => {
    expect(anchorAt([anchor('outer', 4, 'section'), anchor('inner', 4)], 6)?.id).toBe('inner');
  });
});

describe('matchingPassages', () => {
  test('returns the matches grouped by anchor, in word order within each', () => {
    expect(matchingPassages(ANCHORS, [12, 4, 11])).toEqual([
      { anchor: ANCHORS[2], locations: [11, 12] },
      { anchor: ANCHORS[1], locations: [4] },
    ]);
  });

  test('returns the passage with most matches first', () => {
    expect(matchingPassages(ANCHORS, [4, 21, 22, 23]).map((p) => p.anchor?.id)).toEqual(['third', 'first']);
  });

  test('returns passages with as many matches in page order', () => {
    expect(matchingPassages(ANCHORS, [21, 11, 4]).map((p) => p.anchor?.id)).toEqual(['first', 'second', 'third']);
  });

  test('returns at most `limit` passages', () => {
    expect(matchingPassages(ANCHORS, [1, 4, 11, 21], 2)).toHaveLength(2);
  });

  test('returns no passage for matches before any anchor', () => {
    expect(matchingPassages([anchor('late', 5)], [1, 2])).toEqual([]);
  });
});

describe('excerptAround', () => {
  const content = 'one two three four five six seven eight nine ten';

  test.each<[string, number, number[], number, number, string]>([
    ['the whole text when it is short', 2, [2], 8, 16, 'one two [three] four five six seven eight nine ten'],
    ['an ellipsis before when words are left off at the start', 6, [6], 2, 16, '… five six [seven] eight nine ten'],
    ['an ellipsis after when words are left off at the end', 0, [0], 8, 3, '[one] two three …'],
    ['every position to mark that it shows', 4, [3, 4, 9], 1, 3, '… [four] [five] six seven …'],
  ])('returns %s', (_, location, marks, before, after, expected) => {
    expect(shown(excerptAround(content, location, marks, before, after))).toBe(expected);
  });

  test('returns words split on any run of whitespace', () => {
    expect(shown(excerptAround('a\n\nb\tc', 1, [1]))).toBe('a [b] c');
  });
});

describe('passageUrl', () => {
  test.each<[string, string, string | undefined, string]>([
    ['/arguments/x/', 'Doha', undefined, '/arguments/x/?highlight=Doha'],
    ['/arguments/x/', ' Ash Carter ', undefined, '/arguments/x/?highlight=Ash%20Carter'],
    ['/documents/d/', 'Taliban', 'russia-may-be', '/documents/d/?highlight=Taliban#russia-may-be'],
    ['/documents/d/?a=1#old', 'x', 'new', '/documents/d/?highlight=x#new'],
    ['/documents/d/', '', 'p-1', '/documents/d/#p-1'],
    ['/documents/d/', '  ', undefined, '/documents/d/'],
  ])('returns the link for %j, query %j, anchor %j', (page, query, anchorId, expected) => {
    expect(passageUrl(page, query, anchorId)).toBe(expected);
  });
});

describe('resultPassages', () => {
  const content = 'Title words here alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi';

  test('returns each matching passage with its anchor and an excerpt around its first match', () => {
    const [passage] = resultPassages({ content, anchors: ANCHORS, locations: [4] });
    expect({ anchorId: passage?.anchorId, excerpt: shown(passage?.excerpt ?? []) }).toEqual({
      anchorId: 'first',
      excerpt: 'Title words here alpha [beta] gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi',
    });
  });

  test('returns no passage for matches in the h1 alone', () => {
    expect(resultPassages({ content, anchors: [anchor('title', 0, 'h1')], locations: [1] })).toEqual([]);
  });

  test('returns the passage a match under the h1 falls in when a later anchor follows the h1', () => {
    expect(resultPassages({ content, anchors: ANCHORS, locations: [1, 11] }).map((p) => p.anchorId)).toEqual([
      'second',
    ]);
  });
});

describe('resultStatus', () => {
  test.each<[number, string, string]>([
    [0, 'Doha', 'No results for “Doha”.'],
    [1, 'Doha', '1 result for “Doha”.'],
    [12, 'Doha', '12 results for “Doha”.'],
    [0, '', 'No results.'],
    [3, '', '3 results.'],
  ])('returns the status for %i results of %j', (count, query, expected) => {
    expect(resultStatus(count, query)).toBe(expected);
  });
});
