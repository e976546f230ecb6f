import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { load as loadYaml } from 'js-yaml';
import { contentRoot } from './lib/content-root.ts';
import { verbatimDocuments } from './loaders/documents.ts';
import { argumentSchema } from './schemas/argument.ts';
import { documentSchema } from './schemas/document.ts';
import { eventSchema } from './schemas/event.ts';
import { nameSchema } from './schemas/name.ts';
import { siteSchema } from './schemas/site.ts';
import { sourceSchema } from './schemas/source.ts';

const root = contentRoot();
// `[^_]` lets `_draft.mdx` files sit beside published ones without being loaded.
const entries = (folder: string) => glob({ base: `${root}/${folder}`, pattern: '**/[^_]*.{md,mdx}' });

export const collections = {
  // The debate's identity, stances and topics: one entry, `site`, read from the whole of site.yaml.
  site: defineCollection({
    loader: file(`${root}/site.yaml`, { parser: (text) => ({ site: loadYaml(text) as Record<string, unknown> }) }),
    schema: siteSchema,
  }),
  // Verbatim text: loaded without compiling the bodies as MDX (see src/loaders/documents.ts).
  documents: defineCollection({ loader: verbatimDocuments(root), schema: documentSchema }),
  sources: defineCollection({ loader: entries('sources'), schema: sourceSchema }),
  arguments: defineCollection({ loader: entries('arguments'), schema: argumentSchema }),
  // Optional: a corpus without an events/ folder (e.g. a CONTENT_ROOT benchmark corpus) has an empty timeline of events.
  events: defineCollection({ loader: entries('events'), schema: eventSchema }),
  // Optional too: a corpus without a names/ folder has no index of names.
  names: defineCollection({ loader: entries('names'), schema: nameSchema }),
};
