import type { Dated } from '../schemas/common.ts';
import { dateSortKey } from './dates.ts';

/** What a timeline entry stands for: a happening (`content/events/`), a document's publication, or a source's. */
export type TimelineKind = 'event' | 'document' | 'source';

export interface TimelineItem {
  kind: TimelineKind;
  /** The id of the event, document or source. */
  id: string;
  title: string;
  date: Dated;
}

export interface TimelineInput {
  events: ReadonlyArray<{ id: string; title: string; date: Dated; sources: readonly string[] }>;
  documents: ReadonlyArray<{ id: string; title: string; date: Dated }>;
  sources: ReadonlyArray<{ id: string; title: string; date: Dated | null }>;
}

export interface Timeline {
  /** Every dated entry, earliest first (see {@link compareTimelineItems}). */
  items: TimelineItem[];
  /** Ids of sources with no known date and no event standing for them, in the order given. */
  undated: string[];
}

const PRECISION_RANK: Record<Dated['precision'], number> = { exact: 0, month: 1, year: 2, approximate: 3 };
const KIND_RANK: Record<TimelineKind, number> = { event: 0, document: 1, source: 2 };

/**
 * Orders entries by the first day each date could be (a month or year sorts at its start, so
 * "2017" comes before "February 2017"); on the same first day the more certain date comes first
 * (exact, month, year, then approximate), then events before documents before sources, then title.
 */
export function compareTimelineItems(a: TimelineItem, b: TimelineItem): number {
  return (
    dateSortKey(a.date).localeCompare(dateSortKey(b.date)) ||
    PRECISION_RANK[a.date.precision] - PRECISION_RANK[b.date.precision] ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    a.title.localeCompare(b.title, 'en') ||
    a.id.localeCompare(b.id, 'en')
  );
}

/**
 * The timeline: every event, every document's publication, and every dated source's publication,
 * in date order. An event that names a source stands for it, so that source gets no entry of its own.
 */
export function buildTimeline(input: TimelineInput): Timeline {
  const covered = new Set(input.events.flatMap((e) => e.sources));
  const sources = input.sources.filter((s) => !covered.has(s.id));
  const items: TimelineItem[] = [
    ...input.events.map((e) => ({ kind: 'event' as const, id: e.id, title: e.title, date: e.date })),
    ...input.documents.map((d) => ({ kind: 'document' as const, id: d.id, title: d.title, date: d.date })),
    ...sources.flatMap((s) => (s.date ? [{ kind: 'source' as const, id: s.id, title: s.title, date: s.date }] : [])),
  ];
  return { items: items.sort(compareTimelineItems), undated: sources.filter((s) => !s.date).map((s) => s.id) };
}

/** Sorted entries split by the year of their date, keeping their order. */
export function groupByYear<T extends { date: Dated }>(items: readonly T[]): Array<{ year: string; items: T[] }> {
  const groups: Array<{ year: string; items: T[] }> = [];
  for (const item of items) {
    const year = item.date.value.slice(0, 4);
    const last = groups.at(-1);
    if (last?.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  return groups;
}

/** Arguments listed under a publication on the timeline; the rest are counted and found on its page. */
export const BEARS_ON_LIMIT = 8;
