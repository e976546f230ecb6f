// Checks every JSON-LD block of every built page in dist/: it parses, it has the schema.org shape
// its @type needs, its URLs are absolute, its dates are ISO at the precision the content records,
// and it agrees with the content (authors, dates, verified URLs) and with the other pages' blocks.
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, test } from 'node:test';
import { byId, loadContent } from '../../../scripts/lib/content.ts';
import { loadSite, urlOf } from '../../../scripts/lib/site-checks.ts';
import { siteUrl } from '../../../src/lib/site-url.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const site = loadSite(path.join(root, 'dist'));
// The build reads SITE_URL the same way; with it unset both use the local preview origin.
const origin = siteUrl();

type Node = Record<string, unknown>;
const pages = [...site.pages.keys()];
const JSON_LD = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/g;
const blocksOf = (file: string): Node[] =>
  [...(site.pages.get(file) ?? '').matchAll(JSON_LD)].map((m) => {
    try {
      return JSON.parse(m[1]!) as Node;
    } catch (cause) {
      throw new Error(`${file}: a JSON-LD block is not valid JSON`, { cause });
    }
  });
const blocks = new Map(pages.map((f) => [f, blocksOf(f)]));
const pageUrl = (file: string) => `${origin}${urlOf(file)}`;

const content = loadContent();
const documents = byId(content.documents);
const sources = byId(content.sources);
const expectedIso = (d: { value: string; precision: string }) =>
  d.precision === 'approximate' ? d.value.slice(0, 4) : d.value;

const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const isAbsolute = (v: unknown) => typeof v === 'string' && /^https?:\/\/[^/\s]+/.test(v) && URL.canParse(v);
const isOwn = (v: unknown) => typeof v === 'string' && v.startsWith(`${origin}/`);
const allIds = new Set([...blocks.values()].flat().map((b) => b['@id']));

function checkAgent(where: string, a: unknown, errors: string[]) {
  const agent = a as Node;
  if (!['Person', 'Organization'].includes(String(agent?.['@type'])))
    errors.push(`${where}: author @type is ${String(agent?.['@type'])}`);
  if (typeof agent?.['name'] !== 'string' || agent['name'] === '') errors.push(`${where}: author has no name`);
}

describe('JSON-LD in the built site', () => {
  test('every indexable page has at least one block, and the 404 page none', () => {
    for (const [file, list] of blocks) {
      if (file === '404.html') assert.equal(list.length, 0, '404.html should carry no structured data');
      else assert.ok(list.length > 0, `${file} has no JSON-LD block`);
    }
  });

  test('every block has the shape its @type needs', () => {
    const errors: string[] = [];
    for (const [file, list] of blocks) {
      for (const block of list) {
        const where = `${file} (${String(block['@type'])})`;
        const need = (key: string, ok: (v: unknown) => boolean) => {
          if (!ok(block[key])) errors.push(`${where}: ${key} is ${JSON.stringify(block[key])}`);
        };
        need('@context', (v) => v === 'https://schema.org');
        const nonEmpty = (v: unknown) => typeof v === 'string' && v.trim() !== '';
        const slug = file.split('/')[1] ?? '';
        switch (block['@type']) {
          case 'WebSite':
          case 'WebPage':
            need('name', nonEmpty);
            need('url', (v) => isOwn(v) && v === pageUrl(file));
            break;
          case 'BlogPosting':
          case 'Article': {
            const fm = documents.get(slug)?.data;
            if (!fm) {
              errors.push(`${where}: no document "${slug}" in the content`);
              break;
            }
            need('headline', nonEmpty);
            need('mainEntityOfPage', (v) => v === pageUrl(file));
            need('@id', (v) => v === `${pageUrl(file)}#document`);
            need('url', (v) => isAbsolute(v) && v === fm.url);
            need('datePublished', (v) => typeof v === 'string' && ISO.test(v) && v === expectedIso(fm.published));
            if (fm.author.kind === 'unknown') need('author', (v) => v === undefined);
            else checkAgent(where, block['author'], errors);
            need('citation', (v) => Array.isArray(v));
            for (const c of (block['citation'] as Node[] | undefined) ?? []) {
              if (c['@type'] !== 'CreativeWork' || !isOwn(c['@id']) || !allIds.has(c['@id']))
                errors.push(`${where}: citation ${JSON.stringify(c['@id'])} is not a source block of the site`);
            }
            break;
          }
          case 'Claim': {
            need('name', nonEmpty);
            need('url', (v) => v === pageUrl(file));
            need('appearance', (v) => Array.isArray(v) && v.length > 0);
            for (const a of (block['appearance'] as Node[] | undefined) ?? []) {
              if (!isOwn(a['@id']) || !allIds.has(a['@id']))
                errors.push(`${where}: appearance ${JSON.stringify(a['@id'])} is not a document block of the site`);
              if (!isAbsolute(a['url']))
                errors.push(`${where}: appearance url ${JSON.stringify(a['url'])} is not absolute`);
            }
            need('author', (v) => v === undefined || (Array.isArray(v) && v.length > 0));
            for (const a of (block['author'] as unknown[] | undefined) ?? []) checkAgent(where, a, errors);
            break;
          }
          case 'CreativeWork': {
            const fm = sources.get(slug)?.data;
            if (!fm) {
              errors.push(`${where}: no source "${slug}" in the content`);
              break;
            }
            need('name', nonEmpty);
            need('@id', (v) => v === `${pageUrl(file)}#work`);
            need('mainEntityOfPage', (v) => v === pageUrl(file));
            // A source without a verified address must not get one here.
            need('url', (v) => v === fm.url);
            const date = fm.date;
            need('datePublished', (v) =>
              date ? typeof v === 'string' && ISO.test(v) && v === expectedIso(date) : v === undefined,
            );
            if (fm.author.kind === 'unknown') need('author', (v) => v === undefined);
            else checkAgent(where, block['author'], errors);
            break;
          }
          default:
            errors.push(`${where}: unexpected @type`);
        }
      }
    }
    assert.deepEqual(errors, []);
  });

  test('each content page has the type the issue names', () => {
    const typeOf = (file: string) => blocks.get(file)?.map((b) => b['@type']);
    for (const file of pages) {
      if (/^arguments\/[^/]+\/index\.html$/.test(file)) assert.deepEqual(typeOf(file), ['Claim'], file);
      if (/^documents\/[^/]+\/index\.html$/.test(file))
        assert.ok(['BlogPosting', 'Article'].includes(String(typeOf(file)?.[0])), file);
      if (/^sources\/[^/]+\/index\.html$/.test(file)) assert.deepEqual(typeOf(file), ['CreativeWork'], file);
    }
    assert.deepEqual(typeOf('index.html'), ['WebSite']);
  });

  test('no block can close its script element', () => {
    for (const [file, text] of site.pages) {
      for (const m of text.matchAll(JSON_LD)) assert.ok(!/[<>]/.test(m[1]!), `${file}: raw < or > in JSON-LD`);
    }
  });
});
