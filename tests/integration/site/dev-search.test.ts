// `astro dev` serves the last build's search index, so search works while writing content.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';

const root = path.resolve(import.meta.dirname, '../../..');

test('the dev server serves the Pagefind index of the last build', async () => {
  const port = Number(process.env['TEST_PORT'] ?? 4327) + 64;
  const dev = spawn(
    path.join(root, 'node_modules/.bin/astro'),
    ['dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  let log = '';
  dev.stdout.on('data', (chunk) => (log += chunk));
  dev.stderr.on('data', (chunk) => (log += chunk));
  try {
    const url = `http://127.0.0.1:${port}/pagefind/pagefind.js`;
    let response: Response | undefined;
    // A first start optimises dependencies, which takes a while on a busy 2-core machine.
    for (let i = 0; i < 150 && !response?.ok; i++) {
      await new Promise((r) => setTimeout(r, 1000));
      response = await fetch(url).catch(() => undefined);
    }
    assert.equal(response?.status, 200, `no index at ${url}; the dev server said:\n${log.slice(-2000)}`);
    assert.match(response.headers.get('content-type') ?? '', /javascript/);
    const missing = await fetch(`http://127.0.0.1:${port}/pagefind/no-such-file.js`);
    assert.notEqual(missing.status, 200);
  } finally {
    if (dev.pid) process.kill(-dev.pid);
  }
});
