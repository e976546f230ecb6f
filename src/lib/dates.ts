import type { Dated } from '../schemas/common.ts';

/** English month names, January first. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** The parts of a YYYY[-MM[-DD]] string: the year as written, month and day as numbers when present. */
export function dateParts(value: string): { year: string; month?: number | undefined; day?: number | undefined } {
  const [year = value, month, day] = value.split('-');
  return { year, month: month ? Number(month) : undefined, day: day ? Number(day) : undefined };
}

/** "9 October 2016", "July 2017" or "2015" for a YYYY[-MM[-DD]] string. */
export function formatPartialDate(value: string): string {
  const { year, month, day } = dateParts(value);
  const monthName = month === undefined ? undefined : MONTHS[month - 1];
  if (monthName === undefined) return year;
  return day === undefined ? `${monthName} ${year}` : `${day} ${monthName} ${year}`;
}

/** A date as readers should take it: approximate dates say "about", unknown ones say so. */
export function formatDated(dated: Dated | null | undefined): string {
  if (!dated) return 'date unknown';
  const text = formatPartialDate(dated.value);
  return dated.precision === 'approximate' ? `about ${text}` : text;
}

/** A sort key that orders unknown dates last and partial dates at the start of their period. */
export function dateSortKey(dated: Dated | null | undefined): string {
  return dated ? dated.value.padEnd(10, '-00') : '9999';
}
