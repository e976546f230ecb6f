// Checks every outbound link of the built site live, and reports dead ones with their closest
// web-archive copy. Needs a network, so it is opt-in and not part of `npm test`.
// Usage: npm run check:external [-- --dist <folder>]   (WAYBACK_API overrides the archive endpoint)
// Exit status: 0 all answered, 1 some are dead or unreachable, 2 none could be reached (no network).
import path from 'node:path';
import { archivedCopy, checkLink, type LinkStatus } from './lib/external-links.ts';
import { loadSite, outboundLinks, WEB_SEARCH } from './lib/site-checks.ts';

const args = process.argv.slice(2);
const distFlag = args.indexOf('--dist');
const dist = path.resolve((distFlag >= 0 ? args[distFlag + 1] : undefined) || 'dist');
const api = process.env['WAYBACK_API'] ?? 'https://archive.org/wayback/available';

const links = [...outboundLinks(loadSite(dist))].filter(([url]) => !WEB_SEARCH.test(url));
console.log(`Checking ${links.length} outbound links from ${path.relative('.', dist) || '.'}/ …`);

const results: LinkStatus[] = [];
// A few at a time: polite to the servers, and quick enough for a few hundred links.
for (let i = 0; i < links.length; i += 4) {
  results.push(...(await Promise.all(links.slice(i, i + 4).map(([url]) => checkLink(url)))));
}

const pagesOf = new Map(links);
const bad = results.filter((r) => r.verdict === 'dead' || r.verdict === 'unreachable');
for (const result of results) {
  const what = 'status' in result ? `HTTP ${result.status}` : result.error;
  console.log(`${result.verdict.padEnd(11)} ${what.padEnd(9)} ${result.url}`);
}

if (links.length > 0 && results.every((r) => r.verdict === 'unreachable')) {
  console.error('\nNo outbound link could be reached: is there a network here? Nothing was checked.');
  process.exit(2);
}

if (bad.length > 0) {
  console.log(`\n${bad.length} of ${results.length} links are dead or unreachable:`);
  for (const result of bad) {
    const copy = await archivedCopy(result.url, api);
    console.log(`\n  ${result.url}`);
    console.log(`    linked from: ${(pagesOf.get(result.url) ?? []).join(', ')}`);
    console.log(`    archived copy: ${copy ?? 'none found'}`);
  }
  process.exit(1);
}
const unconfirmed = results.filter((r) => r.verdict === 'unconfirmed').length;
console.log(
  `\nAll ${results.length} links answered${unconfirmed ? ` (${unconfirmed} refused to confirm, listed above)` : ''}.`,
);
