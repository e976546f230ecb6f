/**
 * Chicago notes-bibliography (Chicago Manual of Style, 17th ed., ch. 14; unchanged in essentials in
 * the 18th). Both forms are given, because a reader of this style needs the full note for a first
 * citation and the entry for the bibliography:
 * - bibliography: Doe, Jane. “Title.” *Magazine*, October 10, 2016. URL.
 *   web pages (§14.206): Author. “Title.” Site Name. Date. URL.  books: Author. *Title*. Publisher, Year. URL.
 * - note: Jane Doe, “Title,” *Magazine*, October 10, 2016, URL.  books: Author, *Title* (Publisher, Year), URL.
 * With no author both start with the title. Unknown dates are "n.d."; approximate ones "ca. 2017".
 * The place of publication of a book is not recorded in the content, so it is left out. No access
 * date is given: the content records no capture date, and "today" would make builds differ.
 */
import { close, endWithPeriod, invertedName, joinRuns, styleDate, type Run } from './parts.ts';
import type { Work } from './work.ts';

const SELF_CONTAINED = new Set(['book', 'report']);
const PLAIN_CONTAINER = new Set(['webpage', 'transcript', 'video']);

function container(work: Work): Run[] {
  if (!work.container) return [];
  return PLAIN_CONTAINER.has(work.type) || SELF_CONTAINED.has(work.type)
    ? [work.container]
    : [{ italic: work.container }];
}

/** The Chicago bibliography entry for `work`. */
export function chicagoBibliography(work: Work): Run[] {
  const name = invertedName(work.author);
  const date = styleDate(work.date, 'chicago') ?? 'n.d.';
  const book = SELF_CONTAINED.has(work.type);
  const title: Run[] = book
    ? [{ italic: work.title }, /[.?!]$/.test(work.title) ? '' : '.']
    : [`“${close(work.title, '.')}”`];
  const where = container(work);
  // Periodicals and books run the date on after a comma; a web page's site and date are separate elements.
  const published: Run[] =
    where.length === 0 ? [date] : PLAIN_CONTAINER.has(work.type) ? [...where, `. ${date}`] : [...where, `, ${date}`];
  const entry = endWithPeriod(joinRuns(name ? `${close(name, '.')} ` : '', title, ' ', published));
  return work.url ? joinRuns(entry, ` ${work.url}.`) : entry;
}

/** The full (first-reference) Chicago note for `work`, without its number. */
export function chicagoNote(work: Work): Run[] {
  const name = work.author.kind === 'unknown' ? undefined : work.author.name;
  const date = styleDate(work.date, 'chicago') ?? 'n.d.';
  const where = container(work);
  const url = work.url ? `, ${work.url}` : '';
  if (SELF_CONTAINED.has(work.type)) {
    const facts = joinRuns(where, where.length > 0 ? ', ' : '', date);
    return joinRuns(name ? `${name}, ` : '', { italic: work.title }, ' (', facts, ')', url, '.');
  }
  const title = /[.?!]$/.test(work.title) ? `“${work.title}”` : `“${work.title},”`;
  return endWithPeriod(joinRuns(name ? `${name}, ` : '', title, ' ', where, where.length > 0 ? ', ' : '', date, url));
}
