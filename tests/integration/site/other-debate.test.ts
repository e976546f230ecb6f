// The second corpus (tests/fixtures/other-debate/, built by `npm run build:other` into .build/dist-other/):
// a debate on another question, so nothing of the real debate may appear in its output; a document of
// markup-like verbatim text; an argument body using GitHub-flavoured Markdown.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, test } from 'node:test';
import { byId, loadContent } from '../../../scripts/lib/content.ts';
import { htmlProblems, linkProblems, loadSite } from '../../../scripts/lib/site-checks.ts';
import { captureParagraphs } from '../../../src/lib/captures.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const dist = path.join(root, '.build/dist-other');
const fixture = path.join(root, 'tests/fixtures/other-debate');
const site = loadSite(dist);

/** Every file of the build as text; Pagefind's index files are gzip streams and are read inflated. */
function outputs(): Map<string, string> {
  const files = new Map<string, string>();
  for (const rel of readdirSync(dist, { recursive: true, encoding: 'utf8' })) {
    const file = path.join(dist, rel);
    if (!/\.\w+$/.test(rel) || rel.endsWith('.wasm') || /pagefind\.[\w.]*js$/.test(rel)) continue;
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      continue; // a folder whose name looks like a file
    }
    files.set(rel, (/\.pf_\w+$/.test(rel) ? gunzipSync(bytes) : bytes).toString('utf8'));
  }
  return files;
}

/** The words that identify the real debate: its subject and its site name. */
const REAL_DEBATE = /\b(?:russia|russian|isis|assad)\b|Russia & ISIS/i;

/**
 * The text of a stretch of HTML as the document gives it: the site's own additions (source links,
 * pilcrows, the numbered links after quotations, "Quoted in" notes) and the tags dropped, entities decoded, whitespace collapsed.
 */
