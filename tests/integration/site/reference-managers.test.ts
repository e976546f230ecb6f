// What reference managers read from the built site, each read with a parser that is not ours and
// compared field by field with the content: /bibliography.ris through citation.js's RIS plugin, the
// Highwire `citation_*` meta tags of every document and source page through parse5, and the COinS
// spans of /sources/ and every source page as OpenURL KEV through URLSearchParams.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { Cite, type CslData } from '@citation-js/core';
import '@citation-js/plugin-ris';
import { parse } from 'parse5';
import { loadContent } from '../../../scripts/lib/content.ts';
import { loadSite } from '../../../scripts/lib/site-checks.ts';
import type { Author, Dated } from '../../../src/schemas/common.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const site = loadSite(path.join(root, 'dist'));
const content = loadContent();

/** One work as the content describes it, in the terms every check below needs. */
interface Expected {
  page: string;
  title: string;
  author: Author;
  /** The outlet, and whether it is a periodical, a publisher (book, report), an event or another container. */
  container: string | null;
  role: 'periodical' | 'publisher' | 'institution' | 'event' | 'other';
  date: Dated | null;
  url: string | undefined;
  /** The CSL type citation.js gives the RIS type this kind of work should have. */
  risType: string;
}

const SOURCE_ROLES = {
  article: 'periodical',
  'op-ed': 'periodical',
  book: 'publisher',
  report: 'institution',
  transcript: 'event',
  video: 'other',
} as const;
// MGZN, BOOK, RPRT, GEN (RIS has no type for a speech or debate) and VIDEO, as citation.js reads them.
const RIS_TYPES = {
  article: 'article-magazine',
  'op-ed': 'article-magazine',
  book: 'book',
  report: 'report',
  transcript: 'document',
  video: 'motion_picture',
} as const;
const documents: Expected[] = content.documents.map(({ id, data }) => ({
  page: `documents/${id}/index.html`,
  title: data.title,
  author: data.author,
  container: data.outlet,
  role: 'other',
  date: data.published,
  url: data.url,
  risType: /\bblog\b/i.test(data.outlet) ? 'post-weblog' : 'webpage',
}));
const sources: Expected[] = content.sources.map(({ id, data }) => ({
  page: `sources/${id}/index.html`,
  title: data.title,
  author: data.author,
  container: data.outlet,
  role: SOURCE_ROLES[data.kind],
  date: data.date,
  url: data.url,
  risType: RIS_TYPES[data.kind],
}));

/** The date at the precision every output gives: an approximate date is its year only. */
const parts = (date: Dated): string[] =>
  date.precision === 'approximate' ? [date.value.slice(0, 4)] : date.value.split('-');
/** Family name and given names as the site splits a person's name: the last word is the family name. */
const nameParts = (name: string) => ({
  family: name.split(' ').at(-1) ?? name,
  given: name.split(' ').slice(0, -1).join(' '),
});

type Node = { nodeName: string; attrs?: Array<{ name: string; value: string }>; childNodes?: Node[] };
function elements(node: Node, out: Node[] = []): Node[] {
  out.push(node);
  for (const child of node.childNodes ?? []) elements(child, out);
  return out;
}
const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;
const parsed = (file: string): Node[] => {
  const html = site.pages.get(file);
  assert.ok(html, `${file} was not built`);
  return elements(parse(html) as unknown as Node);
};

describe('/bibliography.ris, read by citation.js', () => {
  const text = readFileSync(path.join(site.dir, 'bibliography.ris'), 'utf8');

  test('ends every line in CRLF and every record with ER', () => {
    assert.ok(!/[^\r]\n/.test(text), 'a line ends in a bare LF');
    assert.equal(text.match(/^TY {2}- /gm)?.length, documents.length + sources.length);
    assert.equal(text.match(/^ER {2}- \r$/gm)?.length, documents.length + sources.length);
  });

  test('holds every document and source, each field as the content has it', async () => {
    const items: CslData[] = (await Cite.async(text)).data;
    assert.equal(items.length, documents.length + sources.length);
    const byTitle = new Map([...documents, ...sources].map((w) => [w.title, w]));
    assert.equal(byTitle.size, items.length, 'two works share a title');
    items.forEach((item, i) => {
      const work = byTitle.get(item.title ?? '');
      assert.ok(work, `record ${i + 1}: no work titled “${item.title}”`);
      byTitle.delete(work.title);
      const where = `record ${i + 1} (${work.page})`;
      assert.equal(item.type, work.risType, where);
      const { author } = work;
      assert.deepEqual(
        item.author,
        author.kind === 'person'
          ? [nameParts(author.name)]
          : author.kind === 'organisation'
            ? [{ literal: author.name }]
            : undefined,
        where,
      );
      // PB for books, reports and videos; T2, which citation.js reads as the collection of a web page.
      const field = ['book', 'report', 'motion_picture'].includes(work.risType)
        ? 'publisher'
        : work.risType === 'webpage'
          ? 'collection-title'
          : 'container-title';
      assert.equal(item[field], work.container ?? undefined, where);
      assert.deepEqual(item.issued?.['date-parts'], work.date ? [parts(work.date).map(Number)] : undefined, where);
      assert.equal(item.note, work.date?.precision === 'approximate' ? 'Date approximate' : undefined, where);
      assert.equal(item.URL, work.url, where);
    });
  });
});

