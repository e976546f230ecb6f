import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../src/lib/corpus/build';
import { paginate } from '../../src/lib/pagination';
import { argumentView } from '../../src/lib/views/argument';
import { documentView } from '../../src/lib/views/document';
import { homeView } from '../../src/lib/views/home';
import { sourceView } from '../../src/lib/views/source';
import { timelinePageView } from '../../src/lib/views/timeline';
import { topicPageView } from '../../src/lib/views/topic';
import type { PageUrls } from '../../src/lib/views/urls';
import { soundCorpus, toEntries } from '../fixtures/unit/corpus';

const corpus = buildCorpus(toEntries(soundCorpus()));
const urls: PageUrls = { absolute: (path) => `https://example.test/base${path}`, siteName: 'Fixture debate' };
const ids = (entries: ReadonlyArray<{ id: string }>) => entries.map((e) => e.id);

/** Every object in `value` that still looks like an unresolved reference (`{ id, collection }`). */
function references(value: unknown, seen = new Set<unknown>()): unknown[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  const here = 'collection' in value && 'id' in value ? [value] : [];
  const children = value instanceof Map ? [...value.values()] : Object.values(value);
  return [...here, ...children.flatMap((v) => references(v, seen))];
}

describe('argumentView', () => {
  const view = argumentView(corpus, 'arg-distrust', urls);

  test('returns its quotations with their documents, anchors and quoted works as entries', () => {
    expect(view.quotations.map((q) => [q.document.id, q.anchor, q.quoting?.id])).toEqual([
      ['doc-a', 'russias-1-enemy-is-the-united', 'src-speech'],
      ['doc-a', 'the-report-russia-and-the-west', undefined],
    ]);
  });

  test('returns each quotation’s original URL with a text fragment of its words', () => {
    expect(view.quotations.map((q) => [q.original, q.quotingOriginal])).toEqual([
      ['https://example.org/offer#:~:text=Russia%E2%80%99s%20%231%20enemy%20is%20the%20United%20States.', undefined],
      ['https://example.org/offer#:~:text=Moscow%E2%80%99s%20aims%20are%20not%20ours.', undefined],
    ]);
  });

  test('returns words that occur earlier in the capture with a suffix from their paragraph, and the quoted work’s URL at them', () => {
    const quote = {
      document: 'doc-a',
      anchor: 'russias-1-enemy-is-the-united',
      text: 'Russia’s',
      quoting: 'src-report',
    };
    const repeated = buildCorpus(toEntries(soundCorpus({ argSanctions: { quotations: [quote] } })));
    const q = argumentView(repeated, 'arg-sanctions', urls).quotations[0];
    expect([q?.original, q?.quotingOriginal]).toEqual([
      'https://example.org/offer#:~:text=Russia%E2%80%99s,-%231',
      'https://council.example.org/report#:~:text=Russia%E2%80%99s',
    ]);
  });

  test('returns the paragraph of a quotation that gives no anchor', () => {
    const anchorless = buildCorpus(
      toEntries(
        soundCorpus({ argSanctions: { quotations: [{ document: 'doc-a', text: 'Sanctions should stay in place.' }] } }),
      ),
    );
    expect(argumentView(anchorless, 'arg-sanctions', urls).quotations[0]?.anchor).toBe(
      'sanctions-should-stay-in-place',
    );
  });

  test('returns its cited works, rebuttals, related arguments and topics resolved', () => {
    expect([ids(view.cited), ids(view.rebuttedBy), ids(view.related), view.topics]).toEqual([
      ['src-report', 'src-speech'],
      ['arg-talk'],
      ['arg-sanctions'],
      [{ id: 'counter-terrorism', label: 'Counter-terrorism' }],
    ]);
  });

  test('returns the documents it is made in once each, and the date of the earliest', () => {
    expect([ids(view.madeIn), view.firstMade.value]).toEqual([['doc-a'], '2016-10-10']);
  });

  test('returns its neighbourhood map: itself, what rebuts it and its related arguments, captioned by stance', () => {
    expect(view.neighbourhood?.nodes.map((n) => [n.argument, n.caption])).toEqual([
      ['arg-distrust', 'Against'],
      ['arg-talk', 'Qualified'],
      ['arg-sanctions', 'Against'],
    ]);
  });

  test('returns structured data and citations with the page’s absolute URL and the site’s name', () => {
    expect(view.jsonLd['url']).toBe('https://example.test/base/arguments/arg-distrust/');
    expect(view.citations.find((c) => c.style === 'apa')?.text).toContain('Fixture debate');
  });

  test('returns no unresolved reference anywhere in the view', () => {
    expect(references(view)).toEqual([]);
  });
});

