import { z } from 'astro/zod';
import { stanceSchema } from './common.ts';
import { reference } from './reference.ts';

/** Exact words of a document that make (or probe) an argument. */
export const quotationSchema = z.object({
  /** The document quoted, in `content/documents/`. */
  document: reference('documents'),
  /**
   * The anchor of the paragraph the words come from (shown in the document page's URL fragment).
   * Default: the one paragraph of the document that holds the words; give it when several do.
   */
  anchor: z.string().min(1).optional(),
  /** The words, verbatim (runs of whitespace may differ; nothing else may). */
  text: z.string().min(1),
  /** When the document is itself quoting another work here, that work. */
  quoting: reference('sources').optional(),
});

/** One distinct claim in the debate (`content/arguments/*.mdx`); the body is our neutral synthesis. */
export const argumentSchema = z.object({
  /** The claim, as one sentence. */
  title: z.string().min(1),
  /** `for`, `against` or `qualified`, as `content/site.yaml` defines them for this debate (shown on /about/). */
  stance: stanceSchema,
  /** One line saying what the argument holds, for lists and search results. */
  summary: z.string().min(1),
  /** The words in the documents that make the claim. At least one. */
  quotations: z.array(quotationSchema).min(1, 'an argument needs at least one quotation'),
  /** Questions the documents pose that probe this claim (e.g. a list of questions for the press). Default: none. */
  questions: z.array(quotationSchema).default([]),
  /** Works the argument relies on, in `content/sources/`. Default: none. */
  cites: z.array(reference('sources')).default([]),
  /** Arguments that support or extend this one. Default: none. */
  related: z.array(reference('arguments')).default([]),
  /** Arguments this one answers. Default: none. */
  rebuts: z.array(reference('arguments')).default([]),
  /** Topics, by their ids in the `topics` of `content/site.yaml`. At least one. */
  topics: z.array(reference('topics')).min(1, 'name at least one topic'),
});

export type ArgumentData = z.infer<typeof argumentSchema>;
