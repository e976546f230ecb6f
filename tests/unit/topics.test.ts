import { describe, expect, test } from 'vitest';
import { buildTopicIndex } from '../../src/lib/topics';
import { TOPICS } from '../../src/schemas/topic';

const ARGS = [
  { id: 'a1', topics: ['sanctions', 'allies'], documents: ['doc-b'] },
  { id: 'a2', topics: ['allies'], documents: ['doc-a', 'doc-b'] },
  { id: 'a3', topics: ['counter-terrorism'], documents: ['doc-a'] },
] as const;

describe('buildTopicIndex', () => {
  test('returns only the topics that have arguments, in the order of TOPICS', () => {
    const order = Object.keys(TOPICS);
    const ids = buildTopicIndex(ARGS).map((t) => t.id);
    expect(ids).toEqual(['counter-terrorism', 'sanctions', 'allies'].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  test('returns each topic’s label from TOPICS', () => {
    expect(buildTopicIndex(ARGS).find((t) => t.id === 'allies')?.label).toBe(TOPICS.allies);
  });

  test('returns the arguments on a topic in the order they were given', () => {
    expect(buildTopicIndex(ARGS).find((t) => t.id === 'allies')?.arguments).toEqual(['a1', 'a2']);
  });

  test('returns each document quoted by an argument on the topic once', () => {
    expect(buildTopicIndex(ARGS).find((t) => t.id === 'allies')?.documents.sort()).toEqual(['doc-a', 'doc-b']);
  });

  test('returns documents in the given document order when one is given', () => {
    expect(buildTopicIndex(ARGS, ['doc-a', 'doc-b']).find((t) => t.id === 'allies')?.documents).toEqual(['doc-a', 'doc-b']);
    expect(buildTopicIndex(ARGS, ['doc-b', 'doc-a']).find((t) => t.id === 'allies')?.documents).toEqual(['doc-b', 'doc-a']);
  });

  test('returns a document only under the topics of the arguments that quote it', () => {
    expect(buildTopicIndex(ARGS).find((t) => t.id === 'sanctions')?.documents).toEqual(['doc-b']);
  });

  test('returns an argument once under a topic it names twice', () => {
    expect(buildTopicIndex([{ id: 'a', topics: ['allies', 'allies'], documents: [] }])[0]?.arguments).toEqual(['a']);
  });

  test('returns no topics when there are no arguments', () => {
    expect(buildTopicIndex([])).toEqual([]);
  });

  test('returns every topic once when 10,000 arguments share them', () => {
    const topics = Object.keys(TOPICS) as Array<keyof typeof TOPICS>;
    const many = Array.from({ length: 10_000 }, (_, i) => ({ id: `a${i}`, topics: [topics[i % topics.length]!], documents: [`d${i % 7}`] }));
    const index = buildTopicIndex(many);
    expect(index.map((t) => t.id)).toEqual(topics);
    expect(index.reduce((n, t) => n + t.arguments.length, 0)).toBe(10_000);
    expect(index.every((t) => t.documents.length === 7)).toBe(true);
  });
});
