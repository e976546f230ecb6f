import { describe, expect, test } from 'vitest';
import { isVerbatimIn, normalizeSpace, segmentByPhrases, verbatimIndex, type Segment } from '../../src/lib/quotations';

describe('normalizeSpace', () => {
  test.each<[string, string, string]>([
    ['runs of spaces', 'a   b', 'a b'],
    ['tabs and newlines', 'a\t\nb\r\nc', 'a b c'],
    ['leading and trailing space', '  a b  ', 'a b'],
    ['a no-break space', 'Statement:\u00a0 At', 'Statement: At'],
    ['only whitespace', ' \n\t ', ''],
    ['punctuation and case', ' Don’t  STOP. ', 'Don’t STOP.'],
  ])('returns one space per run and no ends when the text has %s', (_case, text, expected) => {
    expect(normalizeSpace(text)).toBe(expected);
  });
});

describe('isVerbatimIn', () => {
  const passage = 'Second, we don’t need their help to tackle ISIS. Russia offers very little added value.';

  test.each<[string, string]>([
    ['the whole passage', passage],
    ['a sentence', 'Russia offers very little added value.'],
    ['words spanning a sentence break', 'tackle ISIS. Russia offers'],
    ['the same words with other whitespace', 'we  don’t\nneed\ttheir help'],
    ['surrounding whitespace', '  Second, we don’t  '],
    ['a fragment starting and ending at word edges', 'ISIS. Russia'],
    ['a later whole-word occurrence after an inner one', 'ISIS'],
  ])('returns true when the quotation is %s', (_case, quotation) => {
    expect(isVerbatimIn(quotation, passage)).toBe(true);
  });

  test.each<[string, string, string]>([
    ['a straight apostrophe where the passage has a curly one', "we don't need their help", passage],
    ['a curly apostrophe where the passage has a straight one', 'we don’t', "Yes, we don't."],
    [
      'straight double quotes where the passage has curly ones',
      '"safe zones,"',
      'such as jointly-monitored “safe zones,” is',
    ],
    ['different letter case', 'russia offers very little added value.', passage],
    ['a capital letter changed', 'Second, We don’t', passage],
    ['one word altered', 'Russia offers very little extra value.', passage],
    ['a word left out', 'Russia offers little added value.', passage],
    ['a comma left out', 'Second we don’t need', passage],
    ['a full stop changed', 'added value!', passage],
    ['a word found only inside a longer word', 'he', 'the help'],
    ['words cut from longer words at both ends', 'not help', 'cannot helpers'],
    ['an en dash for a hyphen', 'post–Cold War', 'the post-Cold War era'],
    ['nothing in it', '', passage],
    ['only whitespace', ' \n ', passage],
    ['text running past the passage', 'added value. And more.', passage],
  ])('returns false when the quotation has %s', (_case, quotation, haystack) => {
    expect(isVerbatimIn(quotation, haystack)).toBe(false);
  });

  test('returns true when the passage has extra whitespace the quotation lacks', () => {
    expect(isVerbatimIn('Russia offers', 'Russia\n   offers')).toBe(true);
  });
});

describe('segmentByPhrases', () => {
  const joined = (segments: readonly Segment[]) => segments.map((s) => s.text).join('');

  test('returns the whole text as one plain segment when no phrase is marked', () => {
    expect(segmentByPhrases('Plain text.', [])).toEqual([{ text: 'Plain text.' }]);
  });

  test('returns the phrase as a cited segment between plain ones when it occurs mid-text', () => {
    expect(segmentByPhrases('Read Choosing to Lead today.', [{ phrase: 'Choosing to Lead', id: 'jhi' }])).toEqual([
      { text: 'Read ' },
      { text: 'Choosing to Lead', cites: 'jhi' },
      { text: ' today.' },
    ]);
  });

  test('returns no empty segments when the phrase is the whole text', () => {
    expect(segmentByPhrases('Battle of Narratives', [{ phrase: 'Battle of Narratives', id: 'lucas' }])).toEqual([
      { text: 'Battle of Narratives', cites: 'lucas' },
    ]);
  });

  test('returns segments in text order when the marks are given in another order', () => {
    const segments = segmentByPhrases('From A and from B.', [
      { phrase: 'B', id: 'b' },
      { phrase: 'A', id: 'a' },
    ]);
    expect(segments.filter((s) => s.cites !== undefined)).toEqual([
      { text: 'A', cites: 'a' },
      { text: 'B', cites: 'b' },
    ]);
  });

  test('returns only the first occurrence as cited when the phrase occurs twice', () => {
    expect(segmentByPhrases('ISIS and ISIS', [{ phrase: 'ISIS', id: 'x' }])).toEqual([
      { text: 'ISIS', cites: 'x' },
      { text: ' and ISIS' },
    ]);
  });

  test('returns the longer phrase when two phrases start at the same place', () => {
    const segments = segmentByPhrases('The Cipher Brief column', [
      { phrase: 'The Cipher', id: 'short' },
      { phrase: 'The Cipher Brief', id: 'long' },
    ]);
    expect(segments).toEqual([{ text: 'The Cipher Brief', cites: 'long' }, { text: ' column' }]);
  });

  test('returns the earlier phrase and drops an overlapping later one', () => {
    const segments = segmentByPhrases('one two three', [
      { phrase: 'one two', id: 'first' },
      { phrase: 'two three', id: 'second' },
    ]);
    expect(segments).toEqual([{ text: 'one two', cites: 'first' }, { text: ' three' }]);
  });

  test('returns the text unmarked when a phrase does not occur', () => {
    expect(segmentByPhrases('Plain text.', [{ phrase: 'absent', id: 'x' }])).toEqual([{ text: 'Plain text.' }]);
  });

  test('returns the text unmarked when a phrase differs in case or punctuation', () => {
    expect(
      segmentByPhrases('Trump’s plan', [
        { phrase: "Trump's plan", id: 'x' },
        { phrase: 'trump’s plan', id: 'y' },
      ]),
    ).toEqual([{ text: 'Trump’s plan' }]);
  });

  test('returns the text unmarked when a phrase is empty', () => {
    expect(segmentByPhrases('Plain text.', [{ phrase: '  ', id: 'x' }])).toEqual([{ text: 'Plain text.' }]);
  });

  test('returns a cited segment when the phrase is split across lines', () => {
    expect(
      segmentByPhrases('the second presidential\ndebate was', [{ phrase: 'presidential debate', id: 'd' }]),
    ).toContainEqual({
      text: 'presidential debate',
      cites: 'd',
    });
  });

  test('returns segments that join back into the whitespace-normalized text', () => {
    const text = 'A  report,\n“Russia and the West”, and Choosing to Lead.';
    const segments = segmentByPhrases(text, [
      { phrase: '“Russia and the West”', id: 'r' },
      { phrase: 'Choosing to Lead', id: 'c' },
    ]);
    expect(joined(segments)).toBe(normalizeSpace(text));
  });
});

describe('verbatimIndex', () => {
  test('returns the index in the whitespace-collapsed passage when the words occur', () => {
    expect(verbatimIndex('our  #1\nenemy', 'While  terrorism is our #1 enemy')).toBe(19);
  });

  test('returns the first occurrence on word boundaries when an earlier one is inside a word', () => {
    expect(verbatimIndex('he', 'the end, he said')).toBe(9);
  });

  test('returns -1 when the words do not occur', () => {
    expect(verbatimIndex('our first enemy', 'our #1 enemy')).toBe(-1);
  });
});
