// npm run check:content: validates the whole content folder (schemas, placeholders and every
// integrity rule) without building a page. One line per problem, `path:line: field: message`; exit 1 on any.
import { performance } from 'node:perf_hooks';
import { readContent } from '../../src/integrations/read-content.ts';
import { checkContent } from '../../src/lib/content-check.ts';
import { formatProblem } from '../../src/lib/integrity.ts';

const started = performance.now();
const content = readContent();
const { problems, documents, sources, arguments: args, events, names } = checkContent(content);
for (const p of problems) console.error(formatProblem(p));
const seconds = ((performance.now() - started) / 1000).toFixed(2);
if (problems.length > 0) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in the content.`);
  process.exit(1);
}
console.log(
  `The content is sound: ${documents.length} documents, ${sources.length} sources, ${args.length} arguments, ${events.length} events, ${names.length} names (checked in ${seconds} s).`,
);
