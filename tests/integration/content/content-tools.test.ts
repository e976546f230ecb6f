// Runs the editor's tools (npm run new:document, locate, check:content) as an editor would, each on
// its own copy of the real content, and checks what they write, print and refuse.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { load } from 'js-yaml';
import { treeDigest } from '../../../scripts/lib/tree.ts';
import { FILLED, fillPlaceholders } from '../../fixtures/unit/placeholders.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(path.join(tmpdir(), 'content-tools-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** A capture holding every line a naive body would misread. */
const AWKWARD = [
  'An Awkward Title',
  '',
  "Raids have been against those forces (<5% hit {ISIS} targets), it's said.",
  '## not a heading',
  '',
  '> not a quote',
  '',
  'A list follows:',
  '- dash',
  '1. numbered',
  '',
  '\\backslash at the start',
  '',
  '<script>alert(1)</script> & <b>bold</b> *em* _u_',
].join('\n');

let copies = 0;

/** A fresh copy of the real content, and a folder beside it for captures. */
function contentCopy() {
  const dir = path.join(work, `copy-${++copies}`);
  cpSync(path.join(root, 'content'), path.join(dir, 'content'), { recursive: true });
  mkdirSync(path.join(dir, 'captures'));
  return { content: path.join(dir, 'content'), captures: path.join(dir, 'captures') };
}

