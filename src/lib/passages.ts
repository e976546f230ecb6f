import type { Block } from './paragraphs.ts';
import { normalizeSpace, occursIn } from './quotations.ts';

/** Where a quotation's words are in its document, or why they cannot be placed. */
export type Placement =
  | { found: true; anchor: string }
  | { found: false; reason: 'no-such-anchor' | 'not-in-anchor' | 'nowhere' | 'ambiguous'; candidates: string[] };

const flat = new WeakMap<Block, string>();
/** A block's text with whitespace normalised, computed once per block however many quotations look at it. */
export function flatText(block: Block): string {
  let text = flat.get(block);
  if (text === undefined) flat.set(block, (text = normalizeSpace(block.text)));
  return text;
}

/** The anchors of every block of `blocks` that holds `text` verbatim, in document order. */
export function anchorsHolding(blocks: readonly Block[], text: string): string[] {
  const needle = normalizeSpace(text);
  return blocks.filter((b) => occursIn(needle, flatText(b))).map((b) => b.anchor);
}

/**
 * Places a quotation in its document. With an `anchor`, the words must be in that block; without
 * one, they must be in exactly one block, which is then the quotation's anchor. `candidates` lists
 * the blocks that do hold the words, so a refusal can name them.
 */
export function placePassage(blocks: readonly Block[], text: string, anchor?: string): Placement {
  const candidates = anchorsHolding(blocks, text);
  if (anchor !== undefined) {
    if (!blocks.some((b) => b.anchor === anchor)) return { found: false, reason: 'no-such-anchor', candidates };
    return candidates.includes(anchor)
      ? { found: true, anchor }
      : { found: false, reason: 'not-in-anchor', candidates };
  }
  const [only, ...others] = candidates;
  if (only === undefined) return { found: false, reason: 'nowhere', candidates };
  return others.length === 0 ? { found: true, anchor: only } : { found: false, reason: 'ambiguous', candidates };
}
