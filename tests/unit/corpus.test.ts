import { describe, expect, test } from 'vitest';
import { generateCorpus } from '../../scripts/lib/synthetic-corpus';
import { buildCorpus, ContentError } from '../../src/lib/corpus/build';
import type { CorpusEntries } from '../../src/lib/corpus/types';
import { checkContent, contentFilesFrom } from '../../src/lib/content-check';
import { ARGUMENTS_PER_PAGE } from '../../src/lib/pagination';
import { nameSchema } from '../../src/schemas/name';
import { BAD } from '../fixtures/unit/bad-corpora';
import { SITE, soundCorpus, toEntries } from '../fixtures/unit/corpus';

const ids = (entries: ReadonlyArray<{ id: string }>) => entries.map((e) => e.id);
const corpus = buildCorpus(toEntries(soundCorpus()));

describe('buildCorpus', () => {
  test('returns the documents newest first', () => {
    expect(ids(corpus.documents)).toEqual(['doc-b', 'doc-a']);
  });

  test('returns documents of the same date by title', () => {
    const same = buildCorpus(
      toEntries(soundCorpus({ docB: { published: { value: '2016-10-10', precision: 'exact' } } })),
    );
    expect(ids(same.documents)).toEqual(['doc-b', 'doc-a']); // "A Case…" before "Should We…"
  });

  test('returns the sources by title', () => {
    expect(ids(corpus.sources)).toEqual(['src-speech', 'src-report']);
  });

  test('returns the arguments by stance in the order site.yaml lists the stances, then by title', () => {
    expect(ids(corpus.arguments)).toEqual(['arg-distrust', 'arg-sanctions', 'arg-talk']);
    const reversed = buildCorpus({
      ...toEntries(soundCorpus()),
      site: { ...SITE, stances: [...SITE.stances].reverse() },
    });
    expect(ids(reversed.arguments)).toEqual(['arg-talk', 'arg-distrust', 'arg-sanctions']);
  });

  test('returns the same corpus whatever order the entries were read in', () => {
    const entries = toEntries(soundCorpus());
    const shuffled: CorpusEntries = {
      ...entries,
      documents: [...entries.documents].reverse(),
      sources: [...entries.sources].reverse(),
      arguments: [...entries.arguments].reverse(),
    };
    const again = buildCorpus(shuffled);
    expect([ids(again.documents), ids(again.sources), ids(again.arguments)]).toEqual([
      ids(corpus.documents),
      ids(corpus.sources),
      ids(corpus.arguments),
    ]);
  });

  test('returns backlinks in the site-wide argument order', () => {
    expect(ids(corpus.argumentsCiting('src-report'))).toEqual(['arg-distrust', 'arg-talk']);
    expect(ids(corpus.argumentsOfDocument('doc-a'))).toEqual(['arg-distrust', 'arg-sanctions']);
    expect(ids(corpus.rebuttedBy('arg-distrust'))).toEqual(['arg-talk']);
    expect(ids(corpus.relatedTo('arg-sanctions'))).toEqual(['arg-distrust']);
    expect(ids(corpus.documentsCiting('src-report'))).toEqual(['doc-a']);
  });

  test('returns the arguments quoting a paragraph, found by its anchor', () => {
    expect(ids(corpus.quotedBy('doc-a', 'sanctions-should-stay-in-place'))).toEqual(['arg-sanctions']);
    expect(corpus.quotedBy('doc-a', 'further-reading')).toEqual([]);
  });

  test('returns the paragraph of a quotation that gives no anchor', () => {
    const anchorless = buildCorpus(
      toEntries(
        soundCorpus({ argSanctions: { quotations: [{ document: 'doc-a', text: 'Sanctions should stay in place.' }] } }),
      ),
    );
    expect(anchorless.anchorOf('doc-a', { text: 'Sanctions should stay in place.' })).toBe(
      'sanctions-should-stay-in-place',
    );
    expect(ids(anchorless.quotedBy('doc-a', 'sanctions-should-stay-in-place'))).toEqual(['arg-sanctions']);
  });

  test('returns the documents an argument appears in, each once, earliest first', () => {
    const both = buildCorpus(
      toEntries(
        soundCorpus({
          argTalk: {
            quotations: [
              { document: 'doc-b', text: 'Deconfliction saves lives.' },
              { document: 'doc-a', text: 'Sanctions should stay in place.' },
            ],
          },
        }),
      ),
    );
    expect(ids(both.appearances('arg-talk'))).toEqual(['doc-a', 'doc-b']);
    expect(ids(corpus.appearances('arg-distrust'))).toEqual(['doc-a']);
  });

  test('returns only the topics that have arguments, in site.yaml order, with their documents in site order', () => {
    expect(corpus.topics.map((t) => [t.id, t.label, ids(t.arguments), ids(t.documents)])).toEqual([
      ['counter-terrorism', 'Counter-terrorism', ['arg-distrust'], ['doc-a']],
      ['sanctions', 'Sanctions', ['arg-sanctions'], ['doc-a']],
      ['military-cooperation', 'Military cooperation', ['arg-talk'], ['doc-b']],
    ]);
  });

  test('returns a document’s capture as paragraphs, furniture included, whitespace collapsed', () => {
    expect(corpus.captureOf('doc-a').slice(0, 3)).toEqual([
      'Should We Trust Russia’s Offer?',
      'The report “Russia and the West” says Moscow’s aims are not ours. It’s a point worth repeating.',
      'Russia’s #1 enemy is the United States.',
    ]);
    expect(corpus.captureOf('doc-a')).toContain('No Comments');
  });

  test('returns each topic’s label, and the stance counts of the corpus', () => {
    expect(corpus.topicLabel('sanctions')).toBe('Sanctions');
    expect([...corpus.stanceCounts]).toEqual([
      ['against', 2],
      ['qualified', 1],
    ]);
  });

  test('returns the events in timeline order, each standing for the sources it names, and the undated sources apart', () => {
    expect(ids(corpus.events)).toEqual(['evt-talks']);
    expect(corpus.timeline.items.map((i) => `${i.kind}:${i.id}`)).toEqual([
      'document:doc-a',
      'event:evt-talks',
      'document:doc-b',
    ]);
    expect(corpus.timeline.undated).toEqual(['src-speech']);
  });

  test('throws a ContentError listing the problems when the content is unsound', () => {
    expect(() => buildCorpus(toEntries(soundCorpus(BAD.rebuttingMissingArgument)))).toThrow(ContentError);
    try {
      buildCorpus(toEntries(soundCorpus(BAD.rebuttingMissingArgument)));
    } catch (error) {
      expect((error as ContentError).problems.map((p) => p.field)).toEqual(['rebuts[0]']);
    }
  });
});

