// `npm run check:external` against a local stand-in for the web: one live page, one redirect, one
// dead page with an archived copy, one dead page without, and a Wayback-style availability endpoint.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';

const root = path.resolve(import.meta.dirname, '../../..');
const dist = mkdtempSync(path.join(tmpdir(), 'external-'));
let server: Server;
let origin = '';

/** Runs the script asynchronously: the stand-in server lives in this process and must keep answering. */
function run(env: Record<string, string> = {}): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['scripts/check-external.ts', '--dist', dist],
      { cwd: root, env: { ...process.env, ...env } },
      (error, stdout, stderr) =>
        resolve({ status: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}

before(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://local');
    if (url.pathname === '/live') return void response.writeHead(200).end('ok');
    if (url.pathname === '/moved') return void response.writeHead(301, { location: '/live' }).end();
    if (url.pathname === '/no-head') return void response.writeHead(request.method === 'HEAD' ? 405 : 200).end();
    if (url.pathname === '/wayback') {
      const target = url.searchParams.get('url') ?? '';
      const closest = target.endsWith('/gone')
        ? { available: true, url: `http://archive.local/web/2017/${target}`, status: '200' }
        : undefined;
      return void response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ archived_snapshots: closest ? { closest } : {} }));
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const links = ['live', 'moved', 'no-head', 'gone', 'vanished'].map(
    (p) => `<a href="${origin}/${p}" rel="noopener noreferrer">${p}</a>`,
  );
  writeFileSync(
    path.join(dist, 'index.html'),
    `<!DOCTYPE html><title>t</title>${links.join('')}<a href="https://duckduckgo.com/?q=x">search</a>`,
  );
});

after(() => {
  server.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('npm run check:external', () => {
  test('reports each dead link with the page linking it and its archived copy, and exits 1', async () => {
    const result = await run({ WAYBACK_API: `${origin}/wayback` });
    assert.equal(result.status, 1, result.stdout + result.stderr);
    assert.match(
      result.stdout,
      /Checking 5 outbound links/,
      'the web-search link is not a citation and is not checked',
    );
    assert.match(result.stdout, /2 of 5 links are dead or unreachable/);
    assert.match(
      result.stdout,
      new RegExp(
        `${origin}/gone\\n\\s+linked from: index.html\\n\\s+archived copy: http://archive.local/web/2017/${origin}/gone`,
      ),
    );
    assert.match(
      result.stdout,
      new RegExp(`${origin}/vanished\\n\\s+linked from: index.html\\n\\s+archived copy: none found`),
    );
    for (const live of ['live', 'moved', 'no-head'])
      assert.match(result.stdout, new RegExp(`^ok\\s+HTTP 200\\s+${origin}/${live}$`, 'm'));
  });

  test('says nothing was checked, and exits 2, when no link can be reached', async () => {
    writeFileSync(
      path.join(dist, 'index.html'),
      '<!DOCTYPE html><title>t</title><a href="http://127.0.0.1:9/closed" rel="noopener noreferrer">closed</a>',
    );
    const result = await run({ WAYBACK_API: `${origin}/wayback` });
    assert.equal(result.status, 2, result.stdout + result.stderr);
    assert.match(result.stderr, /No outbound link could be reached/);
  });
});
