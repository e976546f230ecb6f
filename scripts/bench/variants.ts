// Measures candidate build optimisations against the site as configured, on one seeded corpus:
// MDX `optimize`, Astro's default Markdown processor (Sätteri) instead of the site's unified() +
// remark-gfm, and Astro's experimental incremental build (a second build into the same folder). Each
// variant is a config that extends astro.config.mjs; runs are interleaved and the medians printed as Markdown.
// Usage: node scripts/bench/variants.ts [--size 1000] [--runs 3] [--skip-satteri] [--skip-incremental]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { run, writeTree } from '../lib/measure.ts';
import { generateCorpus } from '../lib/synthetic-corpus.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1000' },
    runs: { type: 'string', default: '3' },
    'skip-incremental': { type: 'boolean', default: false },
    'skip-satteri': { type: 'boolean', default: false },
  },
});
const repo = process.cwd();
const work = mkdtempSync(path.join(os.tmpdir(), 'bench-variants-'));
const configs = path.join(repo, '.build/bench-configs');
mkdirSync(configs, { recursive: true });

const HEAD = `import mdx from '@astrojs/mdx';
import base from '../../astro.config.mjs';
import { pagefindIndex } from '../../src/integrations/pagefind.ts';
`;
const VARIANTS: Record<string, string> = {
  'as configured (unified + remark-gfm)': 'export default base;',
  'MDX optimize': 'export default { ...base, integrations: [mdx({ optimize: true }), pagefindIndex()] };',
  // No processor set: Astro's default.
  Sätteri: 'export default { ...base, markdown: { syntaxHighlight: false } };',
};
const INCREMENTAL = 'export default { ...base, experimental: { ...base.experimental, incrementalBuild: true } };';

const corpusDir = path.join(work, 'corpus');
writeTree(corpusDir, generateCorpus({ arguments: Number(values.size), seed: 1 }).files);

/** What one build measured: `astro build`'s time without Pagefind's, and the peak memory. */
interface Sample {
  astroMs: number;
  peakRss: number;
}

async function build(
  name: string,
  body: string,
  { force = true, out = path.join(work, 'out') }: { force?: boolean; out?: string } = {},
): Promise<Sample> {
  const config = path.join(configs, `${name.replace(/\W+/g, '-')}.mjs`);
  writeFileSync(config, HEAD + body + '\n');
  if (force) rmSync(out, { recursive: true, force: true });
  const timing = path.join(work, 'timing.json');
  const args = [
    path.join(repo, 'node_modules/astro/bin/astro.mjs'),
    'build',
    '--config',
    path.relative(repo, config),
    '--outDir',
    out,
    ...(force ? ['--force'] : []),
  ];
  const result = await run(process.execPath, args, {
    cwd: repo,
    env: { CONTENT_ROOT: corpusDir, PAGEFIND_TIMING_FILE: timing, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`${name} failed:\n${result.output}`);
  const pagefindMs = (JSON.parse(readFileSync(timing, 'utf8')) as { ms: number }).ms;
  return { astroMs: result.ms - pagefindMs, peakRss: result.peakRss };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};
const samples = new Map<string, Sample[]>(
  [...Object.keys(VARIANTS), 'incremental: first build', 'incremental: unchanged rebuild'].map((k) => [k, []]),
);
const add = (name: string, sample: Sample) => samples.get(name)?.push(sample);
for (let r = 0; r < Number(values.runs); r++) {
  for (const [name, body] of Object.entries(VARIANTS)) {
    if (values['skip-satteri'] && name === 'Sätteri') continue;
    console.log(`run ${r + 1}: ${name}`);
    add(name, await build(name, body));
  }
  if (values['skip-incremental']) continue;
  const out = path.join(work, 'out-incremental');
  rmSync(out, { recursive: true, force: true });
  add('incremental: first build', await build('incremental', INCREMENTAL, { out }));
  add('incremental: unchanged rebuild', await build('incremental', INCREMENTAL, { out, force: false }));
}
const reference = median((samples.get('as configured (unified + remark-gfm)') ?? []).map((s) => s.astroMs));
console.log(
  `\n| Variant (${values.size} arguments, median of ${values.runs}) | \`astro build\` (s) | Ratio | Peak RSS (MB) |\n| --- | ---: | ---: | ---: |`,
);
for (const [name, list] of [...samples].filter(([, l]) => l.length > 0)) {
  const ms = median(list.map((s) => s.astroMs));
  console.log(
    `| ${name} | ${(ms / 1000).toFixed(1)} | ${(ms / reference).toFixed(2)}× | ${(median(list.map((s) => s.peakRss)) / 2 ** 20).toFixed(0)} |`,
  );
}
rmSync(work, { recursive: true, force: true });
