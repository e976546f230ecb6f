// The browser part of the benchmark: serves a built site and measures, in headless Debian Chromium,
// what a first search costs: bytes transferred and the time until the first result is on screen.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { transferSize } from './transfer-size.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port, '127.0.0.1');
  });
}

/** A static server started by `serve`. */
export interface Served {
  origin: string;
  stop: () => void;
}

/** Serves `dist` with scripts/serve-static.ts on the first free port of 4510-4530; returns its origin and a stop(). */
export async function serve(dist: string): Promise<Served> {
  for (let port = 4510; port <= 4530; port++) {
    if (!(await portFree(port))) continue;
    const server = spawn(
      process.execPath,
      [fileURLToPath(new URL('../serve-static.ts', import.meta.url)), dist, String(port)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise((resolve) => server.stdout.once('data', resolve));
    return { origin: `http://127.0.0.1:${port}`, stop: () => server.kill() };
  }
  throw new Error('No free port in 4510-4530 for the benchmark server');
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
}

/** What a first search cost, as `firstSearch` measures it. */
export interface SearchCost {
  /** Time from navigation start to the first result, ms. */
  ms: number;
  /** Bytes of every response up to then. */
  bytes: number;
  /** Pagefind's share of `bytes`. */
  pagefindBytes: number;
}

/**
 * Opens `<origin>/search/?q=<word>` in a fresh context (cold cache) and waits for `resultSelector`.
 * Returns the bytes of every response up to then (see transferSize), Pagefind's share of them, and
 * the time from navigation start to the first result (ms, read in the page).
 */
export async function firstSearch(
  browser: Browser,
  origin: string,
  word: string,
  resultSelector: string,
): Promise<SearchCost> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes: Array<Promise<{ url: string; bytes: number }>> = [];
  page.on('response', (response) => {
    sizes.push(
      response.body().then(
        (body) => ({ url: response.url(), bytes: transferSize(response.headers()['content-type'] ?? '', body) }),
        () => ({ url: response.url(), bytes: 0 }),
      ),
    );
  });
  await page.goto(`${origin}/search/?q=${encodeURIComponent(word)}`);
  const handle = await page.waitForFunction((sel) => document.querySelector(sel) && performance.now(), resultSelector, {
    polling: 'raf',
    timeout: 60_000,
  });
  const ms = Number(await handle.jsonValue());
  const count = sizes.length;
  const settled = await Promise.all(sizes.slice(0, count));
  await context.close();
  return {
    ms,
    bytes: settled.reduce((s, r) => s + r.bytes, 0),
    pagefindBytes: settled.filter((r) => r.url.includes('/pagefind/')).reduce((s, r) => s + r.bytes, 0),
  };
}