/** Runs a content script with `CONTENT_ROOT` set and `INIT_CWD` (where the editor typed the command) at `cwd`. */
function run(script: string, args: string[], contentRoot: string, cwd = work) {
  const result = spawnSync(process.execPath, [path.join('scripts/content', script), ...args], {
    cwd: root,
    env: { ...process.env, CONTENT_ROOT: contentRoot, INIT_CWD: cwd },
    encoding: 'utf8',
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function capture(folder: string, name: string, text: string | Buffer = AWKWARD) {
  const file = path.join(folder, name);
  writeFileSync(file, text);
  return file;
}

/** `text` with every `field: 'TODO: …'` placeholder given a sound value; the title is the capture's first line. */
const fill = (text: string) => fillPlaceholders(text, { ...FILLED, title: 'An Awkward Title' });

/** The YAML block locate prints after its "Ready to paste" line, parsed. */
function pastedYaml(stdout: string): unknown {
  const [, yaml = ''] = stdout.split(/^Ready to paste.*\n\n/m);
  return load(yaml);
}

describe('npm run new:document', () => {
  test('writes the document and its capture, prints both paths and the next steps, and exits 0', () => {
    const { content, captures } = contentCopy();
    const from = capture(captures, 'Awkward Capture.txt');
    const result = run('new-document.ts', [from], content);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(readFileSync(path.join(content, 'originals/awkward-capture.txt'), 'utf8'), AWKWARD);
    assert.ok(existsSync(path.join(content, 'documents/awkward-capture.mdx')));
    assert.match(result.stdout, /documents\/awkward-capture\.mdx/);
    assert.match(result.stdout, /originals\/awkward-capture\.txt/);
    assert.match(result.stdout, /Next:/);
  });

  test('writes a document whose only problems are its placeholders, each named with file, line and field', () => {
    const { content, captures } = contentCopy();
    assert.equal(run('new-document.ts', [capture(captures, 'awkward.txt')], content).status, 0);
    const check = run('check.ts', [], content);
    const lines = check.stderr.trim().split('\n').slice(0, -2);
    assert.equal(check.status, 1);
    assert.equal(lines.length, 9, check.stderr);
    for (const line of lines) {
      assert.match(line, /documents\/awkward\.mdx:\d+: [\w.]+: still the placeholder new:document wrote: \S/);
    }
  });

  test('writes a document that passes check:content, the capture check both ways, once the placeholders are filled', () => {
    const { content, captures } = contentCopy();
    assert.equal(run('new-document.ts', [capture(captures, 'awkward.txt')], content).status, 0);
    const file = path.join(content, 'documents/awkward.mdx');
    writeFileSync(file, fill(readFileSync(file, 'utf8')));
    const check = run('check.ts', [], content);
    assert.equal(check.status, 0, check.stderr);
    assert.match(check.stdout, /3 documents/);
  });

  test('names the document after --id when given one', () => {
    const { content, captures } = contentCopy();
    const result = run('new-document.ts', [capture(captures, 'awkward.txt'), '--id', 'my-2020-post'], content);
    assert.equal(result.status, 0, result.stderr);
    assert.match(readFileSync(path.join(content, 'documents/my-2020-post.mdx'), 'utf8'), /^capture: my-2020-post\.txt$/m);
    assert.ok(existsSync(path.join(content, 'originals/my-2020-post.txt')));
  });

  test('reads a relative capture path from the folder the command was typed in', () => {
    const { content, captures } = contentCopy();
    capture(captures, 'relative.txt');
    assert.equal(run('new-document.ts', ['relative.txt'], content, captures).status, 0);
    assert.ok(existsSync(path.join(content, 'documents/relative.mdx')));
  });

  test('uses a capture already saved as originals/<id>.txt where it is', () => {
    const { content } = contentCopy();
    const from = capture(path.join(content, 'originals'), 'saved-first.txt');
    const result = run('new-document.ts', [from], content);
    assert.equal(result.status, 0, result.stderr);
    assert.equal(readFileSync(from, 'utf8'), AWKWARD);
    assert.ok(existsSync(path.join(content, 'documents/saved-first.mdx')));
  });

  const refusals: Array<{ name: string; args: (captures: string, content: string) => string[]; message: RegExp }> = [
    { name: 'an existing document', args: (c) => [capture(c, 'x.txt'), '--id', 'village-idiots-2017'], message: /will not overwrite .*documents\/village-idiots-2017\.mdx/ },
    {
      name: 'an existing capture of another file',
      args: (c, content) => (writeFileSync(path.join(content, 'originals/taken.txt'), 'other'), [capture(c, 'taken.txt')]),
      message: /will not overwrite .*originals\/taken\.txt/,
    },
    { name: 'a missing capture', args: (c) => [path.join(c, 'no-such-file.txt')], message: /no capture file at .*no-such-file\.txt/ },
    { name: 'a folder for a capture', args: (c) => [c], message: /is a folder/ },
    { name: 'an id that is not lower-case words joined by hyphens', args: (c) => [capture(c, 'x.txt'), '--id', 'Bad_Id'], message: /--id "Bad_Id": write the id as lower-case words/ },
    { name: 'a file name with no words and no --id', args: (c) => [capture(c, '___.txt')], message: /gives no id: name one with --id/ },
    { name: 'an empty capture', args: (c) => [capture(c, 'empty.txt', '\n  \n')], message: /holds no text/ },
    { name: 'a capture that is not UTF-8', args: (c) => [capture(c, 'latin.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9]))], message: /not UTF-8 text/ },
    { name: 'no capture named', args: () => [], message: /usage: npm run new:document/ },
    { name: 'an unknown option', args: (c) => [capture(c, 'x.txt'), '--force'], message: /Unknown option '--force'/ },
  ];

  for (const r of refusals) {
    test(`refuses ${r.name}, exits 1 and writes nothing`, () => {
      const { content, captures } = contentCopy();
      const args = r.args(captures, content);
      const before = treeDigest(content);
      const result = run('new-document.ts', args, content);
      assert.equal(result.status, 1, result.stdout);
      assert.match(result.stderr, r.message);
      assert.equal(result.stdout, '');
      assert.equal(treeDigest(content), before, 'the content folder changed');
    });
  }

  test('refuses to run twice on one capture and leaves the first document as it was', () => {
    const { content, captures } = contentCopy();
    const from = capture(captures, 'twice.txt');
    assert.equal(run('new-document.ts', [from], content).status, 0);
    const file = path.join(content, 'documents/twice.mdx');
    writeFileSync(file, fill(readFileSync(file, 'utf8')));
    const before = treeDigest(content);
    const second = run('new-document.ts', [from], content);
    assert.equal(second.status, 1);
    assert.match(second.stderr, /will not overwrite .*documents\/twice\.mdx or .*originals\/twice\.txt/);
    assert.equal(treeDigest(content), before);
  });
});

describe('npm run locate', () => {
  const { content, captures } = contentCopy();
  before(() => {
    const added = run('new-document.ts', [capture(captures, 'awkward.txt')], content);
    assert.equal(added.status, 0, added.stderr);
  });

  test('prints the one paragraph holding the words and a quotation without an anchor', () => {
    const result = run('locate.ts', ['our #1 enemy'], content);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /documents\/village-idiots-2017\.mdx:\d+ {2}village-idiots-2017#the-basic-problem-comes-down-to\n/);
    assert.match(result.stdout, /\n {2}The basic problem comes down to this: While Islamic terrorism is our #1 enemy, Russia’s #1 enemy is the United States\.\n/);
    assert.deepEqual(pastedYaml(result.stdout), [{ document: 'village-idiots-2017', text: 'our #1 enemy' }]);
  });

  test('prints an anchor and the alternatives when several paragraphs of a document hold the words', () => {
    const result = run('locate.ts', ['Hezbollah', '--document', 'village-idiots-2017'], content);
    assert.equal(result.status, 0, result.stderr);
    const [item] = pastedYaml(result.stdout) as Array<{ anchor?: string }>;
    assert.equal(item?.anchor, 'russia-may-be-determined-to-stamp');
    assert.match(result.stdout, /# {3}to-cooperate-with-russia-in-any\n/);
  });

  test('finds words in a new document whose frontmatter is still placeholders, single quotes doubled in the YAML', () => {
    const result = run('locate.ts', ["targets), it's said"], content);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /text: 'targets\), it''s said'/);
    assert.deepEqual(pastedYaml(result.stdout), [{ document: 'awkward', text: "targets), it's said" }]);
  });

  test('searches only the document named by --document', () => {
    const result = run('locate.ts', ['Russia', '--document', 'jhi-2016-russia-syria'], content);
    assert.equal(result.status, 0, result.stderr);
    assert.doesNotMatch(result.stdout, /village-idiots-2017/);
  });

  const refusals: Array<{ name: string; args: string[]; message: RegExp }> = [
    { name: 'words no paragraph holds', args: ['our first enemy'], message: /"our first enemy" is in no paragraph of any document/ },
    { name: 'words that differ in quotes or case, naming where they nearly are', args: ["russia's #1 enemy"], message: /Nearly in .*village-idiots-2017#the-basic-problem-comes-down-to/ },
    { name: 'an unknown document', args: ['Russia', '--document', 'no-such-doc'], message: /no document "no-such-doc" in .*documents \(documents: awkward, jhi-2016-russia-syria, village-idiots-2017\)/ },
    { name: 'no words', args: [], message: /usage: npm run locate/ },
  ];

  for (const r of refusals) {
    test(`refuses ${r.name}, exits 1 and prints nothing on stdout`, () => {
      const result = run('locate.ts', r.args, content);
      assert.equal(result.status, 1, result.stdout);
      assert.match(result.stderr, r.message);
      assert.equal(result.stdout, '');
    });
  }
});
