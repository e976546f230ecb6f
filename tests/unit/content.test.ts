/**
 * The real corpus: each document's body (and title) must hold every paragraph of its raw capture, verbatim.
 * The entries come from the build's own reader; the comparison is made here, independent of `checkCorpus`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CONTENT, loadContent } from '../../scripts/lib/content';
import { captureParagraphs } from '../../src/lib/captures';
import { isVerbatimIn } from '../../src/lib/quotations';

const documents = loadContent().documents.map(({ id, data, blocks }) => {
  const capture = readFileSync(join(CONTENT, 'originals', data.capture), 'utf8');
  return { id, data, blocks, capture, paragraphs: captureParagraphs(capture, data.furniture) };
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

  test.each(documents)('returns each declared furniture line as a line of the capture for $id', ({ data, capture }) => {
    const lines = capture.split(/\r?\n/).map((l) => l.trim());
    expect(data.furniture.filter((f) => !lines.includes(f))).toEqual([]);
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

  test.each(documents)('returns no furniture line among the blocks for $id', ({ data, blocks }) => {
    const furniture = captureParagraphs(data.furniture.join('\n\n'));
    expect(blocks.filter((b) => furniture.some((f) => isVerbatimIn(f, b.text)))).toEqual([]);
  });
});
