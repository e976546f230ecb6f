import { describe, expect, test } from 'vitest';
import {
  DEFAULT_PER_STANCE,
  LAYOUTS,
  layoutArgumentMap,
  wrapText,
  type ArgumentMap,
  type MapArgument,
} from '../../src/lib/argument-map';
import { expectSoundStack } from '../fixtures/unit/map-assertions';

const STANCES = [
  { id: 'for', label: 'For' },
  { id: 'against', label: 'Against' },
  { id: 'qualified', label: 'Qualified' },
];
const Q = 'Should the U.S. cooperate with Russia to fight ISIS?';
const ARGS: MapArgument[] = [
  { id: 'f1', title: 'Assad, Russia and Iran are already killing ISIS.', stance: 'for', rebuts: [] },
  { id: 'a1', title: 'Russia’s chief enemy is the United States.', stance: 'against', rebuts: ['f1'] },
  { id: 'a2', title: 'Russia backs terrorist groups.', stance: 'against', rebuts: ['f1', 'a1'] },
];

/** n arguments of one stance, each rebutting the one before. */
const many = (n: number, stance = 'against'): MapArgument[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${stance}-${i}`,
    title: `Claim number ${i}`,
    stance,
    rebuts: i > 0 ? [`${stance}-${i - 1}`] : [],
  }));

/** The real corpus's shape: one argument for, rebutted by ten long-titled arguments against. */
const HUB: MapArgument[] = [
  { id: 'hub', title: 'Assad, Russia and Iran are killing ISIS, so let them.', stance: 'for', rebuts: [] },
  ...Array.from({ length: 10 }, (_, i) => ({
    id: `r${i}`,
    title: `Rebuttal ${i}: cooperating with Russia against ISIS would make the United States complicit in what it does.`,
    stance: i === 9 ? 'qualified' : 'against',
    rebuts: ['hub'],
  })),
];

const edgeKeys = (map: ArgumentMap) => map.edges.map((e) => `${e.from}>${e.to}`);

describe('wrapText', () => {
  test('returns lines no longer than the limit, keeping every word in order', () => {
    const text = 'Russia’s military campaign in Syria props up the Assad regime rather than fighting ISIS.';
    const lines = wrapText(text, 20);
    expect(lines.every((l) => l.length <= 20)).toBe(true);
    expect(lines.join(' ')).toBe(text);
  });

  test('returns one line when the text fits', () => {
    expect(wrapText('  Short   claim. ', 40)).toEqual(['Short claim.']);
  });

  test('returns a word longer than the limit cut into pieces', () => {
    expect(wrapText('a abcdefghij b', 4)).toEqual(['a', 'abcd', 'efgh', 'ij b']);
  });

  test('returns no lines for empty text', () => {
    expect(wrapText('   ', 10)).toEqual([]);
  });
});

describe('layoutArgumentMap', () => {
  const map = layoutArgumentMap(Q, ARGS, STANCES);

  test('returns the same layout for the same input', () => {
    expect(layoutArgumentMap(Q, ARGS, STANCES)).toEqual(map);
  });

  test('returns one group per stance that has arguments, in the stances’ order, with its counts', () => {
    expect(map.counts.map((g) => [g.stance, g.total, g.hidden])).toEqual([
      ['for', 1, 0],
      ['against', 2, 0],
    ]);
    expect(map.groups.map((g) => [g.key, g.lines.join(' ')])).toEqual([
      ['for', 'For (1)'],
      ['against', 'Against (2)'],
    ]);
  });

  test('returns every argument as a node, in input order within its stance', () => {
    expect(map.nodes.map((n) => n.id)).toEqual(['f1', 'a1', 'a2']);
  });

  test('returns nodes below the question and each group heading above its first node', () => {
    for (const n of map.nodes) expect(n.y).toBeGreaterThan(map.question.y + map.question.height);
    map.groups.forEach((g) => {
      const first = map.nodes.find((n) => n.stance === g.key)!;
      expect(Math.max(...g.baselines)).toBeLessThan(first.y);
    });
  });

  test('returns one edge per rebuttal, from the rebutting argument to the rebutted one', () => {
    expect(edgeKeys(map)).toEqual(['a1>f1', 'a2>f1', 'a2>a1']);
  });

  test('returns an edge path that starts at its start point and ends at its end point', () => {
    for (const e of map.edges) {
      const numbers = [...e.d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
      expect(numbers.slice(0, 2)).toEqual([e.start.x, e.start.y]);
      expect(numbers.at(-1)).toBe(e.end.x);
      expect(e.d.endsWith(`${e.end.y}H${e.end.x}`)).toBe(true);
    }
  });

  for (const layout of ['wide', 'narrow'] as const) {
    for (const [name, input] of [
      ['three arguments', ARGS],
      ['one argument rebutted by ten', HUB],
      ['chains in every stance', [...many(12, 'for'), ...many(12, 'against'), ...many(12, 'qualified')]],
    ] as const) {
      test(`returns a sound ${layout} layout for ${name}`, () => {
        const m = layoutArgumentMap(Q, input, STANCES, { layout });
        expect(m.width).toBe(LAYOUTS[layout].width);
        expectSoundStack(m, LAYOUTS[layout]);
        for (const box of [m.question, ...m.nodes]) expect(box.y + box.height).toBeLessThanOrEqual(m.height);
      });
    }
  }

  test('spreads ten arrows into one box along its side, at least a port gap apart', () => {
    const m = layoutArgumentMap(Q, HUB, STANCES, { layout: 'narrow' });
    const hub = m.nodes.find((n) => n.id === 'hub')!;
    const ends = m.edges.filter((e) => e.to === 'hub').map((e) => e.end.y);
    expect(ends).toHaveLength(10);
    const sorted = [...ends].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++)
      expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(LAYOUTS.narrow.portGap - 0.2);
    expect(hub.height).toBeGreaterThanOrEqual(11 * LAYOUTS.narrow.portGap);
  });

  test('draws the wide layout’s boxes wider than the narrow one’s, with fewer lines', () => {
    const wide = layoutArgumentMap(Q, HUB, STANCES, { layout: 'wide' });
    const narrow = layoutArgumentMap(Q, HUB, STANCES, { layout: 'narrow' });
    expect(wide.nodes[1]!.width).toBeGreaterThan(2 * narrow.nodes[1]!.width);
    expect(wide.nodes[1]!.lines.length).toBeLessThan(narrow.nodes[1]!.lines.length);
  });

  test('returns no edge for a rebuttal of an argument that is not in the input', () => {
    const lone = layoutArgumentMap(Q, [{ id: 'x', title: 'X', stance: 'for', rebuts: ['missing'] }], STANCES);
    expect(lone.edges).toEqual([]);
  });

  test('returns at most perStance nodes per stance and counts the rest as hidden', () => {
    const capped = layoutArgumentMap(Q, [...many(30, 'for'), ...many(5, 'qualified')], STANCES, { perStance: 4 });
    expect(capped.nodes.map((n) => n.id)).toEqual([
      'for-0',
      'for-1',
      'for-2',
      'for-3',
      'qualified-0',
      'qualified-1',
      'qualified-2',
      'qualified-3',
    ]);
    expect(capped.counts.map((g) => [g.stance, g.total, g.hidden])).toEqual([
      ['for', 30, 26],
      ['qualified', 5, 1],
    ]);
    expect(capped.groups.map((g) => g.noteLines.join(' '))).toEqual(['26 more not drawn', '1 more not drawn']);
  });

  test('returns only the edges between drawn arguments when some are hidden', () => {
    const capped = layoutArgumentMap(Q, many(10), STANCES, { perStance: 3 });
    expect(edgeKeys(capped)).toEqual(['against-1>against-0', 'against-2>against-1']);
  });

  test('returns a map of bounded size for 10,000 arguments', () => {
    const input = [...many(4000, 'for'), ...many(5000, 'against'), ...many(1000, 'qualified')];
    const huge = layoutArgumentMap(Q, input, STANCES);
    expect(huge.nodes).toHaveLength(3 * DEFAULT_PER_STANCE);
    expect(huge.edges.length).toBeLessThanOrEqual(3 * DEFAULT_PER_STANCE);
    const small = layoutArgumentMap(
      Q,
      [
        ...many(DEFAULT_PER_STANCE, 'for'),
        ...many(DEFAULT_PER_STANCE, 'against'),
        ...many(DEFAULT_PER_STANCE, 'qualified'),
      ],
      STANCES,
    );
    // Only the groups' notes ("… more not drawn") differ.
    expect(huge.height - small.height).toBeLessThanOrEqual(3 * LAYOUTS.wide.headLine);
  });

  test('returns just the question when there are no arguments', () => {
    const empty = layoutArgumentMap(Q, [], STANCES);
    expect([empty.nodes, empty.groups, empty.edges]).toEqual([[], [], []]);
    expect(empty.height).toBeGreaterThan(empty.question.y + empty.question.height);
    expect(empty.question.lines.join(' ')).toBe(Q);
  });
});
