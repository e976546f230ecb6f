// The site gates over a build of a large corpus, which `npm test` cannot afford to build: every page's
// weight, every internal link, the searchable pages, valid HTML on every page of the kinds that grow with
// the corpus (compare views, the dossier, names) and a sample of the rest, and on a sample of each kind of
// page axe in both colour schemes and the keyboard (each Tab stop visibly focused and on screen).
// Usage, on a folder built with CONTENT_ROOT (docs/performance.md):
//   npm run check:scale -- <built site> [--sample 20]
// Prints one line per problem and exits 1 on any.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { axeViolations, keyboardProblems } from './lib/browser-gates.ts';
import { htmlProblems, linkProblems, loadSite, pageWeight, searchablePageProblems, urlOf } from './lib/site-checks.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { sample: { type: 'string', default: '20' } },
});
const dir = positionals[0];
if (!dir) {
  console.error('Usage: npm run check:scale -- <built site folder> [--sample <pages of each kind for axe>]');
  process.exit(2);
}
const perKind = Number(values.sample);

/** The budget of a content page and of a listing page, everything it loads before interaction, gzip. */
const CONTENT_BUDGET = 20 * 1024;
const LISTING_BUDGET = 30 * 1024;
/** The kinds of page, by the first match of their file's path; any other page is a listing. */
const KINDS: Array<[string, RegExp]> = [
  ['argument', /^arguments\/[^/]+\/index\.html$/],
  ['document', /^documents\/[^/]+\/index\.html$/],
  ['source', /^sources\/[^/]+\/index\.html$/],
  ['name', /^names\/[^/]+\/(page\/\d+\/)?index\.html$/],
  ['compare pair', /^compare\/documents\//],
  ['compare topic', /^compare\/topics\//],
  ['compare', /^compare\//],
  ['dossier', /^dossier\//],
];
const kindOf = (file: string): string => KINDS.find(([, pattern]) => pattern.test(file))?.[0] ?? 'listing';
const GROWING = new Set(['name', 'compare pair', 'compare topic', 'compare', 'dossier']);

const log = (line: string) => console.log(`[check:scale ${new Date().toISOString().slice(11, 19)}] ${line}`);
const site = loadSite(path.resolve(dir));
const byKind = new Map<string, string[]>();
for (const file of site.pages.keys()) {
  const kind = kindOf(file);
  const files = byKind.get(kind);
  if (files) files.push(file);
  else byKind.set(kind, [file]);
}
log(`${site.pages.size} pages: ${[...byKind].map(([k, f]) => `${f.length} ${k}`).join(', ')}`);

const problems: string[] = [];
const report = (gate: string, found: readonly string[]) => {
  log(`${gate}: ${found.length === 0 ? 'passed' : `${found.length} problem(s)`}`);
  problems.push(...found);
};

report('searchable pages', searchablePageProblems(site));
report('internal links', linkProblems(site));
report(
  'page weight',
  [...site.pages].flatMap(([file, html]) => {
    const budget = kindOf(file) === 'listing' ? LISTING_BUDGET : CONTENT_BUDGET;
    const bytes = pageWeight(site, html);
    return bytes > budget ? [`${file}: ${(bytes / 1024).toFixed(1)} KB, over ${budget / 1024} KB`] : [];
  }),
);

/** Up to `n` files of a kind, spread evenly over them: the first, the last and between. */
const spread = (files: readonly string[], n: number): string[] =>
  files.length <= n
    ? [...files]
    : Array.from({ length: n }, (_, i) => files[Math.round((i * (files.length - 1)) / (n - 1))] ?? '');

const validated = [...byKind].flatMap(([kind, files]) => (GROWING.has(kind) ? files : spread(files, perKind * 5)));
report(
  `valid HTML (${validated.length} pages)`,
  await htmlProblems({ ...site, pages: new Map(validated.map((f) => [f, site.pages.get(f) ?? ''])) }),
);

const sampled = [...byKind.values()].flatMap((files) => spread(files, perKind)).map(urlOf);
report(`axe, light and dark (${sampled.length} pages)`, await axeViolations(site.dir, sampled));
report(`keyboard, 40 Tab stops (${sampled.length} pages)`, await keyboardProblems(site.dir, sampled));

for (const p of problems) console.log(p);
process.exit(problems.length > 0 ? 1 : 0);
