import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`${step}: ${errors.join('; ')}`);
}

/**
 * Indexes the built pages with Pagefind's Node API once `astro build` has written them, so the index
 * in `<outDir>/pagefind/` always matches the pages. Any failure stops the build.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          failOn('createIndex', errors);
          if (!index) throw new Error('createIndex returned no index');
          const added = await index.addDirectory({ path: site });
          failOn('addDirectory', added.errors);
          if (added.page_count === 0) throw new Error('addDirectory found no page marked data-pagefind-body');
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          failOn('writeFiles', written.errors);
          logger.info(`Indexed ${added.page_count} pages for search`);
        } catch (cause) {
          throw new Error('Failed to build the search index', { cause });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
