// Checks the built open exports against JSON Schemas written from their specifications
// (tests/schemas/) and against the content: /argument-graph.json (AIF) holds every argument, quotation,
// question, related argument and rebuttal with ids derived from the page URLs, and /annotations.jsonld
// (W3C Web Annotation) holds every quotation, its words verbatim in the capture of its document.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { Ajv } from 'ajv';
import { byId, loadContent } from '../../../scripts/lib/content.ts';
import { normalizeSpace } from '../../../src/lib/quotations.ts';
import { siteUrl } from '../../../src/lib/site-url.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
// The build reads SITE_URL the same way; with it unset both use the local preview origin.
const origin = siteUrl();
const content = loadContent();
const documents = byId(content.documents);
const argumentUrl = (id: string) => `${origin}/arguments/${id}/`;
const capture = (documentId: string) =>
  normalizeSpace(readFileSync(path.join(root, 'content/originals', documents.get(documentId)!.data.capture), 'utf8'));

interface Graph {
  nodes: Array<{ nodeID: string; text: string; type: string }>;
  edges: Array<{ edgeID: string; fromID: string; toID: string }>;
  locutions: Array<{ nodeID: string; personID: string; source: string }>;
  participants: Array<{ participantID: string; name: string }>;
}
interface Selector {
  exact: string;
  prefix?: string;
  suffix?: string;
}
interface Annotation {
  id: string;
  body: string;
  target: { source: string; selector: Selector };
}

