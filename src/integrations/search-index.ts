import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { paths } from '../lib/urls.ts';
import { slimPagefind } from './pagefind-assets.ts';
import { pageDates, writeSearchExtras } from './search-extras.ts';

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`${step}: ${errors.join('; ')}`);
}

/** The build log's line for an index of `pages` pages (the count `indexSite` returns). */
export const indexedMessage = (pages: number): string =>
  `Search index built (Pagefind indexed ${pages} pages: the arguments, documents, sources and names)`;

/**
 * The built files Pagefind reads, as a glob relative to the site: the pages of the kinds search finds
 * (`PAGE_TYPES` in src/lib/search-contract.ts), at their paths (src/lib/urls.ts); a name's further pages of
 * mentions lie deeper and are not searchable. These are exactly the pages marked `data-pagefind-body`
 * (tests/integration/site/site.test.ts holds the two together). Pagefind skips a page without that mark
 * only after parsing it, and at 10,000 arguments the compare, dossier and listing pages it would parse
 * for nothing took half its indexing time (docs/performance.md).
 */
export const SEARCHABLE_PAGES = `{${[paths.argument, paths.document, paths.source, paths.name]
  .map((path) => `${path('*').slice(1)}index.html`)
  .join(',')}}`;

/**
 * Indexes the searchable pages in `site` (`SEARCHABLE_PAGES`) with Pagefind's Node API into
 * `<site>/pagefind/`, slims Pagefind's runtime there (pagefind-assets.ts), writes the files the search
 * page loads on demand, the vocabulary of "Did you mean …" and the pages in date order
 * (search-extras.ts), and returns how many pages Pagefind indexed. Throws "Failed to build the search
 * index" (the cause attached) on any error.
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
    // Pagefind indexes in a process of its own: the pages' dates are read here meanwhile.
    const dates = pageDates(site, SEARCHABLE_PAGES);
    dates.catch(() => {}); // awaited below; an indexing error may be thrown first
    const added = await index.addDirectory({ path: site, glob: SEARCHABLE_PAGES });
    failOn('addDirectory', added.errors);
    if (added.page_count === 0) throw new Error(`addDirectory found no page to index at ${SEARCHABLE_PAGES}`);
    const outputPath = path.join(site, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    failOn('writeFiles', written.errors);
    await slimPagefind(outputPath);
    await writeSearchExtras(site, await dates);
    const timing = process.env['PAGEFIND_TIMING_FILE'];
    if (timing) await writeFile(timing, JSON.stringify({ ms: performance.now() - started, pages: added.page_count }));
    return added.page_count;
  } catch (cause) {
    throw new Error('Failed to build the search index', { cause });
  } finally {
    await pagefind.close();
  }
}
