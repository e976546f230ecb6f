import { describe, expect, test } from 'vitest';
import {
  agent,
  claimJsonLd,
  distinctAgents,
  documentJsonLd,
  isoDate,
  serializeJsonLd,
  sourceJsonLd,
  webPageJsonLd,
} from '../../src/lib/structured-data';
import { datedSchema, type Author } from '../../src/schemas/common';
import { documentSchema } from '../../src/schemas/document';
import { sourceSchema } from '../../src/schemas/source';

const PAGE = 'http://localhost:4321/sources/x/';
const DOC_PAGE = 'http://localhost:4321/documents/d/';
const sipher: Author = { kind: 'person', name: 'John Sipher' };
const jhi: Author = { kind: 'organisation', name: 'John Hay Initiative' };
const unknown: Author = { kind: 'unknown', note: 'Unsigned.' };
const source = (extra: Record<string, unknown>) =>
  sourceSchema.parse({
    title: 'A Work',
    author: sipher,
    outlet: 'The Cipher Brief',
    kind: 'op-ed',
    date: { value: '2017-06', precision: 'approximate' },
    ...extra,
  });
const doc = (extra: Record<string, unknown>) =>
  documentSchema.parse({
    title: 'A Post',
    author: jhi,
    outlet: 'JHI blog (choosingtolead.net)',
    published: { value: '2016-10-10', precision: 'exact' },
    url: 'http://www.choosingtolead.net/post',
    stance: 'against',
    summary: 'Our summary.',
    capture: 'd.txt',
    ...extra,
  });

describe('isoDate', () => {
  test.each<[string, string, string]>([
    ['2016-10-10', 'exact', '2016-10-10'],
    ['2017-07', 'month', '2017-07'],
    ['2015', 'year', '2015'],
    ['2017-06', 'approximate', '2017'],
    ['2017-07-12', 'approximate', '2017'],
  ])('returns %s (%s) as %s', (value, precision, expected) => {
    expect(isoDate(datedSchema.parse({ value, precision }))).toBe(expected);
  });
});

describe('agent', () => {
  test.each<[Author, unknown]>([
    [sipher, { '@type': 'Person', name: 'John Sipher' }],
    [jhi, { '@type': 'Organization', name: 'John Hay Initiative' }],
    [unknown, undefined],
  ])('returns the schema.org agent for a %o', (author, expected) => {
    expect(agent(author)).toEqual(expected);
  });
});

describe('distinctAgents', () => {
  test('returns each known author once, in order, without unknown ones', () => {
    expect(distinctAgents([jhi, unknown, sipher, jhi])).toEqual([agent(jhi), agent(sipher)]);
  });
});

describe('sourceJsonLd', () => {
  test('returns a CreativeWork with no url when none is verified, and the year of an approximate date', () => {
    expect(sourceJsonLd({ pageUrl: PAGE, data: source({}) })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'CreativeWork',
      '@id': `${PAGE}#work`,
      name: 'A Work',
      author: { '@type': 'Person', name: 'John Sipher' },
      datePublished: '2017',
      mainEntityOfPage: PAGE,
    });
  });

  test('returns no author and no date when both are unknown, and the verified url', () => {
    const ld = sourceJsonLd({
      pageUrl: PAGE,
      data: source({ author: unknown, date: null, url: 'https://example.org/w' }),
    });
    expect([ld['author'], ld['datePublished'], ld['url']]).toEqual([undefined, undefined, 'https://example.org/w']);
  });
});

describe('documentJsonLd', () => {
  test('returns a BlogPosting for a blog, with its author, exact date, citations and the original as url', () => {
    const ld = documentJsonLd({ pageUrl: DOC_PAGE, data: doc({}) }, [{ pageUrl: PAGE, data: source({}) }]);
    expect(ld).toMatchObject({
      '@type': 'BlogPosting',
      '@id': `${DOC_PAGE}#document`,
      headline: 'A Post',
      url: 'http://www.choosingtolead.net/post',
      author: { '@type': 'Organization', name: 'John Hay Initiative' },
      datePublished: '2016-10-10',
      isPartOf: { '@type': 'Blog', name: 'JHI blog (choosingtolead.net)' },
      citation: [{ '@type': 'CreativeWork', '@id': `${PAGE}#work`, name: 'A Work' }],
      mainEntityOfPage: DOC_PAGE,
    });
  });

  test('returns an Article without author when the outlet is not a blog and the author unknown', () => {
    const ld = documentJsonLd({ pageUrl: DOC_PAGE, data: doc({ outlet: 'The Times', author: unknown }) }, []);
    expect([ld['@type'], 'author' in ld]).toEqual(['Article', false]);
  });
});

describe('claimJsonLd', () => {
  test('returns a Claim appearing in its documents, first appearance first, with the distinct known authors', () => {
    const ld = claimJsonLd({
      pageUrl: 'http://localhost:4321/arguments/a/',
      title: 'A claim.',
      summary: 'In brief.',
      appearances: [{ pageUrl: DOC_PAGE, data: doc({}) }],
      authors: [jhi, unknown, jhi, sipher],
    });
    expect(ld).toMatchObject({
      '@type': 'Claim',
      name: 'A claim.',
      appearance: [{ '@type': 'BlogPosting', '@id': `${DOC_PAGE}#document` }],
      firstAppearance: { '@id': `${DOC_PAGE}#document` },
      author: [agent(jhi), agent(sipher)],
    });
  });

  test('returns no author when every author is unknown', () => {
    const ld = claimJsonLd({ pageUrl: 'http://h/a/', title: 't', summary: 's', appearances: [], authors: [unknown] });
    expect('author' in ld).toBe(false);
  });
});

describe('webPageJsonLd', () => {
  test('returns a WebPage that is part of the site', () => {
    expect(webPageJsonLd('http://h/about/', 'About', 'How.', { url: 'http://h/', name: 'A site' })).toMatchObject({
      '@type': 'WebPage',
      url: 'http://h/about/',
      isPartOf: { '@id': 'http://h/#website', name: 'A site' },
    });
  });
});

describe('serializeJsonLd', () => {
  test('returns JSON in which no content can close the script element', () => {
    const text = serializeJsonLd({ '@type': 'Thing', name: '</script><!-- & \u2028' });
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual({ '@type': 'Thing', name: '</script><!-- & \u2028' });
  });
});
