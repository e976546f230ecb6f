// The benchmark: for each corpus size, builds this site and the bare baseline on each Markdown
// processor (unified, which this site uses, and Astro's default Sätteri) from the same seeded corpus,
// interleaved run by run, measures all three, and writes the medians and their ratios into
// docs/performance.md (between the bench markers). Usage:
//   npm run bench [-- --sizes 1000,10000 --runs 3 --seed 1 --no-write]
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { BASELINE_RESULT, writeBaseline } from './baseline.ts';
import { firstSearch, launch, serve, type SearchCost } from '../lib/browser.ts';
import { run, siteStats, writeTree, type SiteStats } from '../lib/measure.ts';
import { replaceSection, table, type SizeResult, type Summary } from '../lib/report.ts';
import { generateCorpus } from '../lib/synthetic-corpus.ts';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    'no-write': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const repo = process.cwd();
const astro = path.join(repo, 'node_modules/astro/bin/astro.mjs');
const work = mkdtempSync(path.join(os.tmpdir(), 'bench-'));
const log = (...parts: unknown[]) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}]`, ...parts);

/** A site the bench builds: its project folder, the command that builds it into `out`, and a result's selector. */
interface Variant {
  root: string;
  command: (out: string) => string[];
  result: string;
}
type Name = 'ours' | 'baseline' | 'satteri';
/** What one build measured. */
interface Sample {
  totalMs: number;
  astroMs: number;
  pagefindMs: number;
  peakRss: number;
  search: Record<string, SearchCost>;
}

// This site builds as `npm run build` does (scripts/build.ts: `astro build`, then the search index in
// a process of its own); the baselines as plain Astro does, indexing inside `astro build`.
const baseline = (processor: string): Variant => {
  const root = path.join(work, `baseline-${processor}`);
  writeBaseline(root, path.join(repo, 'node_modules'), processor);
  return { root, command: (out) => [astro, 'build', '--force', '--outDir', out], result: BASELINE_RESULT };
};
const variants: Record<Name, Variant> = {
  ours: {
    root: path.join(work, 'ours'),
    command: (out) => ['scripts/build.ts', '--outDir', out],
    result: '#search-results li',
  },
  baseline: baseline('unified'),
  satteri: baseline('satteri'),
};
const names: Name[] = ['ours', 'baseline', 'satteri'];
// A copy of this site's sources, so the checkout stays usable (and its caches untouched) while the
// bench runs. Its config is wrapped to keep the content cache inside the copy, not in the shared node_modules.
for (const item of ['package.json', 'tsconfig.json', 'src', 'public', 'scripts']) {
  cpSync(path.join(repo, item), path.join(variants.ours.root, item), { recursive: true });
}
cpSync(path.join(repo, 'astro.config.mjs'), path.join(variants.ours.root, 'astro.site.mjs'));
symlinkSync(path.join(repo, 'node_modules'), path.join(variants.ours.root, 'node_modules'));
writeFileSync(
  path.join(variants.ours.root, 'astro.config.mjs'),
  "import base from './astro.site.mjs';\nexport default { ...base, cacheDir: './.astro-cache' };\n",
);

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

/**
 * First searches per word per build. One is not a measure: Pagefind's start polls for its WebAssembly
 * every 50 ms, so a single first search lands up to 50 ms early or late, a quarter of the time at
 * 10,000 arguments; the median of several cold searches does not.
 */
const SEARCH_SAMPLES = 5;

/** The median of each measure of `costs`. */
const medianCost = (costs: readonly SearchCost[]): SearchCost => ({
  ms: median(costs.map((c) => c.ms)),
  bytes: median(costs.map((c) => c.bytes)),
  pagefindBytes: median(costs.map((c) => c.pagefindBytes)),
});

async function buildOnce(
  name: Name,
  corpusDir: string,
  browser: Browser,
  words: Record<string, string>,
): Promise<{ out: string; sample: Sample }> {
  const out = path.join(work, `out-${name}`);
  const timingFile = path.join(work, 'pagefind-timing.json');
  rmSync(out, { recursive: true, force: true });
  rmSync(timingFile, { force: true });
  const result = await run(process.execPath, variants[name].command(out), {
    cwd: variants[name].root,
    env: { CONTENT_ROOT: corpusDir, PAGEFIND_TIMING_FILE: timingFile, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`${name} build failed:\n${result.output}`);
  const pagefindMs = (JSON.parse(readFileSync(timingFile, 'utf8')) as { ms: number }).ms;
  const server = await serve(out);
  const search: Record<string, SearchCost> = {};
  try {
    for (const [key, word] of Object.entries(words)) {
      const samples: SearchCost[] = [];
      for (let i = 0; i < SEARCH_SAMPLES; i++)
        samples.push(await firstSearch(browser, server.origin, word, variants[name].result));
      search[key] = medianCost(samples);
    }
  } finally {
    server.stop();
  }
  return {
    out,
    sample: { totalMs: result.ms, astroMs: result.ms - pagefindMs, pagefindMs, peakRss: result.peakRss, search },
  };
}

const browser = await launch();
const results: Array<SizeResult & { samples: Record<Name, Sample[]> }> = [];
try {
  for (const size of sizes) {
    const corpus = generateCorpus({ arguments: size, seed: Number(values.seed) });
    const corpusDir = path.join(work, `corpus-${size}`);
    writeTree(corpusDir, corpus.files);
    const words = { common: corpus.commonWord, rare: corpus.rareWord };
    const samples: Record<Name, Sample[]> = { ours: [], baseline: [], satteri: [] };
    const stats: Partial<Record<Name, SiteStats>> = {};
    for (let r = 0; r < runs; r++) {
      // Alternate the order, so none always runs on a warmer (or busier) machine.
      for (const name of r % 2 === 0 ? names : [...names].reverse()) {
        log(`${size} arguments, run ${r + 1}/${runs}: ${name}`);
        const { out, sample } = await buildOnce(name, corpusDir, browser, words);
        samples[name].push(sample);
        log(
          `  ${(sample.totalMs / 1000).toFixed(1)} s, pagefind ${(sample.pagefindMs / 1000).toFixed(1)} s, ${(sample.peakRss / 2 ** 20).toFixed(0)} MB`,
        );
        if (r === runs - 1) stats[name] = siteStats(out);
      }
    }
    const summarise = (name: Name): Summary => {
      const list = samples[name];
      const last = stats[name];
      if (!last) throw new Error(`${name}: no build was measured`);
      return {
        astroMs: median(list.map((s) => s.astroMs)),
        pagefindMs: median(list.map((s) => s.pagefindMs)),
        totalMs: median(list.map((s) => s.totalMs)),
        peakRss: median(list.map((s) => s.peakRss)),
        search: Object.fromEntries(
          Object.keys(words).map((k) => {
            const costs = list.map((s) => s.search[k] ?? { ms: 0, bytes: 0, pagefindBytes: 0 });
            return [k, medianCost(costs)];
          }),
        ),
        ...last,
      };
    };
    results.push({
      size,
      counts: corpus.counts,
      words,
      runs,
      ours: summarise('ours'),
      baseline: summarise('baseline'),
      satteri: summarise('satteri'),
      samples,
    });
  }
} finally {
  await browser.close().catch(() => {});
}

const machine = {
  cpu: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}`,
  memory: `${Math.round(os.totalmem() / 2 ** 30)} GB`,
  os: `${os.type()} ${os.release()}`,
  node: process.version,
  chromium: browser.version(),
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
};
const command = `npm run bench -- --sizes ${sizes.join(',')} --runs ${runs} --seed ${values.seed}`;
mkdirSync(path.join(repo, '.build/bench'), { recursive: true });
writeFileSync(path.join(repo, '.build/bench/results.json'), JSON.stringify({ machine, command, results }, null, 2));
const report = table({ machine, command, results });
console.log(report);
if (!values['no-write']) {
  const doc = path.join(repo, 'docs/performance.md');
  writeFileSync(doc, replaceSection(existsSync(doc) ? readFileSync(doc, 'utf8') : '# Performance\n', 'bench', report));
  log('Wrote docs/performance.md');
}
rmSync(work, { recursive: true, force: true });
