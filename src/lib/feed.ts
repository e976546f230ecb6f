/**
 * Items of the RSS feed: documents and arguments, newest first. A document's date is its
 * publication date; an argument's is the publication date of the earliest document that makes it.
 * RSS needs a full date, so a date known only to the month or year, or only approximately, gives as
 * `pubDate` the first day of its period (`2017-06` → 1 June 2017; `/about/` says so); every item says its
 * date as known, in words, in its description. An undated item has no `pubDate`: a day is never invented
 * for it. Ties and undated items are ordered by title, so the same content always gives the same feed.
 */
import type { Dated } from '../schemas/common.ts';
import { dateParts, dateSortKey, formatDated } from './dates.ts';

export interface FeedEntry {
  title: string;
  /** Absolute URL of the page. */
  link: string;
  /** "Document" or "Argument". */
  kind: string;
  summary: string;
  date: Dated | null;
}

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate?: Date;
  categories: string[];
}

/** The first day of the period a date names, at midnight UTC: `2017` → 1 January 2017. */
export function firstDay(date: Dated): Date {
  const { year, month = 1, day = 1 } = dateParts(date.value);
  return new Date(Date.UTC(Number(year), month - 1, day));
}

/** Feed items for `entries`, ordered newest first, then by title. */
export function feedItems(entries: readonly FeedEntry[]): FeedItem[] {
  return [...entries]
    .sort((a, b) => dateSortKey(b.date).localeCompare(dateSortKey(a.date)) || a.title.localeCompare(b.title, 'en'))
    .map((e) => ({
      title: e.title,
      link: e.link,
      description: `${e.kind} (${formatDated(e.date)}): ${e.summary}`,
      ...(e.date ? { pubDate: firstDay(e.date) } : {}),
      categories: [e.kind],
    }));
}
