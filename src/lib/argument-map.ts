/**
 * Layout of the home page's argument map: the question on top, then one group per stance with its
 * arguments stacked as boxes, and each rebuttal drawn as an arc on the right from the rebutting
 * argument to the one it answers. Pure and deterministic: the same input gives the same numbers.
 * Coordinates are SVG user units in a viewBox `MAP_WIDTH` wide.
 */

export const MAP_WIDTH = 640;
/** Arguments drawn per stance; the rest are counted, so the map stays small for any corpus. */
export const DEFAULT_PER_STANCE = 12;

const PAD = 8;
const QUESTION_CHARS = 58;
const QUESTION_LINE = 24;
const NODE_X = 32;
const NODE_WIDTH = 440;
const NODE_CHARS = 50;
const NODE_LINE = 19;
const NODE_PAD = 10;
const NODE_GAP = 10;
const GROUP_HEAD = 34;
const GROUP_GAP = 18;
const ARC_MIN = 24;
const ARC_MAX = MAP_WIDTH - PAD - (NODE_X + NODE_WIDTH);

export interface MapArgument {
  id: string;
  title: string;
  stance: string;
  /** Ids of the arguments this one answers. */
  rebuts: readonly string[];
}

export interface MapBox {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The text, wrapped; each line's baseline is `y + NODE_PAD + (i + 1) * lineHeight - 5`. */
  lines: string[];
  lineHeight: number;
}

export interface MapNode extends MapBox {
  id: string;
  stance: string;
}

export interface MapGroup {
  stance: string;
  label: string;
  /** Baseline of the group's heading. */
  y: number;
  /** Arguments of this stance in the input. */
  total: number;
  /** Arguments of this stance left off the map. */
  hidden: number;
}

export interface MapEdge {
  from: string;
  to: string;
  /** SVG path data, from the right edge of `from` to the right edge of `to`. */
  d: string;
}

export interface ArgumentMap {
  width: number;
  height: number;
  question: MapBox;
  groups: MapGroup[];
  nodes: MapNode[];
  /** Rebuttals between arguments both on the map; the ones touching a hidden argument are left out. */
  edges: MapEdge[];
  /** The vertical line joining the question to the stance headings: x and the two y ends. */
  spine: { x: number; y1: number; y2: number };
}

/** Greedy word wrap to lines of at most `max` characters; a longer word is cut. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    if (line) lines.push(line);
    line = '';
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length <= max) {
      line += ` ${word}`;
      continue;
    }
    flush();
    let rest = word;
    while (rest.length > max) {
      lines.push(rest.slice(0, max));
      rest = rest.slice(max);
    }
    line = rest;
  }
  flush();
  return lines;
}

/**
 * Positions the question, the stance groups (in the order of `stances`, empty ones left out) and the
 * first `perStance` arguments of each, in input order, and routes every rebuttal between shown arguments.
 */
export function layoutArgumentMap(
  question: string,
  args: readonly MapArgument[],
  stances: ReadonlyArray<{ id: string; label: string }>,
  perStance: number = DEFAULT_PER_STANCE,
): ArgumentMap {
  const qLines = wrapText(question, QUESTION_CHARS);
  const questionBox: MapBox = {
    x: PAD,
    y: PAD,
    width: MAP_WIDTH - 2 * PAD,
    height: qLines.length * QUESTION_LINE + 2 * NODE_PAD,
    lines: qLines,
    lineHeight: QUESTION_LINE,
  };
  let y = questionBox.y + questionBox.height + GROUP_GAP;
  const groups: MapGroup[] = [];
  const nodes: MapNode[] = [];
  for (const stance of stances) {
    const ofStance = args.filter((a) => a.stance === stance.id);
    if (ofStance.length === 0) continue;
    const shown = ofStance.slice(0, Math.max(0, perStance));
    groups.push({
      stance: stance.id,
      label: stance.label,
      y: y + 22,
      total: ofStance.length,
      hidden: ofStance.length - shown.length,
    });
    y += GROUP_HEAD;
    for (const arg of shown) {
      const lines = wrapText(arg.title, NODE_CHARS);
      const height = lines.length * NODE_LINE + 2 * NODE_PAD;
      nodes.push({
        id: arg.id,
        stance: arg.stance,
        x: NODE_X,
        y,
        width: NODE_WIDTH,
        height,
        lines,
        lineHeight: NODE_LINE,
      });
      y += height + NODE_GAP;
    }
    y += GROUP_GAP;
  }
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: MapEdge[] = [];
  for (const arg of args) {
    const from = byId.get(arg.id);
    if (!from) continue;
    for (const target of arg.rebuts) {
      const to = byId.get(target);
      if (!to || to === from) continue;
      const x = NODE_X + NODE_WIDTH;
      const y1 = from.y + from.height / 2;
      const y2 = to.y + to.height / 2;
      const bulge = Math.min(ARC_MAX, ARC_MIN + Math.abs(y2 - y1) / 4);
      edges.push({ from: from.id, to: to.id, d: `M${x} ${y1} C${x + bulge} ${y1} ${x + bulge} ${y2} ${x} ${y2}` });
    }
  }
  const lastGroup = groups.at(-1);
  return {
    width: MAP_WIDTH,
    height: Math.ceil(y - GROUP_GAP + PAD),
    question: questionBox,
    groups,
    nodes,
    edges,
    spine: {
      x: NODE_X / 2,
      y1: questionBox.y + questionBox.height,
      y2: lastGroup ? lastGroup.y - 6 : questionBox.y + questionBox.height,
    },
  };
}

/** Rebutted arguments named under each argument in the list beside the map; the rest are counted. */
export const REBUTS_PER_ARGUMENT = 5;
