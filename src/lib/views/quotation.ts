import type { ArgumentData } from '../../schemas/argument.ts';
import { perCorpus } from '../corpus/per-corpus.ts';
import type { Corpus, DocumentEntry, SourceEntry } from '../corpus/types.ts';
import { textDirectiveFor } from '../text-fragment-match.ts';
import { withTextFragment } from '../text-fragments.ts';

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
  /** The original's verified URL with a text fragment for these words, when they are in its capture. */
  original?: string | undefined;
  /** The quoted work's verified URL with a text fragment for these words, when it has a URL. */
  quotingOriginal?: string | undefined;
}

// An argument's quotations are shown on its page, in the dossier and in the compare views: each is
// resolved once per corpus (matching its words for the original's link is the costly part).
const resolvedIn = perCorpus(() => new WeakMap<QuotationData, ResolvedQuotation>());

/**
 * Resolves a quotation's references and anchor (argument quotations and questions, event evidence).
 * The result is shared by every caller with the same corpus and quotation: read it, never change it.
 */
export function resolveQuotation(corpus: Corpus, q: QuotationData): ResolvedQuotation {
  const known = resolvedIn(corpus);
  let result = known.get(q);
  if (result === undefined) known.set(q, (result = resolve(corpus, q)));
  return result;
}

function resolve(corpus: Corpus, q: QuotationData): ResolvedQuotation {
  const document = corpus.document(q.document);
  const anchor = corpus.anchorOf(q.document, q);
  const quoting = q.quoting ? corpus.source(q.quoting) : undefined;
  return {
    document,
    anchor,
    text: q.text,
    quoting,
    original: originalAt(corpus, document, anchor, q.text),
    // No capture of a quoted work is kept, so nothing tells its occurrences apart: the words alone (or
    // their range) are given, and the browser shows their first occurrence.
    quotingOriginal:
      quoting?.data.url && withTextFragment(quoting.data.url, textDirectiveFor([q.text], q.text) ?? { start: q.text }),
  };
}

/** `document`'s verified URL at `words` of its paragraph `anchor`, as its capture has them; undefined when it lacks them. */
export function originalAt(corpus: Corpus, document: DocumentEntry, anchor: string, words: string): string | undefined {
  const paragraph = document.blocks.find((b) => b.anchor === anchor)?.text;
  const directive = textDirectiveFor(corpus.captureOf(document.id), words, paragraph);
  return directive && withTextFragment(document.data.url, directive);
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