const textOf = (html: string) =>
  html
    .replace(/<a class="(?:cite-ref|pilcrow)"[\s\S]*?<\/a>/g, '')
    .replace(/<span class="q-refs"[\s\S]*?<\/a><\/span>/g, '')
    .replace(/<div class="quoted-in"[\s\S]*?<\/div>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

describe('a build of another debate', () => {
  const files = outputs();

  test('writes every kind of output: pages, feed, sitemap, exports and a search index', () => {
    for (const needed of [
      'index.html',
      'rss.xml',
      'sitemap-0.xml',
      'bibliography.bib',
      'bibliography.json',
      'bibliography.ris',
      'argument-graph.json',
      'annotations.jsonld',
      'pagefind/pagefind-entry.json',
    ]) {
      assert.ok(files.has(needed), `${needed} is missing`);
    }
    assert.ok(
      [...files.keys()].some((f) => f.endsWith('.pf_fragment')),
      'no search fragments',
    );
  });

  test('contains no word of the real debate in any page, feed, export, sitemap or search index file', () => {
    const leaks = [...files]
      .filter(([, text]) => REAL_DEBATE.test(text))
      .map(([f, text]) => `${f}: “${REAL_DEBATE.exec(text)?.[0]}”`);
    assert.deepEqual(leaks, []);
  });

  test('names itself and asks its own question', () => {
    const home = files.get('index.html') ?? '';
    assert.match(home, /<title>Millbrook crossing: the arguments \(fixture\)<\/title>/);
    assert.match(home, /<h1>Should Millbrook replace its river ferry with a footbridge\?<\/h1>/);
    assert.match(files.get('rss.xml') ?? '', /<title>Millbrook crossing: the arguments \(fixture\)<\/title>/);
  });

  test('lists its stances in the order and with the labels its site.yaml gives', () => {
    const about = textOf(files.get('about/index.html') ?? '');
    const order = ['Keep the ferry', 'Build the footbridge', 'Not yet'].map((label) => about.indexOf(label));
    assert.ok(
      order.every((at, i) => at >= 0 && (i === 0 || at > (order[i - 1] ?? 0))),
      `stance labels out of order: ${order}`,
    );
  });

  test('gives a page only to the topics that have arguments, in the order site.yaml lists them', () => {
    const topics = files.get('topics/index.html') ?? '';
    const listed = [...topics.matchAll(/href="\/topics\/([^/"]+)\/"/g)].map((m) => m[1]);
    assert.deepEqual(listed, ['money', 'river', 'heritage']);
  });

  test('has no index of names, and no link to one, when its content has no names/ folder', () => {
    assert.equal(loadContent(fixture).names.length, 0, 'the fixture gained names: test the index instead');
    assert.ok(![...files.keys()].some((rel) => rel.startsWith('names/')), 'a names/ page was built');
    assert.doesNotMatch(files.get('index.html') ?? '', /href="\/names\/"/);
  });

  test('has sound links and valid HTML on every page', async () => {
    assert.deepEqual(linkProblems(site), []);
    assert.deepEqual(await htmlProblems(site), []);
  });
});

describe('a document whose text looks like markup', () => {
  const page = site.pages.get('documents/footbridge-council-notes/index.html') ?? '';
  const text = /<div class="document-text">([\s\S]*?)<\/section>/.exec(page)?.[1] ?? '';
  const document = byId(loadContent(fixture).documents).get('footbridge-council-notes');
  assert.ok(document, 'the fixture has no document footbridge-council-notes');
  const capture = readFileSync(path.join(fixture, 'originals', document.data.capture), 'utf8');
  // The HTML of the text with the site's elements taken out but entities kept: the marks on quoted
  // words split a line into several elements, and what matters is how its characters are written.
  const escapedText = text.replace(/<span class="q-refs"[\s\S]*?<\/a><\/span>/g, '').replace(/<[^>]+>/g, '');

  test('shows every paragraph of its capture, as text, on its page', () => {
    const shown = textOf(text);
    const missing = captureParagraphs(capture, document.data.furniture)
      .slice(1)
      .filter((p) => !shown.includes(p));
    assert.deepEqual(missing, []);
  });

  for (const [what, escaped] of [
    ['“<” of “<5%”', '(&lt;5% hit {core} targets)'],
    ['a script element', '&lt;script&gt;window.__contentScriptRan = true&lt;/script&gt;'],
    ['a bold element', 'Keep &lt;b&gt;bold&lt;/b&gt; claims &amp; *starred* and _underscored_ words'],
    ['an entity', 'Fish &amp;amp; chips'],
    ['a backslash path', 'C:\\Users\\clerk\\notes'],
    ['a line starting with “#”', '# Agenda item one'],
    ['a line starting with “##”', '## Not a heading'],
    ['a line starting with “>”', '&gt; Not a quotation'],
    ['a line starting with “-”', '- The first dash line'],
    ['a line starting with “1.”', '1. Numbered first'],
    [
      'a line starting with a backslash',
      '\\ A line that begins with a backslash, and {{braces}} and &lt;angle brackets&gt;',
    ],
  ] as const) {
    test(`writes ${what} escaped, as text`, () => {
      assert.ok(escapedText.includes(escaped), `not found: ${escaped}`);
    });
  }

  test('writes no element that came from the document’s text', () => {
    assert.doesNotMatch(text, /<script|<b>|<h1|<blockquote/);
  });
});

describe('an argument body in GitHub-flavoured Markdown', () => {
  const page = site.pages.get('arguments/the-footbridge-is-cheap/index.html') ?? '';

  test('renders a table with header and body cells', () => {
    assert.match(page, /<table>[\s\S]*<th>Option<\/th>[\s\S]*<td>Footbridge<\/td>[\s\S]*<\/table>/);
  });

  test('separates adjacent table cells with whitespace, so their words stay apart in the search index', () => {
    assert.doesNotMatch(page, /<\/t[hd]><t[hd]/);
  });

  test('renders strikethrough, a bare URL as a link and a footnote', () => {
    assert.match(page, /<del>twelve percent<\/del>/);
    assert.match(
      page,
      /<a href="https:\/\/example\.org\/millbrook\/council-notes"[^>]*>https:\/\/example\.org\/millbrook\/council-notes<\/a>/,
    );
    assert.match(page, /<section[^>]*class="footnotes"[\s\S]*The fixture council’s minutes, invented for the tests\./);
  });
});
