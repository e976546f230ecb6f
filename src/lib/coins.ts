/**
 * COinS (ContextObjects in Spans, ocoins.info): a work's metadata as an OpenURL 1.0 ContextObject
 * (ANSI/NISO Z39.88-2004) in Key/Encoded-Value form, written into the `title` of an empty
 * `<span class="Z3988">`, where Zotero's COinS translator and link resolvers read it. The metadata
 * formats follow Zotero's own writer (zotero/utilities `openurl.js`):
 * - a periodical article is `info:ofi/fmt:kev:mtx:journal`, genre `article`, with `rft.atitle` and `rft.jtitle`;
 * - a book or a report is `info:ofi/fmt:kev:mtx:book`, genre `book` or `report`, with `rft.btitle` and `rft.pub`;
 * - anything else is Dublin Core, `info:ofi/fmt:kev:mtx:dc`, with `rft.title`, `rft.source` for the blog,
 *   website or programme (none for a transcript, whose container is an event), and `rft.type` the Zotero item
 *   type (`blogPost`, `webpage`, `videoRecording`, `presentation`), which Zotero reads back;
 * - a person is `rft.aulast` and `rft.aufirst`, an organisation `rft.aucorp`, an unknown author nothing;
 * - `rft.date` is ISO 8601 at the precision the content knows (an approximate date is its year);
 * - the verified URL, when there is one, is `rft_id` (`rft.identifier` in Dublin Core).
 * Values are percent-encoded with encodeURIComponent, so a space is `%20` and never `+`.
 */
import type { Work } from './citations/work.ts';
import { splitName } from './citations/parts.ts';
import { isoDate } from './structured-data.ts';

const DC_TYPES: Partial<Record<Work['type'], string>> = {
  'blog-post': 'blogPost',
  webpage: 'webpage',
  video: 'videoRecording',
  transcript: 'presentation',
};

/** The OpenURL KEV ContextObject of `work`, keys in a fixed order. */
export function coinsKev(work: Work): string {
  const pairs: Array<[string, string]> = [['ctx_ver', 'Z39.88-2004']];
  const dcType = DC_TYPES[work.type];
  if (work.type === 'magazine-article') {
    pairs.push(['rft_val_fmt', 'info:ofi/fmt:kev:mtx:journal'], ['rft.genre', 'article'], ['rft.atitle', work.title]);
    if (work.container) pairs.push(['rft.jtitle', work.container]);
  } else if (work.type === 'book' || work.type === 'report') {
    pairs.push(['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book'], ['rft.genre', work.type], ['rft.btitle', work.title]);
    if (work.container) pairs.push(['rft.pub', work.container]);
  } else if (dcType) {
    pairs.push(['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'], ['rft.type', dcType], ['rft.title', work.title]);
    if (work.container && work.type !== 'transcript') pairs.push(['rft.source', work.container]);
  }
  const { author } = work;
  if (author.kind === 'person') {
    const { family, given } = splitName(author.name);
    pairs.push(['rft.aulast', family]);
    if (given) pairs.push(['rft.aufirst', given]);
  } else if (author.kind === 'organisation') {
    pairs.push(['rft.aucorp', author.name]);
  }
  if (work.date) pairs.push(['rft.date', isoDate(work.date)]);
  if (work.url) pairs.push([dcType ? 'rft.identifier' : 'rft_id', work.url]);
  return pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&');
}
