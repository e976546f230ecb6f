/**
 * Highwire Press `citation_*` meta tags for a work, the tags Zotero's "Embedded Metadata" translator
 * (and through it Wikipedia's citation tool) and Google Scholar read. They describe the work itself (for
 * a document page, the original, not this site's copy):
 * - `citation_title`; `citation_author`, "Family, Given" for a person, the name for an organisation
 *   (Highwire has no corporate-author tag), none when unknown;
 * - `citation_publication_date` and `citation_date` (Zotero reads either), `YYYY/MM/DD`, `YYYY/MM` or
 *   `YYYY` at the precision the content knows; an approximate date is its year, as in the JSON-LD;
 * - where it appeared: `citation_journal_title` for a periodical article, `citation_technical_report_institution`
 *   for a report, `citation_publisher` for a book, blog, website or video; nothing for a transcript, whose
 *   container is an event, which no Highwire tag names;
 * - `citation_public_url` and `citation_abstract_html_url`: the work's verified URL, only when it has one.
 */
import type { Work } from './citations/work.ts';
import { invertedName } from './citations/parts.ts';
import { isoDate } from './structured-data.ts';

/** One `<meta name content>` tag. */
export interface MetaTag {
  name: string;
  content: string;
}

const CONTAINER_TAG: Record<Work['type'], string | undefined> = {
  'magazine-article': 'citation_journal_title',
  report: 'citation_technical_report_institution',
  book: 'citation_publisher',
  'blog-post': 'citation_publisher',
  webpage: 'citation_publisher',
  video: 'citation_publisher',
  transcript: undefined,
};

/** The Highwire tags of `work`, in a fixed order. */
export function highwireTags(work: Work): MetaTag[] {
  const tags: MetaTag[] = [{ name: 'citation_title', content: work.title }];
  const author = invertedName(work.author);
  if (author) tags.push({ name: 'citation_author', content: author });
  if (work.date) {
    const date = isoDate(work.date).replaceAll('-', '/');
    tags.push({ name: 'citation_publication_date', content: date }, { name: 'citation_date', content: date });
  }
  const containerTag = CONTAINER_TAG[work.type];
  if (containerTag && work.container) tags.push({ name: containerTag, content: work.container });
  if (work.url) {
    tags.push(
      { name: 'citation_public_url', content: work.url },
      { name: 'citation_abstract_html_url', content: work.url },
    );
  }
  return tags;
}
