/**
 * Building blocks shared by the citation styles: runs of plain and italic text, personal names,
 * dates in each style's form, and punctuation that never doubles a title's own "?" or "!".
 */
import type { Author, Dated } from '../../schemas/common.ts';
import { dateParts, MONTHS } from '../dates.ts';

/** A piece of a citation: plain text, or text set in italics. */
export type Run = string | { italic: string };

/** The citation as plain text (italics dropped), for copying and for BibTeX-free comparisons. */
export function plainText(runs: readonly Run[]): string {
  return runs.map((r) => (typeof r === 'string' ? r : r.italic)).join('');
}

/** Joins runs, merging adjacent plain strings so output and tests stay simple. */
export function joinRuns(...parts: ReadonlyArray<Run | readonly Run[] | false | undefined>): Run[] {
  const out: Run[] = [];
  for (const part of parts) {
    if (part === false || part === undefined) continue;
    for (const run of Array.isArray(part) ? (part as readonly Run[]) : [part as Run]) {
      const last = out[out.length - 1];
      if (typeof run === 'string' && typeof last === 'string') out[out.length - 1] = last + run;
      else if (run !== '') out.push(run);
    }
  }
  return out;
}

/** The runs closed with a period, unless the last plain text already ends in one (as "n.d." does). */
export function endWithPeriod(runs: Run[]): Run[] {
  const last = runs[runs.length - 1];
  return typeof last === 'string' && /[.?!]$/.test(last) ? runs : joinRuns(runs, '.');
}

/** `mark` after `text`, unless the text already ends in terminal punctuation. */
export function close(text: string, mark: string): string {
  return /[.?!]$/.test(text) ? text : `${text}${mark}`;
}

/** A person's name split as the styles invert it: the last word is taken as the family name. */
export function splitName(name: string): { family: string; given: string } {
  const words = name.trim().split(/\s+/);
  const family = words.pop() ?? name;
  return { family, given: words.join(' ') };
}

/** APA initials: "Molly K." → "M. K.", "Jean-Paul" → "J.-P.". */
export function initials(given: string): string {
  return given
    .split(/\s+/)
    .filter(Boolean)
    .map((word) =>
      word
        .split('-')
        .map((part) => `${part.charAt(0)}.`)
        .join('-'),
    )
    .join(' ');
}

/** "Doe, Jane" for a person, the name itself for an organisation, undefined when unknown. */
export function invertedName(author: Author): string | undefined {
  if (author.kind === 'unknown') return undefined;
  if (author.kind === 'organisation') return author.name;
  const { family, given } = splitName(author.name);
  return given ? `${family}, ${given}` : family;
}

/** MLA 9's month abbreviations (May, June and July are not abbreviated). */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

/**
 * A date in one style's form. Approximate dates are given as the year with the style's circa mark
 * ("ca. 2017", MLA "c. 2017"): the month or day of an inferred date is part of the guess, and a
 * citation should not print it as fact. Unknown dates return `undefined`; each style says what it prints.
 */
export function styleDate(date: Dated | null, style: 'apa' | 'mla' | 'chicago'): string | undefined {
  if (!date) return undefined;
  const { year, month, day } = dateParts(date.value);
  if (date.precision === 'approximate') return `${style === 'mla' ? 'c.' : 'ca.'} ${year}`;
  if (month === undefined) return year;
  if (style === 'apa')
    return day === undefined ? `${year}, ${MONTHS[month - 1]}` : `${year}, ${MONTHS[month - 1]} ${day}`;
  if (style === 'mla')
    return day === undefined ? `${MLA_MONTHS[month - 1]} ${year}` : `${day} ${MLA_MONTHS[month - 1]} ${year}`;
  return day === undefined ? `${MONTHS[month - 1]} ${year}` : `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** The numeric parts of a date, as CSL-JSON and BibTeX want them. */
export function dateNumbers(date: Dated): number[] {
  return date.value.split('-').map(Number);
}
