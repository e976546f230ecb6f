import type { ArgumentEntry, Corpus, DocumentEntry, TopicEntry } from '../corpus/types.ts';
import { pageTitle, type Page } from '../pagination.ts';

/** Documents shown as cards on a topic page; any more are listed by title. */
export const DOCUMENT_CARDS = 6;

/** One page of a topic's arguments, resolved. */
export interface TopicPageView {
  topic: TopicEntry;
  page: Page<ArgumentEntry>;
  title: string;
  /** One sentence for search engines and link previews. */
  description: string;
  /** The documents this page's arguments quote, in site order: the first few as cards, the rest by title. */
  cards: DocumentEntry[];
  titles: DocumentEntry[];
}

/** A page of a topic: its arguments and the documents they quote. */
export function topicPageView(corpus: Corpus, topic: TopicEntry, page: Page<ArgumentEntry>): TopicPageView {
  const quoted = new Set(page.items.flatMap((a) => [...a.data.quotations, ...a.data.questions].map((q) => q.document)));
  // A page's arguments can quote a hundred documents, so only the first few get a card.
  const documents = topic.documents.filter((d) => quoted.has(d.id));
  return {
    topic,
    page,
    title: pageTitle(`Topic: ${topic.label}`, page),
    description: `The arguments filed under “${topic.label}” in the debate on ${corpus.site.subject}, and the documents that make them.`,
    cards: documents.slice(0, DOCUMENT_CARDS),
    titles: documents.slice(DOCUMENT_CARDS),
  };
}
