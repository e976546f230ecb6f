/**
 * The text a reader sees, as the mentions are found in it: Markdown bodies without their marks and
 * link addresses, and the sentence of a paragraph that holds a mention.
 */

/**
 * The words of a Markdown (or MDX) body as it reads rendered: link and image addresses, HTML and
 * JSX tags, footnote labels and emphasis, heading, quotation and list marks left out. Approximate
 * in the marks only (they hold no words); the words themselves are kept.
 */
export function markdownWords(markdown: string): string {
  return markdown
    .replace(/<[^>\n]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[\^[^\]]*\]:?/g, ' ')
    .replace(/^\s{0,3}(?:#{1,6}\s|>\s?|[-*+]\s|\d+\.\s)/gm, '')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

// A sentence ends at . ! ? or … (with any closing quote or bracket) followed by a space and what can
// start a sentence. "U.S. officials" does not end one: a lower-case word follows.
const SENTENCE_END = /(?<=[.!?\u2026]['"\u2019\u201d)\]]*)\s+(?=['"\u2018\u201c([]*[\p{Lu}\p{N}])/u;

/** The sentences of a paragraph, whitespace collapsed. */
export function sentences(paragraph: string): string[] {
  return paragraph
    .replace(/\s+/g, ' ')
    .trim()
    .split(SENTENCE_END)
    .filter((s) => s.length > 0);
}

/** The sentence of `paragraph` (whitespace collapsed) in which the text at `offset` stands. */
export function sentenceAt(paragraph: string, offset: number): string {
  const flat = paragraph.replace(/\s+/g, ' ');
  const lead = flat.length - flat.trimStart().length;
  let at = lead;
  for (const sentence of sentences(paragraph)) {
    const start = flat.indexOf(sentence, at);
    const end = start + sentence.length;
    if (offset < end || start < 0) return sentence;
    at = end;
  }
  return flat.trim();
}
