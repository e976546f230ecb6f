import { describe, expect, test } from 'vitest';
import {
  buildVocabulary,
  closestWords,
  editDistance,
  MAX_WORD_LENGTH,
  suggestQueries,
  vocabularyWords,
  type Vocabulary,
} from '../../src/lib/search-suggestions';

// Pages as Pagefind's fragments give them: indexed text and metadata.
const PAGES = [
  {
    content: 'Russia backs Hezbollah and the Taliban, says the analysis.',
    meta: { title: 'Russia backs terrorist groups' },
  },
  { content: 'Russian strikes in Syria prop up Assad; the sanctions stay.', meta: { title: 'Russia props up Assad' } },
  { content: 'Sanctions on Russia after Crimea and Georgia.', meta: { title: 'Aggression', alias: 'Vladimir Putin' } },
  {
    content: 'Surgical strikes, said Ash Carter in 2016.',
    meta: { title: 'Strikes', image: 'https://x.example/a.png' },
  },
];
const vocabulary = buildVocabulary(PAGES);
/** Whether every word of `query` is in the vocabulary, so that Pagefind finds it. */
const findable = (query: string, v: Vocabulary = vocabulary) =>
  vocabularyWords(query).every((w) => v.words.includes(w));

describe('vocabularyWords', () => {
  test('splits as Pagefind does, lower-cases, and drops short words, numbers and overlong runs', () => {
    expect(vocabularyWords(`Al-Assad's 2016 strikes, in Ḥomṣ; ${'x'.repeat(MAX_WORD_LENGTH + 1)}`)).toEqual([
      'assad',
      'strikes',
      'ḥomṣ',
    ]);
  });
});

describe('buildVocabulary', () => {
  test('holds the words of the text and of every metadata field but the image, most pages first (ties alphabetical)', () => {
    expect(vocabulary.words.slice(0, 5)).toEqual(['russia', 'and', 'sanctions', 'strikes', 'the']);
    for (const w of ['hezbollah', 'putin', 'vladimir', 'aggression', 'carter']) expect(vocabulary.words).toContain(w);
    expect(vocabulary.words).not.toContain('png');
    expect(vocabulary.words).not.toContain('https');
  });

  test('is the same whatever the order of the pages, and keeps at most `limit` words', () => {
    expect(buildVocabulary([...PAGES].reverse())).toEqual(vocabulary);
    expect(buildVocabulary(PAGES, 3).words).toEqual(vocabulary.words.slice(0, 3));
  });
});

describe('editDistance', () => {
  test.each([
    ['hezbollah', 'hezbollah', 0],
    ['hezbolah', 'hezbollah', 1], // a missing letter
    ['hezbolllah', 'hezbollah', 1], // one too many
    ['rusisa', 'russia', 1], // two neighbouring letters swapped
    ['sanctoins', 'sanctions', 1],
    ['crimea', 'crimean', 1],
    ['kitten', 'sitting', 3],
  ])('%s → %s: %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  test('stops at max + 1 once the distance is known to exceed max', () => {
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('closestWords', () => {
  test('finds the word a transposition or a missing letter came from, closest and most frequent first', () => {
    expect(closestWords('rusisa', vocabulary)[0]).toBe('russia');
    expect(closestWords('hezbolah', vocabulary)).toEqual(['hezbollah']);
  });

  test('allows one edit up to four letters and two beyond', () => {
    expect(closestWords('thw', vocabulary)).toContain('the');
    expect(closestWords('tgw', vocabulary)).toEqual([]);
    expect(closestWords('sanktins', vocabulary)).toEqual(['sanctions']);
  });
});

describe('suggestQueries', () => {
  test('corrects a misspelt word, keeping the case the reader typed, and the suggestion is findable', () => {
    const [best] = suggestQueries('Hezbolah', vocabulary);
    expect(best).toBe('Hezbollah');
    expect(findable(best ?? '')).toBe(true);
  });

  test('corrects only the misspelt words of a multi-word query, keeping the rest and the quotes as typed', () => {
    expect(suggestQueries('surgicl strikes', vocabulary)).toEqual(['surgical strikes']);
    expect(suggestQueries('"Russia bakcs Hezbolah"', vocabulary)[0]).toBe('"Russia backs Hezbollah"');
    for (const s of suggestQueries('Rusisa sanctoins Crimea', vocabulary)) expect(findable(s)).toBe(true);
  });

  test('offers the next-closest words as further suggestions, at most three', () => {
    const rich: Vocabulary = { words: ['strikes', 'strike', 'striker', 'strikers'] };
    const suggestions = suggestQueries('strikez', rich);
    expect(suggestions[0]).toBe('strikes');
    expect(suggestions.length).toBeLessThanOrEqual(3);
    expect(new Set(suggestions).size).toBe(suggestions.length);
  });

  test('suggests nothing when no word is close, or when one word of several is not', () => {
    expect(suggestQueries('xylophone', vocabulary)).toEqual([]);
    expect(suggestQueries('Hezbolah xylophone', vocabulary)).toEqual([]);
  });

  test('suggests nothing when every word is already on the site (the search found nothing for another reason)', () => {
    expect(suggestQueries('Crimea Hezbollah', vocabulary)).toEqual([]);
    expect(suggestQueries('', vocabulary)).toEqual([]);
  });
});
