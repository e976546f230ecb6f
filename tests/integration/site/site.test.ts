// Gates over the built site: every page is valid HTML, every internal link and #fragment resolves
// (in the root build and the sub-path build), and every outbound link is a verified address that
// opens safely. Each gate also runs on a deliberately broken fixture, where it must fail.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fragmentTexts, loadContent, verifiedUrls } from '../../../scripts/lib/content.ts';
import {
  htmlProblems,
  linkProblems,
  loadSite,
  outboundProblems,
  searchablePageProblems,
  textFragmentLinks,
  textFragmentProblem,
  urlOf,
} from '../../../scripts/lib/site-checks.ts';
import { unbullet } from '../../../src/lib/captures.ts';
import { siteUrl } from '../../../src/lib/site-url.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const content = loadContent();
const site = loadSite(path.join(root, 'dist'));
const subPathSite = loadSite(path.join(root, '.build/dist-base'));
const broken = loadSite(path.join(root, 'tests/fixtures/broken-site'));
const dist = site.dir;
const byUrl = new Set([...site.pages.keys()].map(urlOf));

describe('the built site', () => {
  test('has pages to check', () => {
    assert.ok(site.pages.size >= 25, `only ${site.pages.size} pages in dist/`);
    assert.equal(subPathSite.pages.size, site.pages.size, 'the sub-path build has a different number of pages');
  });

  test('every page is valid HTML (html-validate, recommended rules)', async () => {
    assert.deepEqual(await htmlProblems(site), []);
  });

  test('the pages search reads are exactly the pages marked searchable', () => {
    assert.deepEqual(searchablePageProblems(site), []);
    assert.ok(
      [...site.pages.keys()].some((f) => f.startsWith('names/')),
      'no name page to check',
    );
  });

  test('every internal link and #fragment resolves', () => {
    assert.deepEqual(linkProblems(site), []);
  });

  test('every internal link of the sub-path build stays under /debates/ and resolves', () => {
    assert.deepEqual(linkProblems(subPathSite, '/debates/'), []);
  });

  test('every outbound link is a verified URL or a labelled web search, and opens safely', () => {
    const verified = verifiedUrls(content);
    assert.ok(verified.size >= 5, `only ${verified.size} verified URLs found in content/`);
    assert.deepEqual(outboundProblems(site, verified, fragmentTexts(content)), []);
  });

  test('every text-fragment link decodes, and its words are, in order, in the capture or the quotation it points at', () => {
    const links = textFragmentLinks(site);
    const quotations = content.arguments.reduce((n, a) => n + a.data.quotations.length + a.data.questions.length, 0);
    assert.ok(links.length >= quotations, `only ${links.length} text-fragment links for ${quotations} quotations`);
    const texts = fragmentTexts(content);
    const problems = links.flatMap(({ file, href }) => {
      const problem = textFragmentProblem(href, texts);
      return problem ? [`${file}: ${problem}`] : [];
    });
    assert.deepEqual(problems, []);
    const pages = new Set(links.map((l) => l.file.split('/')[0]));
    for (const kind of ['arguments', 'documents', 'timeline'])
      assert.ok(pages.has(kind), `no text-fragment link on ${kind} pages`);
  });

  // Canonical, og:url, feed and sitemap links are the site's own addresses, absolute because readers
  // and crawlers take them out of context: they are checked here as internal links, not as outbound ones.
  test('canonical and og:url give the page’s own absolute address; feed and sitemap links resolve', () => {
    const origin = siteUrl();
    const wrong: string[] = [];
    const attr = (text: string, re: RegExp) => re.exec(text)?.[1];
    for (const [file, text] of site.pages) {
      const canonical = attr(text, /<link rel="canonical" href="([^"]+)"/);
      const ogUrl = attr(text, /<meta property="og:url" content="([^"]+)"/);
      if (file === '404.html') {
        if (canonical || ogUrl || !text.includes('<meta name="robots" content="noindex">'))
          wrong.push(`${file}: should be noindex without a canonical URL`);
      } else {
        if (canonical !== `${origin}${urlOf(file)}`) wrong.push(`${file}: canonical is ${canonical}`);
        if (ogUrl !== canonical) wrong.push(`${file}: og:url is ${ogUrl}`);
      }
      for (const key of ['og:title', 'og:description', 'og:type', 'og:site_name']) {
        if (!attr(text, new RegExp(`<meta property="${key}" content="([^"]+)"`))) wrong.push(`${file}: no ${key}`);
      }
      if (!text.includes('<meta name="twitter:card" content="summary">')) wrong.push(`${file}: no twitter:card`);
      const feed = attr(text, /<link rel="alternate" type="application\/rss\+xml"[^>]* href="([^"]+)"/);
      const sitemap = attr(text, /<link rel="sitemap" href="([^"]+)"/);
      for (const href of [feed, sitemap])
        if (!href || !existsSync(path.join(dist, href)))
          wrong.push(`${file}: feed or sitemap link ${href} does not resolve`);
    }
    assert.deepEqual(wrong, []);
  });

  test('every feed item has a pubDate, the first day of its date’s period, and the channel links to itself', () => {
    const origin = siteUrl();
    const feed = readFileSync(path.join(dist, 'rss.xml'), 'utf8');
    assert.match(feed, /<rss [^>]*xmlns:atom="http:\/\/www\.w3\.org\/2005\/Atom"/);
    assert.ok(
      feed.includes(`<atom:link href="${origin}/rss.xml" rel="self" type="application/rss+xml"/>`),
      'no atom:link rel="self" naming the feed’s own address',
    );
    const published = new Map(content.documents.map((d) => [`${origin}/documents/${d.id}/`, d.data.published.value]));
    const items = [...feed.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1] ?? '');
    assert.ok(items.length >= 10, `only ${items.length} feed items`);
    for (const item of items) {
      const link = /<link>([^<]+)<\/link>/.exec(item)?.[1] ?? '';
      const pubDate = /<pubDate>([^<]+)<\/pubDate>/.exec(item)?.[1];
      assert.ok(pubDate, `${link} has no pubDate`);
      const day = new Date(pubDate).toISOString().slice(0, 10);
      const value = published.get(link);
      // A document's pubDate is the first day of the period its publication date names.
      if (value) assert.equal(day, `${value}-01-01`.slice(0, 10), `${link}: pubDate ${pubDate} for ${value}`);
    }
  });

  test('the feed links only to built pages, by absolute address', () => {
    const origin = siteUrl();
    const feed = readFileSync(path.join(dist, 'rss.xml'), 'utf8');
    const links = [...feed.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => m[1] ?? '');
    assert.ok(links.length >= 10, `only ${links.length} feed items`);
    for (const href of links) {
      assert.ok(href.startsWith(`${origin}/`), `${href} is not on ${origin}`);
      assert.ok(byUrl.has(href.slice(origin.length)), `${href} is not a built page`);
    }
  });

  test('the bibliography exports hold every document and source', () => {
    const expected = content.documents.length + content.sources.length;
    const csl = JSON.parse(readFileSync(path.join(dist, 'bibliography.json'), 'utf8')) as Array<{
      id: string;
      type: string;
      title: string;
    }>;
    assert.equal(csl.length, expected);
    assert.ok(csl.every((item) => item.id && item.type && item.title));
    const bib = readFileSync(path.join(dist, 'bibliography.bib'), 'utf8');
    assert.equal([...bib.matchAll(/^@\w+\{[\w-]+,$/gm)].length, expected);
  });

  test('the page furniture of the captures is not published', () => {
    const furnished = content.documents.filter((d) => d.data.furniture.length > 0);
    assert.ok(furnished.length > 0, 'no document declares page furniture');
    for (const { id, blocks, data } of furnished) {
      const text = site.pages.get(`documents/${id}/index.html`) ?? '';
      const missing = blocks.filter((b) => !text.includes(` id="${b.anchor}"`)).map((b) => b.anchor);
      assert.deepEqual(missing, [], `${id}: the document text is missing`);
      for (const line of data.furniture) assert.ok(!text.includes(unbullet(line)), `${id}: “${line}” is published`);
    }
  });
});

