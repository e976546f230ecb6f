// Formats benchmark results as Markdown and places generated text between markers in a document.

const s = (ms) => (ms / 1000).toFixed(1);
const mb = (b) => (b / 2 ** 20).toFixed(1);
const kb = (b) => (b / 1024).toFixed(1);
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');

/** The results table, one block per corpus size: our figure, the baseline's, and the ratio. */
export function table({ machine, command, results }) {
  const out = [
    `Run on ${machine.date}: ${machine.cpu}, ${machine.memory} RAM, ${machine.os}, Node ${machine.node}, Chromium ${machine.chromium}.`,
    `The machine was shared with other builds during the run, so absolute times are noisy; the ratios are the figure.`,
    '',
    `Command: \`${command}\``,
  ];
  for (const { size, counts, runs, ours, baseline, words } of results) {
    const row = (label, a, b, fmt) => `| ${label} | ${fmt(a)} | ${fmt(b)} | ${ratio(a, b)} |`;
    out.push(
      '',
      `### ${size.toLocaleString('en')} arguments (${counts.documents} documents, ${counts.sources} sources; median of ${runs} run${runs === 1 ? '' : 's'})`,
      '',
      '| Measure | This site | Baseline | Ratio |',
      '| --- | ---: | ---: | ---: |',
      row('`astro build` time (s)', ours.astroMs, baseline.astroMs, s),
      row('Pagefind time (s)', ours.pagefindMs, baseline.pagefindMs, s),
      row('Total build time (s)', ours.totalMs, baseline.totalMs, s),
      row('Peak memory, RSS of the process tree (MB)', ours.peakRss, baseline.peakRss, mb),
      row('`dist/` size (MB)', ours.bytes, baseline.bytes, mb),
      row('`dist/` files', ours.files, baseline.files, String),
      row('Mean page weight, gzip (KB)', ours.meanPage, baseline.meanPage, kb),
      row('Largest page weight, gzip (KB)', ours.largestPage.bytes, baseline.largestPage.bytes, kb),
      row('Pagefind index (MB)', ours.pagefindBytes, baseline.pagefindBytes, mb),
      ...Object.entries(words).flatMap(([key, word]) => [
        row(`Search “${word}” (${key}): transferred (KB)`, ours.search[key].bytes, baseline.search[key].bytes, kb),
        row(`Search “${word}” (${key}): of which Pagefind (KB)`, ours.search[key].pagefindBytes, baseline.search[key].pagefindBytes, kb),
        row(`Search “${word}” (${key}): time to first result (ms)`, ours.search[key].ms, baseline.search[key].ms, (x) => x.toFixed(0)),
      ]),
      '',
      `Largest page: ours \`${ours.largestPage.page}\`, baseline \`${baseline.largestPage.page}\`.`,
    );
  }
  return out.join('\n');
}

/** `doc` with the text between `<!-- name:start -->` and `<!-- name:end -->` replaced (appended when absent). */
export function replaceSection(doc, name, text) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${text}\n${end}`;
  const from = doc.indexOf(start);
  const to = doc.indexOf(end);
  if (from >= 0 && to > from) return doc.slice(0, from) + block + doc.slice(to + end.length);
  return `${doc.trimEnd()}\n\n${block}\n`;
}
