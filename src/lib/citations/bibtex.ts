/**
 * BibTeX entries. Types: periodical articles are `@article` (journal), books `@book` (publisher),
 * reports `@techreport` (institution), everything else `@misc` (howpublished); an article or report
 * whose container is unknown falls back to `@misc`. Persons are "Family, Given"; organisations are
 * braced so BibTeX never splits them; an unknown author gives no author field. Titles are double-braced
 * to keep their capitalisation. Dates give `year` and `month` for BibTeX and an ISO `date` for
 * biblatex, where an approximate date is the year with EDTF's "~" (circa) and the note says so.
 * Keys are the work's stable key. TeX's special characters are escaped; URLs are left as they are
 * except for braces, which would break the field.
 */
import { dateNumbers, invertedName } from './parts.ts';
import type { Work } from './work.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Text with TeX's special characters escaped. */
export function escapeTex(text: string): string {
  return text.replace(/[\\{}&%$#_^~]/g, (c) => SPECIAL[c] ?? c);
}

function entryType(work: Work): { type: string; containerField: string } {
  if (work.type === 'magazine-article' && work.container) return { type: 'article', containerField: 'journal' };
  if (work.type === 'book') return { type: 'book', containerField: 'publisher' };
  if (work.type === 'report' && work.container) return { type: 'techreport', containerField: 'institution' };
  return { type: 'misc', containerField: 'howpublished' };
}

/** The BibTeX entry for `work`, fields in a fixed order, ending in a newline. */
export function bibtex(work: Work): string {
  const { type, containerField } = entryType(work);
  const fields: Array<[string, string]> = [];
  const name = invertedName(work.author);
  if (name)
    fields.push(['author', work.author.kind === 'organisation' ? `{{${escapeTex(name)}}}` : `{${escapeTex(name)}}`]);
  fields.push(['title', `{{${escapeTex(work.title)}}}`]);
  if (work.container) fields.push([containerField, `{${escapeTex(work.container)}}`]);
  if (work.date) {
    const [year, month] = dateNumbers(work.date);
    const approximate = work.date.precision === 'approximate';
    fields.push(['year', `{${year}}`]);
    if (month && !approximate) fields.push(['month', MONTHS[month - 1] ?? '']);
    fields.push(['date', `{${approximate ? `${year}~` : work.date.value}}`]);
    if (approximate) fields.push(['note', '{Date approximate}']);
  }
  if (work.url) fields.push(['url', `{${work.url.replace(/\{/g, '%7B').replace(/\}/g, '%7D')}}`]);
  const body = fields.map(([k, v]) => `  ${k} = ${v},`).join('\n');
  return `@${type}{${work.key},\n${body}\n}\n`;
}
