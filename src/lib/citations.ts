/**
 * Citations of a work in APA 7, MLA 9, Chicago notes-bibliography (note and bibliography entry) and
 * BibTeX, formatted from the structured data alone (see `citations/` for each style's rules). The
 * output depends only on the content, never on the build date, so builds are reproducible.
 *
 * MLA and Chicago print titles in title case, which only raises letters and so cannot harm a proper
 * noun (`citations/title-case.ts`). APA prints titles as published: its sentence case lowers letters,
 * and doing that correctly needs to know which words are proper nouns (names, "Islamic State"), so a
 * guess would misquote the title.
 */
import { apa } from './citations/apa.ts';
import { bibtex } from './citations/bibtex.ts';
import { chicagoBibliography, chicagoNote } from './citations/chicago.ts';
import { mla } from './citations/mla.ts';
import { plainText, type Run } from './citations/parts.ts';
import type { Work } from './citations/work.ts';

export type { Run } from './citations/parts.ts';
export type { Work } from './citations/work.ts';
export { cslItem } from './citations/csl.ts';
export { bibtex } from './citations/bibtex.ts';
export { argumentPageWork, documentPageWork, documentWork, sourceWork } from './citations/work.ts';

/** One formatted citation: `runs` for display (with italics), `text` for copying. */
export interface Citation {
  style: 'apa' | 'mla' | 'chicago-note' | 'chicago-bibliography' | 'bibtex';
  /** The style's name as a reader knows it. */
  label: string;
  runs: Run[];
  text: string;
}

const cite = (style: Citation['style'], label: string, runs: Run[]): Citation => ({
  style,
  label,
  runs,
  text: plainText(runs),
});

/** Every citation of `work`, in the order the page shows them. */
export function citationsOf(work: Work): Citation[] {
  const bib = bibtex(work).trimEnd();
  return [
    cite('apa', 'APA 7', apa(work)),
    cite('mla', 'MLA 9', mla(work)),
    cite('chicago-note', 'Chicago (note)', chicagoNote(work)),
    cite('chicago-bibliography', 'Chicago (bibliography)', chicagoBibliography(work)),
    cite('bibtex', 'BibTeX', [bib]),
  ];
}