describe('documentView', () => {
  const view = documentView(corpus, 'doc-a', urls);

  test('returns its blocks split at the words that cite a work and at the words an argument quotes', () => {
    const plain = (text: string) => ({ text, pieces: [{ text, quotes: [] }], closes: [] });
    expect(view.blocks[0]?.segments).toEqual([
      plain('The report '),
      {
        ...plain('“Russia and the West”'),
        cites: 'src-report',
        original: 'https://example.org/offer#:~:text=%E2%80%9CRussia%20and%20the%20West%E2%80%9D',
      },
      {
        text: ' says Moscow’s aims are not ours.',
        pieces: [
          { text: ' says ', quotes: [] },
          { text: 'Moscow’s aims are not ours.', quotes: [0] },
        ],
        closes: [[expect.objectContaining({ id: 'arg-distrust', n: 1 })]],
      },
      plain(' It’s a point worth repeating.'),
    ]);
  });

  test('numbers the arguments quoting a block, and refers to them by those numbers after each quotation', () => {
    expect(view.blocks[0]?.quotedBy.map((a) => [a.id, a.n])).toEqual([['arg-distrust', 1]]);
  });

  test('returns the arguments quoting each block', () => {
    expect(view.blocks.map((b) => ids(b.quotedBy))).toEqual([
      ['arg-distrust'],
      ['arg-distrust'],
      [],
      ['arg-sanctions'],
      [],
      [],
      [],
    ]);
  });

  test('returns its cited works, its arguments and their topics once each', () => {
    expect([ids(view.cited), [...view.sources.keys()], ids(view.arguments), view.topics.map((t) => t.id)]).toEqual([
      ['src-report'],
      ['src-report'],
      ['arg-distrust', 'arg-sanctions'],
      ['counter-terrorism', 'sanctions'],
    ]);
  });

  test('returns citations of the page and of the original', () => {
    expect(view.pageCitations.find((c) => c.style === 'bibtex')?.text).toContain(
      'https://example.test/base/documents/doc-a/',
    );
    expect(view.originalCitations.find((c) => c.style === 'bibtex')?.text).toContain('https://example.org/offer');
  });

  test('returns Highwire tags describing the original: its title and its URL, never the page’s', () => {
    const tags = new Map(view.highwire.map((t) => [t.name, t.content]));
    expect(tags.get('citation_title')).toBe(view.document.data.title);
    expect(tags.get('citation_public_url')).toBe('https://example.org/offer');
    expect(view.highwire.some((t) => t.content.includes('example.test'))).toBe(false);
  });

  test('returns no unresolved reference anywhere in the view', () => {
    expect(references(view)).toEqual([]);
  });
});

describe('sourceView', () => {
  test('returns Highwire tags and a COinS ContextObject of the work', () => {
    const view = sourceView(corpus, 'src-report', urls);
    expect(view.highwire[0]).toEqual({ name: 'citation_title', content: 'Russia and the West' });
    expect(new URLSearchParams(view.coins).get('rft.btitle') ?? new URLSearchParams(view.coins).get('rft.atitle')).toBe(
      'Russia and the West',
    );
  });

  test('returns the documents and arguments citing it, and a description naming it', () => {
    const view = sourceView(corpus, 'src-report', urls);
    expect([ids(view.citedBy.documents), ids(view.citedBy.arguments), view.description]).toEqual([
      ['doc-a'],
      ['arg-distrust', 'arg-talk'],
      'A work cited in the debate: Russia and the West, Fixture Council, Fixture Council.',
    ]);
  });
});

