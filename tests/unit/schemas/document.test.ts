import { describe, expect, test } from 'vitest';
import { citationSchema, documentSchema } from '../../../src/schemas/document';
import { soundCorpus } from '../../fixtures/unit/corpus';
import { issuePaths, without } from '../../fixtures/unit/issues';

const [docA, docB] = soundCorpus().documents.map((d) => d.data);
if (!docA || !docB) throw new Error('the fixture corpus needs two documents');

describe('documentSchema', () => {
  test('returns the published Date YAML gives as a date string', () => {
    expect(documentSchema.parse(docA).published).toEqual({ value: '2016-10-10', precision: 'exact' });
  });

  test('returns each cited source by its id', () => {
    expect(documentSchema.parse(docA).cites).toEqual([
      {
        source: 'src-report',
        anchor: 'the-report-russia-and-the-west',
        text: '“Russia and the West”',
      },
    ]);
  });

  test('returns empty furniture, lost and cites lists when they are not given', () => {
    expect(documentSchema.parse(docB)).toMatchObject({ furniture: [], lost: [], cites: [] });
  });

  test('returns the edited date when given', () => {
    expect(documentSchema.parse({ ...docB, edited: { value: '2017-07-12', precision: 'exact' } }).edited).toEqual({
      value: '2017-07-12',
      precision: 'exact',
    });
  });

  test.each(['title', 'author', 'outlet', 'published', 'url', 'stance', 'summary', 'capture'])(
    'returns an error at %s when it is missing',
    (field) => {
      expect(issuePaths(documentSchema.safeParse(without(docB, field)))).toEqual([[field]]);
    },
  );

  test.each<[string, Record<string, unknown>, PropertyKey[]]>([
    ['an unknown stance', { stance: 'neutral' }, ['stance']],
    ['an empty title', { title: '' }, ['title']],
    ['a capture that is not a .txt file', { capture: 'doc-b.html' }, ['capture']],
    ['a capture in a subfolder', { capture: '../doc-b.txt' }, ['capture']],
    ['a url without http(s)', { url: 'ftp://x.org/a' }, ['url']],
    [
      'a published precision that does not fit the date',
      { published: { value: '2017-06', precision: 'exact' } },
      ['published', 'precision'],
    ],
    [
      'an edited date that does not exist',
      { edited: { value: '2017-02-30', precision: 'exact' } },
      ['edited', 'value'],
    ],
    ['an empty furniture line', { furniture: [''] }, ['furniture', 0]],
    ['a citation without words', { cites: [{ source: 'src-report', anchor: 'a', text: '' }] }, ['cites', 0, 'text']],
    ['a citation without a source', { cites: [{ anchor: 'a', text: 'words' }] }, ['cites', 0, 'source']],
    ['an unknown author kind', { author: { kind: 'collective', name: 'X' } }, ['author', 'kind']],
  ])('returns an error naming the field when given %s', (_case, patch, path) => {
    expect(issuePaths(documentSchema.safeParse({ ...docB, ...patch }))).toEqual([path]);
  });
});

describe('citationSchema', () => {
  test('returns an error at anchor when the anchor is empty', () => {
    expect(issuePaths(citationSchema.safeParse({ source: 'src-report', anchor: '', text: 'words' }))).toEqual([
      ['anchor'],
    ]);
  });
});
