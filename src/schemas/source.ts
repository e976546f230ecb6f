import { z } from 'astro/zod';
import { authorSchema, datedSchema, relatedLinkSchema, urlSchema } from './common.ts';

/** What kind of work a cited source is. */
export const sourceKindSchema = z.enum(['article', 'op-ed', 'report', 'transcript', 'video', 'book']);

/** A work that one of the documents cites (`content/sources/*.mdx`). */
export const sourceSchema = z.object({
  /** The work's title as published, or as the citing document gives it when unconfirmed. */
  title: z.string().min(1),
  /** What is uncertain about the title, if anything. */
  titleNote: z.string().min(1).optional(),
  /** Who wrote or spoke it. */
  author: authorSchema,
  /** Where it appeared; `null` when unknown. */
  outlet: z.string().min(1).nullable(),
  /** The kind of work. */
  kind: sourceKindSchema,
  /** When it appeared; `null` when unknown. */
  date: datedSchema.nullable(),
  /** The address verified to serve this work. Omit when none is verified: never guess one. */
  url: urlSchema.optional(),
  /** Other verified addresses about the work (reports quoting it, translations, event pages). Default: none. */
  related: z.array(relatedLinkSchema).default([]),
  /** What could not be verified about this work, in a sentence or two. */
  unverified: z.string().min(1).optional(),
});

export type SourceData = z.infer<typeof sourceSchema>;
