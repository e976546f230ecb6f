// Makes sure the system Chromium the browser tests use (/usr/bin/chromium) is installed.
// Playwright's own browser download is never used. Node's own modules only, no package dependencies.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH as CHROMIUM } from './lib/chromium.ts';

if (existsSync(CHROMIUM)) process.exit(0);

if (process.getuid?.() === 0) {
  console.log(`${CHROMIUM} not found; installing Debian's chromium package…`);
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit' });
    if (result.error || result.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed${result.error ? `: ${result.error.message}` : ''}.`);
      process.exit(1);
    }
  }
  if (existsSync(CHROMIUM)) process.exit(0);
  console.error(`apt-get finished, but ${CHROMIUM} still does not exist.`);
  process.exit(1);
}

console.error(
  'Chromium is needed for the browser tests: run `sudo apt-get install -y chromium` (Debian/Ubuntu) and try again.',
);
process.exit(1);
