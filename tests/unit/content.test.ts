/**
 * The real corpus: each document's body (and title) must hold every paragraph of its raw capture, verbatim.
 * This reads the files directly, independent of Astro's content layer and of `checkCorpus`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseFrontmatter } from 'astro/markdown';
import { describe, expect, test } from 'vitest';
import { captureParagraphs } from '../../src/lib/captures';
import { parseBlocks } from '../../src/lib/paragraphs';
import { isVerbatimIn } from '../../src/lib/quotations';
import { documentSchema } from '../../src/schemas/document';

const CONTENT = join(import.meta.dirname, '../../content');

/** Page furniture each capture has and its document leaves out. */
const FURNITURE: Record<string, string[]> = {
  'village-idiots-2017': ['1. No Comments', 'You can add images to your comment by clicking here.'],
};

/** The text after the YAML frontmatter, which sits between the first two `---` lines. */
function stripFrontmatter(source: string): string {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0] !== '---') throw new Error('the file does not start with frontmatter');
  const end = lines.indexOf('---', 1);
  if (end < 0) throw new Error('the frontmatter is not closed');
  return lines.slice(end + 1).join('\n');
}

const documents = readdirSync(join(CONTENT, 'documents'))
  .filter((name) => /^[^_].*\.mdx?$/.test(name))
  .sort()
  .map((name) => {
    const source = readFileSync(join(CONTENT, 'documents', name), 'utf8');
    const id = basename(name).replace(/\.mdx?$/, '');
    const data = documentSchema.parse(parseFrontmatter(source).frontmatter);
    const blocks = parseBlocks(stripFrontmatter(source));
    const capture = readFileSync(join(CONTENT, 'originals', data.capture), 'utf8');
    const paragraphs = captureParagraphs(capture, FURNITURE[id] ?? []);
    return { id, data, blocks, capture, paragraphs };
  });

describe('content/documents', () => {
  test('returns both documents of the corpus', () => {
    expect(documents.map((d) => d.id)).toEqual(['jhi-2016-russia-syria', 'village-idiots-2017']);
  });

  test('returns one document for every capture in content/originals', () => {
    const captures = readdirSync(join(CONTENT, 'originals'))
      .filter((name) => name.endsWith('.txt'))
      .sort();
    expect(documents.map((d) => d.data.capture).sort()).toEqual(captures);
  });

  test.each(documents)('returns the frontmatter furniture the test expects for $id', ({ id, data }) => {
    expect(data.furniture).toEqual(FURNITURE[id] ?? []);
  });

  test.each(documents)('returns the title as the capture’s first paragraph for $id', ({ data, paragraphs }) => {
    expect(paragraphs[0]).toBe(data.title);
  });

  test.each(documents)('returns more than a title’s worth of capture paragraphs for $id', ({ paragraphs }) => {
    expect(paragraphs.length).toBeGreaterThan(5);
  });

  test.each(documents)(
    'returns every capture paragraph verbatim in a block or the title for $id',
    ({ data, blocks, paragraphs }) => {
      const texts = [data.title, ...blocks.map((b) => b.text)];
      expect(paragraphs.filter((p) => !texts.some((t) => isVerbatimIn(p, t)))).toEqual([]);
    },
  );

  test.each(documents)('returns every block verbatim in a capture paragraph for $id', ({ blocks, paragraphs }) => {
    expect(blocks.filter((b) => !paragraphs.some((p) => isVerbatimIn(b.text, p))).map((b) => b.text)).toEqual([]);
  });

  test.each(documents)('returns no furniture line among the blocks for $id', ({ id, blocks }) => {
    const furniture = captureParagraphs((FURNITURE[id] ?? []).join('\n\n'));
    expect(blocks.filter((b) => furniture.some((f) => isVerbatimIn(f, b.text)))).toEqual([]);
  });
});
