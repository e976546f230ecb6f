import { describe, expect, test } from 'vitest';
import { comparePages } from '../../src/lib/compare/index';
import { selectPairs } from '../../src/lib/compare/pairs';
import { compareRows, packRows, type RowInput } from '../../src/lib/compare/rows';
import { buildCorpus } from '../../src/lib/corpus/build';
import { comparePageView, pairLinks, pairView } from '../../src/lib/views/compare';
import { soundCorpus, toEntries } from '../fixtures/unit/corpus';

const arg = (id: string, ...rebuts: string[]): RowInput => ({ id, rebuts });
const layout = (rows: ReturnType<typeof compareRows<RowInput>>) => rows.map((r) => r.items.map((i) => i.id));

describe('compareRows', () => {
  test('returns an argument that rebuts nothing in a row of its own, and its rebuttals in its row', () => {
    expect(layout(compareRows([arg('a'), arg('b', 'a'), arg('c', 'a'), arg('d')]))).toEqual([['a', 'b', 'c'], ['d']]);
  });

  test('returns a rebuttal of a rebuttal in the row of the argument that started the chain, depth first', () => {
    expect(layout(compareRows([arg('a'), arg('b', 'a'), arg('c', 'a'), arg('d', 'b')]))).toEqual([
      ['a', 'b', 'd', 'c'],
    ]);
  });

  test('places an argument rebutting several once, beside the first of them in the order given', () => {
    const rows = compareRows([arg('a'), arg('b'), arg('c', 'b', 'a')]);
    expect(layout(rows)).toEqual([['a', 'c'], ['b']]);
  });

  test('keys a row on an argument whose rebutted arguments the view does not hold', () => {
    expect(layout(compareRows([arg('a', 'elsewhere'), arg('b', 'a')]))).toEqual([['a', 'b']]);
  });

  test('breaks a circle of rebuttals at its earliest member, listing each member once', () => {
    expect(layout(compareRows([arg('x'), arg('a', 'c'), arg('b', 'a'), arg('c', 'b')]))).toEqual([
      ['x'],
      ['a', 'b', 'c'],
    ]);
    expect(layout(compareRows([arg('a', 'b'), arg('b', 'a')]))).toEqual([['a', 'b']]);
  });

  test('lists every argument exactly once whatever the rebuttals', () => {
    const ids = Array.from({ length: 60 }, (_, i) => `n${i}`);
    const items = ids.map((id, i) =>
      arg(id, ...[ids[(i * 7) % 60], ids[(i * 13 + 5) % 60]].filter((x) => x !== undefined)),
    );
    const listed = compareRows(items).flatMap((r) => r.items.map((i) => i.id));
    expect(listed.toSorted()).toEqual(ids.toSorted());
  });
});

describe('packRows', () => {
  const row = (key: string, size: number) => ({
    key,
    items: Array.from({ length: size }, (_, i) => `${key}${i}`),
  });

  test('returns rows that fit on a page whole, starting a new page rather than splitting one', () => {
    const pages = packRows([row('a', 3), row('b', 3), row('c', 2)], 5);
    expect(pages.map((p) => p.map((s) => s.items.length))).toEqual([[3], [3, 2]]);
    expect(pages.flat().every((s) => !s.continued)).toBe(true);
  });

  test('returns a row longer than a page split at page ends, its later parts marked continued', () => {
    const pages = packRows([row('a', 2), row('b', 7)], 4);
    expect(pages.map((p) => p.map((s) => [s.key, s.items.length, s.continued]))).toEqual([
      [
        ['a', 2, false],
        ['b', 2, false],
      ],
      [['b', 4, true]],
      [['b', 1, true]],
    ]);
  });

  test('returns one empty page for no rows', () => {
    expect(packRows([], 5)).toEqual([[]]);
  });
});

