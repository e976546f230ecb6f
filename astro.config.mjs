// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

// Markdown and MDX use Astro 7's default processor, Sätteri, whose built-in GFM covers what the
// content uses; see README ("Markdown pipeline") for why the unified/remark-gfm pipeline is not wired.
export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx()],
});
