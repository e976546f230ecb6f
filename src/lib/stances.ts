import type { Stance } from '../schemas/common';

/** What each stance means on this site, in the order the site lists them. */
export const STANCES: ReadonlyArray<{ id: Stance; label: string; definition: string }> = [
  {
    id: 'for',
    label: 'For cooperation',
    definition: 'Holds that the U.S. should cooperate with Russia to fight ISIS, or gives a reason to.',
  },
  {
    id: 'against',
    label: 'Against cooperation',
    definition: 'Holds that the U.S. should not cooperate with Russia to fight ISIS, or gives a reason not to.',
  },
  {
    id: 'qualified',
    label: 'Qualified',
    definition:
      'Accepts some relationship with Russia short of cooperation, or a position that depends on conditions, rather than a plain yes or no.',
  },
];

/** How many of `items` take each stance (stances none takes are absent). */
export function countByStance(items: ReadonlyArray<{ data: { stance: string } }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.data.stance, (counts.get(item.data.stance) ?? 0) + 1);
  return counts;
}

/** The label of a stance, e.g. "Against cooperation". */
export function stanceLabel(stance: Stance): string {
  return STANCES.find((s) => s.id === stance)?.label ?? stance;
}
