import { describe, expect, test } from 'vitest';
import { markQuotations, type MarkedText } from '../../src/lib/quoted-words';

/** The segments as `text[quotes]` runs, cited segments in braces with their id, `^n` after each closing quotation. */
function sketch(marked: MarkedText): string {
  return marked.segments
    .map((s) => {
      const runs = s.pieces.map((p) => (p.quotes.length === 0 ? p.text : `${p.text}[${p.quotes.join(',')}]`)).join('');
      const closes = s.closes.map((n) => `^${n}`).join('');
      return (s.cites === undefined ? runs : `{${s.cites}:${runs}}`) + closes;
    })
    .join('|');
}

const q = (words: string, argument: string) => ({ words, argument });

describe('markQuotations', () => {
  test('returns the text as one unmarked segment when nothing quotes it', () => {
    const marked = markQuotations('Plain text.', [], []);
    expect(marked).toEqual({
      segments: [{ text: 'Plain text.', pieces: [{ text: 'Plain text.', quotes: [] }], closes: [] }],
      quotations: [],
      arguments: [],
    });
  });

  test('marks the quoted words where they stand and closes the quotation after them', () => {
    const marked = markQuotations('We must act. Russia offers little. So act.', [], [q('Russia offers little.', 'a')]);
    expect(sketch(marked)).toBe('We must act. Russia offers little.[0]^0| So act.');
    expect(marked.quotations).toEqual([{ text: 'Russia offers little.', start: 13, end: 34, arguments: ['a'] }]);
  });

  test('makes words quoted by two arguments one quotation naming both', () => {
    const marked = markQuotations('One two three.', [], [q('two', 'a'), q('two', 'b'), q('two', 'a')]);
    expect(sketch(marked)).toBe('One two[0]^0| three.');
    expect(marked.quotations.map((x) => x.arguments)).toEqual([['a', 'b']]);
    expect(marked.arguments).toEqual(['a', 'b']);
  });

  test('keeps the words of overlapping quotations under both, and closes each where it ends', () => {
    const marked = markQuotations('one two three four five', [], [q('two three four', 'b'), q('one two three', 'a')]);
    expect(sketch(marked)).toBe('one [0]two three[0,1]^0| four[1]^1| five');
    expect(marked.arguments).toEqual(['a', 'b']);
  });

  test('keeps a nested quotation inside the one around it', () => {
    const marked = markQuotations(
      'one two three four five',
      [],
      [q('two three', 'inner'), q('one two three four', 'outer')],
    );
    expect(sketch(marked)).toBe('one [0]two three[0,1]^1| four[0]^0| five');
    expect(marked.quotations.map((x) => x.text)).toEqual(['one two three four', 'two three']);
  });

  test('closes two quotations ending on the same word together, the earlier-starting first', () => {
    const marked = markQuotations('a b c d', [], [q('c d', 'y'), q('b c d', 'x')]);
    expect(sketch(marked)).toBe('a b [0]c d[0,1]^0^1');
  });

  test('marks adjacent quotations as separate runs', () => {
    const marked = markQuotations('Alpha beta. Gamma delta.', [], [q('Alpha beta.', 'a'), q('Gamma delta.', 'b')]);
    expect(sketch(marked)).toBe('Alpha beta.[0]^0| Gamma delta.[1]^1');
    expect(marked.segments[1]?.pieces).toEqual([
      { text: ' ', quotes: [] },
      { text: 'Gamma delta.', quotes: [1] },
    ]);
  });

  test('marks a quotation across cited words inside the one link, and closes it after the link', () => {
    const marked = markQuotations(
      'Read Choosing to Lead today.',
      [{ phrase: 'Choosing to Lead', id: 'jhi' }],
      [q('Read Choosing', 'a')],
    );
    expect(sketch(marked)).toBe('Read [0]|{jhi:Choosing[0] to Lead}^0| today.');
    expect(marked.segments.filter((s) => s.cites === 'jhi')).toHaveLength(1);
  });

  test('marks a quotation starting inside cited words and running past them', () => {
    const marked = markQuotations(
      'See the Cipher Brief column now.',
      [{ phrase: 'Cipher Brief', id: 'cb' }],
      [q('Brief column', 'a')],
    );
    expect(sketch(marked)).toBe('See the |{cb:Cipher Brief[0]}| column[0]^0| now.');
  });

  test('finds the words whatever the whitespace in the text or the quotation', () => {
    const marked = markQuotations('the second presidential\n  debate was', [], [q('presidential\tdebate', 'a')]);
    expect(sketch(marked)).toBe('the second presidential debate[0]^0| was');
  });

  test('marks only whole words, at the first whole-word occurrence', () => {
    const marked = markQuotations('the help he gave', [], [q('he', 'a')]);
    expect(sketch(marked)).toBe('the help he[0]^0| gave');
  });

  test('leaves out words that are not in the text', () => {
    const marked = markQuotations('Plain text.', [], [q('absent words', 'a'), q('  ', 'b')]);
    expect(sketch(marked)).toBe('Plain text.');
    expect([marked.quotations, marked.arguments]).toEqual([[], []]);
  });

  test('keeps markup-looking characters as text, unchanged, in the runs', () => {
    const text = 'Raids (<5% hit {core} targets) & <b>bold</b> claims';
    const marked = markQuotations(text, [], [q('(<5% hit {core} targets) & <b>bold</b>', 'a')]);
    expect(sketch(marked)).toBe('Raids (<5% hit {core} targets) & <b>bold</b>[0]^0| claims');
  });

  test('numbers the arguments in the order their first quotation starts', () => {
    const marked = markQuotations('a b c d', [], [q('d', 'late'), q('c', 'early'), q('a', 'late')]);
    expect(marked.arguments).toEqual(['late', 'early']);
  });

  test('returns runs that put together are the text, whitespace normalised', () => {
    const text = ' Read  Choosing to Lead today, and the rest. ';
    const marked = markQuotations(
      text,
      [{ phrase: 'Choosing to Lead', id: 'jhi' }],
      [q('to Lead today,', 'a'), q('Read Choosing', 'b'), q('the rest.', 'c')],
    );
    expect(marked.segments.map((s) => s.text).join('')).toBe('Read Choosing to Lead today, and the rest.');
    expect(marked.segments.every((s) => s.pieces.map((p) => p.text).join('') === s.text)).toBe(true);
  });
});
