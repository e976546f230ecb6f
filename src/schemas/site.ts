import { z } from 'astro/zod';
import { stanceSchema } from './common.ts';

const line = (what: string) =>
  z
    .string({ error: `write ${what}` })
    .trim()
    .min(1, `write ${what}`);

/** A topic arguments are filed under. */
export const topicSchema = z.object({
  /** The topic's id: lower-case words joined by hyphens; its page is /topics/<id>/. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'write the id as lower-case words joined by hyphens'),
  /** The label readers see, e.g. "Costs and budgets". */
  label: line('the label readers see for this topic'),
});

/** What one stance means in this debate. Every stance is defined once; the order here is the site's order. */
export const stanceDefinitionSchema = z.object({
  /** `for`, `against` or `qualified`: the stance an argument or document names in its `stance` field. */
  id: stanceSchema,
  /** The label readers see, e.g. "For the proposal". */
  label: line('the label readers see for this stance'),
  /** One or two sentences saying which arguments take this stance; shown on /about/. */
  definition: line('one or two sentences defining the stance'),
});

/**
 * The debate's identity (`content/site.yaml`): everything the pages say about the debate as a whole,
 * its stances and its topics.
 * Nothing debate-specific lives in `src/`, so another corpus (`CONTENT_ROOT`) brings its own.
 */
export const siteSchema = z.object({
  /** The site's name: the header, page titles, the feed, citations of our pages and structured data. */
  name: line('the site’s name'),
  /** The question the debate answers, as one sentence ending in a question mark; the home page's heading. */
  question: line('the question the debate answers').refine(
    (q) => q.endsWith('?'),
    'write the question with its question mark',
  ),
  /**
   * The debate as a noun phrase that completes "the debate on …", used in page descriptions,
   * e.g. "a four-day working week".
   */
  subject: line('the subject, completing “the debate on …”'),
  /** One sentence describing the site, for the feed's description. */
  feedDescription: line('one sentence describing the site for the feed'),
  /** Two or three words readers might search for, shown as the home search box's example. Default: none. */
  searchExamples: z.array(line('a search example')).default([]),
  /** A note shown on /about/ after the stance definitions (e.g. which stances the documents take). Default: none. */
  stanceNote: line('the note on stances').optional(),
  /** The three stances, each defined once, in the order the site lists them. */
  stances: z
    .array(stanceDefinitionSchema)
    .refine(
      (list) => stanceSchema.options.every((id) => list.filter((s) => s.id === id).length === 1),
      `define each stance (${stanceSchema.options.join(', ')}) exactly once`,
    ),
  /** The topics arguments are filed under, in the order the site lists them; a topic with no argument gets no page. */
  topics: z
    .array(topicSchema)
    .min(1, 'list at least one topic')
    .refine((list) => new Set(list.map((t) => t.id)).size === list.length, 'give each topic its own id'),
});

export type SiteData = z.infer<typeof siteSchema>;
export type TopicData = z.infer<typeof topicSchema>;
