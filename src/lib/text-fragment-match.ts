import { normalizedIndex, normalizeSpace } from './quotations.ts';
import type { TextDirective } from './text-fragments.ts';

/**
 * Finding and choosing text directives over a page's text, given as its paragraphs (a capture's, with
 * whitespace collapsed). The paragraphs are joined by a newline, which no term contains, so a term never
 * matches across two paragraphs, as a browser's never matches across two blocks.
 */

/** A range of the joined text: `from` inclusive, `to` exclusive. */
export interface TextRange {
  from: number;
  to: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const isWord = (c: string | undefined) => c !== undefined && WORD_CHAR.test(c);

/** Lower case, one UTF-16 unit for one, so that offsets into the folded text are offsets into the text. */
const fold = (text: string) =>
  text.replace(/[^]/gu, (c) => {
    const lower = c.toLowerCase();
    return lower.length === c.length ? lower : c;
  });

/** A page's paragraphs as matched: each with whitespace collapsed, joined one per line, and folded. */
interface PageText {
  paragraphs: readonly string[];
  text: string;
  folded: string;
}

// A page's text is matched many times over (once per quotation on every page that shows it, and per
// candidate context), so what is derived from a list of paragraphs is kept with the list: at 10,000
// arguments, deriving it again per quotation was a tenth of the build.
const pages = new WeakMap<readonly string[], PageText>();
const pageText = (paragraphs: readonly string[]): PageText => {
  let page = pages.get(paragraphs);
  if (page === undefined) {
    const normalized = paragraphs.map(normalizeSpace);
    const text = normalized.join('\n');
    page = { paragraphs: normalized, text, folded: fold(text) };
    pages.set(paragraphs, page);
  }
  return page;
};

/** The page text a directive is matched against: paragraphs, whitespace collapsed, one per line. */
export function joinParagraphs(paragraphs: readonly string[]): string {
  return pageText(paragraphs).text;
}

/**
 * The first match of `term` in `hay` at or after `from`, ignoring case as browsers do, beginning (when
 * `wordStart`) and ending (when `wordEnd`) on a word boundary.
 */
function find(hay: string, term: string, from: number, wordStart: boolean, wordEnd: boolean): TextRange | undefined {
  for (let at = hay.indexOf(term, from); at >= 0; at = hay.indexOf(term, at + 1)) {
    const to = at + term.length;
    const startOk = !wordStart || !isWord(term[0]) || !isWord(hay[at - 1]);
    const endOk = !wordEnd || !isWord(term.at(-1)) || !isWord(hay[to]);
    if (startOk && endOk) return { from: at, to };
  }
  return undefined;
}

const skipSpace = (hay: string, at: number) => {
  while (at < hay.length && /\s/.test(hay[at] ?? '')) at += 1;
  return at;
};

let lastFold = { text: '', folded: '' };

/**
 * Where a browser highlights `d` in `text` (as {@link joinParagraphs} makes it), following the
 * specification's "find a range from a text directive"; undefined when it finds nothing.
 */
export function findTextDirective(text: string, d: TextDirective): TextRange | undefined {
  // Callers match many directives against one text in turn: its folded form is kept until the text changes.
  if (lastFold.text !== text) lastFold = { text, folded: fold(text) };
  return findIn(lastFold.folded, d);
}

/** {@link findTextDirective} in text already folded. */
function findIn(hay: string, d: TextDirective): TextRange | undefined {
  const [prefix, start, end, suffix] = [d.prefix, d.start, d.end, d.suffix].map((t) =>
    t === undefined ? undefined : fold(normalizeSpace(t)),
  );
  if (!start) return undefined;
  const startEndsWord = end !== undefined || suffix === undefined;
  let searchFrom = 0;
  while (searchFrom < hay.length) {
    let match: TextRange | undefined;
    if (prefix !== undefined) {
      const p = find(hay, prefix, searchFrom, true, false);
      if (!p) return undefined;
      searchFrom = p.from + 1;
      const at = skipSpace(hay, p.to);
      match = find(hay, start, at, false, startEndsWord);
      if (!match) return undefined;
      if (match.from !== at) continue;
    } else {
      match = find(hay, start, searchFrom, true, startEndsWord);
      if (!match) return undefined;
      searchFrom = match.from + 1;
    }
    let endFrom = match.to;
    for (;;) {
      if (end !== undefined) {
        const e = find(hay, end, endFrom, true, suffix === undefined);
        if (!e) return undefined;
        match = { from: match.from, to: e.to };
      }
      if (suffix === undefined) return match;
      const at = skipSpace(hay, match.to);
      const s = find(hay, suffix, at, false, true);
      if (!s) return undefined;
      if (s.from === at) return match;
      if (end === undefined) break;
      endFrom = match.to;
    }
  }
  return undefined;
}

/**
 * Above this many words a quotation is linked as a range (its first and last words): the URL stays a
 * reasonable length to share and print, and a range still lands when the page differs from the capture
 * somewhere inside a long passage (an inline link, a changed character), where an exact match would fail.
 */
export const RANGE_ABOVE_WORDS = 16;
/** How many words start and end a range, at least; more are taken when fewer would match elsewhere. */
const RANGE_WORDS = 4;
const MAX_CONTEXT_WORDS = 6;

/** The bare directive for `quote`: the words themselves, or a range of its first and last words when long. */
function bareDirectives(quote: string): TextDirective[] {
  const words = normalizeSpace(quote).split(' ');
  if (words.length <= RANGE_ABOVE_WORDS) return [{ start: words.join(' ') }];
  const out: TextDirective[] = [];
  for (let n = RANGE_WORDS; n * 2 < words.length; n += 1) {
    out.push({ start: words.slice(0, n).join(' '), end: words.slice(-n).join(' ') });
  }
  return out;
}

/**
 * The directive that makes a browser highlight `quote` where it stands in a page's `paragraphs`: in the
 * paragraph that equals or holds `paragraph` when given, else at its first occurrence. Words from the
 * same paragraph are added before or after (fewest first) when the words alone would match elsewhere
 * first. Undefined when the quotation is not in the paragraphs; without context when none tells the
 * occurrences apart (the browser then shows the first).
 */
export function textDirectiveFor(
  paragraphs: readonly string[],
  quote: string,
  paragraph?: string,
): TextDirective | undefined {
  const page = pageText(paragraphs);
  const { text } = page;
  const target = locate(page, quote, paragraph);
  if (!target) return undefined;
  const bare = bareDirectives(quote);
  const lineStart = text.lastIndexOf('\n', target.from - 1) + 1;
  const lineEnd = text.indexOf('\n', target.to) < 0 ? text.length : text.indexOf('\n', target.to);
  const before = text.slice(lineStart, target.from).trim().split(' ').filter(Boolean);
  const after = text.slice(target.to, lineEnd).trim().split(' ').filter(Boolean);
  const hits = (d: TextDirective) => {
    const r = findIn(page.folded, d);
    return r?.from === target.from && r.to === target.to;
  };
  for (const d of bare) if (hits(d)) return d;
  for (let n = 1; n <= MAX_CONTEXT_WORDS; n += 1) {
    const prefix = before.length >= n ? before.slice(-n).join(' ') : undefined;
    const suffix = after.length >= n ? after.slice(0, n).join(' ') : undefined;
    for (const d of bare) {
      for (const c of [{ prefix }, { suffix }, { prefix, suffix }]) {
        if (Object.values(c).some((v) => v === undefined)) continue;
        if (hits({ ...d, ...c })) return { ...d, ...c };
      }
    }
  }
  return bare[0];
}

/** Where `quote` stands in the joined paragraphs: within `paragraph`'s paragraph if found, else first. */
function locate(page: PageText, quote: string, paragraph?: string): TextRange | undefined {
  const q = normalizeSpace(quote);
  const wanted = paragraph === undefined ? undefined : normalizeSpace(paragraph);
  let offset = 0;
  let first: TextRange | undefined;
  for (const p of page.paragraphs) {
    const at = normalizedIndex(q, p);
    if (at >= 0) {
      const range = { from: offset + at, to: offset + at + q.length };
      if (wanted === undefined || p.includes(wanted) || wanted.includes(p)) return range;
      first ??= range;
    }
    offset += p.length + 1;
  }
  return first;
}
