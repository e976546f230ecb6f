import { stat } from 'node:fs/promises';
import path from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
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

/** The Content-Type to send a built file with; unknown kinds (Pagefind's chunks among them) as bytes. */
export const contentType = (file: string): string => CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';

/**
 * The file under `root` that the URL path `urlPath` names, served under `base` (`/` or `/sub/path/`):
 * the file itself, or a folder's `index.html`. Undefined when the path is outside `base`, escapes
 * `root`, or names nothing. Shared by scripts/serve-static.ts and the dev server's search index.
 */
export async function resolveStatic(root: string, base: string, urlPath: string): Promise<string | undefined> {
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
