import { describe, expect, test } from 'vitest';
import { captureParagraphs, isListLine } from '../../src/lib/captures';
import { DOC_A_CAPTURE, FURNITURE } from '../fixtures/unit/corpus';

describe('captureParagraphs', () => {
  test.each<[string, string, string[]]>([
    ['blank lines separate paragraphs', 'One.\n\nTwo.\n\n\n\nThree.', ['One.', 'Two.', 'Three.']],
    ['whitespace-only lines separate paragraphs', 'One.\n \t \nTwo.', ['One.', 'Two.']],
    ['a paragraph spans lines', 'One line\nand the next.', ['One line and the next.']],
    ['runs of whitespace and no-break spaces', 'Statement:\u00a0 At  the\tdebate', ['Statement: At the debate']],
    ['Windows line endings', 'One.\r\n\r\nTwo\r\nlines.', ['One.', 'Two lines.']],
    ['"•" bullets, one per line', '  • First point.\n  • Second point.', ['First point.', 'Second point.']],
    [
      '"•" bullets after a lead-in line',
      'Talking Points:\n• First.\n• Second.',
      ['Talking Points:', 'First.', 'Second.'],
    ],
    [
      '"1." numbered lines',
      '1. Deconfliction.\n2. Intelligence.\n10. Tenth.',
      ['Deconfliction.', 'Intelligence.', 'Tenth.'],
    ],
    ['an indented numbered line', '  1. No Comments', ['No Comments']],
    ['a bullet without a following space', '•Tight', ['•Tight']],
    ['a number inside a line', 'In 2014. he retired', ['In 2014. he retired']],
    ['curly and straight punctuation', "Trump’s “plan” isn't new.", ["Trump’s “plan” isn't new."]],
    ['only blank lines', '\n\n  \n', []],
  ])('returns the paragraphs when %s', (_case, capture, expected) => {
    expect(captureParagraphs(capture)).toEqual(expected);
  });

  test('returns one paragraph per "-" bullet, without the bullet, when a capture lists with hyphens', () => {
    expect(captureParagraphs('- First point.\n- Second point.')).toEqual(['First point.', 'Second point.']);
  });

  test('returns the paragraphs without the furniture lines when furniture is given', () => {
    expect(captureParagraphs(DOC_A_CAPTURE, FURNITURE)).toEqual([
      'Should We Trust Russia’s Offer?',
      'The report “Russia and the West” says Moscow’s aims are not ours. It’s a point worth repeating.',
      'Russia’s #1 enemy is the United States.',
      'Further reading',
      'Sanctions should stay in place.',
      'Allies in Europe are watching.',
      'Deconfliction is not cooperation.',
      'Intelligence sharing is a risk.',
    ]);
  });

  test('returns the furniture lines as paragraphs when no furniture is given', () => {
    expect(captureParagraphs(DOC_A_CAPTURE).slice(-2)).toEqual([
      'No Comments',
      'You can add images to your comment by clicking here.',
    ]);
  });

  test('returns the line when furniture names it with different whitespace or bullet', () => {
    expect(captureParagraphs('Kept.\n\n   1.   No    Comments  ', ['No Comments'])).toEqual(['Kept.']);
  });

  test('returns a paragraph that only resembles furniture', () => {
    expect(captureParagraphs('No Comments yet.\n\nno comments', ['1. No Comments'])).toEqual([
      'No Comments yet.',
      'no comments',
    ]);
  });
});

describe('isListLine', () => {
  test.each(['- a', '* a', '• a', '1. a', '99. a', '  - a', '- '])('returns true for %j', (line) => {
    expect(isListLine(line)).toBe(true);
  });

  test.each(['-a', '-', '100. a', '1.5 a', 'a - b'])('returns false for %j', (line) => {
    expect(isListLine(line)).toBe(false);
  });
});
