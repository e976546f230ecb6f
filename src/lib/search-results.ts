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

/** Words `before` and `after` a position of the page's content, with the positions to mark. */
export function excerptAround(
  content: string,
  location: number,
  marks: readonly number[],
  before = 8,
  after = 16,
): Array<{ text: string; marked: boolean }> {
  const words = content.split(/\s+/);
  const start = Math.max(0, location - before);
  const end = Math.min(words.length, location + after);
  const wanted = new Set(marks);
  const out: Array<{ text: string; marked: boolean }> = [];
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

/** Search state as it appears in the page URL: `?q=…&sort=…&f=key:value…`. */
export interface SearchState {
  query: string;
  sort: 'relevance' | 'newest' | 'oldest';
  filters: Record<string, string[]>;
}

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const sort = params.get('sort');
  const filters: Record<string, string[]> = {};
  for (const f of params.getAll('f')) {
    const at = f.indexOf(':');
    if (at <= 0) continue;
    const key = f.slice(0, at);
    (filters[key] ??= []).push(f.slice(at + 1));
  }
  return { query: params.get('q') ?? '', sort: sort === 'newest' || sort === 'oldest' ? sort : 'relevance', filters };
}

export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  for (const [key, values] of Object.entries(state.filters)) for (const v of values) params.append('f', `${key}:${v}`);
  const text = params.toString();
  return text ? `?${text}` : '';
}
