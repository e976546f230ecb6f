// The full listings (/arguments/, /sources/, /timeline/, /names/, each topic, each name, the compare
// views and the dossier) are split into pages so that none grows with the corpus.
// The real corpus fits on one page, so this builds a synthetic one that needs several and checks the
// pages: every entry listed once, in order, sound navigation and HTML, and a bounded size; and, as
// the argument pages are there, that their neighbourhood maps keep them within the page budget.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { axeViolations } from '../../../scripts/lib/browser-gates.ts';
import { writeTree } from '../../../scripts/lib/measure.ts';
import { generateCorpus } from '../../../scripts/lib/synthetic-corpus.ts';
import {
  htmlProblems,
  linkProblems,
  loadSite,
  pageWeight,
  searchablePageProblems,
  urlOf,
  type BuiltSite,
} from '../../../scripts/lib/site-checks.ts';
import {
  ARGUMENTS_PER_PAGE,
  CITING_ARGUMENTS_LISTED,
  NAME_MENTIONS_PER_PAGE,
  NAMES_PER_PAGE,
  SOURCES_PER_PAGE,
  TIMELINE_PER_PAGE,
} from '../../../src/lib/pagination.ts';
import { cleanBuild } from '../../../scripts/lib/clean-build.ts';
import { PAIRS_PER_DOCUMENT } from '../../../src/lib/compare/index.ts';

// 6 pages of arguments (the last one short), 2 of sources (N/10 sources) and at least 2 of timeline.
const ARGUMENTS = 5 * ARGUMENTS_PER_PAGE + 20;
/** Gzip bytes a listing page may take: its entries' share plus the page's frame, with room. */
const LISTING_PAGE_LIMIT = 30 * 1024;
/** The content-page budget (docs/performance.md): HTML, stylesheets, scripts and icon, gzip. */
const PAGE_BUDGET = 20 * 1024;

const work = mkdtempSync(path.join(tmpdir(), 'listings-'));
after(() => rmSync(work, { recursive: true, force: true }));
let site: BuiltSite;

before(() => {
  const content = path.join(work, 'content');
  writeTree(content, generateCorpus({ arguments: ARGUMENTS, seed: 7 }).files);
  site = loadSite(cleanBuild(path.join(work, 'project'), { CONTENT_ROOT: content }));
});

/** Hrefs of the links in `html` that match `pattern`, in order. */
const hrefs = (html: string, pattern: RegExp): string[] =>
  [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!).filter((h) => pattern.test(h));
const fileOf = (url: string): string => `${url.replace(/^\//, '')}index.html`;
const page = (file: string): string => {
  const html = site.pages.get(file);
  assert.ok(html, `${file} was not built`);
  return html;
};

/**
 * The pages of the listing starting at `url`, found by following its "next" links, each checked:
 * it marks itself current, links back to the one before, and says which page of how many it is.
 */
function chain(url: string): Array<{ url: string; html: string }> {
  const pages: Array<{ url: string; html: string }> = [];
  for (let next: string | undefined = url; next !== undefined;) {
    assert.ok(pages.length < 1000, `${url}: the next links loop`);
    const html = page(fileOf(next));
    const previous = /<a href="([^"]+)" rel="prev">/.exec(html)?.[1];
    assert.equal(previous, pages.at(-1)?.url, `${next}: previous link`);
    pages.push({ url: next, html });
    next = /<a href="([^"]+)" rel="next">/.exec(html)?.[1];
  }
  for (const [i, { url: self, html }] of pages.entries()) {
    if (pages.length === 1) {
      assert.doesNotMatch(html, /class="pagination"/, `${self}: a single page needs no page links`);
      continue;
    }
    assert.match(html, new RegExp(`<a href="${self}" aria-current="page">`), `${self} does not mark itself current`);
    assert.match(html, new RegExp(`, page ${i + 1} of ${pages.length}\\.`), `${self}: which page of how many`);
    if (i > 0) assert.equal(self, `${url}page/${i + 1}/`, 'page path');
  }
  return pages;
}

