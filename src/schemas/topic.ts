import { z } from 'astro/zod';

/** Every topic an argument can be filed under, with the label readers see. */
export const TOPICS = {
  'assad-regime': 'The Assad regime',
  'russian-airstrikes': 'Russian airstrikes in Syria',
  'counter-terrorism': 'Counter-terrorism',
  'state-sponsored-terrorism': 'Russia and terrorist groups',
  'intelligence-sharing': 'Intelligence sharing',
  'military-cooperation': 'Military cooperation',
  sanctions: 'Sanctions and a deal with Moscow',
  'ukraine-crimea-georgia': 'Ukraine, Crimea and Georgia',
  allies: 'Allies and partners',
  'syria-endgame': 'The end state in Syria',
  'trump-administration': 'The Trump administration',
} as const;

export type Topic = keyof typeof TOPICS;

/** A topic slug from {@link TOPICS}. */
export const topicSchema = z.enum(Object.keys(TOPICS) as [Topic, ...Topic[]]);
