import type { ArgumentData } from '../schemas/argument';
import type { DocumentData } from '../schemas/document';
import type { EventData } from '../schemas/event';
import type { CorpusInput } from './integrity';
import type { Block } from './paragraphs';

type DocumentInput = CorpusInput['documents'][number];
type ArgumentInput = CorpusInput['arguments'][number];
type EventInput = CorpusInput['events'][number];

/** A parsed document entry as the integrity check sees it: references reduced to ids. */
export function documentInput(
  entry: { id: string; file: string; data: DocumentData; blocks: Block[] },
  captureText: string | undefined,
): DocumentInput {
  const { data } = entry;
  return {
    id: entry.id,
    file: entry.file,
    title: data.title,
    blocks: entry.blocks,
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
