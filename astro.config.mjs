// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// Markdown and MDX use Astro 7's default processor, Sätteri, whose built-in GFM covers what the
// content uses; the README ("Markdown pipeline") says why the unified/remark-gfm pipeline is not wired.
export default defineConfig({
  // BASE_PATH deploys the site under a sub-path (e.g. /debates/); every internal link follows it.
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Compressed HTML drops the whitespace between elements (<dt>Author</dt><dd>Edward…), and Pagefind
  // then fuses the neighbouring words into one token; keeping it makes every word searchable.
  compressHTML: false,
  build: { format: 'directory' },
  integrations: [mdx(), pagefindIndex()],
});
