/**
 * APA 7 reference-list entries (Publication Manual, 7th ed., ch. 9–10):
 * - periodical articles and blog posts: Author. (Date). Title. *Periodical*. URL
 * - web pages, books, reports, transcripts, videos: Author. (Date). *Title* [Description]. Site or publisher. URL
 * The site or publisher is left out when it is the author (§9.25, §10.16). With no author, the title
 * moves to the author position before the date (§9.12). No date gives "(n.d.)"; an approximate one
 * "(ca. 2017)". Titles are kept as published rather than put in sentence case (§9.19 asks for sentence
 * case): lowering a word correctly needs to know whether it is a proper noun, and a guess would misquote
 * the title. No retrieval date is given: the content records no capture date, and "today" would make
 * builds differ from day to day.
 */
import { close, initials, joinRuns, splitName, styleDate, type Run } from './parts.ts';
import type { Work } from './work.ts';

const ITALIC_TITLE = new Set(['webpage', 'book', 'report', 'transcript', 'video']);
const DESCRIPTION: Partial<Record<Work['type'], string>> = { transcript: '[Transcript]', video: '[Video]' };

function apaAuthor(work: Work): string | undefined {
  const { author } = work;
  if (author.kind === 'unknown') return undefined;
  if (author.kind === 'organisation') return close(author.name, '.');
  const { family, given } = splitName(author.name);
  return given ? `${family}, ${initials(given)}` : close(family, '.');
}

/** The title element, closed with a period (or its own "?"), italic where APA sets it so. */
function apaTitle(work: Work): Run[] {
  const description = DESCRIPTION[work.type];
  if (!ITALIC_TITLE.has(work.type)) return [close(work.title, '.')];
  if (description) return [{ italic: work.title }, ` ${description}.`];
  return /[.?!]$/.test(work.title) ? [{ italic: work.title }] : [{ italic: work.title }, '.'];
}

/** The APA 7 reference for `work`. */
export function apa(work: Work): Run[] {
  const author = apaAuthor(work);
  const date = `(${styleDate(work.date, 'apa') ?? 'n.d.'}).`;
  const title = apaTitle(work);
  // A site or publisher that is the author is not repeated; a periodical always is.
  const sameAsAuthor =
    ITALIC_TITLE.has(work.type) && work.author.kind !== 'unknown' && work.container === work.author.name;
  const source: Run[] =
    !work.container || sameAsAuthor
      ? []
      : ITALIC_TITLE.has(work.type)
        ? [` ${close(work.container, '.')}`]
        : [' ', { italic: work.container }, '.'];
  const url = work.url ? ` ${work.url}` : '';
  const head = author ? joinRuns(author, ' ', date, ' ', title) : joinRuns(title, ' ', date);
  return joinRuns(head, source, url);
}
