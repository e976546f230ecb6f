import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { slimPagefind } from './pagefind-assets.ts';
import { writeSearchExtras } from './search-extras.ts';

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`${step}: ${errors.join('; ')}`);
}

/** The build log's line for an index built from `pages` HTML pages (the count `indexSite` returns). */
export const indexedMessage = (pages: number): string =>
  `Search index built (Pagefind read ${pages} pages; only those marked data-pagefind-body are searchable)`;

/**
 * Indexes the built pages in `site` with Pagefind's Node API into `<site>/pagefind/`, slims Pagefind's
 * runtime there (pagefind-assets.ts), writes the files the search page loads on demand, the vocabulary
 * of "Did you mean …" and the pages in date order (search-extras.ts), and returns how many HTML pages Pagefind read (searchable or
 * not). Throws "Failed to build the search index" (the cause attached) on any error.
 * With `PAGEFIND_TIMING_FILE` set, writes `{ "ms": <indexing time>, "pages": <count> }` there, so a
 * benchmark can tell indexing from building. Imports only what Node resolves unaided, so that
 * scripts/build.ts can run it outside Astro.
 */
export async function indexSite(site: string): Promise<number> {
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    failOn('createIndex', errors);
    if (!index) throw new Error('createIndex returned no index');
    const added = await index.addDirectory({ path: site });
    failOn('addDirectory', added.errors);
    if (added.page_count === 0) throw new Error('addDirectory found no page marked data-pagefind-body');
    const outputPath = path.join(site, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    failOn('writeFiles', written.errors);
    await slimPagefind(outputPath);
    await writeSearchExtras(site);
    const timing = process.env['PAGEFIND_TIMING_FILE'];
    if (timing) await writeFile(timing, JSON.stringify({ ms: performance.now() - started, pages: added.page_count }));
    return added.page_count;
  } catch (cause) {
    throw new Error('Failed to build the search index', { cause });
  } finally {
    await pagefind.close();
  }
}
