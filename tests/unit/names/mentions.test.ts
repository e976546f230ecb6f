import { describe, expect, test } from 'vitest';
import { formKey, isAcronym, mentionFinder, namesIn } from '../../../src/lib/names/mentions';

const find = mentionFinder([
  { id: 'isis', forms: ['ISIS', 'ISIL', 'Islamic State', 'Daesh'] },
  { id: 'putin', forms: ['Vladimir Putin', 'Putin'] },
  { id: 'us', forms: ['United States', 'U.S.'] },
  { id: 'israel', forms: ['Israel', 'State of Israel'] },
  { id: 'kharkiv', forms: ['Kharkiv', 'Khar’kiv'] },
  { id: 'iran', forms: ['Iran'] },
  { id: 'assad', forms: ['Bashar al-Assad', 'al-Assad', 'Assad'] },
]);

/** The words each mention covers, with its name. */
const found = (text: string) => find(text).map((m) => [m.id, text.slice(m.start, m.end)]);

describe('mentionFinder', () => {
  test.each<[string, string, string[][]]>([
    ['a whole word', 'Putin spoke.', [['putin', 'Putin']]],
    [
      'a possessive',
      "Putin’s actions and Putin's words",
      [
        ['putin', 'Putin'],
        ['putin', 'Putin'],
      ],
    ],
    ['a name inside a longer word is not a mention', 'Iranian forces and Iranians', []],
    ['an acronym in capitals', 'the fight against ISIS', [['isis', 'ISIS']]],
    ['an acronym in lower case is not a mention', 'isis and Isis the goddess', []],
    ['an acronym after a hyphen', 'anti-ISIS forces', [['isis', 'ISIS']]],
    ['an acronym with full stops', 'the U.S. and Russia', [['us', 'U.S.']]],
    [
      'a name in any case',
      'DAESH and daesh',
      [
        ['isis', 'DAESH'],
        ['isis', 'daesh'],
      ],
    ],
    ['the longest of overlapping forms', 'the Islamic State of old', [['isis', 'Islamic State']]],
    ['a longer form holding another name’s word', 'against the State of Israel.', [['israel', 'State of Israel']]],
    ['a full name, once', 'Vladimir Putin said', [['putin', 'Vladimir Putin']]],
    ['a form across a line break', 'Vladimir\n  Putin said', [['putin', 'Vladimir\n  Putin']]],
    [
      'a typographic or a straight apostrophe',
      "Khar'kiv and Khar’kiv",
      [
        ['kharkiv', "Khar'kiv"],
        ['kharkiv', 'Khar’kiv'],
      ],
    ],
    [
      'a hyphenated name, whole',
      'Bashar al-Assad and al-Assad',
      [
        ['assad', 'Bashar al-Assad'],
        ['assad', 'al-Assad'],
      ],
    ],
    ['a name followed by digits is not a mention', 'ISIS2 and Iran1', []],
  ])('finds %s', (_, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  test('returns no mentions when there are no names', () => {
    expect(mentionFinder([])('Putin')).toEqual([]);
  });

  test('gives the offsets of each mention in the text', () => {
    expect(find('Iran, Iran')).toEqual([
      { id: 'iran', start: 0, end: 4 },
      { id: 'iran', start: 6, end: 10 },
    ]);
  });

  test('finds a form that holds characters special in a regular expression', () => {
    const special = mentionFinder([{ id: 'x', forms: ['C++ (lang)', 'A/B-1'] }]);
    expect(special('We use C++ (lang) and A/B-1.').map((m) => m.id)).toEqual(['x', 'x']);
  });
});

describe('namesIn', () => {
  test('returns each name once, in order of first mention', () => {
    expect(namesIn(find, 'Iran, ISIS, Iran and Putin')).toEqual(['iran', 'isis', 'putin']);
  });
});

describe('isAcronym', () => {
  test.each([
    ['ISIS', true],
    ['U.S.', true],
    ['Isis', false],
    ['al-Assad', false],
    ['9/11', false],
  ])('returns for %s %s', (form, expected) => {
    expect(isAcronym(form)).toBe(expected);
  });
});

describe('formKey', () => {
  test('returns a name in lower case with whitespace and apostrophes made plain', () => {
    expect(formKey('  Khar’kiv   Oblast ')).toBe("khar'kiv oblast");
  });
  test('returns an acronym in its own case', () => {
    expect(formKey('ISIL')).toBe('ISIL');
  });
});
