// Two clean builds of the same source, in two different folders, must be byte-identical, search
// index included: a page or index that changes between builds cannot be verified, cached or diffed.
// The folders differ so that an absolute path leaking into the output is caught too.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { treeDifferences } from '../../../scripts/lib/tree.ts';
import { cleanBuild as buildCopy } from '../../../scripts/lib/clean-build.ts';

const work = mkdtempSync(path.join(tmpdir(), 'reproducible-'));
after(() => rmSync(work, { recursive: true, force: true }));

const cleanBuild = (name: string): string => buildCopy(path.join(work, name));

describe('reproducible builds', () => {
  test('two clean builds in different folders are byte-identical, search index included', () => {
    const first = cleanBuild('first');
    const second = cleanBuild('second-in-another-folder');
    const differences = treeDifferences(first, second);
    assert.deepEqual(differences, [], `the builds differ:\n${differences.join('\n')}`);
    // The open exports are compared with the pages: their ids and order come from the content alone.
    for (const file of ['argument-graph.json', 'annotations.jsonld']) {
      assert.ok(existsSync(path.join(first, file)), `${file} is missing from the build`);
    }
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
