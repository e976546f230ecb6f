import { describe, expect, test } from 'vitest';
import { findTextDirective, joinParagraphs, textDirectiveFor } from '../../src/lib/text-fragment-match';
import {
  encodeTerm,
  formatTextDirective,
  parseTextDirective,
  parseTextFragment,
  withTextFragment,
  type TextDirective,
} from '../../src/lib/text-fragments';

// The cases follow the specification's syntax (WICG Text Fragments, "Syntax" and "URL encoding").
describe('encodeTerm', () => {
  test.each<[string, string, string]>([
    ['a space', 'a b', 'a%20b'],
    ['a dash, which delimits a prefix or suffix', 'U.S.-Russian', 'U.S.%2DRussian'],
    ['a comma, which delimits terms', 'First, second', 'First%2C%20second'],
    ['an ampersand, which delimits directives', 'Q&A', 'Q%26A'],
    ['non-ASCII letters and punctuation', 'don’t – café', 'don%E2%80%99t%20%E2%80%93%20caf%C3%A9'],
    ['a hash and a percent sign', '#1 at 5%', '%231%20at%205%25'],
    ['unreserved marks', "(it's) *fine*.", "(it's)%20*fine*."],
  ])('encodes %s', (_case, term, expected) => {
    expect(encodeTerm(term)).toBe(expected);
  });
});

describe('formatTextDirective', () => {
  test.each<[string, TextDirective, string]>([
    ['the words alone', { start: 'an idea' }, 'text=an%20idea'],
    ['a range', { start: 'first words', end: 'last words' }, 'text=first%20words,last%20words'],
    ['a prefix', { prefix: 'said', start: 'no' }, 'text=said-,no'],
    ['a suffix', { start: 'no', suffix: 'deal' }, 'text=no,-deal'],
    ['every term', { prefix: 'a-b', start: 'c', end: 'd', suffix: 'e,f' }, 'text=a%2Db-,c,d,-e%2Cf'],
  ])('writes %s', (_case, d, expected) => {
    expect(formatTextDirective(d)).toBe(expected);
  });
});

describe('withTextFragment', () => {
  test.each<[string, string, string]>([
    ['a URL without a fragment', 'http://x.org/?p=1', 'http://x.org/?p=1#:~:text=a'],
    ['a URL with a fragment, kept before the directive', 'https://x.org/a#sec', 'https://x.org/a#sec:~:text=a'],
  ])('appends the directive to %s', (_case, url, expected) => {
    expect(withTextFragment(url, { start: 'a' })).toBe(expected);
  });
});

describe('parseTextDirective', () => {
  test.each<[string, TextDirective]>([
    ['an%20idea', { start: 'an idea' }],
    ['a%2Db-,c,d,-e%2Cf', { prefix: 'a-b', start: 'c', end: 'd', suffix: 'e,f' }],
    ['don%E2%80%99t,-go', { start: 'don’t', suffix: 'go' }],
  ])('decodes %s', (value, expected) => {
    expect(parseTextDirective(value)).toEqual({ prefix: undefined, end: undefined, suffix: undefined, ...expected });
  });

  test.each([[''], ['a,b,c'], ['-,a'], ['a,,b'], ['%E2%80']])('returns undefined for the malformed %j', (value) => {
    expect(parseTextDirective(value)).toBeUndefined();
  });
});

describe('parseTextFragment', () => {
  test('returns the URL and every text directive, in order', () => {
    expect(parseTextFragment('https://x.org/a#sec:~:text=a&text=b,-c')).toEqual({
      url: 'https://x.org/a#sec',
      directives: [
        { prefix: undefined, start: 'a', end: undefined, suffix: undefined },
        { prefix: undefined, start: 'b', end: undefined, suffix: 'c' },
      ],
    });
  });

  test('returns no directives for a URL without one', () => {
    expect(parseTextFragment('https://x.org/a#sec')).toEqual({ url: 'https://x.org/a#sec', directives: [] });
  });

  test('round-trips what withTextFragment writes', () => {
    const d = { prefix: 'U.S.-Russian, “&”', start: 'café – 1', end: 'x', suffix: 'y-z' };
    expect(parseTextFragment(withTextFragment('http://x.org/?p=1', d))).toEqual({
      url: 'http://x.org/?p=1',
      directives: [d],
    });
  });
});

describe('findTextDirective', () => {
  const text = joinParagraphs(['The cat sat. The Cat ran.', 'A cat, a dog.']);
  test.each<[string, TextDirective, string | undefined]>([
    ['the first match, ignoring case', { start: 'the cat' }, 'The cat'],
    ['the match after a prefix', { prefix: 'sat.', start: 'the cat' }, 'The Cat'],
    ['the match before a suffix', { start: 'cat', suffix: 'ran' }, 'Cat'],
    ['a range to the nearest end', { start: 'the', end: 'ran.' }, 'The cat sat. The Cat ran.'],
    ['whole words only', { start: 'at' }, undefined],
    ['nothing across paragraphs', { start: 'ran. A cat' }, undefined],
  ])('finds %s', (_case, d, expected) => {
    const r = findTextDirective(text, d);
    expect(r && text.slice(r.from, r.to)).toBe(expected);
  });
});

describe('textDirectiveFor', () => {
  const paragraphs = ['Russia is #1. We said no.', 'They said no to a deal, and we said no.', 'Unique words here.'];
  test.each<[string, string, string | undefined, TextDirective | undefined]>([
    ['the words alone when they occur once', 'Unique words', undefined, { start: 'Unique words' }],
    [
      'the words alone when an earlier occurrence is only part of them',
      'said no to',
      undefined,
      { start: 'said no to' },
    ],
    ['context for the paragraph named', 'said no', paragraphs[1], { prefix: 'They', start: 'said no' }],
    ['the words alone when they open the page', 'Russia is', undefined, { start: 'Russia is' }],
    ['nothing when the words are not there', 'absent words', undefined, undefined],
  ])('returns %s', (_case, quote, paragraph, expected) => {
    expect(textDirectiveFor(paragraphs, quote, paragraph)).toEqual(expected);
  });

  test('returns a prefix from the same paragraph for a later occurrence', () => {
    const d = textDirectiveFor(paragraphs, 'we said no.', paragraphs[1]);
    expect(d).toEqual({ prefix: 'and', start: 'we said no.' });
  });

  test('returns a range of first and last words for a long quotation, found where it stands', () => {
    const long =
      'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen';
    const d = textDirectiveFor([`Before. ${long} After.`], long);
    expect(d).toEqual({ start: 'one two three four', end: 'fourteen fifteen sixteen seventeen' });
  });

  test('returns every directive it chooses such that the browser would find exactly the words', () => {
    const text = joinParagraphs(paragraphs);
    for (const [quote, paragraph] of [
      ['said no', paragraphs[1]],
      ['we said no.', paragraphs[1]],
      ['said no', paragraphs[0]],
    ] as const) {
      const d = textDirectiveFor(paragraphs, quote, paragraph);
      const r = d && findTextDirective(text, d);
      expect(r && text.slice(r.from, r.to)).toBe(quote);
    }
  });
});
