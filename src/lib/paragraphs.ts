import { uniqueAnchors } from './slugs';

/** One addressable block of a document's text. */
export interface Block {
  /** `heading` (`## …`), `quote` (`> …`, words the document quotes from another work), `item` (`- …`) or `paragraph`. */
  kind: 'heading' | 'quote' | 'item' | 'paragraph';
  /** The text exactly as written in the document, markup prefixes removed, lines joined by one space. */
  text: string;
  /** Stable fragment identifier, unique within the document. */
  anchor: string;
}

const PREFIXES: ReadonlyArray<[Block['kind'], RegExp]> = [
  ['heading', /^#{2,4}\s+/],
  ['quote', /^>\s?/],
  ['item', /^[-*]\s+/],
];

function classify(line: string): { kind: Block['kind']; text: string } {
  for (const [kind, prefix] of PREFIXES) {
    if (prefix.test(line)) return { kind, text: line.replace(prefix, '') };
  }
  return { kind: 'paragraph', text: line };
}

/**
 * Splits a document body into blocks. Blocks are separated by blank lines; each line of a list
 * is its own item; other lines of one block are joined with a space. Text is kept verbatim.
 */
export function parseBlocks(body: string): Block[] {
  const raw: Array<{ kind: Block['kind']; text: string }> = [];
  for (const chunk of body.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((line) => line.trim() !== '');
    if (lines.length === 0) continue;
    const first = classify(lines[0] ?? '');
    if (first.kind === 'item') {
      for (const line of lines) raw.push({ kind: 'item', text: classify(line).text.trim() });
    } else {
      const rest = lines.slice(1).map((line) => (first.kind === 'quote' ? line.replace(/^>\s?/, '') : line));
      raw.push({ kind: first.kind, text: [first.text, ...rest].map((l) => l.trim()).join(' ') });
    }
  }
  const anchors = uniqueAnchors(raw.map((b) => b.text));
  return raw.map((b, i) => ({ ...b, anchor: anchors[i] ?? '' }));
}

/** Groups consecutive list items so a renderer can wrap them in one list. */
export function groupBlocks<T extends Block>(blocks: readonly T[]): Array<T | T[]> {
  const out: Array<T | T[]> = [];
  for (const block of blocks) {
    const last = out.at(-1);
    if (block.kind === 'item' && Array.isArray(last)) last.push(block);
    else out.push(block.kind === 'item' ? [block] : block);
  }
  return out;
}
