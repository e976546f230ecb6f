/** How many words of a paragraph make its anchor: enough to be distinct, short enough to share. */
export const ANCHOR_WORDS = 6;

/** Lower-case ASCII words of `text`, with accents folded and apostrophes dropped ("Europe’s" → "europes"). */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** A URL-safe slug of the first `count` words of `text`; `fallback` when the text has no words. */
export function slugOf(text: string, count = ANCHOR_WORDS, fallback = 'section'): string {
  const picked = words(text).slice(0, count);
  return picked.length > 0 ? picked.join('-') : fallback;
}

/**
 * Anchors for a sequence of texts, in order: each is the slug of its first words, and a repeat gets
 * `-2`, `-3`… An anchor changes only when its own paragraph's opening words change.
 */
export function uniqueAnchors(texts: readonly string[]): string[] {
  const used = new Set<string>();
  return texts.map((text) => {
    const base = slugOf(text);
    let anchor = base;
    for (let n = 2; used.has(anchor); n++) anchor = `${base}-${n}`;
    used.add(anchor);
    return anchor;
  });
}
