import { describe, expect, test } from 'vitest';
import {
  DEFAULT_PER_STANCE,
  layoutArgumentMap,
  MAP_WIDTH,
  wrapText,
  type MapArgument,
} from '../../src/lib/argument-map';

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

  test('returns one group per stance that has arguments, in the stances’ order', () => {
    expect(map.groups.map((g) => [g.stance, g.total, g.hidden])).toEqual([
      ['for', 1, 0],
      ['against', 2, 0],
    ]);
  });

  test('returns every argument as a node, in input order within its stance', () => {
    expect(map.nodes.map((n) => n.id)).toEqual(['f1', 'a1', 'a2']);
  });

  test('returns nodes stacked top to bottom without overlapping, below the question and their heading', () => {
    const boxes = [map.question, ...map.nodes];
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.y).toBeGreaterThan(boxes[i - 1]!.y + boxes[i - 1]!.height);
    for (const g of map.groups) {
      const first = map.nodes.find((n) => n.stance === g.stance)!;
      expect(g.y).toBeLessThan(first.y);
    }
  });

  test('returns everything inside the viewBox', () => {
    for (const box of [map.question, ...map.nodes]) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(MAP_WIDTH);
      expect(box.y + box.height).toBeLessThanOrEqual(map.height);
    }
    for (const e of map.edges) {
      const xs = [...e.d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0])).filter((_, i) => i % 2 === 0);
      expect(Math.max(...xs)).toBeLessThanOrEqual(MAP_WIDTH);
    }
  });

  test('returns a box tall enough for every wrapped line of its title', () => {
    for (const n of map.nodes) expect(n.height).toBeGreaterThanOrEqual(n.lines.length * n.lineHeight);
    expect(map.question.lines.join(' ')).toBe(Q);
  });

  test('returns one edge per rebuttal, from the rebutting argument to the rebutted one', () => {
    expect(map.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['a1>f1', 'a2>f1', 'a2>a1']);
  });

  test('returns an edge path that starts at the rebutting node and ends at the rebutted one', () => {
    const edge = map.edges.find((e) => e.from === 'a1' && e.to === 'f1')!;
    const [from, to] = [map.nodes[1]!, map.nodes[0]!];
    const numbers = [...edge.d.matchAll(/-?\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
    expect(numbers.slice(0, 2)).toEqual([from.x + from.width, from.y + from.height / 2]);
    expect(numbers.slice(-2)).toEqual([to.x + to.width, to.y + to.height / 2]);
  });

  test('returns no edge for a rebuttal of an argument that is not in the input', () => {
    const lone = layoutArgumentMap(Q, [{ id: 'x', title: 'X', stance: 'for', rebuts: ['missing'] }], STANCES);
    expect(lone.edges).toEqual([]);
  });

  test('returns at most perStance nodes per stance and counts the rest as hidden', () => {
    const capped = layoutArgumentMap(Q, [...many(30, 'for'), ...many(5, 'qualified')], STANCES, 4);
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
    expect(capped.groups.map((g) => [g.stance, g.total, g.hidden])).toEqual([
      ['for', 30, 26],
      ['qualified', 5, 1],
    ]);
  });

  test('returns only the edges between drawn arguments when some are hidden', () => {
    const capped = layoutArgumentMap(Q, many(10), STANCES, 3);
    expect(capped.edges.map((e) => `${e.from}>${e.to}`)).toEqual(['against-1>against-0', 'against-2>against-1']);
  });

  test('returns a map of bounded size for 10,000 arguments', () => {
    const huge = layoutArgumentMap(
      Q,
      [...many(4000, 'for'), ...many(5000, 'against'), ...many(1000, 'qualified')],
      STANCES,
    );
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
    expect(huge.height).toBe(small.height);
  });

  test('returns just the question when there are no arguments', () => {
    const empty = layoutArgumentMap(Q, [], STANCES);
    expect([empty.nodes, empty.groups, empty.edges]).toEqual([[], [], []]);
    expect(empty.height).toBeGreaterThan(empty.question.y + empty.question.height);
  });
});
