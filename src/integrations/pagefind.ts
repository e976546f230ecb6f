import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

function failOn(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`${step}: ${errors.join('; ')}`);
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/**
 * Indexes the built pages with Pagefind's Node API once `astro build` has written them, so the index
 * in `<outDir>/pagefind/` always matches the pages. Any failure stops the build. During `astro dev`
 * it serves the last build's index, so search works while writing. With `PAGEFIND_TIMING_FILE` set, it
 * writes `{ "ms": <indexing time>, "pages": <count> }` there, so a benchmark can tell indexing from building.
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
        if (!existsSync(indexDir)) logger.warn('No search index yet: run `npm run build` once and search works in dev too.');
        server.middlewares.use((req, res, next) => {
          const url = req.url?.split('?')[0] ?? '';
          if (!url.startsWith(prefix)) return next();
          const file = path.join(indexDir, decodeURIComponent(url.slice(prefix.length)));
          if (!file.startsWith(indexDir + path.sep)) return next();
          readFile(file).then(
            (body) => {
              res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
              res.end(body);
            },
            () => next(),
          );
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
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
          const timing = process.env['PAGEFIND_TIMING_FILE'];
          if (timing) await writeFile(timing, JSON.stringify({ ms: performance.now() - started, pages: added.page_count }));
        } catch (cause) {
          throw new Error('Failed to build the search index', { cause });
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
