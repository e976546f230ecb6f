// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { markdownConfig } from './src/lib/markdown.ts';
import { siteUrl } from './src/lib/site-url.ts';

export default defineConfig({
  // The public origin for absolute URLs (canonical, sitemap, feed); see src/lib/site-url.ts.
  site: siteUrl(),
  // BASE_PATH deploys the site under a sub-path (e.g. /debates/); every internal link follows it.
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Compressed HTML drops the whitespace between elements (<dt>Author</dt><dd>Edward…), and Pagefind
  // then fuses the neighbouring words into one token; keeping it makes every word searchable.
  compressHTML: false,
  // Stylesheets stay files, never inline <style>, so a plain style-src 'self' header allows them.
  // Four pages in flight: one renders while others are written to disk, where one at a time left
  // Astro idle for a quarter of its page generation at 10,000 arguments (docs/performance.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Markdown and MDX go through the unified (remark/rehype) pipeline with remark-gfm, not Astro's default
  // Sätteri: src/lib/markdown.ts; the README ("Markdown pipeline") gives its measured cost.
  markdown: markdownConfig,
  integrations: [mdx(), sitemap(), pagefindIndex()],
  // A strict policy in a <meta> on every page: Astro hashes its own scripts and styles, so no
  // 'unsafe-inline'. Pagefind needs 'wasm-unsafe-eval' for its WebAssembly and blob: workers.
  // frame-ancestors cannot be set from <meta>; public/_headers carries it for hosts that read it.
  security: {
    csp: {
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
