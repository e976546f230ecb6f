// A minimal static file server for tests and benchmarks: serves a built site under a base path.
// Usage: node scripts/serve-static.mjs <dir> <port> [base=/]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const [dir = 'dist', port = '4327', rawBase = '/'] = process.argv.slice(2);
const root = path.resolve(dir);
const base = rawBase.replace(/\/?$/, '/');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

async function resolveFile(urlPath) {
  if (!urlPath.startsWith(base)) return undefined;
  const file = path.join(root, decodeURIComponent(urlPath.slice(base.length)));
  if (file !== root && !file.startsWith(root + path.sep)) return undefined;
  const info = await stat(file).catch(() => undefined);
  if (info?.isFile()) return file;
  if (info?.isDirectory()) {
    const index = path.join(file, 'index.html');
    if (await stat(index).catch(() => undefined)) return index;
  }
  return undefined;
}

createServer(async (req, res) => {
  const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
  const file = await resolveFile(urlPath);
  if (!file) {
    const notFound = await readFile(path.join(root, '404.html')).catch(() => Buffer.from('Not found'));
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound);
    return;
  }
  res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  res.end(await readFile(file));
}).listen(Number(port), '127.0.0.1', () => console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`));
