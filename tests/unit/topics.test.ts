import { describe, expect, test } from 'vitest';
import { buildTopicIndex } from '../../src/lib/topics';

const ARGS = [
  { id: 'a1', topics: ['sanctions', 'allies'], documents: ['doc-b'] },
  { id: 'a2', topics: ['allies'], documents: ['doc-a', 'doc-b'] },
  { id: 'a3', topics: ['counter-terrorism'], documents: ['doc-a'] },
] as const;

/** The topics in the order the site lists them, as `site.yaml` gives them. */
const TOPICS = [
  { id: 'counter-terrorism', label: 'Counter-terrorism' },
  { id: 'allies', label: 'Allies and partners' },
  { id: 'sanctions', label: 'Sanctions' },
  { id: 'unused', label: 'A topic no argument names' },
];

describe('buildTopicIndex', () => {
  test('returns only the topics that have arguments, in the order the topics are given', () => {
    expect(buildTopicIndex(TOPICS, ARGS).map((t) => t.id)).toEqual(['counter-terrorism', 'allies', 'sanctions']);
  });

  test('returns the order of the given topics whatever order the arguments name them in', () => {
    expect(buildTopicIndex([...TOPICS].reverse(), ARGS).map((t) => t.id)).toEqual([
      'sanctions',
      'allies',
      'counter-terrorism',
    ]);
  });

  test('returns each topic’s label as given', () => {
    expect(buildTopicIndex(TOPICS, ARGS).find((t) => t.id === 'allies')?.label).toBe('Allies and partners');
  });

  test('returns the arguments on a topic in the order they were given', () => {
    expect(buildTopicIndex(TOPICS, ARGS).find((t) => t.id === 'allies')?.arguments).toEqual(['a1', 'a2']);
  });

  test('returns each document quoted by an argument on the topic once', () => {
    expect(
      buildTopicIndex(TOPICS, ARGS)
        .find((t) => t.id === 'allies')
        ?.documents.sort(),
    ).toEqual(['doc-a', 'doc-b']);
  });

  test('returns documents in the given document order when one is given', () => {
    expect(buildTopicIndex(TOPICS, ARGS, ['doc-a', 'doc-b']).find((t) => t.id === 'allies')?.documents).toEqual([
      'doc-a',
      'doc-b',
    ]);
    expect(buildTopicIndex(TOPICS, ARGS, ['doc-b', 'doc-a']).find((t) => t.id === 'allies')?.documents).toEqual([
      'doc-b',
      'doc-a',
    ]);
  });

  test('returns a document only under the topics of the arguments that quote it', () => {
    expect(buildTopicIndex(TOPICS, ARGS).find((t) => t.id === 'sanctions')?.documents).toEqual(['doc-b']);
  });

  test('returns an argument once under a topic it names twice', () => {
    expect(buildTopicIndex(TOPICS, [{ id: 'a', topics: ['allies', 'allies'], documents: [] }])[0]?.arguments).toEqual([
      'a',
    ]);
  });

  test('returns no topics when there are no arguments', () => {
    expect(buildTopicIndex(TOPICS, [])).toEqual([]);
  });

  test('returns every topic once when 10,000 arguments share them', () => {
    const topics = TOPICS.map((t) => t.id);
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      id: `a${i}`,
      topics: [topics[i % topics.length]!],
      documents: [`d${i % 7}`],
    }));
    const index = buildTopicIndex(TOPICS, many);
    expect(index.map((t) => t.id)).toEqual(topics);
    expect(index.reduce((n, t) => n + t.arguments.length, 0)).toBe(10_000);
    expect(index.every((t) => t.documents.length === 7)).toBe(true);
  });
});
