import { mentionFinder, namesIn, type NameForms } from './mentions.ts';
import { sentenceAt } from './text.ts';

/** A paragraph (any block of a document's text) that mentions a name, with the sentence that does. */
export interface ParagraphMention {
  document: string;
  anchor: string;
  /** The first sentence of the paragraph mentioning the name, whitespace collapsed. */
  sentence: string;
}

/** What the index of names is built from: the names, and the text a reader sees on each page. */
export interface NameIndexInput {
  names: readonly NameForms[];
  /** Each document's blocks (headings, quoted passages, list items and paragraphs), in text order. */
  documents: ReadonlyArray<{ id: string; blocks: ReadonlyArray<{ anchor: string; text: string }> }>;
  /** Each argument's words: claim, summary, synthesis and quotations (see src/lib/names/texts.ts). */
  arguments: ReadonlyArray<{ id: string; text: string }>;
  /** Each source's words: title, author, outlet and notes. */
  sources: ReadonlyArray<{ id: string; text: string }>;
}

/** Where each name is mentioned, and which names each page mentions; lists follow the input's order. */
export interface NameIndex {
  paragraphs: ReadonlyMap<string, ParagraphMention[]>;
  arguments: ReadonlyMap<string, string[]>;
  sources: ReadonlyMap<string, string[]>;
  /** Names mentioned in each document, argument and source, in order of first mention. */
  ofDocument: ReadonlyMap<string, string[]>;
  ofArgument: ReadonlyMap<string, string[]>;
  ofSource: ReadonlyMap<string, string[]>;
}

const push = <T>(map: Map<string, T[]>, key: string, value: T) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

/** Finds every mention of every name (src/lib/names/mentions.ts) in every paragraph, argument and source. */
export function buildNameIndex(input: NameIndexInput): NameIndex {
  const find = mentionFinder(input.names);
  const paragraphs = new Map<string, ParagraphMention[]>();
  const ofDocument = new Map<string, string[]>();
  for (const doc of input.documents) {
    const names = new Set<string>();
    for (const block of doc.blocks) {
      const text = block.text.replace(/\s+/g, ' ');
      const seen = new Set<string>();
      for (const m of find(text)) {
        names.add(m.id);
        if (seen.has(m.id)) continue;
        seen.add(m.id);
        push(paragraphs, m.id, { document: doc.id, anchor: block.anchor, sentence: sentenceAt(text, m.start) });
      }
    }
    ofDocument.set(doc.id, [...names]);
  }
  const pages = (entries: NameIndexInput['arguments']) => {
    const byName = new Map<string, string[]>();
    const ofPage = new Map<string, string[]>();
    for (const { id, text } of entries) {
      const names = namesIn(find, text);
      ofPage.set(id, names);
      for (const name of names) push(byName, name, id);
    }
    return { byName, ofPage };
  };
  const args = pages(input.arguments);
  const sources = pages(input.sources);
  return {
    paragraphs,
    arguments: args.byName,
    sources: sources.byName,
    ofDocument,
    ofArgument: args.ofPage,
    ofSource: sources.ofPage,
  };
}
