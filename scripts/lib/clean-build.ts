// Builds the project from a fresh copy of its sources, so that a test's build neither reads nor
// touches the checkout's own output, caches or content data store.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, symlinkSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '../..');

/** Folders and files that are build output, caches or tooling state, never build input. */
const NOT_SOURCE = new Set([
  'node_modules',
  'dist',
  '.astro',
  '.build',
  '.git',
  'test-results',
  'playwright-report',
  '.vitest',
]);

/**
 * Copies the project's sources to `dir` (sharing node_modules), runs `npm run build`'s script there
 * with `env` added to a clean environment, and returns the built dist/. Fails the test, with the
 * build's output, when the build fails.
 */
export function cleanBuild(dir: string, env: Record<string, string> = {}): string {
  cpSync(root, dir, { recursive: true, filter: (src) => !NOT_SOURCE.has(path.basename(src)) || src === root });
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  const { BASE_PATH: _base, CONTENT_ROOT: _content, ...inherited } = process.env;
  const result = spawnSync(process.execPath, ['scripts/build.ts'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...inherited, ...env },
  });
  assert.equal(result.status, 0, `the build in ${dir} failed:\n${result.stdout}\n${result.stderr}`);
  return path.join(dir, 'dist');
}
