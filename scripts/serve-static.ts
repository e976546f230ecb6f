// A minimal static file server for tests and benchmarks: serves a built site under a base path.
// Usage: node scripts/serve-static.ts <dir> <port> [base=/]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { contentType, resolveStatic } from '../src/integrations/static-files.ts';

const [dir = 'dist', port = '4327', rawBase = '/'] = process.argv.slice(2);
const root = path.resolve(dir);
const base = rawBase.replace(/\/?$/, '/');

createServer(async (req, res) => {
  const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
  const file = await resolveStatic(root, base, urlPath);
  if (!file) {
    const notFound = await readFile(path.join(root, '404.html')).catch(() => Buffer.from('Not found'));
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound);
    return;
  }
  res.writeHead(200, { 'Content-Type': contentType(file) });
  res.end(await readFile(file));
}).listen(Number(port), '127.0.0.1', () => console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`));
