// Checks over the built site in dist/: every page is valid HTML, every internal link and #fragment
// resolves, and every outbound link is a verified address that opens safely.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { siteUrl } from '../../src/lib/site-url.ts';

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist');
assert.ok(existsSync(dist), 'dist/ is missing: run `npm run build` first');

const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .sort();
const html = new Map(pages.map((f) => [f, readFileSync(path.join(dist, f), 'utf8')]));

/** The site path a built file answers at. */
const urlOf = (file: string) => `/${file.replace(/index\.html$/, '').replace(/\\/g, '/')}`;
const byUrl = new Map(pages.map((f) => [urlOf(f), f]));
const ids = (text: string) => new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
const anchors = (text: string) => [...text.matchAll(/<a\s[^>]*href="([^"]*)"[^>]*>/g)].map((m) => ({ tag: m[0], href: m[1] ?? '' }));

/** Every address verified in the sources and documents: the `url:` and `related` `url:` fields. */
function verifiedUrls(): Set<string> {
  const urls = new Set<string>();
  for (const folder of ['sources', 'documents']) {
    for (const file of readdirSync(path.join(root, 'content', folder))) {
      const text = readFileSync(path.join(root, 'content', folder, file), 'utf8');
      for (const m of text.matchAll(/^\s*(?:- )?url: (\S+)\s*$/gm)) urls.add(m[1]!);
    }
  }
  return urls;
}
const WEB_SEARCH = /^https:\/\/duckduckgo\.com\/\?q=/;

describe('the built site', () => {
  test('has pages to check', () => {
    assert.ok(pages.length >= 25, `only ${pages.length} pages in dist/`);
  });

  test('every page is valid HTML (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // The output is generated; whitespace at line ends is not authored and changes nothing.
        'no-trailing-whitespace': 'off',
        // Argument titles are whole-sentence claims by design, and the page title repeats the claim.
        'long-title': 'off',
      },
    });
    const errors: string[] = [];
    for (const [file, text] of html) {
      const report = await validator.validateString(text, file);
      for (const r of report.results) for (const m of r.messages) errors.push(`${file}:${m.line}: ${m.ruleId}: ${m.message}`);
    }
    assert.deepEqual(errors, []);
  });

  test('every internal link and #fragment resolves', () => {
    const broken: string[] = [];
    for (const [file, text] of html) {
      for (const { href } of anchors(text)) {
        if (/^(https?:|mailto:)/.test(href)) continue;
        const target = new URL(href, `http://site${urlOf(file)}`);
        const page = byUrl.get(target.pathname) ?? (existsSync(path.join(dist, target.pathname)) ? target.pathname : undefined);
        if (!page) {
          broken.push(`${file}: ${href} (no such page)`);
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && !ids(html.get(byUrl.get(target.pathname) ?? '') ?? '').has(fragment)) {
          broken.push(`${file}: ${href} (no element with id "${fragment}")`);
        }
      }
    }
    assert.deepEqual(broken, []);
  });

  test('every outbound link is a verified URL or a labelled web search, and opens safely', () => {
    const verified = verifiedUrls();
    const wrong: string[] = [];
    for (const [file, text] of html) {
      for (const { tag, href } of anchors(text)) {
        if (!/^https?:/.test(href)) continue;
        const decoded = href.replace(/&amp;/g, '&');
        if (!verified.has(decoded) && !WEB_SEARCH.test(decoded)) wrong.push(`${file}: ${href} is not a verified URL`);
        if (!/rel="[^"]*noopener[^"]*noreferrer/.test(tag)) wrong.push(`${file}: ${href} lacks rel="noopener noreferrer"`);
        if (WEB_SEARCH.test(decoded) && !/web-search/.test(tag)) wrong.push(`${file}: ${href} is a web search without its label`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  // Canonical, og:url, feed and sitemap links are the site's own addresses, absolute because readers
  // and crawlers take them out of context: they are checked here as internal links, not as outbound ones.
  test('canonical and og:url give the page’s own absolute address; feed and sitemap links resolve', () => {
    const origin = siteUrl();
    const wrong: string[] = [];
    const attr = (text: string, re: RegExp) => re.exec(text)?.[1];
    for (const [file, text] of html) {
      const canonical = attr(text, /<link rel="canonical" href="([^"]+)"/);
      const ogUrl = attr(text, /<meta property="og:url" content="([^"]+)"/);
      if (file === '404.html') {
        if (canonical || ogUrl || !text.includes('<meta name="robots" content="noindex">')) wrong.push(`${file}: should be noindex without a canonical URL`);
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
      for (const href of [feed, sitemap]) if (!href || !existsSync(path.join(dist, href))) wrong.push(`${file}: feed or sitemap link ${href} does not resolve`);
    }
    assert.deepEqual(wrong, []);
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
    const count = (folder: string) => readdirSync(path.join(root, 'content', folder)).filter((f) => /^[^_].*\.mdx?$/.test(f)).length;
    const expected = count('documents') + count('sources');
    const csl = JSON.parse(readFileSync(path.join(dist, 'bibliography.json'), 'utf8')) as Array<{ id: string; type: string; title: string }>;
    assert.equal(csl.length, expected);
    assert.ok(csl.every((item) => item.id && item.type && item.title));
    const bib = readFileSync(path.join(dist, 'bibliography.bib'), 'utf8');
    assert.equal([...bib.matchAll(/^@\w+\{[\w-]+,$/gm)].length, expected);
  });

  test('the page furniture of the blog capture is not published', () => {
    const text = html.get('documents/village-idiots-2017/index.html') ?? '';
    assert.ok(text.includes('The basic problem comes down to this'), 'the document text is missing');
    assert.ok(!text.includes('You can add images to your comment'));
    assert.ok(!text.includes('No Comments'));
  });
});
