/** Collapses every run of whitespace to one space and trims: the only liberty a quotation may take. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * True when `quotation` occurs in `passage` word for word, punctuation and letter case included,
 * starting and ending on word boundaries (so "he" is not found inside "the").
 */
export function isVerbatimIn(quotation: string, passage: string): boolean {
  return verbatimIndex(quotation, passage) >= 0;
}

/**
 * Where `quotation` first occurs in `passage` as {@link isVerbatimIn} finds it: an index into
 * `normalizeSpace(passage)`, or -1 when it does not occur.
 */
export function verbatimIndex(quotation: string, passage: string): number {
  return normalizedIndex(normalizeSpace(quotation), normalizeSpace(passage));
}

/** {@link isVerbatimIn} for texts already passed through {@link normalizeSpace} (checks run it once per text). */
export function occursIn(needle: string, hay: string): boolean {
  return normalizedIndex(needle, hay) >= 0;
}

/** {@link verbatimIndex} for texts already passed through {@link normalizeSpace}. */
export function normalizedIndex(needle: string, hay: string): number {
  if (needle.length === 0) return -1;
  const startsWord = WORD_CHAR.test(needle[0] ?? '');
  const endsWord = WORD_CHAR.test(needle.at(-1) ?? '');
  for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
    const before = hay[at - 1] ?? ' ';
    const after = hay[at + needle.length] ?? ' ';
    if ((!startsWord || !WORD_CHAR.test(before)) && (!endsWord || !WORD_CHAR.test(after))) return at;
  }
  return -1;
}

/** A piece of a paragraph: plain text, or words that link to a cited work. */
export type Segment = { text: string; cites?: string };

/**
 * Splits `text` so that the first occurrence of each marked phrase becomes its own segment,
 * tagged with the id it cites. Phrases that do not occur are ignored (the integrity check reports them).
 */
export function segmentByPhrases(text: string, marks: ReadonlyArray<{ phrase: string; id: string }>): Segment[] {
  const flat = normalizeSpace(text);
  const hits = marks
    .map((m) => ({ ...m, phrase: normalizeSpace(m.phrase), at: flat.indexOf(normalizeSpace(m.phrase)) }))
    .filter((m) => m.at >= 0 && m.phrase.length > 0)
    .sort((a, b) => a.at - b.at || b.phrase.length - a.phrase.length);
  const segments: Segment[] = [];
  let cursor = 0;
  for (const hit of hits) {
    if (hit.at < cursor) continue;
    if (hit.at > cursor) segments.push({ text: flat.slice(cursor, hit.at) });
    segments.push({ text: hit.phrase, cites: hit.id });
    cursor = hit.at + hit.phrase.length;
  }
  if (cursor < flat.length) segments.push({ text: flat.slice(cursor) });
  return segments;
}
