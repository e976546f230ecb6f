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

/** The label of a stance, e.g. "Against cooperation". */
export function stanceLabel(stance: Stance): string {
  return STANCES.find((s) => s.id === stance)?.label ?? stance;
}
