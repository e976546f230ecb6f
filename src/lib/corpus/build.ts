import { captureParagraphs } from '../captures.ts';
import { dateSortKey } from '../dates.ts';
import { buildBacklinks, paragraphKey, placeQuotations } from '../graph.ts';
import { corpusInput } from '../integrity-input.ts';
import { checkCorpus, formatProblems, nameIndexInput, type Problem } from '../integrity.ts';
import { buildNameIndex } from '../names/index.ts';
import {
  ARGUMENTS_PER_PAGE,
  DOCUMENTS_PER_PAGE,
  NAME_MENTIONS_PER_PAGE,
  NAMES_PER_PAGE,
  pageOfPosition,
  paginate,
  SOURCES_PER_PAGE,
  TIMELINE_PER_PAGE,
} from '../pagination.ts';
import { parseBlocks } from '../paragraphs.ts';
import { anchorsHolding } from '../passages.ts';
import { countByStance } from '../stances.ts';
import { buildTimeline } from '../timeline.ts';
import { buildTopicIndex } from '../topics.ts';
import type {
  ArgumentEntry,
  Corpus,
  CorpusEntries,
  DocumentEntry,
  NameEntry,
  NameMention,
  NameMentions,
  TopicEntry,
} from './types.ts';

/** Thrown by {@link buildCorpus} when the content is unsound; the message lists every problem. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) =>
  a.data.title.localeCompare(b.data.title, 'en');

/** A lookup by id that throws, naming the kind, when an id names no entry (the integrity check rules that out). */
function lookup<T extends { id: string }>(kind: string, entries: readonly T[]): (id: string) => T {
  const map = new Map(entries.map((e) => [e.id, e]));
  return (id) => {
    const entry = map.get(id);
    if (!entry) throw new Error(`No ${kind} with the id "${id}"`);
    return entry;
  };
}

/**
 * The corpus the pages are built from: checked (throws {@link ContentError} when unsound), sorted with
 * explicit tie-breakers, and with every backlink, topic, timeline and listing page computed once.
 * Pure: the entries come from Astro's collections in the build and from fixtures in the tests.
 */
