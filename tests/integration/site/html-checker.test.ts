// The W3C Nu HTML Checker (vnu.jar) over every built page of the three builds (`dist/`, the sub-path
// build and the second corpus), in one JVM run: no errors and no warnings, less one class of warning
// that describes how the checker reads files rather than the pages (see `notAboutThePage`). It must
// also catch a page with a known error, the `<script>` after `</html>` that html-validate let through.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, test } from 'node:test';
import { formatProblem, vnuCheck, type VnuProblem, type VnuReport } from '../../../scripts/lib/vnu.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const BUILDS = ['dist', '.build/dist-base', '.build/dist-other'];

const pagesOf = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(root, dir, f));

/**
 * The checker evaluates each page's Content-Security-Policy meta tag as if the page were served from
 * the `file:` URL it reads it from, where `'self'` matches nothing, and counts JSON-LD data blocks as
 * inline scripts, which CSP does not govern: every page gets these warnings whatever it holds. The
 * browser tests load the pages over HTTP and fail on any console error, real CSP violations included.
 */
const notAboutThePage = (p: VnuProblem): boolean => !/violates Content Security Policy \(meta tag\)/.test(p.message);

// Known pages for the checker's own test: the same page, once valid and once with the stray script.
const fixtures = mkdtempSync(path.join(os.tmpdir(), 'vnu-fixture-'));
after(() => rmSync(fixtures, { recursive: true, force: true }));
const VALID = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>A valid page</title></head>
  <body><main><h1>A valid page</h1><p>Text.</p></main></body>
</html>
`;
writeFileSync(path.join(fixtures, 'valid.html'), VALID);
writeFileSync(path.join(fixtures, 'stray-script.html'), `${VALID}<script type="module" src="/search.js"></script>\n`);

const pages = BUILDS.flatMap(pagesOf);
const fixturePages = ['valid.html', 'stray-script.html'].map((f) => path.join(fixtures, f));
// One run over everything: starting the JVM is most of the cost.
const report: Promise<VnuReport> = vnuCheck([...pages, ...fixturePages]);
const inBuilds = (p: VnuProblem) => pages.includes(p.file);
const lines = (problems: VnuProblem[], relativeTo = root) => problems.map((p) => formatProblem(p, relativeTo));

describe('the W3C Nu HTML Checker (vnu.jar)', () => {
  test('has every page of the three builds to check', () => {
    for (const dir of BUILDS) assert.ok(pagesOf(dir).length >= 10, `only ${pagesOf(dir).length} pages in ${dir}`);
    assert.ok(readFileSync(path.join(root, 'dist/search/index.html'), 'utf8').includes('</html>'));
  });

  test('finds no error on any built page', async () => {
    assert.deepEqual(lines((await report).errors.filter(inBuilds)), []);
  });

  test('finds no warning on any built page, but for the CSP warnings about reading files', async () => {
    assert.deepEqual(lines((await report).warnings.filter(inBuilds).filter(notAboutThePage)), []);
  });

  test('reports the script after </html> as an error, naming the page, and nothing on the same page without it', async () => {
    const { errors, warnings } = await report;
    const onFixture = (problems: VnuProblem[], name: string) =>
      lines(
        problems.filter((p) => p.file === path.join(fixtures, name)),
        fixtures,
      );
    const stray = onFixture(errors, 'stray-script.html');
    assert.ok(
      stray.some((m) => /^stray-script\.html:\d+: .*script/i.test(m)),
      `no error about the stray script among:\n${stray.join('\n')}`,
    );
    assert.deepEqual(onFixture([...errors, ...warnings], 'valid.html'), []);
  });
});
