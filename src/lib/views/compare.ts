import { comparisons, type ComparePages } from '../compare/index.ts';
import { argumentPositions, perCorpus } from '../corpus/per-corpus.ts';
import type { ArgumentEntry, Corpus, DocumentEntry, TopicEntry } from '../corpus/types.ts';
import { pageTitle, type Page } from '../pagination.ts';
import type { RowSegment } from '../compare/rows.ts';
import type { TopicRef } from './quotation.ts';

/**
 * An argument as a compare view lists it: once per view (see src/lib/compare/rows.ts), with links
 * to what it rebuts. Those links are cross-references, not listings: each names the page of this
 * view that lists the argument, or none when the view does not hold it.
 */
export interface CompareCard {
  argument: ArgumentEntry;
  /** Whether it keys its row (rebuts nothing in the view). */
  key: boolean;
  rebuts: Array<{ argument: ArgumentEntry; page: number | undefined }>;
}

/** One column of a compare view: a stance, or in a pair view a document. */
export interface CompareColumn {
  id: string;
  label: string;
}

/** One row: a cell per column, each with the cards of that column. */
export interface CompareRowView {
  id: string;
  /** The argument keying the row, and the page listing it when this is a row's later part. */
  key: ArgumentEntry;
  continuedFrom: number | undefined;
  cells: Array<{ column: CompareColumn; cards: CompareCard[] }>;
}

/** One page of the debate's or a topic's compare view. */
export interface ComparePageView {
  title: string;
  description: string;
  /** The topic, for a topic's view. */
  topic: TopicEntry | undefined;
  columns: CompareColumn[];
  rows: CompareRowView[];
  /** The page, counted in arguments (`first`–`last` of `total`). */
  page: Page<unknown>;
}

function cardsOf(
  corpus: Corpus,
  items: readonly ArgumentEntry[],
  keyId: string | undefined,
  pageOf: (id: string) => number | undefined,
): CompareCard[] {
  return items.map((argument) => ({
    argument,
    key: argument.id === keyId,
    rebuts: argument.data.rebuts.map((id) => ({ argument: corpus.argument(id), page: pageOf(id) })),
  }));
}

/** The stances that have arguments among `items`, in the site's order, as columns. */
function stanceColumns(corpus: Corpus, items: readonly ArgumentEntry[]): CompareColumn[] {
  const present = new Set(items.map((a) => a.data.stance));
  return corpus.site.stances.filter((s) => present.has(s.id)).map((s) => ({ id: s.id, label: s.label }));
}

function rowView(
  corpus: Corpus,
  segment: RowSegment<ArgumentEntry>,
  keyed: boolean,
  columns: CompareColumn[],
  columnOf: (a: ArgumentEntry) => string,
  pageOf: (id: string) => number | undefined,
): CompareRowView {
  const cards = cardsOf(corpus, segment.items, keyed ? segment.key.id : undefined, pageOf);
  return {
    id: segment.key.id,
    key: segment.key,
    continuedFrom: segment.continued ? pageOf(segment.key.id) : undefined,
    cells: columns.map((column) => ({ column, cards: cards.filter((c) => columnOf(c.argument) === column.id) })),
  };
}

/**
 * Page `number` of the compare view of the whole debate (no `topicId`) or of one topic: its rows,
 * a column per stance that the view's arguments take.
 */
export function comparePageView(corpus: Corpus, number: number, topicId?: string): ComparePageView {
  const all = comparisons(corpus);
  const topic = topicId === undefined ? undefined : corpus.topics.find((t) => t.id === topicId);
  if (topicId !== undefined && !topic) throw new Error(`No topic with arguments has the id "${topicId}"`);
  const view: ComparePages | undefined = topic ? all.topics.get(topic.id) : all.debate;
  const segments = view?.pages[number - 1];
  if (!view || !segments) throw new Error(`No page ${number} of this compare view`);
  const items = topic ? topic.arguments : corpus.arguments;
  const columns = stanceColumns(corpus, items);
  const pageOf = (id: string) => view.pageOf.get(id);
  const before = view.pages.slice(0, number - 1).reduce((n, p) => n + p.reduce((m, s) => m + s.items.length, 0), 0);
  const here = segments.reduce((n, s) => n + s.items.length, 0);
  const page: Page<unknown> = {
    items: segments,
    number,
    count: view.pages.length,
    first: here > 0 ? before + 1 : 0,
    last: before + here,
    total: view.total,
  };
  const name = topic ? `${topic.label}: the arguments side by side` : 'The arguments side by side';
  return {
    title: pageTitle(name, page),
    description: topic
      ? `The arguments filed under “${topic.label}” in the debate on ${corpus.site.subject}, by stance, each beside the arguments that rebut it.`
      : `Every argument in the debate on ${corpus.site.subject}, by stance, each beside the arguments that rebut it.`,
    topic,
    columns,
    rows: segments.map((s) => rowView(corpus, s, true, columns, (a) => a.data.stance, pageOf)),
    page,
  };
}

