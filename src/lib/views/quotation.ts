import type { ArgumentData } from '../../schemas/argument.ts';
import type { Corpus, DocumentEntry, SourceEntry } from '../corpus/types.ts';

/** A quotation as the schema parses it: references as ids, the anchor perhaps left to the build. */
export type QuotationData = ArgumentData['quotations'][number];

/** A quotation ready to show: its document and quoted work as entries, its paragraph's anchor known. */
export interface ResolvedQuotation {
  document: DocumentEntry;
  /** The paragraph the words come from: the anchor given, or the one paragraph holding them. */
  anchor: string;
  text: string;
  /** The work the document is itself quoting here, if any. */
  quoting?: SourceEntry | undefined;
}

/** Resolves a quotation's references and anchor (argument quotations and questions, event evidence). */
export function resolveQuotation(corpus: Corpus, q: QuotationData): ResolvedQuotation {
  return {
    document: corpus.document(q.document),
    anchor: corpus.anchorOf(q.document, q),
    text: q.text,
    quoting: q.quoting ? corpus.source(q.quoting) : undefined,
  };
}

/** Topics by id, each with the label `site.yaml` gives it. */
export function resolveTopics(corpus: Corpus, topics: readonly string[]): TopicRef[] {
  return topics.map((id) => ({ id, label: corpus.topicLabel(id) }));
}

/** A topic as a link shows it. */
export interface TopicRef {
  id: string;
  label: string;
}
