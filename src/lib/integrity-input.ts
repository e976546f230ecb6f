import type { ArgumentData } from '../schemas/argument.ts';
import type { DocumentData } from '../schemas/document.ts';
import type { EventData } from '../schemas/event.ts';
import type { CorpusInput } from './integrity.ts';
import type { Block } from './paragraphs.ts';

type DocumentInput = CorpusInput['documents'][number];
type ArgumentInput = CorpusInput['arguments'][number];
type EventInput = CorpusInput['events'][number];

/** A parsed document entry as the integrity check sees it: references reduced to ids. */
export function documentInput(
  entry: { id: string; file: string; data: DocumentData; blocks: Block[]; bodyLine?: number | undefined; captureFile?: string | undefined },
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
    cites: data.cites.map((c) => ({ source: c.source.id, anchor: c.anchor, text: c.text })),
    capture: data.capture,
    captureText,
    furniture: data.furniture,
  };
}

const quote = (q: ArgumentData['quotations'][number]) => ({
  document: q.document.id,
  anchor: q.anchor,
  text: q.text,
  quoting: q.quoting?.id,
});

/** A parsed argument entry as the integrity check sees it: references reduced to ids. */
export function argumentInput(entry: { id: string; file: string; data: ArgumentData }): ArgumentInput {
  const { data } = entry;
  return {
    id: entry.id,
    file: entry.file,
    topics: data.topics.map((r) => r.id),
    quotations: data.quotations.map(quote),
    questions: data.questions.map(quote),
    cites: data.cites.map((r) => r.id),
    related: data.related.map((r) => r.id),
    rebuts: data.rebuts.map((r) => r.id),
  };
}

/** A parsed timeline event as the integrity check sees it: references reduced to ids. */
export function eventInput(entry: { id: string; file: string; data: EventData }): EventInput {
  const { data } = entry;
  return {
    id: entry.id,
    file: entry.file,
    evidence: data.evidence.map(quote),
    sources: data.sources.map((r) => r.id),
    arguments: data.arguments.map((r) => r.id),
  };
}