describe('Highwire citation_* meta tags, read by parse5', () => {
  for (const work of [...documents, ...sources]) {
    test(`${work.page} describes ${work.page.startsWith('documents') ? 'the original' : 'the work'}`, () => {
      const nodes = parsed(work.page);
      const head = nodes.find((n) => n.nodeName === 'head');
      assert.ok(head);
      const inHead = new Set(elements(head));
      const tags = nodes.filter((n) => n.nodeName === 'meta' && attr(n, 'name')?.startsWith('citation_'));
      assert.ok(
        tags.every((n) => inHead.has(n)),
        'a citation_ tag outside <head>',
      );
      const got = tags.map((n) => [attr(n, 'name'), attr(n, 'content')]);
      const { author, date, container } = work;
      const authorName =
        author.kind === 'person'
          ? `${nameParts(author.name).family}, ${nameParts(author.name).given}`
          : author.kind === 'organisation'
            ? author.name
            : undefined;
      const day = date && parts(date).join('/');
      const containerTag = {
        periodical: 'citation_journal_title',
        institution: 'citation_technical_report_institution',
        publisher: 'citation_publisher',
        other: 'citation_publisher',
        event: undefined,
      }[work.role];
      const expected = [
        ['citation_title', work.title],
        ...(authorName ? [['citation_author', authorName]] : []),
        ...(day
          ? [
              ['citation_publication_date', day],
              ['citation_date', day],
            ]
          : []),
        ...(containerTag && container ? [[containerTag, container]] : []),
        ...(work.url
          ? [
              ['citation_public_url', work.url],
              ['citation_abstract_html_url', work.url],
            ]
          : []),
      ];
      assert.deepEqual(got, expected);
    });
  }
});

describe('COinS spans, read as OpenURL KEV by URLSearchParams', () => {
  const kevsOf = (file: string) =>
    parsed(file)
      .filter((n) => n.nodeName === 'span' && attr(n, 'class') === 'Z3988')
      .map((n) => {
        assert.equal(n.childNodes?.length ?? 0, 0, `${file}: a COinS span is not empty`);
        return new URLSearchParams(attr(n, 'title') ?? '');
      });

  /** The KEV a work must have, from the content. */
  function expectedKev(work: Expected): Record<string, string> {
    const fmt =
      work.role === 'periodical' ? 'journal' : work.role === 'publisher' || work.role === 'institution' ? 'book' : 'dc';
    const kev: Record<string, string> = { ctx_ver: 'Z39.88-2004', rft_val_fmt: `info:ofi/fmt:kev:mtx:${fmt}` };
    const title = { journal: 'rft.atitle', book: 'rft.btitle', dc: 'rft.title' }[fmt];
    kev[title] = work.title;
    if (work.container && fmt === 'journal') kev['rft.jtitle'] = work.container;
    if (work.container && fmt === 'book') kev['rft.pub'] = work.container;
    if (work.container && fmt === 'dc' && work.role !== 'event') kev['rft.source'] = work.container;
    if (work.author.kind === 'person') {
      const { family, given } = nameParts(work.author.name);
      kev['rft.aulast'] = family;
      if (given) kev['rft.aufirst'] = given;
    } else if (work.author.kind === 'organisation') kev['rft.aucorp'] = work.author.name;
    if (work.date) kev['rft.date'] = parts(work.date).join('-');
    if (work.url) kev[fmt === 'dc' ? 'rft.identifier' : 'rft_id'] = work.url;
    return kev;
  }
  const asRecord = (params: URLSearchParams) => {
    const record: Record<string, string> = {};
    for (const [key, value] of params) {
      assert.ok(!(key in record), `${key} given twice`);
      if (key !== 'rft.genre' && key !== 'rft.type') record[key] = value;
    }
    return record;
  };

  test('every source page carries one span, and it describes the source', () => {
    for (const work of sources) {
      const kevs = kevsOf(work.page);
      assert.equal(kevs.length, 1, work.page);
      assert.deepEqual(asRecord(kevs[0]!), expectedKev(work), work.page);
    }
  });

  test('/sources/ (every page of it) carries one span per source, in order, each describing its source', () => {
    const listing = [...site.pages.keys()]
      .filter((f) => /^sources\/(page\/\d+\/)?index\.html$/.test(f))
      .sort((a, b) => a.length - b.length || a.localeCompare(b));
    const kevs = listing.flatMap(kevsOf);
    assert.equal(kevs.length, sources.length);
    const byTitle = new Map(sources.map((s) => [s.title, s]));
    for (const params of kevs) {
      const title = params.get('rft.atitle') ?? params.get('rft.btitle') ?? params.get('rft.title') ?? '';
      const work = byTitle.get(title);
      assert.ok(work, `no source titled “${title}”`);
      assert.deepEqual(asRecord(params), expectedKev(work));
      byTitle.delete(title);
    }
  });

  test('names the genre of books and reports and the Zotero type of other non-periodical works', () => {
    for (const work of sources) {
      const params = kevsOf(work.page)[0]!;
      if (work.role === 'publisher' || work.role === 'institution')
        assert.equal(params.get('rft.genre'), work.role === 'publisher' ? 'book' : 'report');
      else if (work.role === 'periodical') assert.equal(params.get('rft.genre'), 'article');
      else
        assert.ok(
          ['blogPost', 'webpage', 'videoRecording', 'presentation'].includes(params.get('rft.type') ?? ''),
          work.page,
        );
    }
  });
});
