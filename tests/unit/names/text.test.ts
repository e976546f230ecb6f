import { describe, expect, test } from 'vitest';
import { markdownWords, sentenceAt, sentences } from '../../../src/lib/names/text';

describe('markdownWords', () => {
  test.each([
    ['link text without its address', 'See [the report](https://example.org/putin-report).', 'See the report.'],
    ['emphasis marks dropped', 'It is *very* __clear__.', 'It is very clear.'],
    ['heading, quotation and list marks dropped', '## Heading\n\n> quoted\n\n- item', 'Heading quoted item'],
    ['tags dropped', 'A <abbr title="Islamic State">IS</abbr> word', 'A IS word'],
    ['footnote labels dropped', 'Said so.[^1]\n\n[^1]: A note.', 'Said so. A note.'],
  ])('returns %s', (_, markdown, expected) => {
    expect(markdownWords(markdown)).toBe(expected);
  });
});

describe('sentences', () => {
  test('splits at a full stop followed by a capital, not inside "U.S. officials"', () => {
    expect(sentences('The U.S. officials spoke. Russia did not! Did Iran? “Yes.” Then 9 more.')).toEqual([
      'The U.S. officials spoke.',
      'Russia did not!',
      'Did Iran?',
      '“Yes.”',
      'Then 9 more.',
    ]);
  });
});

describe('sentenceAt', () => {
  const paragraph = 'Russia is killing ISIS. And Iran is killing ISIS. The end.';
  test('returns the sentence holding the offset', () => {
    expect(sentenceAt(paragraph, paragraph.indexOf('Iran'))).toBe('And Iran is killing ISIS.');
  });
  test('returns the first sentence for offset 0 and the last for the last word', () => {
    expect(sentenceAt(paragraph, 0)).toBe('Russia is killing ISIS.');
    expect(sentenceAt(paragraph, paragraph.length - 2)).toBe('The end.');
  });
});
