import { readFile } from 'node:fs/promises';
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentRoot } from '../lib/content-root';
import { dateSortKey } from '../lib/dates';
import { buildBacklinks, paragraphKey, placeQuotations, type Backlinks } from '../lib/graph';
import { checkCorpus, formatProblems, type CorpusInput } from '../lib/integrity';
import { argumentInput, documentInput, eventInput } from '../lib/integrity-input';
import { parseBlocks, type Block } from '../lib/paragraphs';
import { ARGUMENTS_PER_PAGE, DOCUMENTS_PER_PAGE, pageOfPosition, paginate, SOURCES_PER_PAGE, TIMELINE_PER_PAGE, type Page } from '../lib/pagination';
import { anchorsHolding } from '../lib/passages';
import { countByStance } from '../lib/stances';
import { buildTimeline, type Timeline, type TimelineItem } from '../lib/timeline';
import { buildTopicIndex } from '../lib/topics';
import { site } from './site';

export type DocumentEntry = CollectionEntry<'documents'> & { blocks: Block[] };
export type SourceEntry = CollectionEntry<'sources'>;
export type ArgumentEntry = CollectionEntry<'arguments'>;
export type EventEntry = CollectionEntry<'events'>;

/** A topic with the arguments filed under it and the documents they quote (site order). */
export interface TopicEntry {
  id: string;
  label: string;
  arguments: ArgumentEntry[];
  /** `arguments` in pages of `ARGUMENTS_PER_PAGE`, for the topic's page. */
  pages: Page<ArgumentEntry>[];
  /** How many of `arguments` take each stance. */
  stanceCounts: ReadonlyMap<string, number>;
  documents: DocumentEntry[];
}

/** The whole corpus, checked, sorted and cross-indexed. Routes take what they need from here. */
export interface Corpus {
  /** Newest first; ties by title. */
  documents: DocumentEntry[];
  /** By title. */
  sources: SourceEntry[];
  /** By stance (for, against, qualified), then title. */
  arguments: ArgumentEntry[];
  /** `arguments` in pages of `ARGUMENTS_PER_PAGE`, for `/arguments/`. */
  argumentPages: Page<ArgumentEntry>[];
  /** `sources` in pages of `SOURCES_PER_PAGE`, for `/sources/`. */
  sourcePages: Page<SourceEntry>[];
  /** `documents` in pages of `DOCUMENTS_PER_PAGE`, for `/documents/`. */
  documentPages: Page<DocumentEntry>[];
  /** `timeline.items` in pages of `TIMELINE_PER_PAGE`, for `/timeline/`. */
  timelinePages: Page<TimelineItem>[];
  /** How many arguments take each stance, over the whole corpus. */
  stanceCounts: ReadonlyMap<string, number>;
  /** The page of `argumentPages` on which each stance's group starts. */
  stanceFirstPage: ReadonlyMap<string, number>;
  /** Timeline events, in timeline order. */
  events: EventEntry[];
  /** Topics that have arguments, in the order of `content/site.yaml`. */
  topics: TopicEntry[];
  /** Events and dated publications in date order, as ids (see `src/lib/timeline.ts`). */
  timeline: Timeline;
  document(id: string): DocumentEntry;
  source(id: string): SourceEntry;
  argument(id: string): ArgumentEntry;
  event(id: string): EventEntry;
  /** The documents an argument's quotations come from, each once, earliest published first. */
  appearances(argumentId: string): DocumentEntry[];
  /**
   * The anchor of the paragraph a quotation (or a document's citation) comes from: the one it gives,
   * else the one paragraph holding its words (the integrity check has made sure there is exactly one).
   */
  anchorOf(q: { document?: { id: string }; anchor?: string | undefined; text: string }, documentId?: string): string;
  /** Arguments quoting a paragraph of a document. */
  quotedBy(documentId: string, anchor: string): ArgumentEntry[];
  argumentsOfDocument(documentId: string): ArgumentEntry[];
  rebuttedBy(argumentId: string): ArgumentEntry[];
  relatedTo(argumentId: string): ArgumentEntry[];
  argumentsCiting(sourceId: string): ArgumentEntry[];
  documentsCiting(sourceId: string): DocumentEntry[];
}

const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) => a.data.title.localeCompare(b.data.title, 'en');
const stanceOrder = (s: string) => site.stances.findIndex((x) => x.id === s);

async function readCapture(name: string): Promise<string | undefined> {
  try {
    return await readFile(`${contentRoot()}/originals/${name}`, 'utf8');
  } catch {
    return undefined;
  }
}

function lookup<T extends { id: string }>(kind: string, entries: readonly T[]): (id: string) => T {
  const map = new Map(entries.map((e) => [e.id, e]));
  return (id) => {
    const entry = map.get(id);
    if (!entry) throw new Error(`No ${kind} with the id "${id}"`);
    return entry;
  };
}