describe('buildCorpus, paged', () => {
  const files = contentFilesFrom(generateCorpus({ arguments: 5 * ARGUMENTS_PER_PAGE + 20, seed: 7 }).files);
  const checked = checkContent(files);
  const big = buildCorpus({
    site: checked.site ?? SITE,
    documents: checked.documents,
    sources: checked.sources,
    arguments: checked.arguments,
    events: checked.events,
    captures: files.originals,
  });

  test('returns the arguments in pages of ARGUMENTS_PER_PAGE, the last one short', () => {
    expect(big.argumentPages.map((p) => p.items.length)).toEqual([100, 100, 100, 100, 100, 20]);
    expect(big.argumentPages.flatMap((p) => ids(p.items))).toEqual(ids(big.arguments));
  });

  test('returns the page each stance starts on', () => {
    for (const [stance, page] of big.stanceFirstPage) {
      const first = big.arguments.findIndex((a) => a.data.stance === stance);
      expect(page).toBe(Math.floor(first / ARGUMENTS_PER_PAGE) + 1);
    }
  });

  test('returns every topic’s arguments once across its pages', () => {
    for (const topic of big.topics) expect(topic.pages.flatMap((p) => ids(p.items))).toEqual(ids(topic.arguments));
  });
});

describe('buildCorpus, names', () => {
  const name = (id: string, n: string, aliases: string[] = []) => ({
    id,
    file: `fixtures/names/${id}.md`,
    data: nameSchema.parse({ name: n, kind: 'place', aliases }),
  });
  const entries = toEntries(soundCorpus());
  const withNames = buildCorpus({
    ...entries,
    arguments: entries.arguments.map((a) => ({
      ...a,
      body: a.id === 'arg-talk' ? 'Talks in [Europe](https://example.org/russia).' : '',
    })),
    names: [name('russia', 'Russia', ['Russian Federation']), name('moscow', 'Moscow'), name('europe', 'Europe')],
  });

  test('returns the names A to Z, in pages', () => {
    expect(ids(withNames.names)).toEqual(['europe', 'moscow', 'russia']);
    expect(withNames.namePages).toHaveLength(1);
  });

  test('returns the arguments, paragraphs and sources mentioning a name', () => {
    const russia = withNames.mentionsOf('russia');
    expect(ids(russia.arguments)).toEqual(['arg-distrust']);
    expect(russia.paragraphs.map((p) => [p.document.id, p.anchor])).toEqual([
      ['doc-a', 'the-report-russia-and-the-west'],
      ['doc-a', 'russias-1-enemy-is-the-united'],
    ]);
    expect(russia.paragraphs[1]?.sentence).toBe('Russia’s #1 enemy is the United States.');
    expect(ids(russia.sources)).toEqual(['src-report']);
    expect(russia.pages[0]?.items.map((m) => m.kind)).toEqual(['argument', 'paragraph', 'paragraph', 'source']);
  });

  test('finds a mention in an argument’s synthesis, but not in a link’s address', () => {
    expect(ids(withNames.mentionsOf('europe').arguments)).toEqual(['arg-talk']);
    expect(ids(withNames.namesOfArgument('arg-talk'))).not.toContain('russia');
  });

  test('returns the names each page mentions, A to Z', () => {
    expect(ids(withNames.namesOfDocument('doc-a'))).toEqual(['europe', 'moscow', 'russia']);
    expect(ids(withNames.namesOfSource('src-report'))).toEqual(['russia']);
  });

  test('returns no names and one empty page when the corpus has none', () => {
    expect(corpus.names).toEqual([]);
    expect(corpus.namePages[0]?.items).toEqual([]);
  });

  test('throws a ContentError naming the file of a name nothing mentions', () => {
    expect(() => buildCorpus({ ...entries, names: [name('kremlin', 'Kremlin')] })).toThrow(
      /fixtures\/names\/kremlin\.md: name: nothing mentions "Kremlin"/,
    );
  });
});
