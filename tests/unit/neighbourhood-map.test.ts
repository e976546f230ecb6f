import { describe, expect, test } from 'vitest';
import {
  layoutNeighbourhood,
  NEIGHBOURHOOD_METRICS,
  NEIGHBOURS_PER_GROUP,
  type Neighbour,
  type NeighbourhoodInput,
} from '../../src/lib/neighbourhood-map';
import { generateCorpus } from '../../scripts/lib/synthetic-corpus';
import { expectSoundStack } from '../fixtures/unit/map-assertions';

const arg = (id: string, stance = 'against'): Neighbour => ({
  id,
  title: `Claim ${id}: cooperating would reward the other side for what it has done so far.`,
  stance,
});
const LABELS = new Map([
  ['for', 'For'],
  ['against', 'Against'],
  ['qualified', 'Qualified'],
]);
const input = (over: Partial<NeighbourhoodInput> = {}): NeighbourhoodInput => ({
  argument: arg('self', 'for'),
  rebuts: [arg('t1')],
  rebuttedBy: [arg('b1'), arg('b2', 'qualified')],
  related: [arg('r1', 'for')],
  stanceLabels: LABELS,
  ...over,
});
const many = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => arg(`${prefix}${i}`));

describe('layoutNeighbourhood', () => {
  const map = layoutNeighbourhood(input())!;

  test('returns nothing for an argument with no rebuttal and no related argument', () => {
    expect(layoutNeighbourhood(input({ rebuts: [], rebuttedBy: [], related: [] }))).toBeUndefined();
  });

  test('returns the groups in order: what it rebuts, itself, what rebuts it, related, empty ones left out', () => {
    expect(map.groups.map((g) => [g.key, g.lines.join(' ')])).toEqual([
      ['rebuts', 'Rebuts (1)'],
      ['self', 'This argument'],
      ['rebutted-by', 'Rebutted by (2)'],
      ['related', 'Related arguments (1)'],
    ]);
    const none = layoutNeighbourhood(input({ rebuts: [] }))!;
    expect(none.groups.map((g) => g.key)).toEqual(['self', 'rebutted-by', 'related']);
  });

  test('returns one box per argument, each standing for it, captioned with its stance’s label', () => {
    expect(map.nodes.map((n) => [n.id, n.argument, n.lines[0]])).toEqual([
      ['rebuts/t1', 't1', 'Against'],
      ['self/self', 'self', 'For'],
      ['rebutted-by/b1', 'b1', 'Against'],
      ['rebutted-by/b2', 'b2', 'Qualified'],
      ['related/r1', 'r1', 'For'],
    ]);
  });

  test('returns an arrow from it to what it rebuts, from each rebuttal to it, and a line to each related one', () => {
    expect(map.edges.map((e) => [e.from, e.to, e.kind])).toEqual([
      ['self/self', 'rebuts/t1', 'rebuts'],
      ['rebutted-by/b1', 'self/self', 'rebuts'],
      ['rebutted-by/b2', 'self/self', 'rebuts'],
      ['self/self', 'related/r1', 'related'],
    ]);
  });

  test('returns two boxes for an argument that both rebuts it and is related to it', () => {
    const both = layoutNeighbourhood(input({ rebuttedBy: [arg('x')], related: [arg('x')] }))!;
    expect(both.nodes.filter((n) => n.argument === 'x').map((n) => n.id)).toEqual(['rebutted-by/x', 'related/x']);
    expectSoundStack(both, NEIGHBOURHOOD_METRICS);
  });

  test('returns a sound layout: boxes apart and inside, text inside, every arrow on its two boxes, no shared ends', () => {
    expectSoundStack(map, NEIGHBOURHOOD_METRICS);
    expect(map.width).toBe(NEIGHBOURHOOD_METRICS.width);
    for (const n of map.nodes) expect(n.y + n.height).toBeLessThanOrEqual(map.height);
  });

  test('returns at most NEIGHBOURS_PER_GROUP boxes per relation, in input order, and counts the rest', () => {
    const big = layoutNeighbourhood(input({ rebuttedBy: many('b', 40), related: many('r', 3) }))!;
    expect(big.nodes.filter((n) => n.id.startsWith('rebutted-by/')).map((n) => n.argument)).toEqual(
      many('b', NEIGHBOURS_PER_GROUP).map((a) => a.id),
    );
    expect(big.relations.map((r) => [r.key, r.total, r.hidden, r.section])).toEqual([
      ['rebuts', 1, 0, 'rebuts'],
      ['self', 1, 0, ''],
      ['rebutted-by', 40, 40 - NEIGHBOURS_PER_GROUP, 'rebutted-by'],
      ['related', 3, 0, 'related'],
    ]);
    expect(big.groups.find((g) => g.key === 'rebutted-by')!.noteLines.join(' ')).toBe(
      `${NEIGHBOURS_PER_GROUP} drawn; all 40 are listed below`,
    );
    expectSoundStack(big, NEIGHBOURHOOD_METRICS);
  });

  test('returns a map of bounded size for every argument of a 10,000-argument synthetic corpus', () => {
    const corpus = generateCorpus({ arguments: 10_000, seed: 1 });
    const entries = [...corpus.files]
      .filter(([file]) => file.startsWith('arguments/'))
      .map(([file, text]) => {
        const data = JSON.parse(text.slice(4, text.indexOf('\n---\n', 4))) as {
          title: string;
          stance: string;
          rebuts: string[];
          related: string[];
        };
        return { id: file.slice('arguments/'.length, -'.mdx'.length), ...data };
      });
    const byId = new Map(entries.map((e) => [e.id, e]));
    const neighbour = (id: string) => ({ id, title: byId.get(id)!.title, stance: byId.get(id)!.stance });
    const rebuttedBy = new Map<string, string[]>();
    const related = new Map<string, Set<string>>();
    for (const e of entries) {
      for (const r of e.rebuts) rebuttedBy.set(r, [...(rebuttedBy.get(r) ?? []), e.id]);
      for (const r of e.related) {
        related.set(e.id, (related.get(e.id) ?? new Set()).add(r));
        related.set(r, (related.get(r) ?? new Set()).add(e.id));
      }
    }
    let tallest = 0;
    let capped = 0;
    for (const e of entries) {
      const map = layoutNeighbourhood({
        argument: neighbour(e.id),
        rebuts: e.rebuts.map(neighbour),
        rebuttedBy: (rebuttedBy.get(e.id) ?? []).map(neighbour),
        related: [...(related.get(e.id) ?? [])].map(neighbour),
        stanceLabels: LABELS,
      });
      if (!map) continue;
      expect(map.nodes.length).toBeLessThanOrEqual(1 + 3 * NEIGHBOURS_PER_GROUP);
      if (map.relations.some((r) => r.hidden > 0)) capped++;
      tallest = Math.max(tallest, map.height);
    }
    // Some arguments of this corpus have more related arguments than a group draws.
    expect(capped).toBeGreaterThan(0);
    // 19 boxes of at most five lines, headings and gaps.
    expect(tallest).toBeLessThan(19 * (5 * NEIGHBOURHOOD_METRICS.lineHeight + 30) + 4 * 60);
    // Generating 10,000 arguments takes seconds on a shared machine.
  }, 120_000);
});
