import { describe, expect, test } from 'vitest';
import { generateCorpus, prng } from '../../scripts/lib/synthetic-corpus';
import { checkContent, contentFilesFrom } from '../../src/lib/content-check';
import { siteSchema } from '../../src/schemas/site';

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
    expect(corpus.counts).toEqual({ arguments: 200, documents: 10, sources: 20, names: 50 });
    expect(entries(corpus.files, 'arguments')).toHaveLength(200);
    expect([...corpus.files.keys()].filter((f) => f.startsWith('originals/'))).toHaveLength(10);
  });

  test('returns a corpus that passes every schema and integrity check (quotations verbatim, captures matching both ways)', () => {
    expect(checkContent(contentFilesFrom(corpus.files)).problems).toEqual([]);
  });

  test('returns an identity of its own, with topics every argument can be filed under', () => {
    const site = siteSchema.parse(JSON.parse(corpus.files.get('site.yaml') ?? '{}'));
    expect(site.name).not.toMatch(/russia|isis/i);
    expect(site.topics.length).toBeGreaterThan(1);
  });

  test('returns a rare word that occurs in exactly one entry and a common word in most', () => {
    const texts = [...corpus.files].filter(([f]) => f.endsWith('.mdx')).map(([, t]) => t);
    expect(texts.filter((t) => t.includes(corpus.rareWord))).toHaveLength(1);
    expect(texts.filter((t) => t.includes(corpus.commonWord)).length).toBeGreaterThan(texts.length / 2);
  });
});

describe('generateCorpus, names', () => {
  const names = [...corpus.files].filter(([file]) => file.startsWith('names/'));
  const checked = checkContent(contentFilesFrom(corpus.files));

  test('returns one name per four arguments, each with an acronym among its aliases', () => {
    expect(names).toHaveLength(50);
    expect(checked.names.every((n) => n.data.aliases.some((a) => /^Z[A-Z]+$/.test(a)))).toBe(true);
  });

  test('returns names the checks accept: every one mentioned, no alias shared or an ordinary word', () => {
    expect(checked.problems).toEqual([]);
    expect(checked.names).toHaveLength(50);
  });
});
