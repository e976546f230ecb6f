/**
 * Items of the RSS feed: documents and arguments, newest first. A document's date is its
 * publication date; an argument's is the publication date of the earliest document that makes it.
 * `pubDate` is given only for dates known to the day (RSS needs a full date, and the start of a month
 * or year would be invented); every item says its date in words in its description. Ties and undated
 * items are ordered by title, so the same content always gives the same feed.
 */
import type { Dated } from '../schemas/common.ts';
import { dateSortKey, formatDated } from './dates.ts';

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

/** Feed items for `entries`, ordered newest first, then by title. */
export function feedItems(entries: readonly FeedEntry[]): FeedItem[] {
  return [...entries]
    .sort((a, b) => dateSortKey(b.date).localeCompare(dateSortKey(a.date)) || a.title.localeCompare(b.title, 'en'))
    .map((e) => ({
      title: e.title,
      link: e.link,
      description: `${e.kind} (${formatDated(e.date)}): ${e.summary}`,
      ...(e.date?.precision === 'exact' ? { pubDate: new Date(`${e.date.value}T00:00:00Z`) } : {}),
      categories: [e.kind],
    }));
}
