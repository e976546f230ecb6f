import { describe, expect, test } from 'vitest';
import { ANCHOR_WORDS, slugOf, uniqueAnchors, words } from '../../src/lib/slugs';

describe('words', () => {
  test.each<[string, string[]]>([
    ['Russia is killing ISIS', ['russia', 'is', 'killing', 'isis']],
    ['Russia’s #1 enemy', ['russias', '1', 'enemy']],
    ["Russia's ally", ['russias', 'ally']],
    ['‘quoted’ word', ['quoted', 'word']],
    ['Khar’kiv, Odessa — and Doha.', ['kharkiv', 'odessa', 'and', 'doha']],
    ['Sätteri café naïve', ['satteri', 'cafe', 'naive']],
    ['U.S.-Russian', ['u', 's', 'russian']],
    ['9/11', ['9', '11']],
    ['  spaced\tout\nlines  ', ['spaced', 'out', 'lines']],
    ['', []],
    ['— … !', []],
  ])('returns the lower-case ASCII words of %j', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});

describe('slugOf', () => {
  test.each<[string, string]>([
    ['Other links', 'other-links'],
    ['Talking Points:', 'talking-points'],
    ['Edit (7/12/2017)', 'edit-7-12-2017'],
    ['Russia’s #1 enemy is the United States.', 'russias-1-enemy-is-the-united'],
    ['Molly McKew, in a Politico piece, Trump’s plan', 'molly-mckew-in-a-politico-piece'],
  ])('returns the first six words of %j joined by hyphens', (text, expected) => {
    expect(slugOf(text)).toBe(expected);
  });

  test.each<[string, string]>([
    ['1. First point', 'p-1-first-point'],
    ['2016 was the year', 'p-2016-was-the-year'],
  ])('returns a slug starting with a letter when %j starts with a number', (text, expected) => {
    expect(slugOf(text)).toBe(expected);
  });

  test('returns ANCHOR_WORDS words when no count is given', () => {
    expect(slugOf('one two three four five six seven eight').split('-')).toHaveLength(ANCHOR_WORDS);
  });

  test.each<{ text: string; count: number; expected: string }>([
    { text: 'one two three', count: 1, expected: 'one' },
    { text: 'one two three', count: 2, expected: 'one-two' },
    { text: 'one two three', count: 10, expected: 'one-two-three' },
  ])('returns the first $count words when given a count of $count', ({ text, count, expected }) => {
    expect(slugOf(text, count)).toBe(expected);
  });

  test.each<[string, string | undefined, string]>([
    ['', undefined, 'section'],
    ['— !', undefined, 'section'],
    ['***', 'item', 'item'],
  ])('returns the fallback when %j has no words', (text, fallback, expected) => {
    expect(slugOf(text, ANCHOR_WORDS, fallback)).toBe(expected);
  });
});

describe('uniqueAnchors', () => {
  test.each<[string, string[], string[]]>([
    ['distinct texts', ['Other links', 'Edit (7/12/2017)'], ['other-links', 'edit-7-12-2017']],
    ['a repeated text', ['Point', 'Point', 'Point'], ['point', 'point-2', 'point-3']],
    ['texts sharing their first six words', ['a b c d e f one', 'a b c d e f two'], ['a-b-c-d-e-f', 'a-b-c-d-e-f-2']],
    ['texts equal once folded', ['Russia’s aims', 'russias AIMS'], ['russias-aims', 'russias-aims-2']],
    ['texts without words', ['—', '…'], ['section', 'section-2']],
    ['no texts', [], []],
  ])('returns slugs in order, numbering repeats, for %s', (_case, texts, expected) => {
    expect(uniqueAnchors(texts)).toEqual(expected);
  });

  test('returns the same anchor for a paragraph when an earlier, different paragraph changes', () => {
    const before = uniqueAnchors(['Intro', 'Russia is an adversary']);
    const after = uniqueAnchors(['A new intro', 'Russia is an adversary']);
    expect(after[1]).toBe(before[1]);
  });

  test('returns no duplicate anchors when a later text slugs to an earlier numbered repeat', () => {
    const anchors = uniqueAnchors(['Point', 'Point', 'Point 2']);
    expect(new Set(anchors).size).toBe(anchors.length);
  });
});
