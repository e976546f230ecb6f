import { z } from 'astro/zod';

/** The collections an entry can point at (`topics` are the topics listed in `site.yaml`). */
export type CollectionName = 'documents' | 'sources' | 'arguments' | 'topics';

/**
 * A reference to an entry of `collection`, written in frontmatter as the entry's id and kept as that
 * id: the corpus (src/lib/corpus/build.ts) resolves ids to entries once, so nothing downstream carries
 * a half-resolved `{ id, collection }`. Plain Zod, so that the schemas also run outside Astro
 * (`npm run check:content`, the editor tools). Whether the entry exists is not known here:
 * `checkCorpus` (src/lib/integrity.ts) refuses every reference that names no entry, where Astro's own
 * `reference()` would only log it.
 */
export function reference(collection: CollectionName) {
  const message = `name an entry of ${collection === 'topics' ? 'the topics in site.yaml' : `content/${collection}/`} by its id`;
  return z.string({ error: message }).min(1, message);
}
