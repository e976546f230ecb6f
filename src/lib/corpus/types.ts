import type { ArgumentData } from '../../schemas/argument.ts';
import type { DocumentData } from '../../schemas/document.ts';
import type { EventData } from '../../schemas/event.ts';
import type { NameData } from '../../schemas/name.ts';
import type { SiteData } from '../../schemas/site.ts';
import type { SourceData } from '../../schemas/source.ts';
import type { ParagraphMention } from '../names/index.ts';
import type { Page } from '../pagination.ts';
import type { Block } from '../paragraphs.ts';
import type { Timeline, TimelineItem } from '../timeline.ts';

/** A content entry as plain data: its id, the file it came from (as messages name it) and its parsed frontmatter. */
export interface Entry<T> {
  id: string;
  file: string;
  data: T;
}

/** A document with its text split into addressable blocks. */
export interface DocumentEntry extends Entry<DocumentData> {
  blocks: Block[];
}
export type SourceEntry = Entry<SourceData>;
export type ArgumentEntry = Entry<ArgumentData>;
export type EventEntry = Entry<EventData>;
export type NameEntry = Entry<NameData>;

/** One place a name is mentioned, as its page lists it. */
export type NameMention =
  | { kind: 'argument'; argument: ArgumentEntry }
  | { kind: 'paragraph'; document: DocumentEntry; anchor: string; sentence: string }
  | { kind: 'source'; source: SourceEntry };

/** Where a name is mentioned. */
export interface NameMentions {
  /** Arguments mentioning it, in site order. */
  arguments: ArgumentEntry[];
  /** Paragraphs mentioning it: documents in site order, paragraphs in text order. */
  paragraphs: Array<Omit<ParagraphMention, 'document'> & { document: DocumentEntry }>;
  /** Sources mentioning it, by title. */
  sources: SourceEntry[];
  /** All of them (arguments, then paragraphs, then sources) in pages of `NAME_MENTIONS_PER_PAGE`, for its page. */
  pages: Page<NameMention>[];
}

/** What the corpus is built from: the parsed entries, whatever loaded them (Astro's collections, a test). */
export interface CorpusEntries {
  site: SiteData;
  /** Each document with its body (the verbatim text) and the file line the body starts on, when known. */
  documents: ReadonlyArray<Entry<DocumentData> & { body: string; bodyLine?: number | undefined }>;
  /** Sources and arguments, each with its Markdown body (mentions of names are found in it). */
  sources: ReadonlyArray<SourceEntry & { body?: string | undefined }>;
  arguments: ReadonlyArray<ArgumentEntry & { body?: string | undefined }>;
  events: readonly EventEntry[];
  /** The index of names (`content/names/`). Default: none. */
  names?: readonly NameEntry[] | undefined;
  /** The raw captures by file name (a document's `capture`); a missing one is a problem the check reports. */
  captures: ReadonlyMap<string, { file: string; text: string }>;
}

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

/** The whole corpus, checked, sorted and cross-indexed. Views take what they need from here. */
export interface Corpus {
  /** The debate's identity, stances and topics (`site.yaml`). */
  site: SiteData;
  /** Newest first; ties by title. */
  documents: DocumentEntry[];
  /** By title. */
  sources: SourceEntry[];
  /** By stance (in the order `site.yaml` lists the stances), then title. */
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
  /** The index of names, A to Z. */
  names: NameEntry[];
  /** `names` in pages of `NAMES_PER_PAGE`, for `/names/`. */
  namePages: Page<NameEntry>[];
  /** Topics that have arguments, in the order of `site.yaml`. */
  topics: TopicEntry[];
  /** Events and dated publications in date order, as ids (see `src/lib/timeline.ts`). */
  timeline: Timeline;
  document(id: string): DocumentEntry;
  source(id: string): SourceEntry;
  argument(id: string): ArgumentEntry;
  event(id: string): EventEntry;
  name(id: string): NameEntry;
  /** Where a name is mentioned. */
  mentionsOf(nameId: string): NameMentions;
  /** The names an argument, a document or a source mentions, A to Z. */
  namesOfArgument(argumentId: string): NameEntry[];
  namesOfDocument(documentId: string): NameEntry[];
  namesOfSource(sourceId: string): NameEntry[];
  /** The label of a topic `site.yaml` lists. */
  topicLabel(id: string): string;
  /** The paragraphs of a document's raw capture (furniture included: it is on the original page), whitespace collapsed. */
  captureOf(documentId: string): readonly string[];
  /**
   * The anchor of the paragraph of `documentId` that a quotation (or a document's citation) comes
   * from: the one it gives, else the one paragraph holding its words.
   */
  anchorOf(documentId: string, q: { anchor?: string | undefined; text: string }): string;
  /** The documents an argument's quotations come from, each once, earliest published first. */
  appearances(argumentId: string): DocumentEntry[];
  /** Arguments quoting a paragraph of a document, in site order. */
  quotedBy(documentId: string, anchor: string): ArgumentEntry[];
  argumentsOfDocument(documentId: string): ArgumentEntry[];
  rebuttedBy(argumentId: string): ArgumentEntry[];
  relatedTo(argumentId: string): ArgumentEntry[];
  argumentsCiting(sourceId: string): ArgumentEntry[];
  documentsCiting(sourceId: string): DocumentEntry[];
  /** The raw capture a document's text was taken from (its `capture` file in `originals/`), as read. */
  captureText(documentId: string): string;
}
