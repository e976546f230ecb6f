/**
 * Shared helpers for the browser tests: where the project's files are, the content as the build
 * reads it, the list of built pages, and text normalisation.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, type Page } from '@playwright/test';
import { byId, idsOf, loadContent } from '../../scripts/lib/content.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');
export const CONTENT = path.join(ROOT, 'content');

/** Port of the root build's server; the sub-path build is served on the next one (see playwright.config.ts). */
export const PORT = Number(process.env['TEST_PORT'] ?? 4327);
/** Origin of the root build's server. */
export const ORIGIN = `http://127.0.0.1:${PORT}`;

/** Whether a request stays on the site under test (data: and blob: URLs need no network at all). */
export function isOnSite(url: string): boolean {
  const { protocol, origin } = new URL(url);
  return protocol === 'data:' || protocol === 'blob:' || origin === ORIGIN;
}

/**
 * Records every request `page` makes off the site under test and aborts it, so a leak is reported
 * rather than attempted against the network. Returns the list, which fills as the page runs.
 */
export async function blockOffSite(page: Page): Promise<string[]> {
  const offSite: string[] = [];
  page.on('request', (request) => {
    if (!isOnSite(request.url())) offSite.push(request.url());
  });
  await page.route(
    (url) => !isOnSite(url.href),
    (route) => route.abort('blockedbyclient'),
  );
  return offSite;
}

/** Whitespace collapsed to single spaces (NBSP included), trimmed. */
export function collapse(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The project's content, read and parsed by the build's own reader and schemas (scripts/lib/content.ts):
 * the tests expect what the content says, so adding an entry needs no edit here.
 */
export const content = loadContent(CONTENT);
export const documents = byId(content.documents);
export const sources = byId(content.sources);
export const argumentsById = byId(content.arguments);

/** The ids of the entries of one content collection, sorted. */
export function slugsOf(collection: 'arguments' | 'documents' | 'sources'): string[] {
  return idsOf(content[collection]);
}

/** The site paths of every built page: each dist/**\/index.html as its directory URL, plus /404.html. */
export function builtPages(): string[] {
  if (!existsSync(DIST)) throw new Error('dist/ does not exist: run `npm run build` before the browser tests.');
  const pages: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === 'index.html') {
        const rel = path.relative(DIST, dir).split(path.sep).join('/');
        pages.push(rel === '' ? '/' : `/${rel}/`);
      }
    }
  };
  walk(DIST);
  if (existsSync(path.join(DIST, '404.html'))) pages.push('/404.html');
  return pages;
}

/** Stance ids as written in frontmatter, with the heading the site gives each (from `site.yaml`), in the site's order. */
export const STANCE_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  content.site.stances.map((s) => [s.id, s.label]),
);

/**
 * Elements the site adds inside a document's text that are not the document's words, each marked
 * as editorial: the bracketed "[source]" links to the bibliography, the ¶ self-links, the numbered
 * links after each quoted passage and the "Quoted in" notes. They are removed before comparing a
 * page's words with the capture.
 */
export const EDITORIAL_SELECTOR = '.cite-ref, .pilcrow, .q-refs, .quoted-in';

/**
 * The rendered text of `selector` (default: main) with the editorial additions removed,
 * whitespace-collapsed. Uses innerText, so hidden text does not count, and block boundaries
 * become spaces. Modifies the live page (removes the editorial elements).
 */
export async function readableText(page: Page, selector = 'main'): Promise<string> {
  const text = await page.evaluate(
    ([sel, editorial]) => {
      const root = document.querySelector(sel);
      if (!(root instanceof HTMLElement)) return null;
      for (const el of Array.from(root.querySelectorAll(editorial))) el.remove();
      return root.innerText;
    },
    [selector, EDITORIAL_SELECTOR] as const,
  );
  if (text === null) throw new Error(`No ${selector} element on ${page.url()}`);
  return collapse(text);
}

/**
 * `test` whose `page` is one page per worker, reused from test to test: the pages under test are
 * static and the tests only read them, so this saves creating a browser context for every test.
 * Tests that change emulation (viewport, colour scheme, media) use the plain `test` from
 * @playwright/test instead. A worker whose test failed is replaced, so no state outlives a failure.
 */
export const test = base.extend<Record<never, never>, { sharedPage: Page }>({
  sharedPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = workerInfo.project.use;
      const context = await browser.newContext({
        ...(baseURL ? { baseURL } : {}),
        ...(viewport ? { viewport } : {}),
        ...(userAgent ? { userAgent } : {}),
        ...(deviceScaleFactor ? { deviceScaleFactor } : {}),
        ...(isMobile !== undefined ? { isMobile } : {}),
        ...(hasTouch !== undefined ? { hasTouch } : {}),
      });
      const page = await context.newPage();
      await use(page);
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ sharedPage }, use) => {
    // Start each test from a blank page, so nothing still loading from the last test reports here.
    await sharedPage.goto('about:blank');
    await use(sharedPage);
  },
});
export { expect } from '@playwright/test';