describe('timelinePageView', () => {
  const view = timelinePageView(corpus, corpus.timelinePages[0]!);

  test('returns its entries by year, each resolved', () => {
    expect(view.years.map((y) => [y.year, y.entries.map((e) => e.id)])).toEqual([
      ['2016', ['document-doc-a']],
      ['2017', ['event-evt-talks', 'document-doc-b']],
    ]);
  });

  test('returns an event with its evidence, records and the arguments it bears on', () => {
    const event = view.years[1]?.entries[0];
    expect([
      event?.evidence.map((q) => q.anchor),
      ids(event?.records ?? []),
      ids(event?.bearsOn ?? []),
      event?.page,
    ]).toEqual([
      ['talking-is-not-trusting-deconfliction-saves'],
      ['src-report'],
      ['arg-talk', 'arg-distrust'],
      undefined,
    ]);
  });

  test('returns a publication with its page, its author and outlet, and its arguments', () => {
    const doc = view.years[0]?.entries[0];
    expect([doc?.page, doc?.note, ids(doc?.bearsOn ?? []), doc?.more]).toEqual([
      { kind: 'document', id: 'doc-a' },
      'Jane Roe, Example Blog',
      ['arg-distrust', 'arg-sanctions'],
      0,
    ]);
  });

  test('returns the undated works and the years covered on the last page', () => {
    expect([ids(view.undated), view.covering, view.title]).toEqual([['src-speech'], 'From 2016 to 2017.', 'Timeline']);
  });
});

describe('homeView', () => {
  const view = homeView(corpus, urls);

  test('returns the argument map in its wide and narrow layouts, drawing the same arguments and rebuttals', () => {
    const { wide, narrow } = view.maps;
    expect([wide.layout, narrow.layout]).toEqual(['wide', 'narrow']);
    expect(narrow.nodes.map((n) => n.id)).toEqual(wide.nodes.map((n) => n.id));
    expect(narrow.edges.map((e) => [e.from, e.to])).toEqual(wide.edges.map((e) => [e.from, e.to]));
    expect(narrow.width).toBeLessThan(wide.width);
  });

  test('returns the outline by stance in site order, each with its first page and what its arguments rebut', () => {
    expect(
      view.outline.map((g) => [
        g.id,
        g.label,
        g.total,
        g.firstPage,
        g.items.map((i) => [i.argument.id, ids(i.rebuts)]),
      ]),
    ).toEqual([
      [
        'against',
        'Against',
        2,
        1,
        [
          ['arg-distrust', []],
          ['arg-sanctions', []],
        ],
      ],
      ['qualified', 'Qualified', 1, 1, [['arg-talk', ['arg-distrust']]]],
    ]);
  });

  test('returns the question, the counts, the newest documents and the site’s structured data', () => {
    expect([view.question, view.counts, ids(view.newest.shown), view.jsonLd['name']]).toEqual([
      'Should we trust the offer?',
      { arguments: 3, documents: 2 },
      ['doc-b', 'doc-a'],
      'Fixture debate',
    ]);
  });
});

describe('topicPageView', () => {
  test('returns the documents its page’s arguments quote, and a description with the debate’s subject', () => {
    const topic = corpus.topics.find((t) => t.id === 'sanctions')!;
    const view = topicPageView(corpus, topic, paginate(topic.arguments, 100)[0]!);
    expect([ids(view.cards), view.titles, view.title, view.description]).toEqual([
      ['doc-a'],
      [],
      'Topic: Sanctions',
      'The arguments filed under “Sanctions” in the debate on trusting the offer, and the documents that make them.',
    ]);
  });
});
