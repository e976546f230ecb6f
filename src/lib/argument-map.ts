/**
 * Layout of the home page's argument map: the question on top, then one group per stance with its
 * arguments stacked as boxes, and each rebuttal an arrow on the right from the rebutting argument to
 * the one it answers, in a lane of its own (see `map-layout.ts`). Two layouts of the same map: a wide
 * one for screens with room, and a narrow one that reads on a 320 px screen without sideways scrolling.
 */
import { layoutStack, NARROW_TEXT_METRICS, type MapBox, type StackMetrics, type Stack } from './map-layout.ts';
import { baselines, wrapText } from './map-text.ts';

export { wrapText };
export type { MapBox };

/** Arguments drawn per stance; the rest are counted, so the map stays small for any corpus. */
export const DEFAULT_PER_STANCE = 12;

export type MapLayout = 'wide' | 'narrow';

/**
 * The sizes of each layout. Box text is 14 px and headings 15 px in user units (argument-map.css);
 * on a 320 px screen the narrow map is drawn at 0.9 of its width (the text column is 288 px), so
 * its text is 12.6 CSS px. The wide one is shown only where it is drawn at least
 * 0.94 of its width (argument-map.css), so its text is at least 13 CSS px.
 */
export const LAYOUTS: Record<MapLayout, StackMetrics & { questionChars: number; questionLine: number }> = {
  wide: {
    width: 960,
    pad: 8,
    nodeX: 32,
    lineHeight: 19,
    charWidth: 8,
    nodePad: 10,
    nodeGap: 10,
    headLine: 20,
    headCharWidth: 9,
    groupGap: 8,
    laneGap: 12,
    portGap: 10,
    questionChars: 80,
    questionLine: 24,
  },
  narrow: {
    width: 320,
    pad: 4,
    nodeX: 16,
    ...NARROW_TEXT_METRICS,
    questionChars: 26,
    questionLine: 24,
  },
};

export interface MapArgument {
  id: string;
  title: string;
  stance: string;
  /** Ids of the arguments this one answers. */
  rebuts: readonly string[];
}

export interface MapGroupCount {
  stance: string;
  /** Arguments of this stance in the input. */
  total: number;
  /** Arguments of this stance left off the map. */
  hidden: number;
}

export interface ArgumentMap extends Stack {
  layout: MapLayout;
  width: number;
  height: number;
  question: MapBox;
  /** Left edge of the boxes and group headings, and how far a box's text is inset from its border. */
  left: number;
  inset: number;
  /** Per stance group drawn, in the order of `groups`: how many arguments it has and hides. */
  counts: MapGroupCount[];
  /** The vertical line joining the question to the stance headings: x and the two y ends. */
  spine: { x: number; y1: number; y2: number };
}

/**
 * Positions the question, the stance groups (in the order of `stances`, empty ones left out) and the
 * first `perStance` arguments of each, in input order, and routes every rebuttal between shown
 * arguments; the ones touching a hidden argument are left out.
 */
export function layoutArgumentMap(
  question: string,
  args: readonly MapArgument[],
  stances: ReadonlyArray<{ id: string; label: string }>,
  options: { layout?: MapLayout; perStance?: number } = {},
): ArgumentMap {
  const layout = options.layout ?? 'wide';
  const perStance = Math.max(0, options.perStance ?? DEFAULT_PER_STANCE);
  const m = LAYOUTS[layout];
  const qLines = wrapText(question, m.questionChars);
  const qHeight = qLines.length * m.questionLine + 2 * m.nodePad;
  const questionBox: MapBox = {
    x: m.pad,
    y: m.pad,
    width: m.width - 2 * m.pad,
    height: qHeight,
    lines: qLines,
    baselines: baselines(m.pad + m.nodePad, qLines.length, m.questionLine),
  };
  const counts: MapGroupCount[] = [];
  const groups = stances.flatMap((stance) => {
    const ofStance = args.filter((a) => a.stance === stance.id);
    if (ofStance.length === 0) return [];
    const shown = ofStance.slice(0, perStance);
    const hidden = ofStance.length - shown.length;
    counts.push({ stance: stance.id, total: ofStance.length, hidden });
    return [
      {
        key: stance.id,
        label: `${stance.label} (${ofStance.length})`,
        ...(hidden > 0 ? { note: `${hidden} more not drawn` } : {}),
        items: shown.map((a) => ({ id: a.id, stance: a.stance, title: a.title })),
      },
    ];
  });
  const links = args.flatMap((a) => a.rebuts.map((to) => ({ from: a.id, to, kind: 'rebuts' as const })));
  const stack = layoutStack(groups, links, questionBox.y + questionBox.height, m);
  const spineX = m.nodeX / 2;
  const lastGroup = stack.groups.at(-1);
  return {
    ...stack,
    layout,
    width: m.width,
    height: Math.ceil(stack.bottom + m.pad),
    question: questionBox,
    left: m.nodeX,
    inset: m.nodePad,
    counts,
    spine: {
      x: spineX,
      y1: questionBox.y + questionBox.height,
      y2: lastGroup ? (lastGroup.baselines[0] ?? 0) - 5 : questionBox.y + questionBox.height,
    },
  };
}

/** Rebutted arguments named under each argument in the list beside the map; the rest are counted. */
export const REBUTS_PER_ARGUMENT = 5;
