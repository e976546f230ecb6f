// Builds the real site from copies of the real content, each broken in one way, and checks that
// the build refuses with the file and field named and leaves the last good output byte for byte.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { treeDigest } from '../../../scripts/lib/tree.ts';
import { siteUrlWarning } from '../../../src/lib/site-url.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(path.join(tmpdir(), 'refusals-'));
const outDir = path.join(work, 'dist');

function build(contentRoot: string) {
  return spawnSync(process.execPath, ['scripts/build.ts', '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, CONTENT_ROOT: contentRoot },
    encoding: 'utf8',
  });
}

/** A copy of the real content with one file rewritten by `edit`. */
function brokenCopy(name: string, file: string, edit: (text: string) => string): string {
  const dir = path.join(work, name);
  cpSync(path.join(root, 'content'), dir, { recursive: true });
  const target = path.join(dir, file);
  const before = readFileSync(target, 'utf8');
  const after = edit(before);
  assert.notEqual(after, before, `fixture "${name}" did not change ${file}`);
  writeFileSync(target, after);
  return dir;
}

const ARG = 'arguments/russias-chief-enemy-is-the-united-states.mdx';
const DOC = 'documents/jhi-2016-russia-syria.mdx';
const SRC = 'sources/carter-2015-strikes.mdx';
const EVT = 'events/second-presidential-debate-2016.md';
const SITE = 'site.yaml';
const VILLAGE = 'documents/village-idiots-2017.mdx';
const ISIS = 'names/isis.md';
const PUTIN = 'names/vladimir-putin.md';
const DOHA = 'names/doha.md';

