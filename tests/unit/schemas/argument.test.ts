import { describe, expect, test } from 'vitest';
import { argumentSchema, quotationSchema } from '../../../src/schemas/argument';
import { QUOTES, soundCorpus } from '../../fixtures/unit/corpus';
import { issuePaths, without } from '../../fixtures/unit/issues';

const [distrust, sanctions] = soundCorpus().arguments.map((a) => a.data);
if (!distrust || !sanctions) throw new Error('the fixture corpus needs arguments');

describe('argumentSchema', () => {
  test('returns the ids of a quotation’s document and quoted work', () => {
    expect(argumentSchema.parse(distrust).quotations[0]).toEqual({
      document: 'doc-a',
      anchor: 'russias-1-enemy-is-the-united',
      text: 'Russia’s #1 enemy is the United States.',
      quoting: 'src-speech',
    });
  });

  test('returns the ids of cited sources and related arguments', () => {
    expect(argumentSchema.parse(distrust)).toMatchObject({
      cites: ['src-report', 'src-speech'],
      related: ['arg-sanctions'],
    });
  });

  test('returns empty questions, cites, related and rebuts when they are not given', () => {
    const { questions: _q, cites: _c, related: _r, rebuts: _b, ...bare } = sanctions;
    expect(argumentSchema.parse(bare)).toMatchObject({ questions: [], cites: [], related: [], rebuts: [] });
  });

  test.each(['title', 'stance', 'summary', 'quotations', 'topics'])(
    'returns an error at %s when it is missing',
    (field) => {
      expect(issuePaths(argumentSchema.safeParse(without(sanctions, field)))).toEqual([[field]]);
    },
  );

  test('returns an error at quotations when there are none', () => {
    expect(issuePaths(argumentSchema.safeParse({ ...sanctions, quotations: [] }))).toEqual([['quotations']]);
  });

  test('returns the schema’s message when there are no quotations', () => {
    expect(argumentSchema.safeParse({ ...sanctions, quotations: [] }).error?.issues[0]?.message).toBe(
      'an argument needs at least one quotation',
    );
  });

  test.each<[string, Record<string, unknown>, PropertyKey[]]>([
    ['an unknown stance', { stance: 'neutral' }, ['stance']],
    ['a topic that is not an id', { topics: ['sanctions', 7] }, ['topics', 1]],
    ['no topics', { topics: [] }, ['topics']],
    ['an empty summary', { summary: '' }, ['summary']],
    [
      'a quotation without an anchor',
      { quotations: [{ ...QUOTES.sanctions, anchor: '' }] },
      ['quotations', 0, 'anchor'],
    ],
    ['a quotation without words', { quotations: [{ ...QUOTES.sanctions, text: '' }] }, ['quotations', 0, 'text']],
    ['a quotation without a document', { quotations: [{ anchor: 'a', text: 'words' }] }, ['quotations', 0, 'document']],
    ['a question without words', { questions: [{ ...QUOTES.phoneCall, text: '' }] }, ['questions', 0, 'text']],
    ['a cite that is not an id', { cites: ['src-report', true] }, ['cites', 1]],
    ['a cite written as an object', { cites: [{ id: 'doc-a' }] }, ['cites', 0]],
    ['a rebuttal that is not an id', { rebuts: [null] }, ['rebuts', 0]],
  ])('returns an error naming the field when given %s', (_case, patch, path) => {
    expect(issuePaths(argumentSchema.safeParse({ ...sanctions, ...patch }))).toEqual([path]);
  });

  test('returns the schema’s message when there are no topics', () => {
    expect(argumentSchema.safeParse({ ...sanctions, topics: [] }).error?.issues[0]?.message).toBe(
      'name at least one topic',
    );
  });
});

describe('quotationSchema', () => {
  test('returns the quotation without quoting when the document quotes no other work', () => {
    expect(quotationSchema.parse(QUOTES.sanctions)).not.toHaveProperty('quoting');
  });
});
