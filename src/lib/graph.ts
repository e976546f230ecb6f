import type { CorpusInput } from './integrity.ts';
import { anchorsHolding } from './passages.ts';

type ArgumentInput = CorpusInput['arguments'][number];
/** A quotation whose paragraph is known (given by the editor or found by the build). */
type Placed = { document: string; anchor: string; quoting?: string | undefined };

/** What the backlinks are built from: the corpus with every quotation placed in its paragraph. */
export interface BacklinkInput {
  documents: ReadonlyArray<{ id: string; cites: ReadonlyArray<{ source: string }> }>;
  arguments: ReadonlyArray<
    Omit<ArgumentInput, 'quotations' | 'questions'> & { quotations: readonly Placed[]; questions: readonly Placed[] }
  >;
}

/** Reverse links computed once for the whole corpus, as ids. */
export interface Backlinks {
  /** `documentId#anchor` → ids of arguments quoting that paragraph (quotations and questions). */
  quotedBy: Map<string, string[]>;
  /** document id → ids of arguments quoting it anywhere. */
  argumentsOfDocument: Map<string, string[]>;
  /** argument id → ids of arguments that rebut it. */
  rebuttedBy: Map<string, string[]>;
  /** argument id → ids linked either way through `related`. */
  relatedTo: Map<string, string[]>;
  /** source id → ids of arguments citing it or quoting a document's words from it. */
  argumentsCiting: Map<string, string[]>;
  /** source id → ids of documents citing it. */
  documentsCiting: Map<string, string[]>;
}

/**
 * The corpus with every quotation placed: an anchor the editor left out is the one paragraph holding
 * the words (run after `checkCorpus` has found no problem, which guarantees there is exactly one).
 */
export function placeQuotations(corpus: Pick<CorpusInput, 'documents' | 'arguments'>): BacklinkInput {
  const blocks = new Map(corpus.documents.map((d) => [d.id, d.blocks]));
  const place = (q: CorpusInput['arguments'][number]['quotations'][number]) => ({
    ...q,
    anchor: q.anchor ?? anchorsHolding(blocks.get(q.document) ?? [], q.text)[0] ?? '',
  });
  return {
    documents: corpus.documents,
    arguments: corpus.arguments.map((a) => ({
      ...a,
      quotations: a.quotations.map(place),
      questions: a.questions.map(place),
    })),
  };
}

/** The key of a paragraph in `quotedBy`. */
export const paragraphKey = (documentId: string, anchor: string) => `${documentId}#${anchor}`;

function add(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Builds every backlink in one pass over the corpus, so no page walks all entries. */
export function buildBacklinks(corpus: BacklinkInput): Backlinks {
  const links: Backlinks = {
    quotedBy: new Map(),
    argumentsOfDocument: new Map(),
    rebuttedBy: new Map(),
    relatedTo: new Map(),
    argumentsCiting: new Map(),
    documentsCiting: new Map(),
  };
  for (const arg of corpus.arguments) {
    for (const q of [...arg.quotations, ...arg.questions]) {
      add(links.quotedBy, paragraphKey(q.document, q.anchor), arg.id);
      add(links.argumentsOfDocument, q.document, arg.id);
      if (q.quoting !== undefined) add(links.argumentsCiting, q.quoting, arg.id);
    }
    for (const id of arg.cites) add(links.argumentsCiting, id, arg.id);
    for (const id of arg.rebuts) add(links.rebuttedBy, id, arg.id);
    for (const id of arg.related) {
      add(links.relatedTo, arg.id, id);
      add(links.relatedTo, id, arg.id);
    }
  }
  for (const doc of corpus.documents) {
    for (const c of doc.cites) add(links.documentsCiting, c.source, doc.id);
  }
  return links;
}
