import { describe, expect, test } from 'vitest';
import { buildNameIndex } from '../../../src/lib/names/index';

const index = buildNameIndex({
  names: [
    { id: 'putin', forms: ['Vladimir Putin', 'Putin'] },
    { id: 'iran', forms: ['Iran'] },
    { id: 'isis', forms: ['ISIS', 'Islamic State'] },
  ],
  documents: [
    {
      id: 'doc',
      blocks: [
        { anchor: 'first', text: 'Putin spoke. Then   Iran did, and Iran again.' },
        { anchor: 'second', text: 'Nothing here.' },
        { anchor: 'third', text: 'The Islamic State lost. Putin’s men won.' },
      ],
    },
  ],
  arguments: [
    { id: 'a1', text: 'Iran and ISIS' },
    { id: 'a2', text: 'Nobody named' },
  ],
  sources: [{ id: 's1', text: 'Vladimir Putin, interview' }],
});

describe('buildNameIndex', () => {
  test('lists each paragraph mentioning a name once, with the sentence of its first mention', () => {
    expect(index.paragraphs.get('iran')).toEqual([
      { document: 'doc', anchor: 'first', sentence: 'Then Iran did, and Iran again.' },
    ]);
    expect(index.paragraphs.get('putin')).toEqual([
      { document: 'doc', anchor: 'first', sentence: 'Putin spoke.' },
      { document: 'doc', anchor: 'third', sentence: 'Putin’s men won.' },
    ]);
  });

  test('lists the arguments and sources mentioning a name', () => {
    expect(index.arguments.get('isis')).toEqual(['a1']);
    expect(index.sources.get('putin')).toEqual(['s1']);
    expect(index.arguments.get('putin')).toBeUndefined();
  });

  test('lists the names each page mentions, in order of first mention', () => {
    expect(index.ofDocument.get('doc')).toEqual(['putin', 'iran', 'isis']);
    expect(index.ofArgument.get('a1')).toEqual(['iran', 'isis']);
    expect(index.ofArgument.get('a2')).toEqual([]);
    expect(index.ofSource.get('s1')).toEqual(['putin']);
  });
});