describe('the gates on a deliberately broken site (tests/fixtures/broken-site)', () => {
  test('html-validate reports the bad nesting, the missing alt text and the duplicate id, naming the page', async () => {
    const problems = await htmlProblems(broken);
    const rules = new Set(problems.map((p) => /: ([\w/-]+): /.exec(p)?.[1]));
    for (const rule of ['close-order', 'wcag/h37', 'no-dup-id']) {
      assert.ok(rules.has(rule), `no ${rule} among:\n${problems.join('\n')}`);
    }
    assert.ok(
      problems.every((p) => p.startsWith('page/index.html:')),
      `the valid index page was blamed:\n${problems.join('\n')}`,
    );
  });

  test('the link gate reports the missing page and the missing fragment, and nothing else', () => {
    assert.deepEqual(linkProblems(broken), [
      'index.html: /missing/ (no such page)',
      'index.html: /page/#no-such-anchor (no element with id "no-such-anchor")',
    ]);
  });

  test('the link gate reports links that escape a sub-path deploy', () => {
    assert.ok(
      linkProblems(broken, '/debates/').some((p) => p === "index.html: /page/ leaves the site's base path /debates/"),
    );
  });

  test('the search gate reports a searchable page Pagefind never reads and an unmarked page it reads', () => {
    const pages = new Map([
      ['arguments/a/index.html', '<main><h1>An argument</h1></main>'],
      ['arguments/b/index.html', '<main><article data-pagefind-body><h1>Another</h1></article></main>'],
      ['compare/index.html', '<main><article class="x" data-pagefind-body>Side by side</article></main>'],
      ['names/n/page/2/index.html', '<main><p>data-pagefind-body in the text is no mark</p></main>'],
    ]);
    assert.deepEqual(
      searchablePageProblems({ dir: 'in memory', pages }).map((p) => p.slice(0, p.indexOf(' in {'))),
      [
        'arguments/a/index.html: not marked data-pagefind-body, but',
        'compare/index.html: marked data-pagefind-body, but not',
      ],
    );
  });

  test('the outbound gate reports the unverified, the unsafe and the malformed address', () => {
    const texts = new Map([['https://verified.example/story', [['The words of the story, as captured.']]]]);
    assert.deepEqual(outboundProblems(broken, new Set(['https://verified.example/story']), texts), [
      'index.html: https://unverified.example/article is not a verified URL',
      'index.html: https://verified.example/story lacks rel="noopener noreferrer"',
      'index.html: https://bad host.example/ is not a well-formed http(s) URL',
      'index.html: https://unverified.example/article#:~:text=words is not a verified URL',
      'index.html: https://verified.example/story#:~:text=story,-words: the words “story” are not in the text of https://verified.example/story',
      'index.html: https://verified.example/story#:~:text=a,b,c has a fragment directive that does not decode',
    ]);
  });
});
