import { describe, expect, test } from 'vitest';
import { generateCorpus, prng } from '../../scripts/bench/synthetic-corpus';
import { checkCorpus } from '../../src/lib/integrity';
import { argumentInput, documentInput } from '../../src/lib/integrity-input';
import { parseBlocks } from '../../src/lib/paragraphs';
import { argumentSchema } from '../../src/schemas/argument';
import { documentSchema } from '../../src/schemas/document';
import { sourceSchema } from '../../src/schemas/source';

/** The frontmatter (JSON, which is YAML) and body of a generated entry. */
function split(text: string): { data: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/.exec(text);
  if (!match?.[1] || match[2] === undefined) throw new Error(`not an entry: ${text.slice(0, 60)}`);
  return { data: JSON.parse(match[1]) as unknown, body: match[2] };
}

function entries(files: Map<string, string>, folder: string) {
  return [...files]
    .filter(([file]) => file.startsWith(`${folder}/`))
    .map(([file, text]) => ({ file, id: file.slice(folder.length + 1).replace(/\.mdx$/, ''), ...split(text) }));
}

const corpus = generateCorpus({ arguments: 200, seed: 7 });

describe('prng', () => {
  test('returns the same sequence when given the same seed', () => {
    const a = prng(42);
    const b = prng(42);
    expect(Array.from({ length: 5 }, a)).toEqual(Array.from({ length: 5 }, b));
  });

  test('returns numbers in [0, 1)', () => {
    const next = prng(3);
    const values = Array.from({ length: 1000 }, next);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
  });
});

describe('generateCorpus', () => {
  test('returns identical files when given the same seed', () => {
    expect(generateCorpus({ arguments: 200, seed: 7 }).files).toEqual(corpus.files);
  });

  test('returns different files when given another seed', () => {
    expect(generateCorpus({ arguments: 200, seed: 8 }).files).not.toEqual(corpus.files);
  });

  test('returns the requested number of arguments, with documents and sources in proportion', () => {
    expect(corpus.counts).toEqual({ arguments: 200, documents: 10, sources: 20 });
    expect(entries(corpus.files, 'arguments')).toHaveLength(200);
    expect([...corpus.files.keys()].filter((f) => f.startsWith('originals/'))).toHaveLength(10);
  });

  test('returns entries that every real schema accepts', () => {
    for (const [folder, schema] of [
      ['documents', documentSchema],
      ['sources', sourceSchema],
      ['arguments', argumentSchema],
    ] as const) {
      for (const entry of entries(corpus.files, folder)) {
        const result = schema.safeParse(entry.data);
        expect(result.error?.issues ?? [], entry.file).toEqual([]);
      }
    }
  });

  test('returns a corpus the integrity check finds sound (quotations verbatim, captures matching both ways)', () => {
    const problems = checkCorpus({
      documents: entries(corpus.files, 'documents').map((e) =>
        documentInput(
          { id: e.id, file: e.file, data: documentSchema.parse(e.data), blocks: parseBlocks(e.body) },
          corpus.files.get(`originals/${e.id}.txt`),
        ),
      ),
      sources: entries(corpus.files, 'sources').map((e) => ({ id: e.id, file: e.file })),
      arguments: entries(corpus.files, 'arguments').map((e) =>
        argumentInput({ id: e.id, file: e.file, data: argumentSchema.parse(e.data) }),
      ),
      // The synthetic corpora have no timeline events (the events collection may be absent).
      events: [],
    });
    expect(problems).toEqual([]);
  });

  test('returns a rare word that occurs in exactly one entry and a common word in most', () => {
    const texts = [...corpus.files].filter(([f]) => f.endsWith('.mdx')).map(([, t]) => t);
    expect(texts.filter((t) => t.includes(corpus.rareWord))).toHaveLength(1);
    expect(texts.filter((t) => t.includes(corpus.commonWord)).length).toBeGreaterThan(texts.length / 2);
  });
});