/** A pair of documents side by side: the topics both are on, each document's arguments on them. */
export interface PairView {
  title: string;
  description: string;
  first: DocumentEntry;
  second: DocumentEntry;
  /** Rebuttals between an argument of one and an argument of the other. */
  rebuttals: number;
  /** The first document's column, arguments made in both, the second's (columns left out when empty). */
  columns: CompareColumn[];
  /** One row per shared topic with arguments left to place, in the site's order. */
  topics: Array<{ topic: TopicRef; row: CompareRowView }>;
  /** Arguments of each document on topics the other is not on (not shown). */
  elsewhere: { first: number; second: number };
}

/** Each topic's documents, as a set, by topic id. */
const topicDocuments = perCorpus(
  (corpus) => new Map(corpus.topics.map((t) => [t.id, new Set(t.documents.map((d) => d.id))])),
);

/**
 * The pair page of two documents. Each argument of either document is listed once: in the row of
 * the first shared topic (in the site's order) it is filed under, in its document's column, or in
 * the middle column when it quotes both. Arguments on no shared topic are counted, not listed.
 */
export function pairView(corpus: Corpus, firstId: string, secondId: string): PairView {
  const pair = comparisons(corpus).pair(firstId, secondId);
  if (!pair || pair.first !== firstId)
    throw new Error(`No compare page for the documents "${firstId}" and "${secondId}"`);
  const first = corpus.document(firstId);
  const second = corpus.document(secondId);
  const ofFirst = new Set(corpus.argumentsOfDocument(firstId).map((a) => a.id));
  const ofSecond = new Set(corpus.argumentsOfDocument(secondId).map((a) => a.id));
  const columnOf = (a: ArgumentEntry) =>
    ofFirst.has(a.id) && ofSecond.has(a.id) ? 'both' : ofFirst.has(a.id) ? 'first' : 'second';
  const documentsOn = topicDocuments(corpus);
  const shared = corpus.topics.filter(
    (t) => documentsOn.get(t.id)?.has(firstId) && documentsOn.get(t.id)?.has(secondId),
  );
  // The two documents' arguments in the site's order, which is the order of each topic's arguments.
  const rank = argumentPositions(corpus);
  const either = [...new Set([...corpus.argumentsOfDocument(firstId), ...corpus.argumentsOfDocument(secondId)])].sort(
    (a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0),
  );
  const placed = new Set<string>();
  const rows = shared.flatMap((topic) => {
    const items = either.filter((a) => !placed.has(a.id) && a.data.topics.includes(topic.id));
    for (const a of items) placed.add(a.id);
    return items.length > 0 ? [{ topic, items }] : [];
  });
  const candidates: CompareColumn[] = [
    { id: 'first', label: first.data.title },
    { id: 'both', label: 'Made in both' },
    { id: 'second', label: second.data.title },
  ];
  const used = new Set(rows.flatMap((r) => r.items.map(columnOf)));
  const columns = candidates.filter((c) => c.id !== 'both' || used.has('both'));
  const pageOf = (id: string) => (placed.has(id) ? 1 : undefined);
  const title = `${first.data.title} and ${second.data.title}, side by side`;
  return {
    title,
    description: `The topics both “${first.data.title}” and “${second.data.title}” address in the debate on ${corpus.site.subject}, and each one’s arguments on them.`,
    first,
    second,
    rebuttals: pair.rebuttals,
    columns,
    topics: rows.map(({ topic, items }) => ({
      topic: { id: topic.id, label: topic.label },
      row: {
        ...rowView(
          corpus,
          { key: items[0] as ArgumentEntry, items, continued: false },
          false,
          columns,
          columnOf,
          pageOf,
        ),
        id: topic.id,
      },
    })),
    elsewhere: {
      first: [...ofFirst].filter((id) => !placed.has(id)).length,
      second: [...ofSecond].filter((id) => !placed.has(id)).length,
    },
  };
}

/** The pairs a document page links to: the other document of each, and the pair's path parameters. */
export function pairLinks(
  corpus: Corpus,
  documentId: string,
): Array<{ other: DocumentEntry; first: string; second: string }> {
  return comparisons(corpus)
    .pairsOf(documentId)
    .map((p) => ({
      other: corpus.document(p.first === documentId ? p.second : p.first),
      first: p.first,
      second: p.second,
    }));
}
