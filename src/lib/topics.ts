/** One topic with what is filed under it, as ids. */
export interface TopicIndexEntry {
  id: string;
  label: string;
  /** Arguments on the topic, in the order they were given. */
  arguments: string[];
  /** Documents quoted by those arguments, each once, in the order `documentOrder` gives (else first seen). */
  documents: string[];
}

/** What the topic index needs of an argument: its topics and the documents its quotations and questions quote. */
export interface TopicIndexInput {
  id: string;
  topics: readonly string[];
  documents: readonly string[];
}

/**
 * Every topic of `topics` that has at least one argument, in that order, built in one pass over
 * the arguments. A document is on a topic when an argument on that topic quotes it. Topics with no
 * argument are left out, so no page lists nothing.
 */
export function buildTopicIndex(
  topics: ReadonlyArray<{ id: string; label: string }>,
  args: readonly TopicIndexInput[],
  documentOrder: readonly string[] = [],
): TopicIndexEntry[] {
  const found = new Map<string, { arguments: string[]; documents: Set<string> }>();
  for (const arg of args) {
    for (const topic of new Set(arg.topics)) {
      let entry = found.get(topic);
      if (!entry) found.set(topic, (entry = { arguments: [], documents: new Set() }));
      entry.arguments.push(arg.id);
      for (const doc of arg.documents) entry.documents.add(doc);
    }
  }
  const rank = new Map(documentOrder.map((id, i) => [id, i]));
  const byRank = (a: string, b: string) => (rank.get(a) ?? rank.size) - (rank.get(b) ?? rank.size);
  return topics.flatMap(({ id, label }) => {
    const entry = found.get(id);
    if (!entry) return [];
    return [{ id, label, arguments: entry.arguments, documents: [...entry.documents].sort(byRank) }];
  });
}
