import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { indexedMessage, indexSite } from './search-index.ts';
import { contentType, resolveStatic } from './static-files.ts';

/**
 * Indexes the built pages with Pagefind (see ./search-index) once `astro build` has written them, so
 * the index in `<outDir>/pagefind/` always matches the pages; any failure stops the build. With
 * `PAGEFIND_AFTER_BUILD=1` it leaves indexing to the caller (scripts/build.ts). During `astro dev`
 * it serves the last build's index, so search works while writing.
 */
export function pagefindIndex(): AstroIntegration {
  let indexDir = '';
  let prefix = '/pagefind/';
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        indexDir = path.join(fileURLToPath(config.outDir), 'pagefind');
        prefix = `${config.base.replace(/\/?$/, '/')}pagefind/`;
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!existsSync(indexDir))
          logger.warn('No search index yet: run `npm run build` once and search works in dev too.');
        /** Sends the index file `url` names, if there is one; says whether it did. */
        const send = async (url: string, res: ServerResponse): Promise<boolean> => {
          const file = await resolveStatic(indexDir, prefix, url);
          if (!file) return false;
          const body = await readFile(file);
          res.setHeader('Content-Type', contentType(file));
          res.end(body);
          return true;
        };
        server.middlewares.use((req, res, next) => {
          send(req.url?.split('?')[0] ?? '', res).then(
            (sent) => sent || next(),
            () => next(),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // scripts/build.ts indexes in its own process once Astro has exited, so the two never hold
        // their memory at the same time (see docs/performance.md, "Scale").
        if (process.env['PAGEFIND_AFTER_BUILD'] === '1') {
          logger.info('Search index: built by scripts/build.ts once this process has ended');
          return;
        }
        logger.info(indexedMessage(await indexSite(fileURLToPath(dir))));
      },
    },
  };
}
