import { describe, expect, test } from 'vitest';
import { eventSchema } from '../../../src/schemas/event';
import { soundCorpus } from '../../fixtures/unit/corpus';
import { issuePaths, without } from '../../fixtures/unit/issues';

const event = soundCorpus().events[0]?.data;
if (!event) throw new Error('the fixture corpus needs an event');

describe('eventSchema', () => {
  test('returns the ids of the sources and arguments', () => {
    expect(eventSchema.parse(event)).toMatchObject({
      sources: ['src-report'],
      arguments: ['arg-talk', 'arg-distrust'],
    });
  });

  test('returns the document id of each piece of evidence', () => {
    expect(eventSchema.parse(event).evidence[0]?.document).toEqual('doc-b');
  });

  test('returns no sources when they are not given', () => {
    expect(eventSchema.parse(without(event, 'sources')).sources).toEqual([]);
  });

  test.each(['title', 'date', 'summary', 'evidence', 'arguments'])(
    'returns an error at %s when it is missing',
    (field) => {
      expect(issuePaths(eventSchema.safeParse(without(event, field)))).toEqual([[field]]);
    },
  );

  test('returns an error at evidence when there is none', () => {
    expect(issuePaths(eventSchema.safeParse({ ...event, evidence: [] }))).toEqual([['evidence']]);
  });

  test('returns an error at arguments when there are none', () => {
    expect(issuePaths(eventSchema.safeParse({ ...event, arguments: [] }))).toEqual([['arguments']]);
  });

  test('returns an error at date.precision when an exact date has no day', () => {
    expect(issuePaths(eventSchema.safeParse({ ...event, date: { value: '2017-07', precision: 'exact' } }))).toEqual([
      ['date', 'precision'],
    ]);
  });
});
