/**
 * The layout shared by the site's maps: groups of argument boxes stacked top to bottom, and the links
 * between boxes drawn on the right of the stack, each in a lane of its own. Every link leaves and
 * enters a box at a port of its own on the box's right side, so no two links end on the same point,
 * and a box is made tall enough to space its ports. Pure and deterministic; coordinates are SVG user
 * units.
 */
import { baselines, charsPerLine, round, wrapText } from './map-text.ts';

/** The sizes of one map; a narrow map and a wide one differ only in these. */
export interface StackMetrics {
  /** Width of the viewBox. */
  width: number;
  /** Margin around everything. */
  pad: number;
  /** Left edge of the boxes (room for the spine of the home map). */
  nodeX: number;
  /** Line height of a box's text, for a font size set by the stylesheet. */
  lineHeight: number;
  /** Width one character may take at that font size (generous, so wrapped lines fit their box). */
  charWidth: number;
  /** Space between a box's border and its text. */
  nodePad: number;
  nodeGap: number;
  /** Line height of a group's heading and note, and the width one of their characters may take. */
  headLine: number;
  headCharWidth: number;
  groupGap: number;
  /** Horizontal distance between two lanes, at most; narrower when many lanes share the room. */
  laneGap: number;
  /** Vertical distance between two ports of a box, at least. */
  portGap: number;
}

/**
 * The box and text metrics of the maps drawn at 320 units (the home map's narrow layout and every
 * neighbourhood map): one typography, 14-unit box text and 15-unit headings, so one set of numbers.
 */
export const NARROW_TEXT_METRICS = {
  lineHeight: 19,
  charWidth: 8,
  nodePad: 8,
  nodeGap: 8,
  headLine: 20,
  headCharWidth: 9,
  groupGap: 6,
  laneGap: 6,
  portGap: 10,
} as const satisfies Partial<StackMetrics>;

export interface StackItem {
  /** The box's id, unique in the stack; links name boxes by it. */
  id: string;
  /** The argument the box stands for; `id` when absent. */
  argument?: string;
  stance: string;
  title: string;
  /** A short line shown above the title in the box (the neighbourhood map's stance label). */
  caption?: string;
}

export interface StackGroup {
  key: string;
  label: string;
  /** A second, quieter line under the label (how many arguments are left off). */
  note?: string;
  items: readonly StackItem[];
}

/** `rebuts` is drawn as an arrow from `from` to `to`; `related` as a line without direction. */
export type LinkKind = 'rebuts' | 'related';

export interface StackLink {
  from: string;
  to: string;
  kind: LinkKind;
}

export interface Point {
  x: number;
  y: number;
}

export interface MapBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The text, wrapped, and the baseline of each line. */
  lines: string[];
  baselines: number[];
}

export interface MapNode extends MapBox {
  id: string;
  argument: string;
  stance: string;
  /** The title, unwrapped, and the caption, also the first of `lines` when present. */
  title: string;
  caption?: string;
}

export interface PlacedGroup {
  key: string;
  /** The heading, wrapped, and the baseline of each line. */
  lines: string[];
  baselines: number[];
  /** The note, wrapped, below the heading. */
  noteLines: string[];
  noteBaselines: number[];
}

export interface MapEdge {
  from: string;
  to: string;
  kind: LinkKind;
  /** SVG path data: right from `start`, along the edge's lane, and back left to `end`. */
  d: string;
  /** On the right side of the box of `from`. */
  start: Point;
  /** On the right side of the box of `to` (where the arrowhead's tip is). */
  end: Point;
}

export interface Stack {
  groups: PlacedGroup[];
  nodes: MapNode[];
  edges: MapEdge[];
  /** Bottom of the last box (or `top` when there is none). */
  bottom: number;
}

/** Lanes may take at most this share of the width; beyond it, lanes are packed closer. */
const MAX_LANE_SHARE = 0.3;
/** Distance from the boxes to the first lane: the straight run holding an arrowhead. */
const LANE_START = 14;
const CORNER = 4;

/**
 * Gives each link a lane, by the stretch of the stack it spans (box indices, ends included): links
 * whose stretches overlap get different lanes, and a link never gets a lane inside one it encloses,
 * so shorter links run nearer the boxes and longer ones outside them.
 */
export function assignLanes(spans: ReadonlyArray<readonly [number, number]>): number[] {
  const order = spans
    .map((s, i) => ({ i, lo: Math.min(...s), hi: Math.max(...s) }))
    .sort((a, b) => a.hi - a.lo - (b.hi - b.lo) || a.lo - b.lo || a.i - b.i);
  const lanes = new Array<number>(spans.length).fill(0);
  const placed: Array<{ lo: number; hi: number; lane: number }> = [];
  for (const s of order) {
    const taken = new Set(placed.filter((p) => p.lo <= s.hi && s.lo <= p.hi).map((p) => p.lane));
    let lane = 0;
    while (taken.has(lane)) lane++;
    lanes[s.i] = lane;
    placed.push({ lo: s.lo, hi: s.hi, lane });
  }
  return lanes;
}

