/**
 * MLA 9 works-cited entries (MLA Handbook, 9th ed., the core elements):
 * Author. “Title of Source.” *Container*, Date, Location.
 * Books and reports are self-contained: Author. *Title*. Publisher, Date, Location.
 * Titles of sources and containers are in title case (§2.90, see title-case.ts); a publisher's name
 * is printed as the publisher gives it.
 * With no author the entry starts with the title; an organisation that is also the container or
 * publisher is not repeated as author. Unknown dates are left
 * out (MLA uses no "n.d."); approximate dates are given as "c. 2017" (MLA's abbreviation of circa).
 * URLs are given without http:// or https://, as the Handbook recommends. No access date is given:
 * the content records no capture date, and "today" would make builds differ from day to day.
 */
import { close, invertedName, joinRuns, styleDate, type Run } from './parts.ts';
import { headlineCase } from './title-case.ts';
import type { Work } from './work.ts';

const SELF_CONTAINED = new Set(['book', 'report']);

/** The work with its title, and its container's when that is a title rather than a publisher, in title case. */
function titleCased(work: Work): Work {
  const container =
    work.container && !SELF_CONTAINED.has(work.type) ? headlineCase(work.container, 'mla') : work.container;
  return { ...work, title: headlineCase(work.title, 'mla'), container };
}

/** The MLA 9 entry for `work`. */
export function mla(original: Work): Run[] {
  const work = titleCased(original);
  const orgIsContainer = work.author.kind === 'organisation' && work.author.name === original.container;
  const name = orgIsContainer ? undefined : invertedName(work.author);
  const author = name ? `${close(name, '.')} ` : '';
  const title: Run[] = SELF_CONTAINED.has(work.type)
    ? [{ italic: work.title }, /[.?!]$/.test(work.title) ? '' : '.']
    : [`“${close(work.title, '.')}”`];
  const container: Run[] = !work.container
    ? []
    : SELF_CONTAINED.has(work.type)
      ? [work.container]
      : [{ italic: work.container }];
  const rest: Run[][] = [container];
  const date = styleDate(work.date, 'mla');
  if (date) rest.push([date]);
  if (work.url) rest.push([work.url.replace(/^https?:\/\//, '')]);
  const elements = rest.filter((r) => r.length > 0);
  const tail: Run[] =
    elements.length === 0 ? [] : [' ', ...elements.flatMap((r, i) => (i === 0 ? r : [', ', ...r])), '.'];
  return joinRuns(author, title, tail);
}
