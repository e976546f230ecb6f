import { unified, type UnifiedProcessorOptions } from '@astrojs/markdown-remark';
import { rehypeCellAlign } from './rehype-cell-align.ts';
import { rehypeCellSpacing } from './rehype-cell-spacing.ts';

/**
 * The options of the unified (remark/rehype) pipeline that renders the site's Markdown and MDX.
 * - `gfm: true` makes `@astrojs/markdown-remark` add the `remark-gfm` package to the pipeline itself
 *   (first among the remark plugins, for `.md` and `.mdx` alike), so it is not listed again here.
 * - Typographic quotes, ellipses and dashes, with dashes as Astro's default processor (Sätteri) writes
 *   them, so text written for it reads the same: `--` an en dash, `---` an em dash (remark-smartypants'
 *   own default makes `--` an em dash).
 * - The footnotes' "Footnotes" heading gets the site's class for text meant for screen readers only
 *   (remark-rehype's default `sr-only` has no style here).
 * - Table cells: alignment as a class rather than an inline style, and whitespace between cells.
 */
export const markdownProcessorOptions = {
  gfm: true,
  smartypants: { dashes: 'oldschool' },
  remarkRehype: { footnoteLabelProperties: { className: ['visually-hidden'] } },
  rehypePlugins: [rehypeCellAlign, rehypeCellSpacing],
} satisfies UnifiedProcessorOptions;

/**
 * The `markdown` section of `astro.config.mjs`, shared with the unit tests so that they render through
 * the very pipeline the site builds with.
 */
export const markdownConfig = {
  processor: unified(markdownProcessorOptions),
  // No code blocks in the content; Shiki's inline styles would also break the style policy.
  syntaxHighlight: false,
} as const;
