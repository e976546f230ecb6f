// A minimal static file server for tests and benchmarks: serves a built site under a base path
// (scripts/lib/static-server.ts).
// Usage: node scripts/serve-static.ts <dir> <port> [base=/]
import { staticServer } from './lib/static-server.ts';

const [dir = 'dist', port = '4327', rawBase = '/'] = process.argv.slice(2);
const base = rawBase.replace(/\/?$/, '/');

staticServer(dir, base).listen(Number(port), '127.0.0.1', () =>
  console.log(`Serving ${dir} at http://127.0.0.1:${port}${base}`),
);
