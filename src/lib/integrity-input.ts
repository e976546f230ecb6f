import type { ArgumentData } from '../schemas/argument.ts';
import type { DocumentData } from '../schemas/document.ts';
import type { EventData } from '../schemas/event.ts';
import type { NameData } from '../schemas/name.ts';
import type { SourceData } from '../schemas/source.ts';
import type { CorpusInput } from './integrity.ts';
import { argumentWords, sourceWords } from './names/texts.ts';
import type { Block } from './paragraphs.ts';

type DocumentInput = CorpusInput['documents'][number];
type ArgumentInput = CorpusInput['arguments'][number];
type EventInput = CorpusInput['events'][number];

/** A parsed document entry as the integrity check sees it: references are ids. */
export function documentInput(
  entry: {
    id: string;
    file: string;
    data: DocumentData;
    blocks: Block[];
    bodyLine?: number | undefined;
    captureFile?: string | undefined;
  },
  captureText: string | undefined,
): DocumentInput {
  const { data } = entry;
  return {
    id: entry.id,
    file: entry.file,
    title: data.title,
    blocks: entry.blocks,
    bodyLine: entry.bodyLine,
    captureFile: entry.captureFile,
    cites: data.cites.map((c) => ({ source: c.source, anchor: c.anchor, text: c.text })),
    capture: data.capture,
    captureText,
    furniture: data.furniture,
  };
}

const quote = (q: ArgumentData['quotations'][number]) => ({
  document: q.document,
  anchor: q.anchor,
  text: q.text,
  quoting: q.quoting,
});

/** A parsed argument entry as the integrity check sees it: references are ids. */
export function argumentInput(entry: {
  id: string;
  file: string;
  data: ArgumentData;
  body?: string | undefined;
}): ArgumentInput {
  const { data } = entry;
  return {
    id: entry.id,
    file: entry.file,
    words: argumentWords(data, entry.body ?? ''),
    topics: [...data.topics],
    quotations: data.quotations.map(quote),
    questions: data.questions.map(quote),
    cites: [...data.cites],
    related: [...data.related],
    rebuts: [...data.rebuts],
  };
}

/** A parsed timeline event as the integrity check sees it: references are ids. */
export function eventInput(entry: { id: string; file: string; data: EventData }): EventInput {
  const { data } = entry;
  return {
    id: entry.id,
    file: entry.file,
    evidence: data.evidence.map(quote),
    sources: [...data.sources],
    arguments: [...data.arguments],
  };
}

/** The parsed content the integrity check is run over, however it was loaded. */
export interface InputEntries {
  /** The topics arguments may name (`site.yaml`). */
  topics: ReadonlyArray<{ id: string }>;
  documents: ReadonlyArray<{
    id: string;
    file: string;
    data: DocumentData;
    blocks: Block[];
    bodyLine?: number | undefined;
  }>;
  /** Sources and arguments with their Markdown bodies, in which mentions of names are looked for. */
  sources: ReadonlyArray<{ id: string; file: string; data: SourceData; body?: string | undefined }>;
  arguments: ReadonlyArray<{ id: string; file: string; data: ArgumentData; body?: string | undefined }>;
  events: ReadonlyArray<{ id: string; file: string; data: EventData }>;
  /** The index of names (`content/names/`). Default: none. */
  names?: ReadonlyArray<{ id: string; file: string; data: NameData }> | undefined;
  /** The raw captures by file name. */
  captures: ReadonlyMap<string, { file: string; text: string }>;
}

/**
 * The one projection from parsed entries to the plain data `checkCorpus` and `buildBacklinks` read:
 * used by `npm run check:content`, by the corpus the pages are built from, and by the unit tests' fixture.
 */
export function corpusInput(entries: InputEntries): CorpusInput {
  return {
    documents: entries.documents.map((d) => {
      const capture = entries.captures.get(d.data.capture);
      return documentInput({ ...d, captureFile: capture?.file }, capture?.text);
    }),
    sources: entries.sources.map((s) => ({ id: s.id, file: s.file, words: sourceWords(s.data, s.body ?? '') })),
    topics: entries.topics.map((t) => ({ id: t.id, file: 'site.yaml' })),
    arguments: entries.arguments.map(argumentInput),
    events: entries.events.map(eventInput),
    names: (entries.names ?? []).map((n) => ({ id: n.id, file: n.file, name: n.data.name, aliases: n.data.aliases })),
  };
}
