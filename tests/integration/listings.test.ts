// The full listings (/arguments/, /sources/) are split into pages so that none grows with the corpus.
// The real corpus fits on one page, so this builds a synthetic one that needs several and checks the
// pages: every entry listed once, in order, sound navigation and HTML, and a bounded size.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { writeTree } from '../../scripts/bench/measure.mjs';
import { generateCorpus } from '../../scripts/bench/synthetic-corpus.ts';
import { htmlProblems, linkProblems, loadSite, type BuiltSite } from '../../scripts/checks/site.ts';
import { ARGUMENTS_PER_PAGE, SOURCES_PER_PAGE } from '../../src/lib/pagination.ts';
import { cleanBuild } from './clean-build.ts';

// 6 pages of arguments (the last one short) and 2 of sources (N/10 sources).
const ARGUMENTS = 5 * ARGUMENTS_PER_PAGE + 20;
/** Gzip bytes a listing page may take: its entries' share plus the page's frame, with room. */
const LISTING_PAGE_LIMIT = 30 * 1024;

const work = mkdtempSync(path.join(tmpdir(), 'listings-'));
after(() => rmSync(work, { recursive: true, force: true }));
let site: BuiltSite;

before(() => {
  const content = path.join(work, 'content');
  writeTree(content, generateCorpus({ arguments: ARGUMENTS, seed: 7 }).files);
  site = loadSite(cleanBuild(path.join(work, 'project'), { CONTENT_ROOT: content }));
});

/** Hrefs of the links in `html` that match `pattern`, in order. */
const hrefs = (html: string, pattern: RegExp): string[] => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!).filter((h) => pattern.test(h));
const page = (file: string): string => {
  const html = site.pages.get(file);
  assert.ok(html, `${file} was not built`);
  return html;
};
/** The listing's page files in page order: `<list>/index.html`, then `<list>/page/<n>/index.html`. */
const listingFiles = (list: string, count: number) =>
  Array.from({ length: count }, (_, i) => (i === 0 ? `${list}/index.html` : `${list}/page/${i + 1}/index.html`));

describe('paged listings of a large corpus', () => {
  const argumentPages = Math.ceil(ARGUMENTS / ARGUMENTS_PER_PAGE);

  test('/arguments/ lists every argument exactly once, across pages of at most ARGUMENTS_PER_PAGE', () => {
    const listed = listingFiles('arguments', argumentPages).map((file) => hrefs(page(file), /^\/arguments\/arg-\d+\/$/));
    for (const [i, links] of listed.entries()) assert.ok(links.length <= ARGUMENTS_PER_PAGE, `page ${i + 1} lists ${links.length}`);
    const all = listed.flat();
    assert.equal(new Set(all).size, all.length, 'an argument is listed twice');
    assert.equal(all.length, ARGUMENTS);
    assert.equal(site.pages.has(`arguments/page/${argumentPages + 1}/index.html`), false, 'a page past the last was built');
  });

  test('each page links to the previous and next pages and marks itself current', () => {
    for (const [i, file] of listingFiles('arguments', argumentPages).entries()) {
      const html = page(file);
      const n = i + 1;
      const self = n === 1 ? '/arguments/' : `/arguments/page/${n}/`;
      assert.match(html, new RegExp(`<a href="${self}" aria-current="page">`), `${file} does not mark itself current`);
      const previous = /<a href="([^"]+)" rel="prev">/.exec(html)?.[1];
      const next = /<a href="([^"]+)" rel="next">/.exec(html)?.[1];
      assert.equal(previous, n === 1 ? undefined : n === 2 ? '/arguments/' : `/arguments/page/${n - 1}/`, `${file}: previous`);
      assert.equal(next, n === argumentPages ? undefined : `/arguments/page/${n + 1}/`, `${file}: next`);
      assert.match(html, new RegExp(`of ${ARGUMENTS.toLocaleString('en-US')} arguments, page ${n} of ${argumentPages}\\.`), `${file}: range`);
    }
  });

  test('/sources/ lists every source once, numbered on from the previous page', () => {
    const count = Math.ceil(ARGUMENTS / 10 / SOURCES_PER_PAGE);
    assert.ok(count > 1, 'the corpus should need more than one page of sources');
    const ids = listingFiles('sources', count).flatMap((file) => [...page(file).matchAll(/<li id="(src-\d+)"/g)].map((m) => m[1]));
    assert.equal(ids.length, ARGUMENTS / 10);
    assert.equal(new Set(ids).size, ids.length);
    assert.match(page('sources/page/2/index.html'), new RegExp(`<ol class="bibliography" start="${SOURCES_PER_PAGE + 1}"`));
  });

  test(`every listing page is under ${LISTING_PAGE_LIMIT / 1024} KB gzip`, () => {
    const heavy = [...site.pages]
      .filter(([file]) => /^(arguments|sources)\/(page\/\d+\/)?index\.html$/.test(file))
      .map(([file, html]) => [file, gzipSync(html).length] as const)
      .filter(([, bytes]) => bytes > LISTING_PAGE_LIMIT);
    assert.deepEqual(heavy, []);
  });

  test('every internal link resolves and the listing pages are valid HTML', async () => {
    assert.deepEqual(linkProblems(site), []);
    const listings: BuiltSite = { ...site, pages: new Map([...site.pages].filter(([file]) => /^(arguments|sources)\//.test(file) && !/\/(arg|src)-/.test(file))) };
    assert.deepEqual(await htmlProblems(listings), []);
  });
});
