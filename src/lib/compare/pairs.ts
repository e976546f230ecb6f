/**
 * Which pairs of documents get a compare page. Every pair of a large corpus would be too many pages
 * (500 documents make 124,750 pairs), and most would set side by side two documents that never
 * answer each other. A pair gets a page when its documents answer each other: an argument quoting
 * one rebuts an argument quoting the other, and both are on at least one topic (the page sets their
 * arguments side by side topic by topic, so a pair with no topic in common would show nothing). Each document keeps the `perDocument` partners it
 * answers most often (most rebuttals between them, then most topics in common, then the partner
 * that comes first in the site's order); a pair gets its page when either of its documents keeps
 * it. So there are at most `perDocument` × documents pages, and each document has a page with every
 * document it answers most.
 */

/** What pair selection needs: documents in the site's order, and each argument's documents, rebuttals and topics. */
export interface PairInput {
  documents: readonly string[];
  arguments: ReadonlyArray<{
    id: string;
    documents: readonly string[];
    rebuts: readonly string[];
    topics: readonly string[];
  }>;
}

/** A pair of documents with a compare page, `first` before `second` in the site's order. */
export interface DocumentPair {
  first: string;
  second: string;
  /** Rebuttals between an argument quoting one and an argument quoting the other. */
  rebuttals: number;
  /** Topics both documents are on. */
  sharedTopics: number;
}

/** The pairs that get a page, in the site's order of their first then second document. */
export function selectPairs(input: PairInput, perDocument: number): DocumentPair[] {
  const rank = new Map(input.documents.map((id, i) => [id, i]));
  const ordered = (a: string, b: string): [string, string] =>
    (rank.get(a) ?? 0) <= (rank.get(b) ?? 0) ? [a, b] : [b, a];
  const key = (a: string, b: string) => ordered(a, b).join('\n');
  const byId = new Map(input.arguments.map((a) => [a.id, a]));
  const rebuttals = new Map<string, number>();
  for (const arg of input.arguments) {
    for (const target of arg.rebuts) {
      const other = byId.get(target);
      if (!other || other.id === arg.id) continue;
      // Each pair of documents counts a rebuttal once, however many of their quotations it spans.
      const pairs = new Set<string>();
      for (const a of new Set(arg.documents))
        for (const b of new Set(other.documents)) if (a !== b) pairs.add(key(a, b));
      for (const p of pairs) rebuttals.set(p, (rebuttals.get(p) ?? 0) + 1);
    }
  }
  const topicsOf = new Map<string, Set<string>>();
  for (const arg of input.arguments)
    for (const d of arg.documents) {
      const set = topicsOf.get(d) ?? new Set<string>();
      for (const t of arg.topics) set.add(t);
      topicsOf.set(d, set);
    }
  const shared = (a: string, b: string) => {
    const other = topicsOf.get(b) ?? new Set();
    return [...(topicsOf.get(a) ?? [])].filter((t) => other.has(t)).length;
  };
  const partners = new Map<string, Array<{ other: string; rebuttals: number; shared: number }>>();
  for (const [p, count] of rebuttals) {
    const [a, b] = p.split('\n') as [string, string];
    const s = shared(a, b);
    if (s === 0) continue;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const list = partners.get(x) ?? [];
      list.push({ other: y, rebuttals: count, shared: s });
      partners.set(x, list);
    }
  }
  const kept = new Map<string, DocumentPair>();
  for (const [doc, list] of partners) {
    list.sort(
      (x, y) => y.rebuttals - x.rebuttals || y.shared - x.shared || (rank.get(x.other) ?? 0) - (rank.get(y.other) ?? 0),
    );
    for (const { other, rebuttals: count, shared: s } of list.slice(0, perDocument)) {
      const [first, second] = ordered(doc, other);
      kept.set(key(first, second), { first, second, rebuttals: count, sharedTopics: s });
    }
  }
  return [...kept.values()].sort(
    (x, y) =>
      (rank.get(x.first) ?? 0) - (rank.get(y.first) ?? 0) || (rank.get(x.second) ?? 0) - (rank.get(y.second) ?? 0),
  );
}
