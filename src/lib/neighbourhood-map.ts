/**
 * Layout of an argument page's neighbourhood map: the arguments it rebuts above it, the ones that
 * rebut it below, then its related arguments, each group stacked as boxes (see `map-layout.ts`), with
 * an arrow for each rebuttal and a dashed line for each related argument. One layout, 320 units wide,
 * which reads on a 320 px screen and is drawn small on a wide one.
 */
import {
  layoutStack,
  NARROW_TEXT_METRICS,
  type StackGroup,
  type StackLink,
  type StackMetrics,
  type Stack,
} from './map-layout.ts';

/**
 * Arguments drawn per group. The page's lists below the map name every one, so the map need only
 * show the nearest few to stay small (each box is about 400 bytes of markup): a group with more says
 * how many are left off and links to its list.
 */
export const NEIGHBOURS_PER_GROUP = 6;

/** Box text 14 units, headings 15 (neighbourhood.css); at 320 px the map is drawn at 0.9 of its width. */
export const NEIGHBOURHOOD_METRICS: StackMetrics = {
  width: 320,
  pad: 4,
  nodeX: 4,
  ...NARROW_TEXT_METRICS,
};

/** The relations an argument page lists, in the map's order, each with the id of its list's section. */
export const RELATIONS = [
  { key: 'rebuts', label: 'Rebuts', section: 'rebuts' },
  { key: 'self', label: 'This argument', section: '' },
  { key: 'rebutted-by', label: 'Rebutted by', section: 'rebutted-by' },
  { key: 'related', label: 'Related arguments', section: 'related' },
] as const;

export type RelationKey = (typeof RELATIONS)[number]['key'];

export interface Neighbour {
  id: string;
  title: string;
  stance: string;
}

export interface NeighbourhoodInput {
  argument: Neighbour;
  rebuts: readonly Neighbour[];
  rebuttedBy: readonly Neighbour[];
  related: readonly Neighbour[];
  /** Stance id → the label the site gives it. */
  stanceLabels: ReadonlyMap<string, string>;
}

export interface NeighbourhoodGroup {
  key: RelationKey;
  /** The id of the page section listing this relation in full. */
  section: string;
  total: number;
  /** Arguments of this relation left off the map. */
  hidden: number;
}

export interface NeighbourhoodMap extends Stack {
  width: number;
  height: number;
  inset: number;
  /** The relations drawn, in order, with their counts. */
  relations: NeighbourhoodGroup[];
}

/** Box ids are `relation/argument`, since one argument may stand in two relations to another. */
export const boxId = (relation: RelationKey, argument: string) => `${relation}/${argument}`;

/** The neighbourhood map of `input.argument`, or `undefined` when it has no neighbour to draw. */
export function layoutNeighbourhood(
  input: NeighbourhoodInput,
  perGroup: number = NEIGHBOURS_PER_GROUP,
): NeighbourhoodMap | undefined {
  const m = NEIGHBOURHOOD_METRICS;
  const members: Record<RelationKey, readonly Neighbour[]> = {
    rebuts: input.rebuts,
    self: [input.argument],
    'rebutted-by': input.rebuttedBy,
    related: input.related,
  };
  if (input.rebuts.length + input.rebuttedBy.length + input.related.length === 0) return undefined;
  const self = boxId('self', input.argument.id);
  const relations: NeighbourhoodGroup[] = [];
  const groups: StackGroup[] = [];
  const links: StackLink[] = [];
  for (const relation of RELATIONS) {
    const all = members[relation.key];
    if (all.length === 0) continue;
    const shown = all.slice(0, Math.max(0, perGroup));
    const hidden = all.length - shown.length;
    relations.push({ key: relation.key, section: relation.section, total: all.length, hidden });
    groups.push({
      key: relation.key,
      label: relation.key === 'self' ? relation.label : `${relation.label} (${all.length})`,
      ...(hidden > 0 ? { note: `${shown.length} drawn; all ${all.length} are listed below` } : {}),
      items: shown.map((n) => ({
        id: boxId(relation.key, n.id),
        argument: n.id,
        stance: n.stance,
        title: n.title,
        caption: input.stanceLabels.get(n.stance) ?? n.stance,
      })),
    });
    for (const n of shown) {
      const box = boxId(relation.key, n.id);
      if (relation.key === 'rebuts') links.push({ from: self, to: box, kind: 'rebuts' });
      if (relation.key === 'rebutted-by') links.push({ from: box, to: self, kind: 'rebuts' });
      if (relation.key === 'related') links.push({ from: self, to: box, kind: 'related' });
    }
  }
  const stack = layoutStack(groups, links, m.pad, m);
  return { ...stack, width: m.width, height: Math.ceil(stack.bottom + m.pad), inset: m.nodePad, relations };
}
