/** An element with an id that Pagefind saw while indexing a page. */
export interface Anchor {
  id: string;
  element: string;
  location: number;
}

/** A stretch of a page that matched: the anchor it sits under and the matching word positions. */
export interface Passage {
  anchor: Anchor | undefined;
  locations: number[];
}

/** The last anchor at or before `location` (the paragraph or heading a word sits in), if any. */
export function anchorAt(anchors: readonly Anchor[], location: number): Anchor | undefined {
  let best: Anchor | undefined;
  for (const a of anchors) {
    if (a.location <= location && (!best || a.location >= best.location)) best = a;
  }
  return best;
}

/**
 * Groups matching word positions by the anchored passage they fall in, most matches first
 * (ties: earlier in the page first), at most `limit` passages. Words before any anchor are skipped.
 */
export function matchingPassages(anchors: readonly Anchor[], locations: readonly number[], limit = 3): Passage[] {
  const groups = new Map<string, Passage>();
  for (const loc of [...locations].sort((a, b) => a - b)) {
    const anchor = anchorAt(anchors, loc);
    if (!anchor) continue;
    const group = groups.get(anchor.id) ?? { anchor, locations: [] };
    group.locations.push(loc);
    groups.set(anchor.id, group);
  }
  return [...groups.values()]
    .sort((a, b) => b.locations.length - a.locations.length || (a.locations[0] ?? 0) - (b.locations[0] ?? 0))
    .slice(0, limit);
}

/** A run of an excerpt's text, and whether it is a matching word to mark. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** Words `before` and `after` a position of the page's content, with the positions to mark. */
export function excerptAround(
  content: string,
  location: number,
  marks: readonly number[],
  before = 8,
  after = 16,
): ExcerptPart[] {
  const words = content.split(/\s+/);
  const start = Math.max(0, location - before);
  const end = Math.min(words.length, location + after);
  const wanted = new Set(marks);
  const out: ExcerptPart[] = [];
  if (start > 0) out.push({ text: '… ', marked: false });
  for (let i = start; i < end; i++) {
    out.push({ text: words[i] ?? '', marked: wanted.has(i) });
    if (i < end - 1) out.push({ text: ' ', marked: false });
  }
  if (end < words.length) out.push({ text: ' …', marked: false });
  return out;
}

/** A result link that lands on a passage and asks the page to highlight the query. */
export function passageUrl(pageUrl: string, query: string, anchorId?: string): string {
  const [path] = pageUrl.split(/[?#]/);
  const highlight = query.trim() ? `?highlight=${encodeURIComponent(query.trim())}` : '';
  return `${path ?? pageUrl}${highlight}${anchorId ? `#${encodeURIComponent(anchorId)}` : ''}`;
}

/** A passage of a result listed under it: the anchor to link to and an excerpt around its first match. */
export interface ResultPassage {
  anchorId: string;
  excerpt: ExcerptPart[];
}

/**
 * The passages of a result page to list under it: those `matchingPassages` finds among the page's
 * anchors below its title (the `h1`, which the result's own link already leads to).
 */
export function resultPassages(page: {
  content: string;
  anchors: readonly Anchor[];
  locations: readonly number[];
}): ResultPassage[] {
  const passages = matchingPassages(
    page.anchors.filter((a) => a.element !== 'h1'),
    page.locations,
  );
  return passages.flatMap(({ anchor, locations }) =>
    anchor && locations[0] !== undefined
      ? [{ anchorId: anchor.id, excerpt: excerptAround(page.content, locations[0], locations) }]
      : [],
  );
}

/** The status line for `count` results of a search for `query` (which may be empty when only filters are set). */
export function resultStatus(count: number, query: string): string {
  const what = query ? ` for “${query}”` : '';
  return count === 0 ? `No results${what}.` : `${count} result${count === 1 ? '' : 's'}${what}.`;
}
