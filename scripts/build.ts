// Checks the content while Astro builds the site into a staging folder, and swaps that into dist/ only when the
// check has passed and the whole build, search index included, has succeeded: a refused build leaves the last
// good dist/ untouched.
// The search index is built here, after `astro build` has exited, so Astro's memory and Pagefind's
// are never held at once (at 10,000 arguments that keeps the build under 4 GB; docs/performance.md).
// Usage: node scripts/build.ts [--outDir dist] (CONTENT_ROOT=<folder> builds another corpus).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { indexedMessage, indexSite } from '../src/integrations/search-index.ts';
import { siteUrlWarning } from '../src/lib/site-url.ts';

const args = process.argv.slice(2);
const outFlag = args.indexOf('--outDir');
const outDir = path.resolve((outFlag >= 0 ? args[outFlag + 1] : undefined) || 'dist');
const work = path.resolve('.build');
const staging = path.join(work, `staging-${process.pid}`);
const previous = path.join(work, `previous-${process.pid}`);

// Without SITE_URL the absolute URLs point at the local preview server: say so, but build.
const warning = siteUrlWarning();
if (warning) console.warn(`${warning}\n`);

await mkdir(work, { recursive: true });
await rm(staging, { recursive: true, force: true });

const astro = path.resolve('node_modules/.bin/astro');
// --force: the content layer cache is keyed on the config, not on CONTENT_ROOT, so a build of another
// corpus could otherwise leave its entries behind for the next one. Reloading costs little.
const build = spawn(astro, ['build', '--force', '--outDir', staging], {
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, PAGEFIND_AFTER_BUILD: '1' },
});
const exited = new Promise<number>((resolve) => build.on('close', (code) => resolve(code ?? 1)));
// Astro starts while the content is checked here, in a worker thread (at 10,000 arguments the check
// takes seconds that Astro's own start would wait for otherwise, and its memory is given back when the
// thread ends), and what Astro prints is held back until the check has passed: a refusal names file,
// line and field, with the same lines as `npm run check:content`, and nothing else (no Astro hint or
// stack trace unrelated to it).
const held: Array<[NodeJS.WriteStream, Buffer]> = [];
let holding = true;
const relay = (to: NodeJS.WriteStream) => (chunk: Buffer) => (holding ? held.push([to, chunk]) : to.write(chunk));
build.stdout.on('data', relay(process.stdout));
build.stderr.on('data', relay(process.stderr));

const problems = await new Promise<string[]>((resolve, reject) => {
  const check = new Worker(new URL('./content/check-worker.ts', import.meta.url));
  check.once('message', resolve);
  check.once('error', reject);
  check.once('exit', (code) => reject(new Error(`The content check ended (${code}) without a result`)));
});
if (problems.length > 0) {
  build.kill();
  await exited;
  await rm(staging, { recursive: true, force: true });
  for (const line of problems) console.error(line);
  console.error(
    `\nBuild refused: ${problems.length} problem${problems.length === 1 ? '' : 's'} in the content. ${path.relative('.', outDir) || '.'}/ was left as it was.`,
  );
  process.exit(1);
}
for (const [to, chunk] of held) to.write(chunk);
holding = false;
const status = await exited;

const refuse = async (code: number): Promise<never> => {
  await rm(staging, { recursive: true, force: true });
  console.error(`\nBuild refused (see the messages above). ${path.relative('.', outDir) || '.'}/ was left as it was.`);
  process.exit(code);
};
if (status !== 0) await refuse(status);
try {
  console.log(indexedMessage(await indexSite(staging)));
} catch (error) {
  console.error(error);
  await refuse(1);
}

if (existsSync(outDir)) await rename(outDir, previous);
await rename(staging, outDir);
await rm(previous, { recursive: true, force: true });
console.log(`Site written to ${path.relative('.', outDir)}/`);
