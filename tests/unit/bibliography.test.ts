import { describe, expect, test } from 'vitest';
import {
  bibliographyBibtex,
  bibliographyCsl,
  bibliographyRis,
  type BibliographyInput,
} from '../../src/lib/bibliography';
import { documentSchema } from '../../src/schemas/document';
import { sourceSchema } from '../../src/schemas/source';

const input: BibliographyInput = {
  documents: [
    {
      id: 'post',
      data: documentSchema.parse({
        title: 'A Post',
        author: { kind: 'unknown', note: 'Unsigned.' },
        outlet: 'a blog',
        published: { value: '2017-06', precision: 'approximate' },
        url: 'http://example.org/?p=1',
        stance: 'against',
        summary: 'S.',
        capture: 'post.txt',
      }),
    },
  ],
  sources: [
    {
      id: 'work',
      data: sourceSchema.parse({
        title: 'A Work',
        author: { kind: 'person', name: 'Ann Bee' },
        outlet: null,
        kind: 'article',
        date: null,
      }),
    },
  ],
};

describe('bibliographyBibtex', () => {
  test('returns the documents then the sources, separated by a blank line', () => {
    expect(bibliographyBibtex(input)).toBe(
      '@misc{document-post,\n  title = {{A Post}},\n  howpublished = {a blog},\n  year = {2017},\n  date = {2017~},\n  note = {Date approximate},\n  url = {http://example.org/?p=1},\n}\n\n@misc{source-work,\n  author = {Bee, Ann},\n  title = {{A Work}},\n}\n',
    );
  });
});

describe('bibliographyCsl', () => {
  test('returns a CSL-JSON array of the documents then the sources', () => {
    expect(JSON.parse(bibliographyCsl(input))).toEqual([
      {
        id: 'document-post',
        type: 'post-weblog',
        title: 'A Post',
        'container-title': 'a blog',
        issued: { 'date-parts': [[2017]], circa: true },
        URL: 'http://example.org/?p=1',
      },
      { id: 'source-work', type: 'article-magazine', title: 'A Work', author: [{ family: 'Bee', given: 'Ann' }] },
    ]);
  });
});

describe('bibliographyRis', () => {
  test('returns the documents then the sources, one record after another', () => {
    expect(bibliographyRis(input)).toBe(
      'TY  - BLOG\r\nTI  - A Post\r\nT2  - a blog\r\nPY  - 2017\r\nN1  - Date approximate\r\nUR  - http://example.org/?p=1\r\nER  - \r\n' +
        'TY  - MGZN\r\nAU  - Bee, Ann\r\nTI  - A Work\r\nER  - \r\n',
    );
  });
});
