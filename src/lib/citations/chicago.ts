/**
 * Chicago notes-bibliography (Chicago Manual of Style, 17th ed., ch. 14; unchanged in these points in
 * the 18th). Both forms are given, because a reader of this style needs the full note for a first
 * citation and the entry for the bibliography:
 * - bibliography: Doe, Jane. “Title.” *Magazine*, October 10, 2016. URL.
 *   web pages (§14.206): Author. “Title.” Site Name. Date. URL.  books: Author. *Title*. Publisher, Year. URL.
 *   speeches and debates (§14.217): Speaker. “Title.” Event, Date. URL.
 *   unsigned periodical articles (§14.207): *Periodical*. “Title.” Date. URL.
 * - note: Jane Doe, “Title,” *Magazine*, October 10, 2016, URL.  books: Author, *Title* (Publisher, Year), URL.
 * Titles and the names of periodicals and sites are in headline style (§8.159, see title-case.ts). A
 * title ending in "?" or "!" keeps the comma that follows it in a note (“Again?,” *Magazine*), and
 * drops the period in the bibliography (§14.105); a title's own closing period is dropped before a comma. With no author a note starts with the title, and so
 * does a bibliography entry, except for a periodical article, which starts with the periodical; an
 * organisation that is the periodical itself counts as no author. Unknown dates are "n.d."; approximate
 * ones "ca. 2017". The place of publication of a book is not recorded in the content, so it is left out.
 * No access date is given: the content records no capture date, and "today" would make builds differ.
 */
import { close, endWithPeriod, invertedName, joinRuns, styleDate, type Run } from './parts.ts';
import { headlineCase } from './title-case.ts';
import type { Work } from './work.ts';

const SELF_CONTAINED = new Set(['book', 'report']);
const PLAIN_CONTAINER = new Set(['webpage', 'transcript', 'video']);
// Elements run on after a comma: a periodical's date, a book's year, a speech's event and date.
const COMMA_DATE = new Set(['magazine-article', 'blog-post', 'book', 'report', 'transcript']);

function container(work: Work): Run[] {
  if (!work.container) return [];
  return PLAIN_CONTAINER.has(work.type) || SELF_CONTAINED.has(work.type)
    ? [work.container]
    : [{ italic: work.container }];
}

/** The work with its title, and its container's when that is a title rather than a publisher, in headline style. */
function titleCased(work: Work): Work {
  const container =
    work.container && !SELF_CONTAINED.has(work.type) ? headlineCase(work.container, 'chicago') : work.container;
  return { ...work, title: headlineCase(work.title, 'chicago'), container };
}

/** The periodical stands in for the author of an unsigned article, or of one signed by the periodical itself. */
function periodicalAsAuthor(work: Work): boolean {
  if (work.type !== 'magazine-article' || !work.container) return false;
  const { author } = work;
  return author.kind === 'unknown' || (author.kind === 'organisation' && author.name === work.container);
}

/** The Chicago bibliography entry for `work`. */
export function chicagoBibliography(original: Work): Run[] {
  const work = titleCased(original);
  const date = styleDate(work.date, 'chicago') ?? 'n.d.';
  const url = work.url ? ` ${work.url}.` : '';
  if (periodicalAsAuthor(original)) {
    const entry = joinRuns(container(work), `. “${close(work.title, '.')}” ${date}`);
    return joinRuns(endWithPeriod(entry), url);
  }
  const name = invertedName(work.author);
  const title: Run[] = SELF_CONTAINED.has(work.type)
    ? [{ italic: work.title }, /[.?!]$/.test(work.title) ? '' : '.']
    : [`“${close(work.title, '.')}”`];
  const where = container(work);
  const published: Run[] =
    where.length === 0 ? [date] : COMMA_DATE.has(work.type) ? [...where, `, ${date}`] : [...where, `. ${date}`];
  const entry = endWithPeriod(joinRuns(name ? `${close(name, '.')} ` : '', title, ' ', published));
  return joinRuns(entry, url);
}

/** The full (first-reference) Chicago note for `work`, without its number. */
export function chicagoNote(original: Work): Run[] {
  const work = titleCased(original);
  const name = work.author.kind === 'unknown' || periodicalAsAuthor(original) ? undefined : work.author.name;
  const date = styleDate(work.date, 'chicago') ?? 'n.d.';
  const where = container(work);
  const url = work.url ? `, ${work.url}` : '';
  if (SELF_CONTAINED.has(work.type)) {
    const facts = joinRuns(where, where.length > 0 ? ', ' : '', date);
    return joinRuns(name ? `${name}, ` : '', { italic: work.title }, ' (', facts, ')', url, '.');
  }
  // A title's own "?" or "!" stays before the comma; a closing period gives way to it.
  const title = `“${work.title.replace(/\.$/, '')},”`;
  return endWithPeriod(joinRuns(name ? `${name}, ` : '', title, ' ', where, where.length > 0 ? ', ' : '', date, url));
}