/** The argument pages, and those with a neighbourhood map, the most boxes first. */
const argumentPages = () => [...site.pages].filter(([file]) => /^arguments\/arg-\d+\/index\.html$/.test(file));
const boxes = (html: string) => (html.match(/class="map-node /g) ?? []).length;
const largestMaps = () =>
  argumentPages()
    .filter(([, html]) => boxes(html) > 0)
    .sort(([a, x], [b, y]) => boxes(y) - boxes(x) || a.localeCompare(b));

/** The entries a listing's pages list (by `pattern` over link hrefs or ids), checked to appear once. */
function listedOnce(pages: Array<{ url: string; html: string }>, entries: (html: string) => string[]): string[] {
  const all = pages.flatMap((p) => entries(p.html));
  const repeated = all.filter((e, i) => all.indexOf(e) !== i);
  assert.deepEqual(repeated, [], `listed more than once in ${pages[0]?.url}`);
  return all;
}

describe('paged listings of a large corpus', () => {
  test('/arguments/ lists every argument exactly once, across pages of ARGUMENTS_PER_PAGE', () => {
    const pages = chain('/arguments/');
    assert.equal(pages.length, Math.ceil(ARGUMENTS / ARGUMENTS_PER_PAGE));
    const listed = listedOnce(pages, (html) => hrefs(html, /^\/arguments\/arg-\d+\/$/));
    assert.equal(listed.length, ARGUMENTS);
    assert.match(
      pages[1]!.html,
      new RegExp(
        `${ARGUMENTS_PER_PAGE + 1}–${2 * ARGUMENTS_PER_PAGE} of ${ARGUMENTS.toLocaleString('en-US')} arguments`,
      ),
    );
  });

  test('/sources/ lists every source once, numbered on from the previous page', () => {
    const pages = chain('/sources/');
    assert.equal(pages.length, Math.ceil(ARGUMENTS / 10 / SOURCES_PER_PAGE));
    const listed = listedOnce(pages, (html) => [...html.matchAll(/<li id="(src-\d+)"/g)].map((m) => m[1]!));
    assert.equal(listed.length, ARGUMENTS / 10);
    assert.match(pages[1]!.html, new RegExp(`<ol class="bibliography" start="${SOURCES_PER_PAGE + 1}"`));
  });

  test(`a /sources/ entry names at most ${CITING_ARGUMENTS_LISTED} of the arguments citing it and counts the rest, linked to the source's page`, () => {
    let counted = 0;
    for (const { html } of chain('/sources/'))
      for (const entry of html.split('<li id="src-').slice(1)) {
        const id = `src-${entry.slice(0, entry.indexOf('"'))}`;
        const from = entry.indexOf('class="cited-by"');
        const citedBy = entry.slice(from, entry.indexOf('</p>', from));
        const named = new Set(hrefs(citedBy, /^\/arguments\/arg-\d+\/$/)).size;
        const own = page(`sources/${id}/index.html`);
        const section = own.slice(
          own.indexOf('id="cited-by"'),
          own.indexOf('</section>', own.indexOf('id="cited-by"')),
        );
        const all = new Set(hrefs(section, /^\/arguments\/arg-\d+\/$/)).size;
        assert.equal(named, Math.min(all, CITING_ARGUMENTS_LISTED), `${id}: arguments named`);
        const rest = /(\d+) more arguments?<\/a>/.exec(citedBy);
        assert.equal(Number(rest?.[1] ?? 0), all - named, `${id}: arguments counted`);
        if (rest) {
          counted += 1;
          assert.ok(citedBy.includes(`href="/sources/${id}/#cited-by"`), `${id}: the count links elsewhere`);
        }
      }
    assert.ok(counted > 0, 'no source is cited by more arguments than its entry names');
  });

  test('/timeline/ lists every document once, in pages of TIMELINE_PER_PAGE, with undated works on the last page only', () => {
    const pages = chain('/timeline/');
    assert.ok(pages.length > 1, 'the corpus should need more than one page of timeline');
    const listed = listedOnce(pages, (html) =>
      [...html.matchAll(/<li[^>]* id="((?:document|source|event)-[^"]+)"/g)].map((m) => m[1]!),
    );
    assert.ok(listed.length > (pages.length - 1) * TIMELINE_PER_PAGE, `only ${listed.length} entries`);
    assert.equal(listed.filter((id) => id.startsWith('document-')).length, ARGUMENTS / 20);
    for (const { url, html } of pages)
      assert.match(
        html,
        /entries, page \d+ of \d+\. (From \d{4} to \d{4}|All from \d{4})\./,
        `${url}: the years it covers`,
      );
    const undated = pages.map((p) => p.html.includes('id="undated"'));
    assert.deepEqual(undated.slice(0, -1).filter(Boolean), [], 'undated works listed before the last page');
  });

  test('/documents/ lists every document once; the home page the six newest and a link to the rest', () => {
    const listed = listedOnce(chain('/documents/'), (html) => hrefs(html, /^\/documents\/doc-\d+\/$/));
    assert.equal(listed.length, ARGUMENTS / 20);
    const home = page('index.html');
    const documents = home.slice(home.indexOf('id="documents"'));
    assert.equal(new Set(hrefs(documents, /^\/documents\/doc-\d+\/$/)).size, 6);
    assert.match(documents, new RegExp(`<a href="/documents/">All ${ARGUMENTS / 20} documents</a>`));
  });

  test('each topic lists its arguments once across its pages', () => {
    const topics = hrefs(page('topics/index.html'), /^\/topics\/[a-z0-9-]+\/$/);
    assert.ok(topics.length > 1);
    for (const topic of topics)
      listedOnce(chain(topic), (html) =>
        hrefs(html.slice(0, html.indexOf('id="topic-documents"')), /^\/arguments\/arg-\d+\/$/),
      );
  });

  test('/names/ lists every name once, A to Z, across pages of NAMES_PER_PAGE', () => {
    const pages = chain('/names/');
    // The synthetic corpus has a name per four arguments.
    assert.equal(pages.length, Math.ceil(ARGUMENTS / 4 / NAMES_PER_PAGE));
    const listed = listedOnce(pages, (html) =>
      [...html.matchAll(/<a href="\/names\/(name-\d+)\/">([^<]+)<\/a>/g)].map((m) => `${m[2]!}|${m[1]!}`),
    );
    assert.equal(listed.length, ARGUMENTS / 4);
    const names = listed.map((l) => l.split('|')[0]!);
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.localeCompare(b, 'en')),
      'A to Z',
    );
    for (const { url, html } of pages) assert.match(html, /<h2 id="initial-[A-Z]">/, `${url}: no initials`);
  });

  test('a name mentioned in many places lists each once across its pages, as many as its counts say', () => {
    const paged = hrefs(page('names/index.html'), /^\/names\/name-\d+\/$/).filter((n) =>
      site.pages.has(fileOf(`${n}page/2/`)),
    );
    assert.ok(paged.length > 0, 'no name with a second page');
    for (const name of paged) {
      const pages = chain(name);
      const listed = listedOnce(pages, (html) =>
        hrefs(html.slice(html.indexOf('<h1')), /^\/(arguments\/arg-\d+\/|documents\/doc-\d+\/#.+|sources\/src-\d+\/)$/),
      );
      const counts = /Mentioned in ([^.]+)\./.exec(pages[0]!.html)?.[1] ?? '';
      const total = [...counts.matchAll(/(\d[\d,]*) (?:argument|paragraph|source)s?/g)].reduce(
        (sum, m) => sum + Number(m[1]!.replace(/,/g, '')),
        0,
      );
      assert.equal(listed.length, total, `${name}: ${counts}`);
      assert.ok(pages.length === Math.ceil(total / NAME_MENTIONS_PER_PAGE), `${name}: ${pages.length} pages`);
    }
  });

  test(`the home page and every listing page are under ${LISTING_PAGE_LIMIT / 1024} KB gzip`, () => {
    const heavy = [...site.pages]
      .filter(
        ([file]) =>
          file === 'index.html' ||
          /^(arguments|sources|documents|timeline|names|(?:topics|names)\/[a-z0-9-]+)\/(page\/\d+\/)?index\.html$/.test(
            file,
          ),
      )
      .map(([file, html]) => [file, gzipSync(html).length] as const)
      .filter(([, bytes]) => bytes > LISTING_PAGE_LIMIT);
    assert.deepEqual(heavy, []);
  });

  test('every internal link resolves and the listing pages are valid HTML', async () => {
    assert.deepEqual(linkProblems(site), []);
    const listings: BuiltSite = {
      ...site,
      pages: new Map([...site.pages].filter(([file]) => !/\/(arg|src|doc)-/.test(file))),
    };
    assert.deepEqual(await htmlProblems(listings), []);
  });

  test('the pages search reads are exactly the pages marked searchable, a name’s further pages of mentions not among them', () => {
    assert.deepEqual(searchablePageProblems(site), []);
    assert.ok(
      [...site.pages.keys()].some((f) => /^names\/[^/]+\/page\/2\/index\.html$/.test(f)),
      'no name has a second page',
    );
  });

  test('every argument page, with its neighbourhood map and stylesheets, is under 20 KB gzip; the largest maps are valid HTML', async () => {
    const css = (html: string) =>
      [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce(
        (sum, m) => sum + gzipSync(readFileSync(path.join(site.dir, m[1]!))).length,
        0,
      );
    const heavy = argumentPages()
      .map(([file, html]) => [file, gzipSync(html).length + css(html)] as const)
      .filter(([, bytes]) => bytes > 20 * 1024);
    assert.deepEqual(heavy, []);
    assert.deepEqual(await htmlProblems({ ...site, pages: new Map(largestMaps().slice(0, 20)) }), []);
  });

  // The real corpus fits on one page of every listing, so the browser tests never see the page links.
  test('the second page of each listing, with its page links, and the largest neighbourhood map have no WCAG 2.2 A/AA violations in either scheme', async () => {
    const topic = hrefs(page('topics/index.html'), /^\/topics\/[a-z0-9-]+\/$/).find((t) =>
      site.pages.has(fileOf(`${t}page/2/`)),
    );
    assert.ok(topic, 'no topic with a second page');
    const [largest] = largestMaps()[0] ?? [''];
    assert.ok(largest, 'no argument page with a neighbourhood map');
    const name = hrefs(page('names/index.html'), /^\/names\/name-\d+\/$/).find((n) =>
      site.pages.has(fileOf(`${n}page/2/`)),
    );
    assert.ok(name, 'no name with a second page');
    const pathnames = [
      '/arguments/page/2/',
      '/sources/page/2/',
      '/timeline/page/2/',
      `${topic}page/2/`,
      `/${largest.replace(/index\.html$/, '')}`,
      '/names/page/2/',
      `${name}page/2/`,
    ];
    assert.deepEqual(await axeViolations(site.dir, pathnames), []);
  });
});

/**
 * What a compare view or the dossier lists: an element carrying `data-argument`, one per argument
 * placed there. A link to an argument listed elsewhere (a cross-reference) is not a listing; to keep
 * that honest, a link to an argument's own page must come from its listing only, never from a second place.
 */
const listedArguments = (html: string): string[] => [...html.matchAll(/data-argument="([^"]+)"/g)].map((m) => m[1]!);
const argumentPageLinks = (html: string): string[] =>
  hrefs(html.slice(html.indexOf('<main'), html.indexOf('</main>')), /^\/arguments\/arg-\d+\/$/).map(
    (h) => h.split('/')[2]!,
  );
const pagesUnder = (pattern: RegExp): string[] => [...site.pages.keys()].filter((file) => pattern.test(file));

const weight = (html: string): number => pageWeight(site, html);

describe('compare views and the dossier of a large corpus', () => {
  test('/compare/ lists every argument exactly once across its pages, each linked to its own page from its listing only', () => {
    const pages = chain('/compare/');
    assert.ok(pages.length > 1, 'the corpus should need more than one page of the compare view');
    const listed = listedOnce(pages, listedArguments);
    assert.equal(listed.length, ARGUMENTS);
    const linked = pages.flatMap((p) => argumentPageLinks(p.html));
    assert.deepEqual(linked.toSorted(), listed.toSorted(), 'argument pages linked other than from their listing');
    // Every cross-reference to an argument of the view points at the page and card that list it.
    const where = new Map(pages.flatMap((p) => listedArguments(p.html).map((id) => [id, p.url] as const)));
    for (const { url, html } of pages)
      for (const href of hrefs(html, /#a-arg-\d+$/)) {
        const [pathname, id] = href.split('#a-') as [string, string];
        assert.equal(pathname === '' ? url : pathname, where.get(id), `${url}: ${href}`);
      }
  });

  test('each topic’s compare view lists exactly the topic’s arguments, each once', () => {
    const topics = hrefs(page('topics/index.html'), /^\/topics\/[a-z0-9-]+\/$/);
    for (const topic of topics) {
      const onTopic = chain(topic).flatMap(({ html }) =>
        hrefs(html.slice(0, html.indexOf('id="topic-documents"')), /^\/arguments\/arg-\d+\/$/),
      );
      const compare = `/compare${topic}`;
      assert.match(page(fileOf(topic)), new RegExp(`href="${compare}"`), `${topic} links its compare view`);
      const listed = listedOnce(chain(compare), listedArguments);
      assert.deepEqual(
        listed.toSorted(),
        onTopic.map((h) => h.split('/')[2]!).toSorted(),
        `${compare} lists other arguments than ${topic}`,
      );
    }
  });

  test(`pairs of documents get a page when their arguments rebut each other, at most ${PAIRS_PER_DOCUMENT} per document, each linked from both documents`, () => {
    const pairs = pagesUnder(/^compare\/documents\/doc-\d+\/doc-\d+\/index\.html$/);
    const documents = ARGUMENTS / 20;
    assert.ok(pairs.length >= documents / 2, `only ${pairs.length} pair pages`);
    assert.ok(pairs.length <= PAIRS_PER_DOCUMENT * documents, `${pairs.length} pair pages`);
    for (const file of pairs) {
      const [, , first, second] = file.split('/') as [string, string, string, string];
      const url = urlOf(file);
      for (const doc of [first, second])
        assert.match(page(`documents/${doc}/index.html`), new RegExp(`href="${url}"`), `${doc} does not link ${url}`);
      const listed = listedArguments(page(file));
      assert.ok(listed.length > 0, `${url} lists nothing`);
      assert.deepEqual(
        listed.filter((id, i) => listed.indexOf(id) !== i),
        [],
        `${url} lists an argument twice`,
      );
      // Arguments the pair does not list (what a listed one rebuts elsewhere) are linked by their own page.
      const linked = argumentPageLinks(page(file)).filter((id) => listed.includes(id));
      assert.deepEqual(linked.toSorted(), listed.toSorted(), `${url}: argument links`);
    }
  });

  test('the dossier lists every argument once across its pages, and each page every address it links', () => {
    const pages = chain('/dossier/');
    assert.ok(pages.length > 1, 'the corpus should need more than one page of dossier');
    assert.equal(listedOnce(pages, listedArguments).length, ARGUMENTS);
    for (const { url, html } of pages) {
      const article = html.slice(html.indexOf('<article class="dossier"'), html.indexOf('id="addresses"'));
      const list = html.slice(html.indexOf('id="addresses"'), html.lastIndexOf('</article>'));
      const addresses = [...list.matchAll(/<a class="url" href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map(
        (m) => [m[1]!, m[2]!] as const,
      );
      assert.ok(addresses.length > 0, `${url}: no addresses`);
      for (const [href, text] of addresses)
        assert.ok(text === href || text.endsWith(href), `${url}: address ${text} printed for ${href}`);
      const listed = new Set(addresses.map(([href]) => href));
      const linked = hrefs(article, /^[^#]/);
      assert.deepEqual(
        linked.filter((h) => !listed.has(h)),
        [],
        `${url}: links missing from its addresses`,
      );
      const notes = [...article.matchAll(/https?:\/\/[^\s<"]+?(?=\.?(?:\s|<))/g)].map((m) => m[0]);
      assert.deepEqual(
        notes.filter((h) => !listed.has(h)),
        [],
        `${url}: note addresses missing from its addresses`,
      );
    }
  });

  test(`every compare and dossier page loads at most ${PAGE_BUDGET / 1024} KB gzip, stylesheets, scripts and icon included`, () => {
    const heavy = pagesUnder(/^(compare|dossier)\//)
      .map((file) => [file, weight(page(file))] as const)
      .filter(([, bytes]) => bytes > PAGE_BUDGET);
    assert.deepEqual(heavy, []);
  });

  test('the compare and dossier pages are valid HTML, and their second pages and a pair pass axe in both schemes', async () => {
    const pair = pagesUnder(/^compare\/documents\//)[0];
    assert.ok(pair);
    const files = [
      'compare/page/2/index.html',
      'dossier/page/2/index.html',
      pair,
      ...pagesUnder(/^compare\/topics\/[^/]+\/page\/2\/index\.html$/).slice(0, 1),
    ];
    assert.equal(files.length, 4, 'no topic compare view with a second page');
    assert.deepEqual(await htmlProblems({ ...site, pages: new Map(files.map((f) => [f, page(f)])) }), []);
    assert.deepEqual(await axeViolations(site.dir, files.map(urlOf)), []);
  });
});