describe('selectPairs', () => {
  const input = (args: Array<[string, string[], string[], string[]]>) => ({
    documents: ['d1', 'd2', 'd3', 'd4', 'd5'],
    arguments: args.map(([id, documents, rebuts, topics]) => ({ id, documents, rebuts, topics })),
  });

  test('returns the pairs whose arguments rebut each other and share a topic, first document first in site order', () => {
    const pairs = selectPairs(
      input([
        ['a', ['d2'], [], ['t']],
        ['b', ['d1'], ['a'], ['t']],
        ['c', ['d3'], ['a'], ['u']],
      ]),
      3,
    );
    expect(pairs).toEqual([{ first: 'd1', second: 'd2', rebuttals: 1, sharedTopics: 1 }]);
  });

  test('keeps each document’s partners it answers most often, up to the cap', () => {
    const args: Array<[string, string[], string[], string[]]> = [['a', ['d1'], [], ['t']]];
    // d2 rebuts d1 three times, d3 twice, d4 once: with a cap of 1, d1 keeps d2; every other document keeps d1.
    for (const [doc, times] of [
      ['d2', 3],
      ['d3', 2],
      ['d4', 1],
    ] as const)
      for (let i = 0; i < times; i++) args.push([`${doc}-${i}`, [doc], ['a'], ['t']]);
    const pairs = selectPairs(input(args), 1);
    expect(pairs.map((p) => `${p.first}+${p.second}:${p.rebuttals}`)).toEqual(['d1+d2:3', 'd1+d3:2', 'd1+d4:1']);
    expect(selectPairs(input(args.filter(([id]) => !id.startsWith('d4'))), 1)).toHaveLength(2);
  });

  test('returns no pair for documents whose arguments are all in both, or rebut within one document', () => {
    const pairs = selectPairs(
      input([
        ['a', ['d1'], [], ['t']],
        ['b', ['d1'], ['a'], ['t']],
      ]),
      3,
    );
    expect(pairs).toEqual([]);
  });
});

describe('comparePageView', () => {
  const corpus = buildCorpus(toEntries(soundCorpus()));

  test('returns each argument once, a rebuttal in the row of what it rebuts, with a column per stance taken', () => {
    const view = comparePageView(corpus, 1);
    expect(view.columns.map((c) => c.id)).toEqual(['against', 'qualified']);
    const cards = view.rows.map((r) => r.cells.map((c) => c.cards.map((card) => card.argument.id)));
    expect(cards).toEqual([
      [['arg-distrust'], ['arg-talk']],
      [['arg-sanctions'], []],
    ]);
    expect(view.rows[0]?.cells[1]?.cards[0]?.rebuts.map((r) => [r.argument.id, r.page])).toEqual([['arg-distrust', 1]]);
  });

  test('returns a topic’s view, whose cross-references to arguments off the topic name no page', () => {
    const view = comparePageView(corpus, 1, 'military-cooperation');
    expect(view.rows.flatMap((r) => r.cells.flatMap((c) => c.cards.map((card) => card.argument.id)))).toEqual([
      'arg-talk',
    ]);
    expect(view.rows[0]?.cells[0]?.cards[0]?.rebuts.map((r) => [r.argument.id, r.page])).toEqual([
      ['arg-distrust', undefined],
    ]);
    expect(view.title).toBe('Military cooperation: the arguments side by side');
  });

  test('numbers pages in arguments and finds every argument’s page', () => {
    const pages = comparePages(corpus.arguments, 1);
    expect(pages.pages.map((p) => p.flatMap((s) => s.items.map((a) => a.id)))).toEqual([
      ['arg-distrust'],
      ['arg-talk'],
      ['arg-sanctions'],
    ]);
    expect(pages.pageOf.get('arg-talk')).toBe(2);
  });
});

describe('pairView', () => {
  // Give the two documents' arguments a topic in common, so that they make a pair.
  const corpus = buildCorpus(
    toEntries(soundCorpus({ argTalk: { topics: ['military-cooperation', 'counter-terrorism'] } })),
  );

  test('returns the shared topics with each document’s arguments in its column, each once', () => {
    const view = pairView(corpus, 'doc-b', 'doc-a');
    expect(view.columns.map((c) => c.id)).toEqual(['first', 'second']);
    expect(
      view.topics.map((t) => [t.topic.id, t.row.cells.map((c) => c.cards.map((card) => card.argument.id))]),
    ).toEqual([['counter-terrorism', [['arg-talk'], ['arg-distrust']]]]);
    expect(view.elsewhere).toEqual({ first: 0, second: 1 });
    expect(view.rebuttals).toBe(1);
  });

  test('is linked from both documents, and refuses documents that are no pair', () => {
    expect(pairLinks(corpus, 'doc-a').map((p) => [p.other.id, p.first, p.second])).toEqual([
      ['doc-b', 'doc-b', 'doc-a'],
    ]);
    expect(() => pairView(corpus, 'doc-a', 'doc-b')).toThrow(/No compare page/);
    expect(pairLinks(buildCorpus(toEntries(soundCorpus())), 'doc-a')).toEqual([]);
  });
});
