import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { staticServer } from '../../scripts/lib/static-server';

const root = mkdtempSync(path.join(tmpdir(), 'static-server-'));
mkdirSync(path.join(root, 'a b'));
writeFileSync(path.join(root, 'index.html'), '<p>home</p>');
writeFileSync(path.join(root, '404.html'), '<p>not here</p>');
writeFileSync(path.join(root, 'a b', 'index.html'), '<p>spaced</p>');
writeFileSync(path.join(root, 'site.css'), 'p {}');

const servers = { root: staticServer(root), sub: staticServer(root, '/debates/') };
const origins = { root: '', sub: '' };

beforeAll(async () => {
  for (const key of ['root', 'sub'] as const) {
    await new Promise<void>((resolve) => servers[key].listen(0, '127.0.0.1', resolve));
    origins[key] = `http://127.0.0.1:${(servers[key].address() as AddressInfo).port}`;
  }
});
afterAll(() => {
  for (const server of Object.values(servers)) server.close();
  rmSync(root, { recursive: true, force: true });
});

describe('staticServer', () => {
  test('returns a file with its content type, and a folder as its index.html', async () => {
    const css = await fetch(`${origins.root}/site.css`);
    expect([css.status, css.headers.get('content-type'), await css.text()]).toEqual([200, 'text/css', 'p {}']);
    const folder = await fetch(`${origins.root}/a%20b/`);
    expect([folder.status, await folder.text()]).toEqual([200, '<p>spaced</p>']);
  });

  test('returns 404 with the site’s 404 page for a path that names nothing', async () => {
    const response = await fetch(`${origins.root}/no-such-page/`);
    expect([response.status, response.headers.get('content-type'), await response.text()]).toEqual([
      404,
      'text/html; charset=utf-8',
      '<p>not here</p>',
    ]);
  });

  test('returns the site under its base path, and 404 outside it', async () => {
    const inside = await fetch(`${origins.sub}/debates/`);
    expect([inside.status, await inside.text()]).toEqual([200, '<p>home</p>']);
    expect((await fetch(`${origins.sub}/`)).status).toBe(404);
  });

  test.each(['/%E0%A4%A', '/%zz/', '/a%2/index.html'])(
    'returns 400 for %s, a path with a malformed % escape, and keeps serving',
    async (bad) => {
      const response = await fetch(`${origins.root}${bad}`);
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/malformed % escape/);
      expect((await fetch(`${origins.root}/`)).status).toBe(200);
    },
  );
});
