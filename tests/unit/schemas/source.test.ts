import { describe, expect, test } from 'vitest';
import { sourceKindSchema, sourceSchema } from '../../../src/schemas/source';
import { soundCorpus } from '../../fixtures/unit/corpus';
import { issuePaths, without } from '../../fixtures/unit/issues';

const [report, speech] = soundCorpus().sources.map((s) => s.data);
if (!report || !speech) throw new Error('the fixture corpus needs two sources');

describe('sourceSchema', () => {
  test('returns the source with an empty related list when related is not given', () => {
    expect(sourceSchema.parse(report)).toEqual({ ...report, related: [] });
  });

  test('returns null outlet and date when they are unknown', () => {
    expect(sourceSchema.parse(speech)).toMatchObject({ outlet: null, date: null });
  });

  test('returns the source without a url when none is verified', () => {
    expect(sourceSchema.parse(speech).url).toBeUndefined();
  });

  test('returns the related links when given', () => {
    const related = [{ url: 'https://example.org/quoting', label: 'A report quoting it' }];
    expect(sourceSchema.parse({ ...report, related }).related).toEqual(related);
  });

  test.each(['title', 'author', 'outlet', 'kind', 'date'])('returns an error at %s when it is missing', (field) => {
    expect(issuePaths(sourceSchema.safeParse(without(report, field)))).toEqual([[field]]);
  });

  test.each<[string, Record<string, unknown>, PropertyKey[]]>([
    ['an empty title', { title: '' }, ['title']],
    ['an empty title note', { titleNote: '' }, ['titleNote']],
    ['an unknown kind', { kind: 'podcast' }, ['kind']],
    ['a local url', { url: 'http://localhost/report' }, ['url']],
    ['a date with a precision it lacks', { date: { value: '2016', precision: 'exact' } }, ['date', 'precision']],
    ['a date that does not exist', { date: { value: '2016-02-30', precision: 'exact' } }, ['date', 'value']],
    ['a related link without a label', { related: [{ url: 'https://example.org' }] }, ['related', 0, 'label']],
    ['an author without a kind', { author: { name: 'Jane Roe' } }, ['author', 'kind']],
    ['an empty unverified note', { unverified: '' }, ['unverified']],
  ])('returns an error naming the field when given %s', (_case, patch, path) => {
    expect(issuePaths(sourceSchema.safeParse({ ...report, ...patch }))).toEqual([path]);
  });
});

describe('sourceKindSchema', () => {
  test.each(['article', 'op-ed', 'report', 'transcript', 'video', 'book'])('returns %s when given it', (kind) => {
    expect(sourceKindSchema.parse(kind)).toBe(kind);
  });
});
