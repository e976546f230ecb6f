// The content check as `npm run build` runs it: in a worker thread of scripts/build.ts, posting back one
// line per problem (`path:line: field: message`). In a thread of its own, its memory (300 MB at 10,000
// arguments) is given back when it ends, before Astro's build reaches its peak beside it.
import { parentPort } from 'node:worker_threads';
import { readContent } from '../../src/integrations/read-content.ts';
import { checkContent } from '../../src/lib/content-check.ts';
import { formatProblem } from '../../src/lib/integrity.ts';

parentPort?.postMessage(checkContent(readContent()).problems.map(formatProblem));
