import { describe, expect, test } from 'vitest';
import { documentWork, sourceWork } from '../../src/lib/citations';
import { ris } from '../../src/lib/citations/ris';
import { coinsKev } from '../../src/lib/coins';
import { highwireTags } from '../../src/lib/highwire';
import { documentSchema } from '../../src/schemas/document';
import { sourceSchema } from '../../src/schemas/source';

const blogPost = documentWork(
  'post',
  documentSchema.parse({
    title: 'Can We? A Post',
    author: { kind: 'organisation', name: 'Hay Group' },
    outlet: 'Hay blog',
    published: { value: '2016-10-10', precision: 'exact' },
    url: 'http://example.org/2016/10/10/post',
    stance: 'against',
    summary: 'S.',
    capture: 'post.txt',
  }),
);
const source = (fields: Record<string, unknown>) =>
  sourceWork(
    'work',
    sourceSchema.parse({
      title: 'A Work & Its Title',
      author: { kind: 'person', name: 'Molly K. McKew' },
      outlet: 'A Magazine',
      kind: 'article',
      date: { value: '2017-02', precision: 'month' },
      ...fields,
    }),
  );
const article = source({ url: 'https://example.org/a?b=1&c=2' });
const approximate = source({ date: { value: '2017-06', precision: 'approximate' } });
const book = source({ kind: 'book', outlet: 'A Press', date: { value: '2015', precision: 'year' } });
const report = source({ kind: 'report', outlet: 'An Institute', author: { kind: 'unknown', note: 'Unsigned.' } });
const debate = source({ kind: 'transcript', outlet: 'A debate', date: null });
const video = source({ kind: 'video', outlet: 'A network', date: null });

describe('ris', () => {
  test.each([
    [
      'a blog post by an organisation, dated to the day',
      blogPost,
      'TY  - BLOG|AU  - Hay Group|TI  - Can We? A Post|T2  - Hay blog|PY  - 2016|DA  - 2016/10/10/|UR  - http://example.org/2016/10/10/post|ER  - |',
    ],
    [
      'a magazine article by a person, dated to the month',
      article,
      'TY  - MGZN|AU  - McKew, Molly K.|TI  - A Work & Its Title|T2  - A Magazine|PY  - 2017|DA  - 2017/02//|UR  - https://example.org/a?b=1&c=2|ER  - |',
    ],
    [
      'an approximate date as its year, noted',
      approximate,
      'TY  - MGZN|AU  - McKew, Molly K.|TI  - A Work & Its Title|T2  - A Magazine|PY  - 2017|N1  - Date approximate|ER  - |',
    ],
    [
      'a book, its publisher as PB',
      book,
      'TY  - BOOK|AU  - McKew, Molly K.|TI  - A Work & Its Title|PB  - A Press|PY  - 2015|ER  - |',
    ],
    [
      'a report without an author',
      report,
      'TY  - RPRT|TI  - A Work & Its Title|PB  - An Institute|PY  - 2017|DA  - 2017/02//|ER  - |',
    ],
    [
      'a transcript as GEN, the event as T2',
      debate,
      'TY  - GEN|AU  - McKew, Molly K.|TI  - A Work & Its Title|T2  - A debate|ER  - |',
    ],
    [
      'a video, its programme as PB',
      video,
      'TY  - VIDEO|AU  - McKew, Molly K.|TI  - A Work & Its Title|PB  - A network|ER  - |',
    ],
  ])('returns the record of %s, CRLF line ends', (_, work, expected) => {
    expect(ris(work)).toBe(expected.replaceAll('|', '\r\n'));
  });

  test('returns a value with a line break on one line', () => {
    expect(ris({ ...book, title: 'Two\nlines' })).toContain('TI  - Two lines\r\n');
  });
});

describe('highwireTags', () => {
  const tags = (work: Parameters<typeof highwireTags>[0]) => highwireTags(work).map((t) => `${t.name}=${t.content}`);

  test('returns title, organisation, the day, the blog as publisher and the URL for a blog post', () => {
    expect(tags(blogPost)).toEqual([
      'citation_title=Can We? A Post',
      'citation_author=Hay Group',
      'citation_publication_date=2016/10/10',
      'citation_date=2016/10/10',
      'citation_publisher=Hay blog',
      'citation_public_url=http://example.org/2016/10/10/post',
      'citation_abstract_html_url=http://example.org/2016/10/10/post',
    ]);
  });

  test('returns the person inverted, the month and the periodical as journal title for an article', () => {
    expect(tags(article).slice(1, 5)).toEqual([
      'citation_author=McKew, Molly K.',
      'citation_publication_date=2017/02',
      'citation_date=2017/02',
      'citation_journal_title=A Magazine',
    ]);
  });

  test.each([
    ['an approximate date as its year', approximate, 'citation_date=2017'],
    ['a book’s publisher', book, 'citation_publisher=A Press'],
    ['a report’s institution', report, 'citation_technical_report_institution=An Institute'],
    ['a video’s programme as publisher', video, 'citation_publisher=A network'],
  ])('returns %s', (_, work, expected) => {
    expect(tags(work)).toContain(expected);
  });

  test('returns no author for an unknown one, no container for a transcript, no URL when none is verified', () => {
    expect(tags(report).some((t) => t.startsWith('citation_author'))).toBe(false);
    expect(tags(debate)).toEqual(['citation_title=A Work & Its Title', 'citation_author=McKew, Molly K.']);
  });
});

describe('coinsKev', () => {
  test.each([
    [
      'a periodical article as a journal ContextObject, values percent-encoded',
      article,
      'ctx_ver=Z39.88-2004&rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Ajournal&rft.genre=article&rft.atitle=A%20Work%20%26%20Its%20Title&rft.jtitle=A%20Magazine&rft.aulast=McKew&rft.aufirst=Molly%20K.&rft.date=2017-02&rft_id=https%3A%2F%2Fexample.org%2Fa%3Fb%3D1%26c%3D2',
    ],
    [
      'a book with its publisher, the year only',
      book,
      'ctx_ver=Z39.88-2004&rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Abook&rft.genre=book&rft.btitle=A%20Work%20%26%20Its%20Title&rft.pub=A%20Press&rft.aulast=McKew&rft.aufirst=Molly%20K.&rft.date=2015',
    ],
    [
      'a report without an author',
      report,
      'ctx_ver=Z39.88-2004&rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Abook&rft.genre=report&rft.btitle=A%20Work%20%26%20Its%20Title&rft.pub=An%20Institute&rft.date=2017-02',
    ],
    [
      'a blog post as Dublin Core, an organisation as aucorp, the URL as identifier',
      blogPost,
      'ctx_ver=Z39.88-2004&rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Adc&rft.type=blogPost&rft.title=Can%20We%3F%20A%20Post&rft.source=Hay%20blog&rft.aucorp=Hay%20Group&rft.date=2016-10-10&rft.identifier=http%3A%2F%2Fexample.org%2F2016%2F10%2F10%2Fpost',
    ],
    [
      'a transcript as a Dublin Core presentation without its event',
      debate,
      'ctx_ver=Z39.88-2004&rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Adc&rft.type=presentation&rft.title=A%20Work%20%26%20Its%20Title&rft.aulast=McKew&rft.aufirst=Molly%20K.',
    ],
  ])('returns %s', (_, work, expected) => {
    expect(coinsKev(work)).toBe(expected);
  });

  test('returns an approximate date as its year', () => {
    expect(new URLSearchParams(coinsKev(approximate)).get('rft.date')).toBe('2017');
  });
});
