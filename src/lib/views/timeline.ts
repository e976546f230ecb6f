import type { Dated } from '../../schemas/common.ts';
import { authorName } from '../authors.ts';
import type { ArgumentEntry, Corpus, SourceEntry } from '../corpus/types.ts';
import { capList } from '../lists.ts';
import { pageTitle, type Page } from '../pagination.ts';
import { BEARS_ON_LIMIT, groupByYear, type TimelineItem, type TimelineKind } from '../timeline.ts';
import { resolveQuotation, type ResolvedQuotation } from './quotation.ts';

/** One entry of the timeline, resolved. */
export interface TimelineEntryView {
  kind: TimelineKind;
  /** The element id, so the entry can be linked to. */
  id: string;
  title: string;
  date: Dated;
  /** The entry's own page (documents and sources); events have none. */
  page?: { kind: 'document' | 'source'; id: string } | undefined;
  /** One line under the title: an event's summary, or a publication's author and outlet. */
  note: string;
  /** The documents' words that mention an event. */
  evidence: ResolvedQuotation[];
  /** Works that record an event. */
  records: SourceEntry[];
  bearsOn: ArgumentEntry[];
  /** Arguments left off `bearsOn` (listed in full on the entry's page). */
  more: number;
}

/** One page of the timeline, resolved. */
export interface TimelinePageView {
  page: Page<TimelineItem>;
  title: string;
  years: Array<{ year: string; entries: TimelineEntryView[] }>;
  /** Works with no known date, listed at the end of the last page. */
  undated: SourceEntry[];
  /** Which years the page covers, e.g. "From 2014 to 2017."; undefined for an empty page. */
  covering: string | undefined;
}

function entryView(corpus: Corpus, item: TimelineItem): TimelineEntryView {
  const base = { kind: item.kind, id: `${item.kind}-${item.id}`, title: item.title, date: item.date };
  if (item.kind === 'event') {
    const { data } = corpus.event(item.id);
    return {
      ...base,
      note: data.summary,
      evidence: data.evidence.map((q) => resolveQuotation(corpus, q)),
      records: data.sources.map((r) => corpus.source(r)),
      bearsOn: data.arguments.map((r) => corpus.argument(r)),
      more: 0,
    };
  }
  const isDocument = item.kind === 'document';
  const work = isDocument ? corpus.document(item.id).data : corpus.source(item.id).data;
  const { shown, more } = capList(
    isDocument ? corpus.argumentsOfDocument(item.id) : corpus.argumentsCiting(item.id),
    BEARS_ON_LIMIT,
  );
  return {
    ...base,
    page: { kind: item.kind, id: item.id },
    note: [authorName(work.author), work.outlet].filter(Boolean).join(', '),
    evidence: [],
    records: [],
    bearsOn: shown,
    more,
  };
}

/** A page of the timeline: its entries by year; the last page also lists the undated works. */
export function timelinePageView(corpus: Corpus, page: Page<TimelineItem>): TimelinePageView {
  const years = groupByYear(page.items).map((g) => ({
    year: g.year,
    entries: g.items.map((item) => entryView(corpus, item)),
  }));
  const [first, last] = [years[0]?.year, years.at(-1)?.year];
  return {
    page,
    title: pageTitle('Timeline', page),
    years,
    undated: page.number === page.count ? corpus.timeline.undated.map((id) => corpus.source(id)) : [],
    covering: first === undefined ? undefined : first === last ? `All from ${first}.` : `From ${first} to ${last}.`,
  };
}
