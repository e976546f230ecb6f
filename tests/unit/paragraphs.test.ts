import { describe, expect, test } from 'vitest';
import { escapeLine, groupBlocks, parseBlocks, type Block } from '../../src/lib/paragraphs';
import { DOC_A_ANCHORS, DOC_A_BODY } from '../fixtures/unit/corpus';

const kinds = (blocks: readonly Block[]) => blocks.map((b) => b.kind);
const texts = (blocks: readonly Block[]) => blocks.map((b) => b.text);

describe('parseBlocks', () => {
  test.each<[string, string, Block['kind'], string]>([
    ['a paragraph', 'Plain words.', 'paragraph', 'Plain words.'],
    ['a level-2 heading', '## Other links', 'heading', 'Other links'],
    ['a level-3 heading', '### Talking Points:', 'heading', 'Talking Points:'],
    ['a level-4 heading', '#### Notes', 'heading', 'Notes'],
    ['a quote', '> Russia’s #1 enemy is the United States.', 'quote', 'Russia’s #1 enemy is the United States.'],
    ['">" without a space', '>5% of the raids', 'paragraph', '>5% of the raids'],
    ['"-" without a space', '-3 degrees', 'paragraph', '-3 degrees'],
    ['an escaped heading mark', '\\## not a heading', 'paragraph', '## not a heading'],
    ['an escaped quote mark', '\\> not a quote', 'paragraph', '> not a quote'],
    ['an escaped list mark', '\\- not an item', 'paragraph', '- not an item'],
    ['an escaped backslash', '\\\\server\\share', 'paragraph', '\\server\\share'],
    ['a numbered line', '1. First point', 'paragraph', '1. First point'],
    ['a "-" list item', '- Sanctions should stay.', 'item', 'Sanctions should stay.'],
    ['a "*" list item', '* Allies are watching.', 'item', 'Allies are watching.'],
    ['a hyphenated word', '-not a list', 'paragraph', '-not a list'],
    ['a level-1 heading marker', '# Title', 'paragraph', '# Title'],
  ])('returns a %s block with its prefix removed', (_case, body, kind, text) => {
    expect(parseBlocks(body)).toEqual([expect.objectContaining({ kind, text })]);
  });

  test.each<[string, string]>([
    ['curly quotes and apostrophes', 'Trump’s “safe zones,” don’t—and won’t.'],
    ['markdown-like punctuation inside a line', 'Russia’s #1 enemy is the U.S. – even if there is 9/11.'],
    ['doubled inner spaces', 'Candidate Statement:  At the second presidential debate'],
    ['straight quotes', `Russia's defense ministry said "surgical strikes"`],
  ])('returns the text verbatim when it has %s', (_case, line) => {
    expect(texts(parseBlocks(line))).toEqual([line]);
  });

  test('returns the text as written when it holds markup-like characters', () => {
    const line = 'raids (<5% hit {ISIS} targets) & <script>alert(1)</script> <b>bold</b> *a* _b_ \\n';
    expect(texts(parseBlocks(line))).toEqual([line]);
  });

  test('returns the body line each block starts on', () => {
    expect(parseBlocks('\nOne\ntwo\n\n\n## Three\n\n- four\n- five').map((b) => b.line)).toEqual([2, 6, 8, 9]);
  });

  test('returns a backslash in a later line of a paragraph as text', () => {
    expect(texts(parseBlocks('One\n\\## two'))).toEqual(['One \\## two']);
  });

  test('returns the lines of one block joined by one space when a paragraph spans lines', () => {
    expect(texts(parseBlocks('First line\n   second line  \nthird line'))).toEqual([
      'First line second line third line',
    ]);
  });

  test('returns a quote without its ">" markers when a quote spans lines', () => {
    expect(parseBlocks('> First line\n> second line\n>third line')).toEqual([
      expect.objectContaining({ kind: 'quote', text: 'First line second line third line' }),
    ]);
  });

  test('returns one item per line when a list has several lines', () => {
    expect(parseBlocks('- one\n- two\n* three')).toEqual([
      expect.objectContaining({ kind: 'item', text: 'one' }),
      expect.objectContaining({ kind: 'item', text: 'two' }),
      expect.objectContaining({ kind: 'item', text: 'three' }),
    ]);
  });

  test('returns separate blocks when blank lines (of any length or whitespace) separate them', () => {
    expect(texts(parseBlocks('\n\nOne\n\n\n\nTwo\n  \t\nThree\n\n'))).toEqual(['One', 'Two', 'Three']);
  });

  test('returns the same blocks when the body has Windows or old Mac line endings', () => {
    const unix = parseBlocks('## Head\n\nOne\ntwo\n\n- a\n- b');
    expect(parseBlocks('## Head\r\n\r\nOne\r\ntwo\r\n\r\n- a\r\n- b')).toEqual(unix);
    expect(parseBlocks('## Head\r\rOne\rtwo\r\r- a\r- b')).toEqual(unix);
  });

  test('returns no blocks when the body is empty or blank', () => {
    expect(parseBlocks('  \n\n \n')).toEqual([]);
  });

  test('returns the kinds of the fixture document in order', () => {
    expect(kinds(parseBlocks(DOC_A_BODY))).toEqual(['paragraph', 'quote', 'heading', 'item', 'item', 'item', 'item']);
  });

  test('returns the anchors of the fixture document in order', () => {
    expect(parseBlocks(DOC_A_BODY).map((b) => b.anchor)).toEqual([...DOC_A_ANCHORS]);
  });

  test('returns anchors made from the first six words of each block', () => {
    expect(parseBlocks('> Russia may be determined to stamp out radical terrorism')[0]?.anchor).toBe(
      'russia-may-be-determined-to-stamp',
    );
  });

  test('returns numbered anchors when blocks repeat their opening words', () => {
    expect(parseBlocks('## Notes\n\nNotes\n\n- Notes').map((b) => b.anchor)).toEqual(['notes', 'notes-2', 'notes-3']);
  });

  test('returns unique anchors for every block of the fixture document', () => {
    const anchors = parseBlocks(`${DOC_A_BODY}\n\n${DOC_A_BODY}`).map((b) => b.anchor);
    expect(new Set(anchors).size).toBe(anchors.length);
  });
});