export function buildCorpus(entries: CorpusEntries): Corpus {
  const { site } = entries;
  const documents: DocumentEntry[] = entries.documents.map((d) => ({
    id: d.id,
    file: d.file,
    data: d.data,
    blocks: parseBlocks(d.body),
  }));
  const bodyLines = new Map(entries.documents.map((d) => [d.id, d.bodyLine]));
  const input = corpusInput({
    topics: site.topics,
    documents: documents.map((d) => ({ ...d, bodyLine: bodyLines.get(d.id) })),
    sources: entries.sources,
    arguments: entries.arguments,
    events: entries.events,
    names: entries.names,
    captures: entries.captures,
  });
  // Built once: the names check reads it, and so do the pages.
  const nameIndex = buildNameIndex(nameIndexInput(input));
  const problems = checkCorpus(input, nameIndex);
  if (problems.length > 0) throw new ContentError(problems);

  const stanceRank = (s: string) => site.stances.findIndex((x) => x.id === s);
  documents.sort((a, b) => dateSortKey(b.data.published).localeCompare(dateSortKey(a.data.published)) || byTitle(a, b));
  const sources = [...entries.sources].sort(byTitle);
  const args = [...entries.arguments].sort(
    (a, b) => stanceRank(a.data.stance) - stanceRank(b.data.stance) || byTitle(a, b),
  );

  const document = lookup('document', documents);
  const source = lookup('source', sources);
  const argument = lookup('argument', args);
  const event = lookup('event', entries.events);
  const links = buildBacklinks(placeQuotations(input));
  // Backlink lists follow the site-wide argument order, whatever order the files were read in.
  const rank = new Map(args.map((a, i) => [a.id, i]));
  const argsFor = (ids: string[] | undefined): ArgumentEntry[] =>
    (ids ?? []).map(argument).sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));

  const topics: TopicEntry[] = buildTopicIndex(
    site.topics,
    args.map((a) => ({
      id: a.id,
      topics: a.data.topics,
      documents: [...a.data.quotations, ...a.data.questions].map((q) => q.document),
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
    events: entries.events.map((e) => ({ id: e.id, title: e.data.title, date: e.data.date, sources: e.data.sources })),
    documents: documents.map((d) => ({ id: d.id, title: d.data.title, date: d.data.published })),
    sources: sources.map((s) => ({ id: s.id, title: s.data.title, date: s.data.date })),
  });
  const names = [...(entries.names ?? [])].sort(
    (a, b) => a.data.name.localeCompare(b.data.name, 'en') || a.id.localeCompare(b.id, 'en'),
  );
  const name = lookup('name', names);
  const nameRank = new Map(names.map((n, i) => [n.id, i]));
  const namesFor = (ids: string[] | undefined): NameEntry[] =>
    (ids ?? []).map(name).sort((a, b) => (nameRank.get(a.id) ?? 0) - (nameRank.get(b.id) ?? 0));
  const documentRank = new Map(documents.map((d, i) => [d.id, i]));
  const sourceRank = new Map(sources.map((s, i) => [s.id, i]));
  const mentions = new Map<string, NameMentions>();
  const mentionsOf = (id: string): NameMentions => {
    const known = mentions.get(id);
    if (known) return known;
    const paragraphs = [...(nameIndex.paragraphs.get(name(id).id) ?? [])]
      // Stable: paragraphs of one document keep their text order.
      .sort((a, b) => (documentRank.get(a.document) ?? 0) - (documentRank.get(b.document) ?? 0))
      .map((p) => ({ ...p, document: document(p.document) }));
    const mentioning = argsFor(nameIndex.arguments.get(id));
    const citedBy = (nameIndex.sources.get(id) ?? [])
      .map(source)
      .sort((a, b) => (sourceRank.get(a.id) ?? 0) - (sourceRank.get(b.id) ?? 0));
    const all: NameMention[] = [
      ...mentioning.map((argument) => ({ kind: 'argument' as const, argument })),
      ...paragraphs.map((p) => ({ kind: 'paragraph' as const, ...p })),
      ...citedBy.map((s) => ({ kind: 'source' as const, source: s })),
    ];
    const found = { arguments: mentioning, paragraphs, sources: citedBy, pages: paginate(all, NAME_MENTIONS_PER_PAGE) };
    mentions.set(id, found);
    return found;
  };
  const topicLabels = new Map(site.topics.map((t) => [t.id, t.label]));
  const captures = new Map(
    documents.map((d) => [d.id, captureParagraphs(entries.captures.get(d.data.capture)?.text ?? '')]),
  );

  return {
    site,
    documents,
    sources,
    arguments: args,
    argumentPages: paginate(args, ARGUMENTS_PER_PAGE),
    sourcePages: paginate(sources, SOURCES_PER_PAGE),
    documentPages: paginate(documents, DOCUMENTS_PER_PAGE),
    timelinePages: paginate(timeline.items, TIMELINE_PER_PAGE),
    stanceCounts: countByStance(args),
    stanceFirstPage: new Map(
      site.stances.map((s) => [
        s.id,
        pageOfPosition(
          args.findIndex((a) => a.data.stance === s.id),
          ARGUMENTS_PER_PAGE,
        ),
      ]),
    ),
    names,
    namePages: paginate(names, NAMES_PER_PAGE),
    events: timeline.items.filter((i) => i.kind === 'event').map((i) => event(i.id)),
    topics,
    timeline,
    document,
    source,
    argument,
    event,
    name,
    mentionsOf,
    namesOfArgument: (id) => namesFor(nameIndex.ofArgument.get(argument(id).id)),
    namesOfDocument: (id) => namesFor(nameIndex.ofDocument.get(document(id).id)),
    namesOfSource: (id) => namesFor(nameIndex.ofSource.get(source(id).id)),
    topicLabel: (id) => topicLabels.get(id) ?? id,
    captureOf: (id) => captures.get(document(id).id) ?? [],
    anchorOf: (documentId, q) => q.anchor ?? anchorsHolding(document(documentId).blocks, q.text)[0] ?? '',
    appearances: (id) =>
      [...new Set(argument(id).data.quotations.map((q) => document(q.document)))].sort((a, b) =>
        dateSortKey(a.data.published).localeCompare(dateSortKey(b.data.published)),
      ),
    quotedBy: (documentId, anchor) => argsFor(links.quotedBy.get(paragraphKey(documentId, anchor))),
    argumentsOfDocument: (id) => argsFor(links.argumentsOfDocument.get(id)),
    rebuttedBy: (id) => argsFor(links.rebuttedBy.get(id)),
    relatedTo: (id) => argsFor(links.relatedTo.get(id)),
    argumentsCiting: (id) => argsFor(links.argumentsCiting.get(id)),
    documentsCiting: (id) => (links.documentsCiting.get(id) ?? []).map(document),
    // The integrity check has refused a document whose capture is missing.
    captureText: (id) => entries.captures.get(document(id).data.capture)?.text ?? '',
  };
}
