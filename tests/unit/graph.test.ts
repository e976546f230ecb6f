import { describe, expect, test } from 'vitest';
import { buildBacklinks as buildFrom, paragraphKey, placeQuotations } from '../../src/lib/graph';
import type { CorpusInput } from '../../src/lib/integrity';
import { corpus } from '../fixtures/unit/corpus';

const buildBacklinks = (input: CorpusInput) => buildFrom(placeQuotations(input));
const sorted = (map: Map<string, string[]>) =>
  Object.fromEntries([...map.entries()].map(([k, v]) => [k, [...v].sort()]));

describe('paragraphKey', () => {
  test('returns the document id and anchor joined by "#"', () => {
    expect(paragraphKey('doc-a', 'further-reading')).toBe('doc-a#further-reading');
  });
});

describe('buildBacklinks', () => {
  const links = buildBacklinks(corpus());

  test('returns, for each quoted paragraph, the arguments quoting it or asking about it', () => {
    expect(sorted(links.quotedBy)).toEqual({
      'doc-a#russias-1-enemy-is-the-united': ['arg-distrust'],
      'doc-a#the-report-russia-and-the-west': ['arg-distrust'],
      'doc-a#sanctions-should-stay-in-place': ['arg-sanctions'],
      'doc-b#talking-is-not-trusting-deconfliction-saves': ['arg-talk'],
      'doc-b#ask-would-you-refuse-a-phone': ['arg-talk'],
    });
  });

  test('returns each argument once per document when it quotes the document several times', () => {
    expect(sorted(links.argumentsOfDocument)).toEqual({
      'doc-a': ['arg-distrust', 'arg-sanctions'],
      'doc-b': ['arg-talk'],
    });
  });

  test('returns the rebutting arguments of each rebutted argument', () => {
    expect(sorted(links.rebuttedBy)).toEqual({ 'arg-distrust': ['arg-talk'] });
  });

  test('returns related links in both directions, each once, when two arguments name each other', () => {
    expect(sorted(links.relatedTo)).toEqual({ 'arg-distrust': ['arg-sanctions'], 'arg-sanctions': ['arg-distrust'] });
  });

  test('returns related links in both directions when only one argument names the other', () => {
    const oneWay = buildBacklinks(corpus({ argSanctions: { related: [] } }));
    expect(sorted(oneWay.relatedTo)).toEqual({ 'arg-distrust': ['arg-sanctions'], 'arg-sanctions': ['arg-distrust'] });
  });

  test('returns, for each source, the arguments citing it or quoting words from it, each once', () => {
    expect(sorted(links.argumentsCiting)).toEqual({
      'src-report': ['arg-distrust', 'arg-talk'],
      'src-speech': ['arg-distrust'],
    });
  });

  test('returns the arguments quoting words from a source when they do not cite it', () => {
    const quotingOnly = buildBacklinks(corpus({ argDistrust: { cites: [] }, argTalk: { cites: [] } }));
    expect(sorted(quotingOnly.argumentsCiting)).toEqual({ 'src-speech': ['arg-distrust'] });
  });

  test('returns, for each source, the documents citing it', () => {
    expect(sorted(links.documentsCiting)).toEqual({ 'src-report': ['doc-a'] });
  });

  test('returns empty maps when the corpus is empty', () => {
    const empty = buildFrom({ documents: [], arguments: [] });
    expect(Object.values(empty).map((m: Map<string, string[]>) => m.size)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
