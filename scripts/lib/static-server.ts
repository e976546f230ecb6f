import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { contentType, resolveStatic } from '../../src/integrations/static-files.ts';

/** Whether every `%` escape of a URL path decodes: `/a%20b/` does, `/%E0%A4%A` does not. */
function decodable(urlPath: string): boolean {
  try {
    decodeURIComponent(urlPath);
    return true;
  } catch {
    return false;
  }
}

/**
 * A server for the built site in `root`, under `base` (`/` or `/sub/path/`): each file with its
 * content type, a folder as its `index.html`, anything else as 404 with the site's `404.html`, and a
 * path holding a malformed `%` escape as 400. Not started: call `listen` on it.
 */
export function staticServer(root: string, base = '/'): Server {
  const dir = path.resolve(root);
  return createServer(async (req, res) => {
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;
    if (!decodable(urlPath)) {
      res
        .writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' })
        .end('Bad request: the path holds a malformed % escape\n');
      return;
    }
    const file = await resolveStatic(dir, base, urlPath);
    if (!file) {
      const notFound = await readFile(path.join(dir, '404.html')).catch(() => Buffer.from('Not found'));
      res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(notFound);
      return;
    }
    res.writeHead(200, { 'Content-Type': contentType(file) });
    res.end(await readFile(file));
  });
}
