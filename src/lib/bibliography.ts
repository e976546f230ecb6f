/**
 * The site-wide bibliography exports: every cited source and every document (as the original it
 * is), as one BibTeX file, one CSL-JSON array and one RIS file, in a fixed order (documents, then sources, each
 * in the order given) so that the same content always gives the same bytes.
 */
import type { DocumentData } from '../schemas/document.ts';
import type { SourceData } from '../schemas/source.ts';
import { bibtex, cslItem, documentWork, sourceWork, type Work } from './citations.ts';
import type { CslItem } from './citations/csl.ts';
import { ris } from './citations/ris.ts';

export interface BibliographyInput {
  documents: ReadonlyArray<{ id: string; data: DocumentData }>;
  sources: ReadonlyArray<{ id: string; data: SourceData }>;
}

function works({ documents, sources }: BibliographyInput): Work[] {
  return [...documents.map((d) => documentWork(d.id, d.data)), ...sources.map((s) => sourceWork(s.id, s.data))];
}

/** All entries as a BibTeX file, entries separated by a blank line. */
export function bibliographyBibtex(input: BibliographyInput): string {
  return works(input).map(bibtex).join('\n');
}

/** All entries as a CSL-JSON array, pretty-printed, ending in a newline. */
export function bibliographyCsl(input: BibliographyInput): string {
  const items: CslItem[] = works(input).map(cslItem);
  return `${JSON.stringify(items, null, 2)}\n`;
}

/** All entries as one RIS file: the records one after another, CRLF line ends. */
export function bibliographyRis(input: BibliographyInput): string {
  return works(input).map(ris).join('');
}
