import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { loadRenderers } from 'astro:container';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, test } from 'vitest';
import { markdownConfig } from '../../src/lib/markdown';

const { processor, syntaxHighlight } = markdownConfig;

/** `.md`: the HTML the processor's Markdown renderer writes, given what Astro passes it. */
async function renderMarkdown(source: string): Promise<string> {
  const renderer = await processor.createRenderer({ syntaxHighlight });
  return (await renderer.render(source)).code;
}

// The compiled module imports `astro/jsx-runtime`, so it is written inside the repository to resolve it.
const compiled = fileURLToPath(new URL('../../.build/unit-mdx/', import.meta.url));

/** `.mdx`: the processor's MDX renderer compiles the source, and Astro's container renders the component. */
async function renderMdx(source: string): Promise<string> {
  if (!processor.createMdxRenderer) throw new Error(`The ${processor.name} processor renders no MDX`);
  // `optimize: false` as the site's `mdx()` has it.
  const renderer = await processor.createMdxRenderer(
    { syntaxHighlight },
    { optimize: false, srcDir: new URL('../../src/', import.meta.url) },
  );
  const { code } = await renderer.process(source, `${compiled}entry.mdx`, {});
  mkdirSync(compiled, { recursive: true });
  const file = `${compiled}${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`;
  writeFileSync(file, code);
  const module = await import(/* @vite-ignore */ file);
  // What @astrojs/mdx's postprocessing marks a compiled file's `Content` with, so Astro renders it as MDX.
  const Content = Object.assign((props: object) => module.default(props), { [Symbol.for('mdx-component')]: true });
  const container = await AstroContainer.create({ renderers: await loadRenderers([getContainerRenderer()]) });
  return container.renderToString(Content as never);
}

const textOf = (html: string) => html.replace(/<[^>]*>/g, '');

const TABLE = `| Name | Role |
| :--- | ---: |
| Ann Lee | chief editor |
| Bo Chen | reporter |
`;

describe.each([
  ['Markdown', renderMarkdown],
  ['MDX', renderMdx],
])('markdownConfig.processor (%s)', (_, render) => {
  test('returns a <table> with <th> and <td> cells when given a GFM table', async () => {
    const html = await render(TABLE);
    expect(html).toMatch(/<table>[\s\S]*<thead>[\s\S]*<th[^>]*>Name<\/th>[\s\S]*<tbody>[\s\S]*<td[^>]*>Ann Lee<\/td>/);
  });

  test('returns the words of adjacent header cells, body cells and rows separated by whitespace', async () => {
    const text = textOf(await render(TABLE));
    expect(text).toMatch(/Name\s+Role\s+Ann Lee\s+chief editor\s+Bo Chen\s+reporter/);
  });

  test('returns cell alignment as a class, never an inline style, when a GFM table aligns its columns', async () => {
    const html = await render(TABLE);
    expect(html).toContain('<th class="align-left">Name</th>');
    expect(html).toContain('<td class="align-right">chief editor</td>');
    expect(html).not.toMatch(/style=|align=/);
  });

  test('returns <del> when given GFM strikethrough', async () => {
    expect(await render('It was ~~final~~ a draft.')).toContain('<del>final</del>');
  });

  test('returns a link when given a bare URL', async () => {
    expect(await render('See https://example.org/report for more.')).toContain(
      '<a href="https://example.org/report">https://example.org/report</a>',
    );
  });

  test('returns a footnote reference and a footnote section with a back-reference when given a GFM footnote', async () => {
    const html = await render('A claim.[^1]\n\n[^1]: Its source.\n');
    expect(html).toMatch(/<sup><a href="#user-content-fn-1" id="user-content-fnref-1" data-footnote-ref/);
    expect(html).toMatch(
      /<section data-footnotes[^>]*class="footnotes"><h2 class="visually-hidden" id="footnote-label">Footnotes<\/h2>/,
    );
    expect(html).toMatch(
      /<li id="user-content-fn-1">[\s\S]*Its source\.[\s\S]*<a href="#user-content-fnref-1" data-footnote-backref/,
    );
  });

  test('returns typographic quotes, an en dash for -- and an em dash for --- when given straight ones', async () => {
    expect(textOf(await render('"Russia\'s" role -- in 2015--2016 --- and more'))).toContain(
      '“Russia’s” role – in 2015–2016 — and more',
    );
  });
});
