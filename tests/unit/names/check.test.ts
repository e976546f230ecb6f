import { describe, expect, test } from 'vitest';
import { checkNames, type NameInput } from '../../../src/lib/names/check';
import { buildNameIndex } from '../../../src/lib/names/index';

const TEXT =
  'Putin and Assad met in Damascus; ISIS was not there. Hezbollah, the Party of God, was. Hafez al-Assad ruled before.';

/** The problems of `names` over one argument holding TEXT, as file, field and message. */
function problems(names: NameInput[]) {
  const index = buildNameIndex({
    names: names.map((n) => ({ id: n.id, forms: [n.name, ...n.aliases] })),
    documents: [],
    arguments: [{ id: 'arg', text: TEXT }],
    sources: [],
  });
  return checkNames(names, index);
}

const name = (id: string, n: string, aliases: string[] = []): NameInput => ({
  id,
  file: `content/names/${id}.md`,
  name: n,
  aliases,
});

describe('checkNames', () => {
  test('returns no problems when every name is mentioned and every form is its own', () => {
    expect(problems([name('putin', 'Vladimir Putin', ['Putin']), name('isis', 'ISIS', ['ISIL', 'Daesh'])])).toEqual([]);
  });

  test('refuses an alias that is an ordinary English word, naming file and field', () => {
    expect(problems([name('isis', 'ISIS', ['Islamic State', 'State'])])).toEqual([
      expect.objectContaining({
        file: 'content/names/isis.md',
        field: 'aliases[1]',
        message: expect.stringMatching(/"State" is an ordinary English word/),
      }),
    ]);
  });

  test('refuses a stop word whatever its case, "IS" in capitals included', () => {
    expect(problems([name('isis', 'ISIS', ['IS'])]).map((p) => p.field)).toEqual(['aliases[0]']);
  });

  test('refuses an alias another name has, naming the other name and its file', () => {
    const found = problems([name('assad', 'Bashar al-Assad', ['Assad']), name('hafez', 'Hafez al-Assad', ['Assad'])]);
    expect(found).toEqual([
      expect.objectContaining({
        file: 'content/names/hafez.md',
        field: 'aliases[0]',
        message: expect.stringMatching(/also a form of the name "assad" \(content\/names\/assad\.md\)/),
      }),
    ]);
  });

  test('refuses an alias that differs from another name’s only in case or spacing', () => {
    const found = problems([name('hezbollah', 'Hezbollah'), name('party', 'Party of God', ['hezbollah'])]);
    expect(found.map((p) => [p.file, p.field])).toEqual([['content/names/party.md', 'aliases[0]']]);
  });

  test('refuses a form given twice for one name', () => {
    expect(problems([name('putin', 'Putin', ['putin'])]).map((p) => p.message)).toEqual([
      '"putin" is given twice for this name',
    ]);
  });

  test('refuses a name that nothing mentions, at its name field', () => {
    expect(problems([name('kremlin', 'Kremlin', ['The Kremlin'])])).toEqual([
      expect.objectContaining({
        file: 'content/names/kremlin.md',
        field: 'name',
        message: expect.stringMatching(/nothing mentions "Kremlin"/),
      }),
    ]);
  });

  test('counts an acronym written in lower case as no mention', () => {
    expect(problems([name('hts', 'HTS')]).map((p) => p.field)).toEqual(['name']);
  });
});
