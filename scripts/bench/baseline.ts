// Writes the bare baseline: a plain Astro 7 + MDX project with one minimal page per content entry,
// a minimal search page, and Pagefind run the same way (and timed the same way) as in the real site.
// It is written for either Markdown processor: `unified` (remark/rehype with its defaults, GFM
// included, as this site uses) or `satteri` (Astro's default, no `markdown.processor` set).
import { existsSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { writeTree } from '../lib/measure.ts';

type Processor = 'unified' | 'satteri';
const PROCESSORS: Record<Processor, { imports: string; markdown: string }> = {
  unified: { imports: "import { unified } from '@astrojs/markdown-remark';\n", markdown: '{ processor: unified() }' },
  satteri: { imports: '', markdown: '{}' },
};

const config = ({
  imports,
  markdown,
}: {
  imports: string;
  markdown: string;
}) => `${imports}import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

const index = {
  name: 'baseline-pagefind',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const site = fileURLToPath(dir);
      const started = performance.now();
      try {
        const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
        const added = await index.addDirectory({ path: site });
        await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
        const timing = process.env.PAGEFIND_TIMING_FILE;
        if (timing) await writeFile(timing, JSON.stringify({ ms: performance.now() - started, pages: added.page_count }));
      } finally {
        await pagefind.close();
      }
    },
  },
};

export default defineConfig({ cacheDir: './.astro-cache', integrations: [mdx(), index], markdown: ${markdown} });
`;

const CONTENT = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const root = process.env.CONTENT_ROOT;
const entries = (folder) => glob({ base: \`\${root}/\${folder}\`, pattern: '**/[^_]*.{md,mdx}' });
export const collections = {
  documents: defineCollection({ loader: entries('documents') }),
  sources: defineCollection({ loader: entries('sources') }),
  arguments: defineCollection({ loader: entries('arguments') }),
};
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const all = await Promise.all(['documents', 'sources', 'arguments'].map((c) => getCollection(c)));
  return all.flat().map((entry) => ({ params: { collection: entry.collection, id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
<body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body></html>
`;

// Shows the first ten results, each with its title and excerpt.
const SEARCH = `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>Search</title></head>
<body><input id="q" type="search" /><ol id="results"></ol>
<script is:inline type="module">
const pagefind = await import('/pagefind/pagefind.js');
const list = document.getElementById('results');
const query = new URLSearchParams(location.search).get('q');
if (query) {
  document.getElementById('q').value = query;
  const response = await pagefind.search(query);
  const data = await Promise.all(response.results.slice(0, 10).map((r) => r.data()));
  list.replaceChildren(...data.map((d) => {
    const li = document.createElement('li');
    li.textContent = d.meta.title + ': ' + d.excerpt.replace(/<[^>]+>/g, '');
    return li;
  }));
}
</script></body></html>
`;

const isProcessor = (name: string): name is Processor => Object.hasOwn(PROCESSORS, name);

/**
 * Creates the baseline project in `dir` for `processor` (`unified` or `satteri`), using `nodeModules`
 * (this repository's) through a symlink.
 */
export function writeBaseline(dir: string, nodeModules: string, processor: string): void {
  if (!isProcessor(processor))
    throw new Error(`Unknown Markdown processor "${processor}": use ${Object.keys(PROCESSORS).join(' or ')}`);
  const files = {
    'package.json': '{ "name": "bench-baseline", "private": true, "type": "module" }\n',
    'astro.config.mjs': config(PROCESSORS[processor]),
    'src/content.config.ts': CONTENT,
    'src/pages/[collection]/[id].astro': PAGE,
    'src/pages/search.astro': SEARCH,
  };
  writeTree(dir, Object.entries(files));
  if (!existsSync(path.join(dir, 'node_modules'))) symlinkSync(nodeModules, path.join(dir, 'node_modules'));
}

/** CSS selector of a search result on the baseline's search page. */
export const BASELINE_RESULT = '#results li';
