import { z } from 'astro/zod';
import { authorSchema, datedSchema, stanceSchema, urlSchema } from './common.ts';
import { reference } from './reference.ts';

/** Where in its text a document cites a work: the cited words become a link to it. */
export const citationSchema = z.object({
  /** The cited work, in `content/sources/`. */
  source: reference('sources'),
  /**
   * The paragraph that cites it (an anchor of the document, e.g. `as-the-report-puts-it`).
   * Default: the one paragraph that holds `text`; give it when several do.
   */
  anchor: z.string().min(1).optional(),
  /** Words of that paragraph, verbatim, that name the work; they become the link. */
  text: z.string().min(1),
});

/** A source document of the debate (`content/documents/*.mdx`); its body is the verbatim text. */
export const documentSchema = z.object({
  /** The document's title as published. */
  title: z.string().min(1),
  /** Who wrote it: a person, an organisation, or explicitly unknown. */
  author: authorSchema,
  /** Where it was published (site, magazine, blog). */
  outlet: z.string().min(1),
  /** When it was published, with its precision. */
  published: datedSchema,
  /** When the text says it was edited, if it does. */
  edited: datedSchema.optional(),
  /** The verified address of the original. */
  url: urlSchema,
  /** The document's overall position on the question. */
  stance: stanceSchema,
  /** One paragraph in our own words; shown labelled as the editors' summary. */
  summary: z.string().min(1),
  /** The raw capture this text comes from, a file name in `originals/`. */
  capture: z.string().regex(/^[\w.-]+\.txt$/, 'name a .txt file in the originals folder'),
  /** Lines of the capture that are page furniture (comment widgets and the like), left out of the text. Default: none. */
  furniture: z.array(z.string().min(1)).default([]),
  /** What the capture lost from the original page (embedded media, stripped links). Default: nothing. */
  lost: z.array(z.string().min(1)).default([]),
  /** Every work the document cites, at the words that cite it. Default: none. */
  cites: z.array(citationSchema).default([]),
});

export type DocumentData = z.infer<typeof documentSchema>;
