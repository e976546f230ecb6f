import { normalizeSpace, segmentByPhrases, verbatimIndex, type Segment } from './quotations.ts';

/** Words an argument quotes from a block, as its quotation gives them. */
export interface QuotedWords {
  words: string;
  /** The id of the argument quoting them. */
  argument: string;
}

/** One quotation found in a block: where its words are, and every argument quoting exactly those words. */
export interface PlacedQuotation {
  /** The words, whitespace normalised, as they stand in the block's text. */
  text: string;
  /** Start and end (exclusive) in the block's text with whitespace normalised. */
  start: number;
  end: number;
  /** Ids of the arguments quoting these words, in the order the input names them, each once. */
  arguments: string[];
}

/** A run of text whose words are covered by the same quotations. */
export interface Piece {
  text: string;
  /** Indices into `MarkedText.quotations` of the quotations covering this run; empty when none does. */
  quotes: number[];
}

/**
 * A piece of a block as it is rendered: plain text or the words that cite a work (one link), split
 * into runs by the quotations covering them. `closes` lists the quotations that end within it, to be
 * referenced right after it: a quotation ending inside cited words is referenced after the link,
 * never inside it, so no link is nested in another.
 */
export interface MarkedSegment extends Segment {
  pieces: Piece[];
  /** Indices into `MarkedText.quotations`, in order of their start. */
  closes: number[];
}

/** A block's text split at cited words and at the edges of every quotation. */
export interface MarkedText {
  segments: MarkedSegment[];
  /** The quotations found, ordered by start (the longer first when two start together). */
  quotations: PlacedQuotation[];
  /** Ids of every quoting argument, each once, in the order its first quotation starts: the notes' order and numbers. */
  arguments: string[];
}

/**
 * Splits a block's text (whitespace normalised, as it is rendered) at the words citing a work (as
 * {@link segmentByPhrases}) and at the start and end of every quotation. Each quotation is placed
 * at the first occurrence of its words on word boundaries, as the verbatim check finds them; words
 * quoted by several arguments are one quotation with several arguments. Quotations may overlap or
 * nest: each run of text knows every quotation covering it. Words not found are left out (the
 * integrity check refuses them before a page is built).
 */
export function markQuotations(
  text: string,
  cites: ReadonlyArray<{ phrase: string; id: string }>,
  quoted: readonly QuotedWords[],
): MarkedText {
  const flat = normalizeSpace(text);
  const quotations = placeQuotations(flat, quoted);
  const segments: MarkedSegment[] = [];
  let offset = 0;
  for (const segment of segmentByPhrases(flat, cites)) {
    const start = offset;
    const end = (offset += segment.text.length);
    // Inside a cite the link is kept whole; in plain text each quotation's end starts a new segment.
    const cuts = cutsWithin(quotations, start, end);
    const ends = segment.cites === undefined ? quotations.map((q) => q.end).filter((e) => e > start && e < end) : [];
    const bounds = [...new Set([start, ...ends, end])].sort((a, b) => a - b);
    for (let i = 0; i + 1 < bounds.length; i++) {
      const from = bounds[i] ?? 0;
      const to = bounds[i + 1] ?? 0;
      segments.push({
        text: flat.slice(from, to),
        ...(segment.cites === undefined ? {} : { cites: segment.cites }),
        pieces: piecesOf(flat, quotations, [from, ...cuts.filter((c) => c > from && c < to), to]),
        closes: quotations.flatMap((q, n) => (q.end > from && q.end <= to ? [n] : [])),
      });
    }
  }
  return { segments, quotations, arguments: [...new Set(quotations.flatMap((q) => q.arguments))] };
}

function placeQuotations(flat: string, quoted: readonly QuotedWords[]): PlacedQuotation[] {
  const byWords = new Map<string, PlacedQuotation>();
  for (const { words, argument } of quoted) {
    const needle = normalizeSpace(words);
    const known = byWords.get(needle);
    if (known) {
      if (!known.arguments.includes(argument)) known.arguments.push(argument);
      continue;
    }
    const start = verbatimIndex(needle, flat);
    if (start >= 0) byWords.set(needle, { text: needle, start, end: start + needle.length, arguments: [argument] });
  }
  return [...byWords.values()].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Every quotation start and end strictly inside `start`–`end`. */
function cutsWithin(quotations: readonly PlacedQuotation[], start: number, end: number): number[] {
  return quotations.flatMap((q) => [q.start, q.end]).filter((c) => c > start && c < end);
}

/** The runs between consecutive `bounds`, each with the quotations covering it; neighbours with the same cover are one run. */
function piecesOf(flat: string, quotations: readonly PlacedQuotation[], bounds: number[]): Piece[] {
  const sorted = [...new Set(bounds)].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const from = sorted[i] ?? 0;
    const to = sorted[i + 1] ?? 0;
    const quotes = quotations.flatMap((q, n) => (q.start <= from && q.end >= to ? [n] : []));
    const last = pieces.at(-1);
    if (last && last.quotes.join() === quotes.join()) last.text += flat.slice(from, to);
    else pieces.push({ text: flat.slice(from, to), quotes });
  }
  return pieces;
}