/** Path from `a` right to the lane at `x`, along it, and left to `b`, with rounded corners. */
function lanePath(a: Point, b: Point, x: number): string {
  const dir = b.y > a.y ? 1 : -1;
  const r = Math.min(CORNER, Math.abs(b.y - a.y) / 2);
  return (
    `M${a.x} ${a.y}H${x - r}Q${x} ${a.y} ${x} ${a.y + dir * r}` + `V${b.y - dir * r}Q${x} ${b.y} ${x - r} ${b.y}H${b.x}`
  );
}

/**
 * Stacks `groups` from `top` down and routes `links` (those between two boxes of the stack; the rest
 * are dropped). At each box, the ports of links to boxes above come first, the innermost lane on top,
 * then those of links to boxes below, the innermost lane at the bottom, so links leaving one box do
 * not cross one another there.
 */
export function layoutStack(
  groups: readonly StackGroup[],
  links: readonly StackLink[],
  top: number,
  m: StackMetrics,
): Stack {
  const items = groups.flatMap((g) => g.items);
  const index = new Map(items.map((item, i) => [item.id, i]));
  const routed = links.flatMap((l) => {
    const from = index.get(l.from);
    const to = index.get(l.to);
    return from === undefined || to === undefined || from === to ? [] : [{ ...l, a: from, b: to }];
  });
  const lanes = assignLanes(routed.map((l) => [l.a, l.b] as const));
  const laneCount = Math.max(0, ...lanes.map((l) => l + 1));
  const laneGap = laneCount === 0 ? 0 : Math.min(m.laneGap, (m.width * MAX_LANE_SHARE - LANE_START) / laneCount);
  const laneArea = laneCount === 0 ? 0 : LANE_START + laneCount * laneGap;
  const nodeWidth = m.width - m.pad - m.nodeX - laneArea;
  const right = m.nodeX + nodeWidth;
  const laneX = (lane: number) => right + LANE_START + lane * laneGap;

  // Each box's ports: one per link end, ordered as the doc comment says.
  const ports = items.map(() => [] as Array<{ link: number; end: 'start' | 'end'; key: number }>);
  routed.forEach((l, k) => {
    const lane = lanes[k] ?? 0;
    for (const [at, other, end] of [
      [l.a, l.b, 'start'],
      [l.b, l.a, 'end'],
    ] as const) {
      // Above: innermost lane first. Below: after every link above, outermost lane first.
      const key = other < at ? lane : 1e6 - lane;
      ports[at]?.push({ link: k, end, key });
    }
  });
  for (const list of ports) list.sort((p, q) => p.key - q.key || p.link - q.link);

  const chars = charsPerLine(nodeWidth, m);
  const placedGroups: PlacedGroup[] = [];
  const nodes: MapNode[] = [];
  let y = top;
  let i = 0;
  for (const group of groups) {
    if (group.items.length === 0) continue;
    const headChars = Math.max(8, Math.floor((m.width - m.pad - m.nodeX) / m.headCharWidth));
    const lines = wrapText(group.label, headChars);
    const noteLines = group.note === undefined ? [] : wrapText(group.note, headChars);
    y += m.nodeGap;
    placedGroups.push({
      key: group.key,
      lines,
      baselines: baselines(y, lines.length, m.headLine),
      noteLines,
      noteBaselines: baselines(y + lines.length * m.headLine, noteLines.length, m.headLine),
    });
    y += (lines.length + noteLines.length) * m.headLine + m.nodeGap;
    for (const item of group.items) {
      const lines = [...(item.caption === undefined ? [] : [item.caption]), ...wrapText(item.title, chars)];
      const textHeight = lines.length * m.lineHeight + 2 * m.nodePad;
      const portCount = ports[i]?.length ?? 0;
      const height = Math.max(textHeight, (portCount + 1) * m.portGap);
      nodes.push({
        id: item.id,
        argument: item.argument ?? item.id,
        stance: item.stance,
        title: item.title,
        ...(item.caption === undefined ? {} : { caption: item.caption }),
        x: m.nodeX,
        y,
        width: nodeWidth,
        height,
        lines,
        // A box made taller for its ports centres its text.
        baselines: baselines(y + (height - textHeight) / 2 + m.nodePad, lines.length, m.lineHeight),
      });
      y += height + m.nodeGap;
      i++;
    }
    y += m.groupGap;
  }
  const bottom = nodes.length === 0 ? top : y - m.groupGap - m.nodeGap;

  const portPoint = (k: number, end: 'start' | 'end', at: number): Point => {
    const node = nodes[at];
    const list = ports[at] ?? [];
    const slot = list.findIndex((p) => p.link === k && p.end === end);
    if (!node || slot < 0) throw new Error(`map layout: link ${k} has no port on box ${at}`);
    return { x: right, y: round(node.y + ((slot + 1) * node.height) / (list.length + 1)) };
  };
  const edges: MapEdge[] = routed.map((l, k) => {
    const start = portPoint(k, 'start', l.a);
    const end = portPoint(k, 'end', l.b);
    return { from: l.from, to: l.to, kind: l.kind, d: lanePath(start, end, round(laneX(lanes[k] ?? 0))), start, end };
  });
  return { groups: placedGroups, nodes, edges, bottom };
}
