/**
 * RIS records (the Research Information Systems tagged format, as specified by RefMan/Clarivate in
 * 2011 and read by Zotero, EndNote, Mendeley and citation.js). Each line is a two-character tag, two
 * spaces, a hyphen and a space, then the value; a record opens with `TY` and closes with `ER`; lines end
 * in CRLF. Types: periodical articles `MGZN`, blog posts `BLOG`, web pages `ELEC`, books `BOOK`, reports
 * `RPRT`, videos `VIDEO`, transcripts `GEN` (RIS has no type for a speech or debate). Authors are `AU`:
 * "Family, Given" for a person, the name alone (no comma: a corporate name) for an organisation, none
 * when unknown. The container is `PB` (publisher) for books, reports and videos (the programme or
 * network: RIS gives a video no secondary title), otherwise `T2` (the secondary title: periodical, blog,
 * website, event). Dates follow the rule of every other output: `PY` is the year, and
 * `DA` (`YYYY/MM/DD/` or `YYYY/MM//`) is given only for a date known to the day or month; an
 * approximate date is its year only, with the note "Date approximate", as in the BibTeX.
 */
import type { Work } from './work.ts';
import { invertedName } from './parts.ts';

const TYPES: Record<Work['type'], string> = {
  'magazine-article': 'MGZN',
  'blog-post': 'BLOG',
  webpage: 'ELEC',
  book: 'BOOK',
  report: 'RPRT',
  transcript: 'GEN',
  video: 'VIDEO',
};

const PUBLISHED_BY: ReadonlySet<Work['type']> = new Set(['book', 'report', 'video']);

/** A value on one line: RIS has no escaping, so line breaks become spaces. */
const oneLine = (value: string): string => value.replace(/\s*[\r\n]+\s*/g, ' ').trim();

/** The RIS record for `work`, tags in a fixed order, each line ending in CRLF. */
export function ris(work: Work): string {
  const lines: Array<[string, string]> = [['TY', TYPES[work.type]]];
  const author = invertedName(work.author);
  if (author) lines.push(['AU', author]);
  lines.push(['TI', work.title]);
  if (work.container) lines.push([PUBLISHED_BY.has(work.type) ? 'PB' : 'T2', work.container]);
  if (work.date) {
    const [year, month, day] = work.date.value.split('-');
    lines.push(['PY', year ?? work.date.value]);
    if (work.date.precision === 'approximate') lines.push(['N1', 'Date approximate']);
    else if (month) lines.push(['DA', `${year}/${month}/${day ?? ''}/`]);
  }
  if (work.url) lines.push(['UR', work.url]);
  lines.push(['ER', '']);
  return lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}\r\n`).join('');
}