const cases: Array<{ name: string; file: string; edit: (t: string) => string; field: RegExp }> = [
  { name: 'unknown stance', file: ARG, edit: (t) => t.replace('stance: against', 'stance: neutral'), field: /stance/ },
  { name: 'missing required field', file: ARG, edit: (t) => t.replace(/^summary: .*\n/m, ''), field: /summary/ },
  { name: 'impossible date', file: SRC, edit: (t) => t.replace("value: '2015-09-30'", "value: '2015-09-31'"), field: /date/ },
  { name: 'malformed date', file: DOC, edit: (t) => t.replace("value: '2016-10-10'", "value: '10/10/2016'"), field: /published/ },
  { name: 'malformed URL', file: SRC, edit: (t) => t.replace('url: https://www.military.com', 'url: www.military.com'), field: /url/ },
  { name: 'missing source', file: ARG, edit: (t) => t.replace('cites:\n  - sipher-cipher-brief', 'cites:\n  - sipher-2099'), field: /cites\[0\]/ },
  { name: 'missing document', file: ARG, edit: (t) => t.replace('document: village-idiots-2017', 'document: village-2099'), field: /quotations\[0\]\.document/ },
  { name: 'missing argument', file: ARG, edit: (t) => t.replace('rebuts:\n  - assad-russia-and-iran-are-killing-isis', 'rebuts:\n  - no-such-argument'), field: /rebuts\[0\]/ },
  { name: 'altered quotation', file: ARG, edit: (t) => t.replace('our #1 enemy', 'our first enemy'), field: /quotations\[0\]\.text/ },
  { name: 'altered event quotation', file: EVT, edit: (t) => t.replace('must stand up to Russian provocation', 'must stand up to Russia'), field: /evidence\[0\]\.text/ },
  { name: 'event of a missing argument', file: EVT, edit: (t) => t.replace('arguments:\n  - assad-russia-and-iran-are-killing-isis', 'arguments:\n  - no-such-argument'), field: /arguments\[0\]/ },
  { name: 'unknown anchor', file: ARG, edit: (t) => t.replace('anchor: the-basic-problem-comes-down-to', 'anchor: the-basic-problem'), field: /quotations\[0\]\.anchor/ },
  {
    name: 'words in two paragraphs without an anchor',
    file: ARG,
    edit: (t) => t.replace(/ {4}anchor: the-basic-problem-comes-down-to\n {4}text: '[^']*'/, "    text: 'Hezbollah'"),
    field: /quotations\[0\]\.text: found in 2 paragraphs of document "village-idiots-2017" \(#russia-may-be-determined-to-stamp, #to-cooperate-with-russia-in-any\)/,
  },
  { name: 'unknown topic', file: ARG, edit: (t) => t.replace('topics:\n  - counter-terrorism', 'topics:\n  - counter-terror'), field: /topics\[0\]: no topic with the id "counter-terror"/ },
  { name: 'missing identity field', file: SITE, edit: (t) => t.replace(/^question: .*\n/m, ''), field: /question: write the question the debate answers/ },
  { name: 'malformed identity field', file: SITE, edit: (t) => t.replace('fight ISIS?', 'fight ISIS'), field: /question: write the question with its question mark/ },
  { name: 'stance left undefined', file: SITE, edit: (t) => t.replace(/ {2}- id: qualified\n(?: {4}.*\n)+/, ''), field: /stances: define each stance/ },
  { name: 'unknown kind of name', file: DOHA, edit: (t) => t.replace('kind: place', 'kind: city'), field: /kind/ },
  { name: 'alias that is an ordinary word', file: ISIS, edit: (t) => t.replace('  - Daesh', '  - Daesh\n  - State'), field: /aliases\[5\]: "State" is an ordinary English word/ },
  { name: 'alias of two names', file: PUTIN, edit: (t) => t.replace('  - Putin', '  - Putin\n  - Assad'), field: /aliases\[1\]: "Assad" is also a form of the name "bashar-al-assad"/ },
  { name: 'name that nothing mentions', file: DOHA, edit: (t) => t.replace('name: Doha', 'name: Dohar'), field: /name: nothing mentions "Dohar"/ },
  { name: 'placeholder left by new:document', file: VILLAGE, edit: (t) => t.replace(/^title: .*$/m, "title: 'TODO: the title as published'"), field: /title: still the placeholder new:document wrote: the title as published/ },
];

after(() => rmSync(work, { recursive: true, force: true }));

describe('a build of bad content', () => {
  let good = '';
  let firstStderr = '';
  before(() => {
    const first = build(path.join(root, 'content'));
    assert.equal(first.status, 0, `the real content must build:\n${first.stderr}`);
    good = treeDigest(outDir);
    firstStderr = first.stderr;
  });

  test('the good build warns about SITE_URL exactly when it is unset, and still builds', () => {
    const warning = siteUrlWarning();
    if (warning) assert.ok(firstStderr.includes(warning), `no SITE_URL warning in:\n${firstStderr}`);
    else assert.doesNotMatch(firstStderr, /SITE_URL is not set/);
  });

  for (const c of cases) {
    test(`refuses ${c.name}, naming ${c.file} and the field, and keeps the last good dist/`, () => {
      const result = build(brokenCopy(c.name.replace(/\W+/g, '-'), c.file, c.edit));
      const output = `${result.stdout}\n${result.stderr}`;
      assert.notEqual(result.status, 0, 'the build should have failed');
      // One line per problem, as `npm run check:content` prints it: path:line: field: message.
      assert.match(output, new RegExp(`${c.file.replace(/[.]/g, '\\.')}:\\d+: ${c.field.source}`), 'the message names file, line and field');
      assert.doesNotMatch(output, /Browser APIs|\n\s+at [\w.<>]+ \(|node_modules/, 'nothing misleading: no unrelated Astro hint, no stack trace');
      assert.equal(treeDigest(outDir), good, 'dist/ changed');
    });
  }
});

describe('a build of a corpus without site.yaml', () => {
  test('is refused, naming the missing file, and keeps the last good dist/', () => {
    const dir = path.join(work, 'no-site');
    cpSync(path.join(root, 'content'), dir, { recursive: true });
    rmSync(path.join(dir, 'site.yaml'));
    const before = treeDigest(outDir);
    const result = build(dir);
    assert.notEqual(result.status, 0);
    assert.match(`${result.stdout}\n${result.stderr}`, /site\.yaml: file: missing: the content needs the debate’s identity/);
    assert.equal(treeDigest(outDir), before, 'dist/ changed');
  });
});

describe('a build of a corpus without an events folder', () => {
  const dir = path.join(work, 'no-events');
  const out = path.join(work, 'dist-no-events');

  test('succeeds, with a timeline of publications only', () => {
    cpSync(path.join(root, 'content'), dir, { recursive: true });
    rmSync(path.join(dir, 'events'), { recursive: true, force: true });
    const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', out], {
      cwd: root,
      env: { ...process.env, CONTENT_ROOT: dir },
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, `the build should succeed:\n${result.stderr}`);
    const timeline = readFileSync(path.join(out, 'timeline', 'index.html'), 'utf8');
    assert.match(timeline, /timeline-entry--document/, 'the documents are on the timeline');
    assert.doesNotMatch(timeline, /timeline-entry--event/, 'no events are on the timeline');
  });
});
