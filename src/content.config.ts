import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot } from './lib/content-root';
import { argumentSchema } from './schemas/argument';
import { documentSchema } from './schemas/document';
import { eventSchema } from './schemas/event';
import { sourceSchema } from './schemas/source';

// `[^_]` lets `_draft.mdx` files sit beside published ones without being loaded.
const entries = (folder: string) => glob({ base: `${contentRoot()}/${folder}`, pattern: '**/[^_]*.{md,mdx}' });

export const collections = {
  documents: defineCollection({ loader: entries('documents'), schema: documentSchema }),
  sources: defineCollection({ loader: entries('sources'), schema: sourceSchema }),
  arguments: defineCollection({ loader: entries('arguments'), schema: argumentSchema }),
  // Optional: a corpus without an events/ folder (e.g. a CONTENT_ROOT benchmark corpus) has an empty timeline of events.
  events: defineCollection({ loader: entries('events'), schema: eventSchema }),
};
