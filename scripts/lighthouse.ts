// Lighthouse (mobile preset) over the built site in dist/: the home page, one argument, one document
// and the search page, in Debian's Chromium. It builds nothing: run `npm run build` first.
// Prints the scores and writes them into docs/performance.md (between the lighthouse markers).
// Usage: npm run lighthouse [-- --no-write]
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { serve } from './lib/browser.ts';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './lib/chromium.ts';
import { replaceSection } from './lib/report.ts';

const dist = path.resolve('dist');
if (!existsSync(path.join(dist, 'index.html'))) {
  console.error('dist/ has no built site: run `npm run build` first.');
  process.exit(1);
}
const first = (folder: string): string | undefined =>
  readdirSync(path.join(dist, folder), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()[0];
const pages = ['/', `/arguments/${first('arguments')}/`, `/documents/${first('documents')}/`, '/search/'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const TARGETS: Record<Category, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

const server = await serve(dist);
const chrome = await chromeLauncher.launch({
  chromePath: process.env['CHROME_PATH'] ?? CHROMIUM_PATH,
  chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
});
const rows: Array<{ pathname: string; scores: Record<Category, number> }> = [];
const details: string[] = [];
try {
  for (const pathname of pages) {
    // Lighthouse's default configuration is the mobile preset (emulated phone, simulated slow 4G).
    const result = await lighthouse(`${server.origin}${pathname}`, {
      port: chrome.port,
      onlyCategories: [...CATEGORIES],
      output: 'json',
      logLevel: 'error',
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${pathname}`);
    const { categories, audits } = result.lhr;
    const scores = Object.fromEntries(
      CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]),
    ) as Record<Category, number>;
    rows.push({ pathname, scores });
    console.log(pathname, scores);
    for (const c of CATEGORIES) {
      if (scores[c] >= TARGETS[c]) continue;
      const failing = (categories[c]?.auditRefs ?? [])
        .flatMap((ref) => audits[ref.id] ?? [])
        .filter(
          (a) =>
            a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual',
        )
        .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
      details.push(`${pathname} ${c} ${scores[c]}: ${failing.join(', ')}`);
    }
  }
} finally {
  chrome.kill();
  server.stop();
}

const version = JSON.parse(readFileSync('node_modules/lighthouse/package.json', 'utf8')).version;
const table = [
  `Lighthouse ${version}, mobile preset, against \`dist/\` served by scripts/serve-static.ts (no compression), Debian Chromium, run ${new Date().toISOString().slice(0, 10)}. Command: \`npm run build && npm run lighthouse\`. Targets: performance ≥ 95, the others 100.`,
  '',
  '| Page | Performance | Accessibility | Best practices | SEO |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...rows.map(
    ({ pathname, scores: s }) =>
      `| \`${pathname}\` | ${s.performance} | ${s.accessibility} | ${s['best-practices']} | ${s.seo} |`,
  ),
  ...(details.length ? ['', 'Below target:', '', ...details.map((d) => `- ${d}`)] : []),
].join('\n');
console.log(`\n${table}`);
if (!process.argv.includes('--no-write')) {
  const doc = path.resolve('docs/performance.md');
  writeFileSync(
    doc,
    replaceSection(existsSync(doc) ? readFileSync(doc, 'utf8') : '# Performance\n', 'lighthouse', table),
  );
}
if (details.length) process.exitCode = 1;
