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

/**
 * A URL-safe slug of the first `count` words of `text`; `fallback` when the text has no words. A slug
 * always starts with a letter (an id that starts with a digit is awkward in CSS selectors): text that
 * starts with a number ("1. First point") gets a `p-` in front.
 */
export function slugOf(text: string, count = ANCHOR_WORDS, fallback = 'section'): string {
  const picked = words(text).slice(0, count);
  if (picked.length === 0) return fallback;
  const slug = picked.join('-');
  return /^[0-9]/.test(slug) ? `p-${slug}` : slug;
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
