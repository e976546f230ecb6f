// Formats benchmark results as Markdown and places generated text between markers in a document.
import type { SearchCost } from './browser.ts';
import type { SiteStats } from './measure.ts';

/** One build variant's medians over the runs of one corpus size, and the size of its last build. */
export interface Summary extends SiteStats {
  astroMs: number;
  pagefindMs: number;
  totalMs: number;
  peakRss: number;
  /** By search (`common`, `rare`): what a first search for its word cost. */
  search: Record<string, SearchCost>;
}

/** One corpus size: this site (`ours`) and the two baselines. */
export interface SizeResult {
  size: number;
  counts: { documents: number; sources: number; arguments: number };
  /** By search (`common`, `rare`): the word searched for. */
  words: Record<string, string>;
  runs: number;
  ours: Summary;
  baseline: Summary;
  satteri: Summary;
}

/** The machine a benchmark ran on, as the report states it. */
export interface Machine {
  cpu: string;
  memory: string;
  os: string;
  node: string;
  chromium: string;
  date: string;
}

const s = (ms: number) => (ms / 1000).toFixed(1);
const mb = (b: number) => (b / 2 ** 20).toFixed(1);
const kb = (b: number) => (b / 1024).toFixed(1);
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');
const cost = (v: Summary, key: string): SearchCost => v.search[key] ?? { ms: 0, bytes: 0, pagefindBytes: 0 };

/**
 * The results table, one block per corpus size: our figure, then each baseline's (on unified, the
 * processor this site uses, and on Astro's default Sätteri) with our figure's ratio to it.
 */
export function table({
  machine,
  command,
  results,
}: {
  machine: Machine;
  command: string;
  results: SizeResult[];
}): string {
  const out = [
    `Run on ${machine.date}: ${machine.cpu}, ${machine.memory} RAM, ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}.`,
    `The machine was shared with other builds during the run, so absolute times are noisy; the ratios are the figure.`,
    '',
    `Command: \`${command}\``,
  ];
  for (const { size, counts, runs, ours, baseline, satteri, words } of results) {
    const measure = (label: string, pick: (v: Summary) => number, fmt: (x: number) => string) => {
      const [a, b, c] = [pick(ours), pick(baseline), pick(satteri)];
      return `| ${label} | ${fmt(a)} | ${fmt(b)} | ${ratio(a, b)} | ${fmt(c)} | ${ratio(a, c)} |`;
    };
    out.push(
      '',
      `### ${size.toLocaleString('en')} arguments (${counts.documents} documents, ${counts.sources} sources; median of ${runs} run${runs === 1 ? '' : 's'})`,
      '',
      '| Measure | This site (unified) | Baseline, unified | Ratio | Baseline, Sätteri | Ratio |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      measure('`astro build` time (s)', (v) => v.astroMs, s),
      measure('Pagefind time (s)', (v) => v.pagefindMs, s),
      measure('Total build time (s)', (v) => v.totalMs, s),
      measure('Peak memory, RSS of the process tree (MB)', (v) => v.peakRss, mb),
      measure('`dist/` size (MB)', (v) => v.bytes, mb),
      measure('`dist/` files', (v) => v.files, String),
      measure('Mean page weight, gzip (KB)', (v) => v.meanPage, kb),
      measure('Largest page weight, gzip (KB)', (v) => v.largestPage.bytes, kb),
      measure('Pagefind index (MB)', (v) => v.pagefindBytes, mb),
      ...Object.entries(words).flatMap(([key, word]) => [
        measure(`Search “${word}” (${key}): transferred (KB)`, (v) => cost(v, key).bytes, kb),
        measure(`Search “${word}” (${key}): of which Pagefind (KB)`, (v) => cost(v, key).pagefindBytes, kb),
        measure(
          `Search “${word}” (${key}): time to first result (ms)`,
          (v) => cost(v, key).ms,
          (x) => x.toFixed(0),
        ),
      ]),
      '',
      `Largest page: ours \`${ours.largestPage.page}\`, baseline on unified \`${baseline.largestPage.page}\`, on Sätteri \`${satteri.largestPage.page}\`.`,
    );
  }
  return out.join('\n');
}

/** `doc` with the text between `<!-- name:start -->` and `<!-- name:end -->` replaced (appended when absent). */
export function replaceSection(doc: string, name: string, text: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${text}\n${end}`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from >= 0 && to > from) return doc.slice(0, from) + block + doc.slice(to + end.length);
  return `${doc.trimEnd()}\n\n${block}\n`;
}
