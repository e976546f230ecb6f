/**
 * MLA 9 works-cited entries (MLA Handbook, 9th ed., the core elements):
 * Author. “Title of Source.” *Container*, Date, Location.
 * Books and reports are self-contained: Author. *Title*. Publisher, Date, Location.
 * With no author the entry starts with the title; an organisation that is also the container or
 * publisher is not repeated as author. Unknown dates are left
 * out (MLA uses no "n.d."); approximate dates are given as "c. 2017" (MLA's abbreviation of circa).
 * URLs are given without http:// or https://, as the Handbook recommends. No access date is given:
 * the content records no capture date, and "today" would make builds differ from day to day.
 */
import { close, invertedName, joinRuns, styleDate, type Run } from './parts.ts';
import type { Work } from './work.ts';

const SELF_CONTAINED = new Set(['book', 'report']);

/** The MLA 9 entry for `work`. */
export function mla(work: Work): Run[] {
  const orgIsContainer = work.author.kind === 'organisation' && work.author.name === work.container;
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
