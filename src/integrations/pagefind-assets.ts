import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { transform } from 'esbuild';

/**
 * Pagefind's runtime, made cheaper to download without changing what it does. Every first search
 * pays for these two files whatever the corpus, so they are most of the first-search budget
 * (docs/performance.md, "Budgets"):
 * - `pagefind.js` ships unminified (13.4 KB gzip); minified it is about 11.5 KB.
 * - each language's WebAssembly ships as a gzip stream that `pagefind.js` inflates itself; the same
 *   bytes recompressed with Zopfli make a valid gzip stream about 2.9 KB smaller.
 * Index chunks and fragments are left as Pagefind wrote them: their number grows with the corpus, and
 * Zopfli's time with it, for about 3 % less.
 */

/** The gzip magic number every Pagefind-compressed file starts with. */
const GZIP = [0x1f, 0x8b];

/** `source`, an ES module, minified; its exports keep their names. */
export async function minifyModule(source: string): Promise<string> {
  const { code } = await transform(source, { format: 'esm', minify: true, target: 'es2020', charset: 'utf8' });
  return code;
}

/**
 * The data of gzip stream `compressed`, recompressed with Zopfli. Returns `compressed` unchanged when
 * Zopfli does no better. Throws when `compressed` is not gzip or the new stream does not inflate to
 * the same bytes.
 */
export async function recompress(compressed: Uint8Array): Promise<Uint8Array> {
  if (compressed[0] !== GZIP[0] || compressed[1] !== GZIP[1]) throw new Error('not a gzip stream');
  const data = gunzipSync(compressed);
  // One iteration: more cost seconds on 140 KB of WebAssembly for a few dozen bytes (measured).
  const smaller = await gzipAsync(data, { numiterations: 1 });
  if (!gunzipSync(smaller).equals(data)) throw new Error('Zopfli output does not inflate to the same bytes');
  return smaller.length < compressed.length ? smaller : compressed;
}

/** How often, in ms, Pagefind's search checks whether its index has loaded (Pagefind's own interval: 50). */
export const START_POLL_MS = 5;

// Spaces optional: Pagefind writes the script without its line breaks and indentation.
const START_POLL =
  /(async getPtr\(\)\s*\{\s*while\s*\(this\.raw_ptr\s*===\s*null\)\s*\{\s*if\s*\(this\.initError\)\s*\{\s*throw this\.initError;\s*\}\s*await asyncSleep\()50(\);)/g;

/**
 * `pagefind.js` (its source as Pagefind 1.6 writes it) with a finer start-up poll. A search issued
 * before the WebAssembly and metadata are ready, as every first search is, waits in `getPtr`, which
 * checks every 50 ms, so it resumes up to 50 ms after the index is ready: at 10,000 arguments that
 * is a fifth of a first search, and whether it lands early or late in those 50 ms decided most of what
 * the benchmark measured (docs/performance.md, "Time to the first result"). Checking every
 * `START_POLL_MS` ms costs a few timer callbacks. Throws when `getPtr` is not written as expected, so
 * that a Pagefind upgrade is looked at rather than silently left slow.
 */
export function quickerStart(source: string): string {
  const found = source.match(START_POLL)?.length ?? 0;
  if (found !== 1) throw new Error(`expected one start-up poll (getPtr) in pagefind.js, found ${found}`);
  return source.replace(START_POLL, `$1${START_POLL_MS}$2`);
}

/** What `slimPagefind` did to one file: its path under the Pagefind folder and its sizes in bytes. */
export interface Slimmed {
  file: string;
  before: number;
  after: number;
}

/**
 * Minifies `pagefind.js` and recompresses the WebAssembly of every language in `pagefind-entry.json`,
 * in the Pagefind output folder `dir`, in place. Errors name the file.
 */
export async function slimPagefind(dir: string): Promise<Slimmed[]> {
  const entry = JSON.parse(await readFile(path.join(dir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { wasm?: string }>;
  };
  const wasm = [...new Set(Object.values(entry.languages).map((l) => l.wasm ?? 'unknown'))].map(
    (w) => `wasm.${w}.pagefind`,
  );
  const jobs: Array<[string, (bytes: Buffer) => Promise<Uint8Array>]> = [
    ['pagefind.js', async (bytes) => Buffer.from(await minifyModule(quickerStart(bytes.toString('utf8'))))],
    ...wasm.map((file): [string, (bytes: Buffer) => Promise<Uint8Array>] => [file, recompress]),
  ];
  // Settled, not raced: an error is reported only once no other file is still being written.
  const settled = await Promise.allSettled(
    jobs.map(async ([file, change]) => {
      const target = path.join(dir, file);
      try {
        const bytes = await readFile(target);
        const changed = await change(bytes);
        await writeFile(target, changed);
        return { file, before: bytes.length, after: changed.length };
      } catch (cause) {
        throw new Error(`Could not slim Pagefind's ${target}`, { cause });
      }
    }),
  );
  const failed = settled.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
}
