import { z } from 'astro/zod';
import { quotationSchema } from './argument.ts';
import { datedSchema } from './common.ts';
import { reference } from './reference.ts';

/**
 * A dated happening the documents mention (`content/events/*.md`), shown on /timeline/. Publications
 * (the documents and dated sources) come onto the timeline from their own dates and need no event;
 * an event that names a source stands for that source there.
 */
export const eventSchema = z.object({
  /** What happened, as a short phrase (e.g. "The second presidential debate"). */
  title: z.string().min(1),
  /** When it happened, with its precision; an inferred date is `approximate` and says why in `basis`. */
  date: datedSchema,
  /** One sentence in our own words saying what happened, drawn only from the documents and sources. */
  summary: z.string().min(1),
  /** The documents' words that mention the event, verbatim, each with its document (and anchor where the words occur twice). At least one. */
  evidence: z.array(quotationSchema).min(1, 'an event needs at least one quotation from a document'),
  /** Works that record the event, in `content/sources/`; on the timeline the event stands for them. Default: none. */
  sources: z.array(reference('sources')).default([]),
  /** Arguments the event bears on, in `content/arguments/`. At least one. */
  arguments: z.array(reference('arguments')).min(1, 'name at least one argument the event bears on'),
});

export type EventData = z.infer<typeof eventSchema>;
