// The pure part of `npm run locate` (scripts/content/locate.ts): the paragraphs of the documents that
// hold some words verbatim, and the quotation to paste into an argument or an event.
import { splitFrontmatter } from './content-files.ts';
import { parseBlocks, type Block } from './paragraphs.ts';
import { normalizeSpace, verbatimIndex } from './quotations.ts';
import { yamlString } from './yaml-text.ts';

/** A document as locate reads it: its body's blocks, whatever the state of its frontmatter. */
export interface LocatableDocument {
  id: string;
  /** The file, as messages name it. */
  file: string;
  /** The file line of the body's first line. */
  bodyLine: number;
  blocks: readonly Block[];
}

/** A paragraph holding the words. */
export interface Match {
  document: string;
  anchor: string;
  /** Where the paragraph starts: `file:line`. */
  at: string;
  /** The sentence (or sentences) of the paragraph holding the words, whitespace collapsed. */
  sentence: string;
}

/** A document file read for locate; the frontmatter is not validated, so a new document can be searched at once. */
export function locatable(entry: { id: string; file: string; text: string }): LocatableDocument {
  const split = splitFrontmatter(entry.text);
  return { id: entry.id, file: entry.file, bodyLine: split.bodyLine, blocks: parseBlocks(split.body) };
}

/**
 * Every block of `documents` holding `words` verbatim (as `isVerbatimIn` reads it: only whitespace
 * may differ), in document order.
 */
export function locate(documents: readonly LocatableDocument[], words: string): Match[] {
  return documents.flatMap((doc) =>
    doc.blocks
      .filter((b) => verbatimIndex(words, b.text) >= 0)
      .map((b) => ({
        document: doc.id,
        anchor: b.anchor,
        at: `${doc.file}:${doc.bodyLine + b.line - 1}`,
        sentence: sentenceAround(b.text, words),
      })),
  );
}

/** Where `words` nearly occur: the same letters with letter case, quotes, dashes or word boundaries ignored. */
export function nearMatches(documents: readonly LocatableDocument[], words: string): Match[] {
  const needle = loose(words);
  if (needle === '') return [];
  return documents.flatMap((doc) =>
    doc.blocks
      .filter((b) => loose(b.text).includes(needle))
      .map((b) => ({
        document: doc.id,
        anchor: b.anchor,
        at: `${doc.file}:${doc.bodyLine + b.line - 1}`,
        sentence: '',
      })),
  );
}

const loose = (text: string) =>
  normalizeSpace(text)
    .toLowerCase()
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-');

// A sentence ends at . ! ? or … (and any closing quotes or brackets) before a space and a capital,
// digit, opening quote or bracket.
const SENTENCE_END = /[.!?…]["'”’)\]]*\s+(?=[\p{Lu}\p{N}"“‘'([])/gu;
// A full stop that ends an initial ("U.S.", "John F.") or a title ("Mr.") ends no sentence.
const NOT_AN_END = /(?:(?:^|[\s.])\p{Lu}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Jr|Sr|vs|No))\.$/u;

/** The sentence of `text` holding `words` (several when the words run across sentences); the whole text when they are not in it. */
export function sentenceAround(text: string, words: string): string {
  const flat = normalizeSpace(text);
  const at = verbatimIndex(words, flat);
  if (at < 0) return flat;
  const end = at + normalizeSpace(words).length;
  let from = 0;
  let to = flat.length;
  for (const m of flat.matchAll(SENTENCE_END)) {
    if (NOT_AN_END.test(flat.slice(0, m.index + 1))) continue;
    const next = m.index + m[0].length;
    if (next <= at) from = next;
    else if (m.index >= end - 1) {
      to = m.index + m[0].trimEnd().length;
      break;
    }
  }
  return flat.slice(from, to).trim();
}

/**
 * The quotation block to paste under an argument's `quotations:` (or an event's `evidence:`): one
 * item per document holding the words. An item names its `anchor` only when the words are in more
 * than one paragraph of its document, with a comment listing the others to choose from.
 */
export function quotationYaml(matches: readonly Match[], words: string): string {
  const byDocument = Map.groupBy(matches, (m) => m.document);
  return [...byDocument]
    .map(([document, [first, ...others]]) => {
      const lines = [`- document: ${document}`, `  text: ${yamlString(normalizeSpace(words))}`];
      if (first !== undefined && others.length > 0) {
        lines.push(
          `  # The words are in ${others.length + 1} paragraphs of this document: keep the anchor of the one`,
          '  # you quote. Below is the first; the others are:',
          ...others.map((m) => `  #   ${m.anchor}`),
          `  anchor: ${first.anchor}`,
        );
      }
      return lines.join('\n');
    })
    .join('\n');
}

/** What `npm run locate` prints when the words are found: each paragraph, then the quotation block. */
export function locateReport(matches: readonly Match[], words: string): string {
  const count = matches.length === 1 ? 'one paragraph' : `${matches.length} paragraphs`;
  return [
    `"${normalizeSpace(words)}" is in ${count}:`,
    '',
    ...matches.flatMap((m) => [`${m.at}  ${m.document}#${m.anchor}`, `  ${m.sentence}`, '']),
    'Ready to paste under an argument’s quotations: (or an event’s evidence:):',
    '',
    quotationYaml(matches, words),
  ].join('\n');
}