function validate(schemaFile: string, data: unknown): string[] {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  const check = ajv.compile(readJson(schemaFile) as object);
  return check(data) ? [] : (check.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

describe('the schemas', () => {
  test('refuse what their specifications rule out', () => {
    const node = { nodeID: 'n1', text: 'A claim', type: 'I' };
    assert.deepEqual(validate('tests/schemas/aif.schema.json', { nodes: [node], edges: [], locutions: [] }), []);
    assert.notDeepEqual(validate('tests/schemas/aif.schema.json', { nodes: [{ ...node, type: 'X' }], edges: [] }), []);
    const annotation = {
      id: 'https://example.test/a',
      type: 'Annotation',
      target: { source: 'https://example.test/', selector: { type: 'TextQuoteSelector', prefix: 'no exact' } },
    };
    const collection = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://example.test/c',
      type: 'AnnotationCollection',
      first: { type: 'AnnotationPage', items: [annotation] },
    };
    assert.notDeepEqual(validate('tests/schemas/web-annotation.schema.json', collection), []);
  });
});

describe('/argument-graph.json', () => {
  const graph = readJson('dist/argument-graph.json') as Graph;
  const nodes = new Map(graph.nodes.map((n) => [n.nodeID, n]));
  const edgesFrom = (id: string) => graph.edges.filter((e) => e.fromID === id);
  const edgesTo = (id: string) => graph.edges.filter((e) => e.toID === id);
  /** The S or YA nodes of `type` leading from `from` to `to`. */
  const between = (type: string, from: string, to: string) =>
    edgesFrom(from).filter((e) => nodes.get(e.toID)?.type === type && edgesFrom(e.toID).some((o) => o.toID === to));

  test('is AIF JSON as the schema written from AIFdb’s format describes it', () => {
    assert.deepEqual(validate('tests/schemas/aif.schema.json', graph), []);
  });

  test('has unique node and edge ids, and every edge, locution and participant refers to what exists', () => {
    assert.equal(nodes.size, graph.nodes.length, 'two nodes share an id');
    assert.equal(new Set(graph.edges.map((e) => e.edgeID)).size, graph.edges.length, 'two edges share an id');
    const people = new Set(graph.participants.map((p) => p.participantID));
    for (const e of graph.edges) assert.ok(nodes.has(e.fromID) && nodes.has(e.toID), `edge ${e.edgeID} dangles`);
    for (const l of graph.locutions) {
      assert.equal(nodes.get(l.nodeID)?.type, 'L', `locution ${l.nodeID} is not an L node`);
      assert.ok(people.has(l.personID), `locution ${l.nodeID} names no participant`);
    }
    for (const n of graph.nodes.filter((x) => x.type === 'L')) {
      assert.ok(
        graph.locutions.some((l) => l.nodeID === n.nodeID),
        `L node ${n.nodeID} has no locution`,
      );
    }
  });

  test('links I nodes only through S nodes, each with one way in and one way out (AIF)', () => {
    for (const e of graph.edges) {
      const kinds = [nodes.get(e.fromID)!.type, nodes.get(e.toID)!.type];
      assert.ok(!kinds.every((k) => k === 'I' || k === 'L'), `edge ${e.edgeID} joins two information nodes`);
    }
    for (const n of graph.nodes.filter((x) => !['I', 'L'].includes(x.type))) {
      assert.equal(edgesTo(n.nodeID).length, 1, `${n.nodeID} has ${edgesTo(n.nodeID).length} incoming edges`);
      assert.equal(edgesFrom(n.nodeID).length, 1, `${n.nodeID} has ${edgesFrom(n.nodeID).length} outgoing edges`);
    }
    for (const n of graph.nodes.filter((x) => x.type === 'YA')) {
      assert.equal(nodes.get(edgesTo(n.nodeID)[0]!.fromID)?.type, 'L', `${n.nodeID} does not anchor in a locution`);
    }
  });

  test('holds every argument as an I node, its id the argument page’s URL, its text the claim', () => {
    for (const a of content.arguments) {
      assert.deepEqual(nodes.get(argumentUrl(a.id)), { nodeID: argumentUrl(a.id), text: a.data.title, type: 'I' });
    }
  });

  test('holds every quotation as a locution asserting its words, which support the claim', () => {
    for (const a of content.arguments) {
      a.data.quotations.forEach((q, i) => {
        const at = `${argumentUrl(a.id)}#quotation-${i + 1}`;
        const words = normalizeSpace(q.text);
        assert.equal(nodes.get(at)?.text, words, `${at}: the proposition`);
        assert.ok(nodes.get(`${at}-locution`)?.text.endsWith(`: ${words}`), `${at}: the locution`);
        assert.equal(between('YA', `${at}-locution`, at).length, 1, `${at}: no YA from locution to proposition`);
        assert.equal(between('RA', at, argumentUrl(a.id)).length, 1, `${at}: no RA to the claim`);
        const locution = graph.locutions.find((l) => l.nodeID === `${at}-locution`);
        assert.equal(locution?.source, documents.get(q.document)!.data.url, `${at}: the locution's source`);
      });
      a.data.questions.forEach((q, i) => {
        const at = `${argumentUrl(a.id)}#question-${i + 1}-locution`;
        assert.ok(nodes.get(at)?.text.endsWith(`: ${normalizeSpace(q.text)}`), `${at}: the locution`);
        assert.equal(between('YA', at, argumentUrl(a.id)).length, 1, `${at}: no YA to the claim`);
      });
    }
  });

  test('holds every related argument as support (RA) and every rebuttal as conflict (CA)', () => {
    for (const a of content.arguments) {
      for (const r of a.data.related) {
        assert.equal(between('RA', argumentUrl(r), argumentUrl(a.id)).length, 1, `${r} does not support ${a.id}`);
      }
      for (const r of a.data.rebuts) {
        assert.equal(between('CA', argumentUrl(a.id), argumentUrl(r)).length, 1, `${a.id} does not rebut ${r}`);
      }
    }
    const expected = content.arguments.reduce((n, a) => n + a.data.quotations.length + a.data.related.length, 0);
    assert.equal(graph.nodes.filter((n) => n.type === 'RA').length, expected, 'RA nodes the content does not give');
    const rebuttals = content.arguments.reduce((n, a) => n + a.data.rebuts.length, 0);
    assert.equal(graph.nodes.filter((n) => n.type === 'CA').length, rebuttals, 'CA nodes the content does not give');
  });

  test('carries the deployment base in its ids in the sub-path build', () => {
    const base = readJson('.build/dist-base/argument-graph.json') as Graph;
    assert.equal(base.nodes.length, graph.nodes.length);
    assert.ok(base.nodes.every((n) => n.nodeID.startsWith(`${origin}/debates/arguments/`)));
  });
});

describe('/annotations.jsonld', () => {
  const collection = readJson('dist/annotations.jsonld') as { total: number; first: { items: Annotation[] } };
  const items = collection.first.items;
  const byId = new Map(items.map((a) => [a.id, a]));

  test('is a Web Annotation collection as the schema written from the W3C model describes it', () => {
    assert.deepEqual(validate('tests/schemas/web-annotation.schema.json', collection), []);
    assert.equal(collection.total, items.length);
    assert.equal(byId.size, items.length, 'two annotations share an id');
  });

  test('annotates every quotation and question on its document’s verified URL, with the argument as body', () => {
    const expected = content.arguments.flatMap((a) =>
      (['quotation', 'question'] as const).flatMap((kind) =>
        a.data[kind === 'quotation' ? 'quotations' : 'questions'].map((q, i) => ({
          id: `${argumentUrl(a.id)}#${kind}-${i + 1}-annotation`,
          body: argumentUrl(a.id),
          source: documents.get(q.document)!.data.url,
          exact: normalizeSpace(q.text),
        })),
      ),
    );
    // The export lists arguments in site order; the content is read in file order.
    const byIdOrder = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    assert.deepEqual(
      items
        .map((a) => ({ id: a.id, body: a.body, source: a.target.source, exact: a.target.selector.exact }))
        .sort(byIdOrder),
      expected.sort(byIdOrder),
    );
  });

  test('takes every exact, prefix and suffix from the capture, verbatim and in order', () => {
    const sources = new Map(content.documents.map((d) => [d.data.url, d.id]));
    for (const a of items) {
      const { exact, prefix = '', suffix = '' } = a.target.selector;
      const text = capture(sources.get(a.target.source)!);
      assert.ok(text.includes(exact), `${a.id}: "${exact}" is not in the capture`);
      assert.ok(text.includes(prefix + exact + suffix), `${a.id}: prefix, exact and suffix are not together`);
    }
  });
});