describe('groupBlocks', () => {
  const block = (kind: Block['kind'], text: string): Block => ({ kind, text, anchor: text, line: 1 });

  test('returns consecutive items as one array between the other blocks', () => {
    const [h, a, b, p, c] = [
      block('heading', 'h'),
      block('item', 'a'),
      block('item', 'b'),
      block('paragraph', 'p'),
      block('item', 'c'),
    ];
    expect(groupBlocks([h, a, b, p, c])).toEqual([h, [a, b], p, [c]]);
  });

  test('returns one list for items from separate markdown lists when nothing stands between them', () => {
    expect(groupBlocks(parseBlocks('- a\n- b\n\n- c'))).toEqual([
      [
        expect.objectContaining({ text: 'a' }),
        expect.objectContaining({ text: 'b' }),
        expect.objectContaining({ text: 'c' }),
      ],
    ]);
  });

  test('returns the blocks unchanged when there are no items', () => {
    const blocks = [block('heading', 'h'), block('quote', 'q'), block('paragraph', 'p')];
    expect(groupBlocks(blocks)).toEqual(blocks);
  });

  test('returns an empty list when there are no blocks', () => {
    expect(groupBlocks([])).toEqual([]);
  });
});

describe('escapeLine', () => {
  test.each(['## A', '#### A', '> A', '- A', '* A', '\\A'])(
    'returns %s with a backslash before it, read back as itself',
    (line) => {
      expect(parseBlocks(escapeLine(line))).toMatchObject([{ kind: 'paragraph', text: line }]);
    },
  );

  test.each(['# A', '##### A', '>5%', '-3 degrees', '*em*', '1. A', ' ## A'])(
    'returns %s unchanged when it reads as text',
    (line) => {
      expect(escapeLine(line)).toBe(line);
    },
  );
});
