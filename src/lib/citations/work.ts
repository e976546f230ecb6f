import type { Author, Dated } from '../../schemas/common.ts';
import type { DocumentData } from '../../schemas/document.ts';
import type { SourceData } from '../../schemas/source.ts';

/**
 * The kind of a cited work, as the citation styles distinguish them: a periodical article (print or
 * online), a blog post, a page of a website, a book, a report, a transcript, or a video.
 */
export type WorkType = 'magazine-article' | 'blog-post' | 'webpage' | 'book' | 'report' | 'transcript' | 'video';

/** One citable work, in the terms every style needs; the formatters read nothing else. */
export interface Work {
  /** A stable key (BibTeX key and CSL-JSON id): the same content always gives the same key. */
  key: string;
  type: WorkType;
  /** The title as published; MLA and Chicago put it in title case themselves, APA keeps it (see citations.ts). */
  title: string;
  author: Author;
  /** The periodical, blog or website it appears in, or for books and reports the publisher; null when unknown. */
  container: string | null;
  /** When it appeared; null when unknown. */
  date: Dated | null;
  /** A verified address of the work (or the site's own page); absent when none is verified. */
  url?: string | undefined;
}

const SOURCE_TYPES: Record<SourceData['kind'], WorkType> = {
  article: 'magazine-article',
  'op-ed': 'magazine-article',
  report: 'report',
  transcript: 'transcript',
  video: 'video',
  book: 'book',
};

/** A cited source as a work: its own verified URL only, never a related link or a search. */
export function sourceWork(id: string, data: SourceData): Work {
  return {
    key: `source-${id}`,
    type: SOURCE_TYPES[data.kind],
    title: data.title,
    author: data.author,
    container: data.outlet,
    date: data.date,
    url: data.url,
  };
}

/** A document as the original it is: a blog post when its outlet says it is a blog, otherwise a web page. */
export function documentWork(id: string, data: DocumentData): Work {
  return {
    key: `document-${id}`,
    type: /\bblog\b/i.test(data.outlet) ? 'blog-post' : 'webpage',
    title: data.title,
    author: data.author,
    container: data.outlet,
    date: data.published,
    url: data.url,
  };
}

/**
 * The page of this site that reproduces a document: the text and its date are the document's, so
 * they are its author's and its publication date; the container is this site and the URL the page's.
 */
export function documentPageWork(id: string, data: DocumentData, pageUrl: string, siteName: string): Work {
  return {
    key: `page-document-${id}`,
    type: 'webpage',
    title: data.title,
    author: data.author,
    container: siteName,
    date: data.published,
    url: pageUrl,
  };
}

/**
 * An argument page of this site. The pages carry no byline and the site names no editors, so the
 * author is unknown rather than the site standing in as an invented organisation; the pages carry no
 * date either, so none is given. Each style then starts the citation with the title.
 */
export function argumentPageWork(id: string, title: string, pageUrl: string, siteName: string): Work {
  return {
    key: `page-argument-${id}`,
    type: 'webpage',
    title,
    author: { kind: 'unknown', note: 'The site’s pages carry no byline.' },
    container: siteName,
    date: null,
    url: pageUrl,
  };
}
