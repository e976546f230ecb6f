import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import {
  locatable,
  locate,
  locateReport,
  nearMatches,
  quotationYaml,
  sentenceAround,
  type Match,
} from '../../src/lib/locate';

const DOC_A = locatable({
  id: 'doc-a',
  file: 'content/documents/doc-a.mdx',
  text: [
    '---',
    "title: 'TODO: not yet filled'",
    '---',
    '',
    'The basic problem is this. Our #1 enemy is  terror; theirs is us. It’s true.',
    '',
    '> Russia’s #1 enemy is the United States.',
    '',
    'A third paragraph on Russia.',
  ].join('\n'),
});

const DOC_B = locatable({
  id: 'doc-b',
  file: 'content/documents/doc-b.mdx',
  text: '---\ntitle: B\n---\n\nRussia again.',
});

const match = (document: string, anchor: string): Match => ({
  document,
  anchor,
  at: `${document}.mdx:1`,
  sentence: '',
});

describe('locatable', () => {
  test('returns the blocks of a document whose frontmatter still holds placeholders', () => {
    expect(DOC_A.blocks.map((b) => b.kind)).toEqual(['paragraph', 'quote', 'paragraph']);
  });

  test('returns the file line of the body’s first line', () => {
    expect(DOC_A.bodyLine).toBe(5);
  });
});

describe('locate', () => {
  test('returns the paragraph holding the words, with its file line and sentence', () => {
    expect(locate([DOC_A, DOC_B], 'Our #1 enemy')).toEqual([
      {
        document: 'doc-a',
        anchor: 'the-basic-problem-is-this-our',
        at: 'content/documents/doc-a.mdx:5',
        sentence: 'Our #1 enemy is terror; theirs is us.',
      },
    ]);
  });

  test('returns a match whatever the whitespace between the words', () => {
    expect(locate([DOC_A], 'is\n terror;')).toHaveLength(1);
  });

  test('returns every paragraph of every document holding the words, in order', () => {
    expect(locate([DOC_A, DOC_B], 'Russia').map((m) => `${m.document}#${m.anchor}`)).toEqual([
      'doc-a#russias-1-enemy-is-the-united',
      'doc-a#a-third-paragraph-on-russia',
      'doc-b#russia-again',
    ]);
  });

  test('returns a quoted passage’s line as the file line', () => {
    expect(locate([DOC_A], 'United States')[0]?.at).toBe('content/documents/doc-a.mdx:7');
  });

  test.each(['our #1 enemy', "Russia's", 'Rus'])('returns nothing when %j differs from the text', (words) => {
    expect(locate([DOC_A, DOC_B], words)).toEqual([]);
  });
});

describe('nearMatches', () => {
  test('returns the paragraph holding the words with another letter case or quote', () => {
    expect(nearMatches([DOC_A], "russia's #1 ENEMY").map((m) => m.anchor)).toEqual(['russias-1-enemy-is-the-united']);
  });

  test('returns nothing when no paragraph nearly holds the words', () => {
    expect(nearMatches([DOC_A], 'Ukraine')).toEqual([]);
  });
});

describe('sentenceAround', () => {
  test.each([
    ['One. Two three. Four.', 'three', 'Two three.'],
    ['One. Two three. Four.', 'One', 'One.'],
    ['One. Two three. Four.', 'Two three. Four', 'Two three. Four.'],
    ['Is it? “Yes,” he said. Then.', 'he said', '“Yes,” he said.'],
    ['Help from the U.S. Army came. Later.', 'Army', 'Help from the U.S. Army came.'],
    ['As Mr. Smith said, no. Then.', 'Smith', 'As Mr. Smith said, no.'],
    ['It ended (finally.) Then more.', 'ended', 'It ended (finally.)'],
    ['No end at all', 'end', 'No end at all'],
  ])('returns the sentence of %j holding %j', (text, words, sentence) => {
    expect(sentenceAround(text, words)).toBe(sentence);
  });
});

describe('quotationYaml', () => {
  test('returns an item without an anchor when one paragraph holds the words', () => {
    expect(quotationYaml([match('doc-a', 'a')], 'words')).toBe("- document: doc-a\n  text: 'words'");
  });

  test('returns the first anchor and the others in a comment when several paragraphs hold the words', () => {
    const yaml = quotationYaml([match('doc-a', 'a'), match('doc-a', 'b'), match('doc-a', 'c')], 'words');
    expect(yaml.split('\n').filter((l) => /^\s+(#\s+[bc]$|anchor:)/.test(l))).toEqual([
      '  #   b',
      '  #   c',
      '  anchor: a',
    ]);
  });

  test('returns one item per document holding the words', () => {
    expect(load(quotationYaml([match('doc-a', 'a'), match('doc-b', 'b')], 'w'))).toEqual([
      { document: 'doc-a', text: 'w' },
      { document: 'doc-b', text: 'w' },
    ]);
  });

  test.each(["Russia’s #1 enemy: it's 'them'", '- {x} <5% > y', 'spaced   out\nwords'])(
    'returns YAML whose text reads back as the words %j',
    (words) => {
      const [item] = load(quotationYaml([match('doc-a', 'a'), match('doc-a', 'b')], words)) as Array<{
        text: string;
        anchor: string;
      }>;
      expect(item).toEqual({ document: 'doc-a', text: words.replace(/\s+/g, ' '), anchor: 'a' });
    },
  );
});

describe('locateReport', () => {
  test('returns each paragraph’s place and sentence, then the quotation block', () => {
    expect(locateReport(locate([DOC_A], 'United States'), 'United States')).toBe(
      [
        '"United States" is in one paragraph:',
        '',
        'content/documents/doc-a.mdx:7  doc-a#russias-1-enemy-is-the-united',
        '  Russia’s #1 enemy is the United States.',
        '',
        'Ready to paste under an argument’s quotations: (or an event’s evidence:):',
        '',
        '- document: doc-a',
        "  text: 'United States'",
      ].join('\n'),
    );
  });
});
