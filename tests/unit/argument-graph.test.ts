import { describe, expect, test } from 'vitest';
import { argumentGraph } from '../../src/lib/argument-graph';
import { buildCorpus } from '../../src/lib/corpus/build';
import type { PageUrls } from '../../src/lib/views/urls';
import { soundCorpus, toEntries } from '../fixtures/unit/corpus';

const urls: PageUrls = { absolute: (path) => `https://example.test/base${path}`, siteName: 'Fixture debate' };
const graph = argumentGraph(buildCorpus(toEntries(soundCorpus())), urls);
const page = (id: string) => `https://example.test/base/arguments/${id}/`;
const node = (id: string) => graph.nodes.find((n) => n.nodeID === id);
/** The [type, text] of each S or YA node on a path from `from` to `to`. */
const between = (from: string, to: string) =>
  graph.edges
    .filter((e) => e.fromID === from && graph.edges.some((o) => o.fromID === e.toID && o.toID === to))
    .map((e) => [node(e.toID)?.type, node(e.toID)?.text]);

describe('argumentGraph', () => {
  test('returns each argument as an I node identified by its page and holding its claim', () => {
    expect(node(page('arg-talk'))).toEqual({ nodeID: page('arg-talk'), text: 'Deconfliction saves lives.', type: 'I' });
  });

  test('returns a quotation as a locution asserting its words, which support the claim', () => {
    const at = `${page('arg-talk')}#quotation-1`;
    expect(node(`${at}-locution`)?.text).toBe('Fixture Institute: Deconfliction saves lives.');
    expect(node(at)).toEqual({ nodeID: at, text: 'Deconfliction saves lives.', type: 'I' });
    expect(between(`${at}-locution`, at)).toEqual([['YA', 'Asserting']]);
    expect(between(at, page('arg-talk'))).toEqual([['RA', 'Default Inference']]);
  });

  test('returns words a document quotes from another work as the document’s locution, naming the work', () => {
    expect(node(`${page('arg-distrust')}#quotation-1-locution`)?.text).toMatch(/^Jane Roe \(quoting .+\): Russia’s #1/);
  });

  test('returns a question as a locution questioning the claim, with no support or conflict', () => {
    const at = `${page('arg-talk')}#question-1-locution`;
    expect(node(at)?.text).toBe('Fixture Institute: would you refuse a phone call?');
    expect(between(at, page('arg-talk'))).toEqual([['YA', 'Pure Questioning']]);
  });

  test('returns related arguments as support and rebuttals as conflict', () => {
    expect(between(page('arg-sanctions'), page('arg-distrust'))).toEqual([['RA', 'Default Inference']]);
    expect(between(page('arg-talk'), page('arg-distrust'))).toEqual([['CA', 'Default Conflict']]);
  });

  test('returns each locution with its speaker, a participant, and the original it is in', () => {
    expect(graph.locutions).toContainEqual({
      nodeID: `${page('arg-talk')}#quotation-1-locution`,
      personID: 'https://example.test/base/documents/doc-b/',
      source: 'http://talk.example.org/?p=1',
    });
    expect(graph.participants).toContainEqual({
      participantID: 'https://example.test/base/documents/doc-b/',
      name: 'Fixture Institute',
    });
  });

  test('returns the same graph for the same content', () => {
    expect(argumentGraph(buildCorpus(toEntries(soundCorpus())), urls)).toEqual(graph);
  });
});
