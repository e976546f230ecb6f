/**
 * Writes docs/screenshot.png, the README's picture of the home page, from the last build in dist/:
 * Debian's Chromium at 1280 × 900 CSS px, light scheme, the top of the page. Run `npm run build` first.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, serve } from './lib/browser.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const OUT = path.join(ROOT, 'docs', 'screenshot.png');

if (!existsSync(path.join(DIST, 'index.html'))) {
  console.error('screenshot: no dist/index.html; run `npm run build` first');
  process.exit(1);
}

const server = await serve(DIST);
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto(`${server.origin}/`, { waitUntil: 'networkidle' });
  await page.screenshot({ path: OUT });
  console.log(`screenshot: wrote ${path.relative(ROOT, OUT)}`);
} finally {
  await browser.close();
  server.stop();
}
