/**
 * CSL-JSON items (Citation Style Language 1.0.2 data schema), for reference managers such as Zotero.
 * Types: periodical articles `article-magazine`, blog posts `post-weblog`, web pages `webpage`, books
 * `book`, reports `report`, transcripts `speech` (the container is the event), videos `motion_picture`.
 * `issued` keeps the date parts the content records, except that an approximate date is its year,
 * flagged `circa: true` so a processor can print "ca." itself: the month or day of an inferred date is
 * part of the guess, and every other output (the printed citations, BibTeX's `2017~`, the JSON-LD)
 * gives such a date as its year, so a reference manager gets the same date the pages print. Persons are `{ family, given }`, organisations `{ literal }`, an
 * unknown author gives no `author`.
 */
import { dateNumbers, splitName } from './parts.ts';
import type { Work } from './work.ts';

/** One CSL-JSON item. */
export interface CslItem {
  id: string;
  type: string;
  title: string;
  author?: Array<{ family: string; given?: string } | { literal: string }>;
  'container-title'?: string;
  'event-title'?: string;
  publisher?: string;
  issued?: { 'date-parts': number[][]; circa?: true };
  URL?: string;
}

const TYPES: Record<Work['type'], string> = {
  'magazine-article': 'article-magazine',
  'blog-post': 'post-weblog',
  webpage: 'webpage',
  book: 'book',
  report: 'report',
  transcript: 'speech',
  video: 'motion_picture',
};

/** The CSL-JSON item for `work`. */
export function cslItem(work: Work): CslItem {
  const item: CslItem = { id: work.key, type: TYPES[work.type], title: work.title };
  const { author } = work;
  if (author.kind === 'person') {
    const { family, given } = splitName(author.name);
    item.author = [given ? { family, given } : { family }];
  } else if (author.kind === 'organisation') {
    item.author = [{ literal: author.name }];
  }
  if (work.container) {
    const field =
      work.type === 'book' || work.type === 'report'
        ? 'publisher'
        : work.type === 'transcript'
          ? 'event-title'
          : 'container-title';
    item[field] = work.container;
  }
  if (work.date) {
    const parts = dateNumbers(work.date);
    item.issued =
      work.date.precision === 'approximate'
        ? { 'date-parts': [parts.slice(0, 1)], circa: true }
        : { 'date-parts': [parts] };
  }
  if (work.url) item.URL = work.url;
  return item;
}
