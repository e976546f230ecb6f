import { z } from 'astro/zod';

/** The collections an entry can point at (`topics` are the topics listed in `site.yaml`). */
export type CollectionName = 'documents' | 'sources' | 'arguments' | 'topics';

/**
 * A reference to an entry of `collection`, written in frontmatter as the entry's id and parsed to
 * `{ id, collection }`, the shape of Astro's `reference()`. It is plain Zod so that the schemas also run
 * outside Astro (`npm run check:content`, the editor tools). Whether the entry exists is not known
 * here: `checkCorpus` (src/lib/integrity.ts) refuses every reference that names no entry, where Astro
 * would only log it.
 */
export function reference<C extends CollectionName>(collection: C) {
  return z
    .string({ error: `name an entry of content/${collection}/ by its id` })
    .min(1, `name an entry of content/${collection}/ by its id`)
    .transform((id) => ({ id, collection }));
}
