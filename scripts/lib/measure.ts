// Measuring helpers for the benchmark: wall time and peak memory of a process tree, and the
// size of a built site (files, bytes, page weights).
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const PAGE = 4096;

/** Resident memory, in bytes, of `root` and all its descendants, read from /proc. */
export function treeRss(root: number): number {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and brackets; the fields after its closing ")" are fixed.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
      rss.set(Number(name), Number(fields[21]) * PAGE);
    } catch {
      // The process ended between listing and reading.
    }
  }
  let total = 0;
  for (const [pid, bytes] of rss) {
    for (let p = pid; p > 1; p = parent.get(p) ?? 0) {
      if (p === root) {
        total += bytes;
        break;
      }
    }
  }
  return total;
}

/** What `run` measured of one command. */
export interface RunResult {
  /** Wall time, ms. */
  ms: number;
  /** Peak summed resident memory of the process tree, bytes. */
  peakRss: number;
  /** Exit status; null when a signal ended it. */
  status: number | null;
  /** The last 4,000 characters of its stdout and stderr, interleaved. */
  output: string;
}

/**
 * Runs a command, polling the memory of its whole process tree every 100 ms.
 * Resolves with wall time (ms), peak summed RSS (bytes), exit status and the tail of its output.
 */
export function run(
  command: string,
  args: string[],
  { cwd, env }: { cwd: string; env: Record<string, string> },
): Promise<RunResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let peak = 0;
    let output = '';
    const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000));
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    // A child that failed to start has no pid, and no tree: -1 matches no process.
    const poll = setInterval(() => (peak = Math.max(peak, treeRss(child.pid ?? -1))), 100);
    child.on('close', (status) => {
      clearInterval(poll);
      resolve({ ms: performance.now() - started, peakRss: peak, status, output });
    });
  });
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** Writes each `[relative path, text]` of `files` under `dir`, creating folders as needed. */
export function writeTree(dir: string, files: Iterable<readonly [string, string]>): void {
  for (const [name, text] of files) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
}

/** Total bytes of the files under `dir`. */
export function folderBytes(dir: string): number {
  return walk(dir).reduce((sum, f) => sum + statSync(f).size, 0);
}

/** The size of a built site, as `siteStats` measures it. */
export interface SiteStats {
  files: number;
  bytes: number;
  pages: number;
  /** Mean page weight, gzip bytes. */
  meanPage: number;
  /** The heaviest page: its gzip bytes and its path. */
  largestPage: { bytes: number; page: string };
  pagefindBytes: number;
}

/**
 * Files and bytes of a built site, and its page weights: the gzip size of each page's HTML plus the
 * stylesheets and scripts it links (each asset gzipped once), mean and largest.
 */
export function siteStats(dist: string): SiteStats {
  const files = walk(dist);
  const assetSize = new Map<string, number>();
  const gz = (file: string) => gzipSync(readFileSync(file)).length;
  const asset = (ref: string): number => {
    const file = path.join(dist, ref.replace(/^\//, ''));
    const known = assetSize.get(file);
    if (known !== undefined) return known;
    const size = statSync(file, { throwIfNoEntry: false }) ? gz(file) : 0;
    assetSize.set(file, size);
    return size;
  };
  let sum = 0;
  let pages = 0;
  let largest = { bytes: 0, page: '' };
  for (const file of files.filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    const refs = [...html.matchAll(/<(?:link[^>]*rel="stylesheet"[^>]*href|script[^>]*src)="([^"]+)"/g)].map(
      (m) => m[1] ?? '',
    );
    const bytes = gzipSync(html).length + refs.filter((r) => r.startsWith('/')).reduce((s, r) => s + asset(r), 0);
    sum += bytes;
    pages += 1;
    if (bytes > largest.bytes) largest = { bytes, page: `/${path.relative(dist, file)}` };
  }
  return {
    files: files.length,
    bytes: files.reduce((s, f) => s + statSync(f).size, 0),
    pages,
    meanPage: pages ? sum / pages : 0,
    largestPage: largest,
    pagefindBytes: folderBytes(path.join(dist, 'pagefind')),
  };
}
