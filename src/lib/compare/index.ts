/**
 * Every compare view of a corpus, laid out once per build: the whole debate's rows and each topic's,
 * packed into pages, and the pairs of documents that get a page (see `rows.ts` and `pairs.ts` for
 * the rules). Computed on first use and kept with the corpus, so that no page lays out a view twice.
 */
import { perCorpus } from '../corpus/per-corpus.ts';
import type { ArgumentEntry } from '../corpus/types.ts';
import { selectPairs, type DocumentPair } from './pairs.ts';
import { compareRows, packRows, type RowSegment } from './rows.ts';

/**
 * Arguments per page of a compare view. Each argument is a card with its summary and its
 * cross-references; 50 keep a page of the 10,000-argument corpus within the 20 KB content-page budget.
 */
export const COMPARE_PER_PAGE = 50;
/** Partners each document keeps for a pair page (see pairs.ts): at most 3 × documents pair pages. */
export const PAIRS_PER_DOCUMENT = 3;

/** A compare view's pages, and on which page each of its arguments is listed. */
export interface ComparePages {
  pages: RowSegment<ArgumentEntry>[][];
  /** argument id → 1-based number of the page listing it. */
  pageOf: ReadonlyMap<string, number>;
  /** Arguments in the view. */
  total: number;
}

export interface Comparisons {
  debate: ComparePages;
  /** topic id → the topic's compare view (topics with arguments only). */
  topics: ReadonlyMap<string, ComparePages>;
  pairs: DocumentPair[];
  /** The pairs a document is in, in the site's order. */
  pairsOf(documentId: string): DocumentPair[];
  /** The pair of two documents, in either order, when it has a page. */
  pair(a: string, b: string): DocumentPair | undefined;
}

/** The pages of the compare view of `items` (in the site's order). */
export function comparePages(items: readonly ArgumentEntry[], size = COMPARE_PER_PAGE): ComparePages {
  const rows = compareRows(items.map((a) => ({ id: a.id, rebuts: a.data.rebuts, argument: a })));
  const pages = packRows(rows, size).map((page) =>
    page.map((s) => ({ key: s.key.argument, items: s.items.map((i) => i.argument), continued: s.continued })),
  );
  const pageOf = new Map<string, number>();
  pages.forEach((page, i) => {
    for (const segment of page) for (const a of segment.items) pageOf.set(a.id, i + 1);
  });
  return { pages, pageOf, total: items.length };
}

/** The corpus's compare views, laid out on first use. */
export const comparisons = perCorpus((corpus): Comparisons => {
  const pairs = selectPairs(
    {
      documents: corpus.documents.map((d) => d.id),
      arguments: corpus.arguments.map((a) => ({
        id: a.id,
        documents: [...a.data.quotations, ...a.data.questions].map((q) => q.document),
        rebuts: a.data.rebuts,
        topics: a.data.topics,
      })),
    },
    PAIRS_PER_DOCUMENT,
  );
  const byDocument = new Map<string, DocumentPair[]>();
  for (const p of pairs)
    for (const d of [p.first, p.second]) {
      const list = byDocument.get(d) ?? [];
      list.push(p);
      byDocument.set(d, list);
    }
  const byKey = new Map(pairs.map((p) => [`${p.first}\n${p.second}`, p]));
  return {
    debate: comparePages(corpus.arguments),
    topics: new Map(corpus.topics.map((t) => [t.id, comparePages(t.arguments)])),
    pairs,
    pairsOf: (id) => byDocument.get(id) ?? [],
    pair: (a, b) => byKey.get(`${a}\n${b}`) ?? byKey.get(`${b}\n${a}`),
  };
});
