// Two clean builds of the same source, in two different folders, must be byte-identical, search
// index included: a page or index that changes between builds cannot be verified, cached or diffed.
// The folders differ so that an absolute path leaking into the output is caught too.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { treeDifferences } from '../../scripts/checks/tree.ts';

const root = path.resolve(import.meta.dirname, '../..');
const work = mkdtempSync(path.join(tmpdir(), 'reproducible-'));
after(() => rmSync(work, { recursive: true, force: true }));

/** Folders and files that are build output, caches or tooling state, never build input. */
const NOT_SOURCE = new Set(['node_modules', 'dist', '.astro', '.build', '.git', 'test-results', 'playwright-report', '.vitest']);

/** A fresh copy of the project's sources in `work/<name>`, sharing node_modules, built clean; returns its dist/. */
function cleanBuild(name: string): string {
  const dir = path.join(work, name);
  cpSync(root, dir, { recursive: true, filter: (src) => !NOT_SOURCE.has(path.basename(src)) || src === root });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const { BASE_PATH: _base, CONTENT_ROOT: _content, ...env } = process.env;
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: dir, encoding: 'utf8', env });
  assert.equal(result.status, 0, `the build in ${dir} failed:\n${result.stdout}\n${result.stderr}`);
  return path.join(dir, 'dist');
}

describe('reproducible builds', () => {
  test('two clean builds in different folders are byte-identical, search index included', () => {
    const first = cleanBuild('first');
    const second = cleanBuild('second-in-another-folder');
    const differences = treeDifferences(first, second);
    assert.deepEqual(differences, [], `the builds differ:\n${differences.join('\n')}`);
  });

  test('the comparison reports a changed, a missing and an extra file (broken fixture)', () => {
    const a = path.join(work, 'fixture-a');
    const b = path.join(work, 'fixture-b');
    for (const dir of [a, b]) mkdirSync(path.join(dir, 'pagefind'), { recursive: true });
    writeFileSync(path.join(a, 'index.html'), '<p>built at 10:00</p>');
    writeFileSync(path.join(b, 'index.html'), '<p>built at 10:01</p>');
    writeFileSync(path.join(a, 'pagefind/fragment-1.pf'), 'x');
    writeFileSync(path.join(b, 'pagefind/fragment-2.pf'), 'x');
    assert.deepEqual(treeDifferences(a, b), [
      'index.html: bytes differ',
      'pagefind/fragment-1.pf: only in the first build',
      'pagefind/fragment-2.pf: only in the second build',
    ]);
  });
});
