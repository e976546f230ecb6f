import { TOPICS, type Topic } from '../schemas/topic';

/** One topic with what is filed under it, as ids. */
export interface TopicIndexEntry {
  id: Topic;
  label: string;
  /** Arguments on the topic, in the order they were given. */
  arguments: string[];
  /** Documents quoted by those arguments, each once, in the order `documentOrder` gives (else first seen). */
  documents: string[];
}

/** What the topic index needs of an argument: its topics and the documents its quotations and questions quote. */
export interface TopicIndexInput {
  id: string;
  topics: readonly Topic[];
  documents: readonly string[];
}

/**
 * Every topic that has at least one argument, in the order of {@link TOPICS}, built in one pass over
 * the arguments. A document is on a topic when an argument on that topic quotes it. Topics with no
 * argument are left out, so no page lists nothing.
 */
export function buildTopicIndex(
  args: readonly TopicIndexInput[],
  documentOrder: readonly string[] = [],
): TopicIndexEntry[] {
  const found = new Map<Topic, { arguments: string[]; documents: Set<string> }>();
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
  return (Object.keys(TOPICS) as Topic[]).flatMap((id) => {
    const entry = found.get(id);
    if (!entry) return [];
    return [{ id, label: TOPICS[id], arguments: entry.arguments, documents: [...entry.documents].sort(byRank) }];
  });
}