async function load(): Promise<Corpus> {
  const [rawDocuments, sources, args, events] = await Promise.all([
    getCollection('documents'),
    getCollection('sources'),
    getCollection('arguments'),
    getCollection('events'),
  ]);
  const documents: DocumentEntry[] = rawDocuments.map((d) => ({ ...d, blocks: parseBlocks(d.body ?? '') }));
  const file = (e: { id: string; filePath?: string | undefined }) => e.filePath ?? e.id;

  const input: CorpusInput = {
    documents: await Promise.all(
      documents.map(async (d) => documentInput({ ...d, file: file(d) }, await readCapture(d.data.capture))),
    ),
    sources: sources.map((s) => ({ id: s.id, file: file(s) })),
    topics: site.topics.map((t) => ({ id: t.id, file: 'site.yaml' })),
    arguments: args.map((a) => argumentInput({ ...a, file: file(a) })),
    events: events.map((e) => eventInput({ ...e, file: file(e) })),
  };
  const problems = checkCorpus(input);
  if (problems.length > 0) throw new Error(formatProblems(problems));

  documents.sort((a, b) => dateSortKey(b.data.published).localeCompare(dateSortKey(a.data.published)) || byTitle(a, b));
  sources.sort(byTitle);
  args.sort((a, b) => stanceOrder(a.data.stance) - stanceOrder(b.data.stance) || byTitle(a, b));

  const document = lookup('document', documents);
  const source = lookup('source', sources);
  const argument = lookup('argument', args);
  const blocksOf = new Map(documents.map((d) => [d.id, d.blocks]));
  const anchorOf: Corpus['anchorOf'] = (q, documentId) =>
    q.anchor ?? anchorsHolding(blocksOf.get(documentId ?? q.document?.id ?? '') ?? [], q.text)[0] ?? '';
  const links: Backlinks = buildBacklinks(placeQuotations(input));
  // Backlink lists follow the site-wide argument order, whatever order the files were read in.
  const rank = new Map(args.map((a, i) => [a.id, i]));
  const argsFor = (ids: string[] | undefined) =>
    (ids ?? []).map(argument).sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  const topics = buildTopicIndex(
    site.topics,
    args.map((a) => ({
      id: a.id,
      topics: a.data.topics.map((t) => t.id),
      documents: [...a.data.quotations, ...a.data.questions].map((q) => q.document.id),
    })),
    documents.map((d) => d.id),
  ).map((t) => {
    const topicArgs = t.arguments.map(argument);
    return {
      ...t,
      arguments: topicArgs,
      pages: paginate(topicArgs, ARGUMENTS_PER_PAGE),
      stanceCounts: countByStance(topicArgs),
      documents: t.documents.map(document),
    };
  });
  const timeline = buildTimeline({
    events: events.map((e) => ({ id: e.id, title: e.data.title, date: e.data.date, sources: e.data.sources.map((r) => r.id) })),
    documents: documents.map((d) => ({ id: d.id, title: d.data.title, date: d.data.published })),
    sources: sources.map((s) => ({ id: s.id, title: s.data.title, date: s.data.date })),
  });
  const event = lookup('event', events);
  const eventOrder = timeline.items.filter((i) => i.kind === 'event').map((i) => event(i.id));

  return {
    documents,
    sources,
    arguments: args,
    argumentPages: paginate(args, ARGUMENTS_PER_PAGE),
    sourcePages: paginate(sources, SOURCES_PER_PAGE),
    documentPages: paginate(documents, DOCUMENTS_PER_PAGE),
    timelinePages: paginate(timeline.items, TIMELINE_PER_PAGE),
    stanceCounts: countByStance(args),
    stanceFirstPage: new Map(site.stances.map((s) => [s.id, pageOfPosition(args.findIndex((a) => a.data.stance === s.id), ARGUMENTS_PER_PAGE)])),
    events: eventOrder,
    topics,
    timeline,
    document,
    source,
    argument,
    event,
    anchorOf,
    appearances: (id) =>
      [...new Set(argument(id).data.quotations.map((q) => document(q.document.id)))].sort((a, b) =>
        dateSortKey(a.data.published).localeCompare(dateSortKey(b.data.published)),
      ),
    quotedBy: (documentId, anchor) => argsFor(links.quotedBy.get(paragraphKey(documentId, anchor))),
    argumentsOfDocument: (id) => argsFor(links.argumentsOfDocument.get(id)),
    rebuttedBy: (id) => argsFor(links.rebuttedBy.get(id)),
    relatedTo: (id) => argsFor(links.relatedTo.get(id)),
    argumentsCiting: (id) => argsFor(links.argumentsCiting.get(id)),
    documentsCiting: (id) => (links.documentsCiting.get(id) ?? []).map(document),
  };
}

let cached: Promise<Corpus> | undefined;

/** The checked corpus, loaded once per build. Throws, naming file and field, when the content is unsound. */
export function getCorpus(): Promise<Corpus> {
  cached ??= load();
  return cached;
}
