import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { readCollection } from '../integrations/read-content.ts';
import { parseYaml, splitFrontmatter } from '../lib/content-files.ts';

/**
 * Loads the documents collection without compiling its bodies. A document's body is verbatim text
 * (any `<`, `{` or `*` an article contains), split into blocks by src/lib/paragraphs.ts and never
 * rendered as MDX; Astro's glob loader would hand every `.mdx` file to the MDX compiler, which reads
 * such text as JSX or expressions and stops the build. The frontmatter is parsed and validated as
 * the glob loader does (js-yaml, then the collection's schema); the files are read by the same
 * reader as `npm run check:content`.
 */
export function verbatimDocuments(contentRoot: string): Loader {
  return {
    name: 'verbatim-documents',
    load: async ({ config, store, parseData, generateDigest, watcher }) => {
      const root = fileURLToPath(config.root);
      const folder = path.resolve(root, contentRoot, 'documents');
      const sync = async () => {
        store.clear();
        for (const entry of readCollection(path.resolve(root, contentRoot), 'documents')) {
          const split = splitFrontmatter(entry.text);
          const parsed = parseYaml(entry.file, split.yaml, split.yamlLine);
          if (!parsed.ok) throw new Error(`${entry.file}:${parsed.problem.line}: ${parsed.problem.message}`);
          const filePath = path.resolve(entry.file);
          const data = await parseData({ id: entry.id, data: parsed.data as Record<string, unknown>, filePath });
          const relative = path.relative(root, filePath).split(path.sep).join('/');
          store.set({ id: entry.id, data, body: split.body, filePath: relative, digest: generateDigest(entry.text) });
        }
      };
      await sync();
      watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(folder)) void sync();
      });
    },
  };
}
