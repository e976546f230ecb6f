import { uniqueAnchors } from './slugs.ts';

/** One addressable block of a document's text. */
export interface Block {
  /** `heading` (`## …`), `quote` (`> …`, words the document quotes from another work), `item` (`- …`) or `paragraph`. */
  kind: 'heading' | 'quote' | 'item' | 'paragraph';
  /** The text exactly as written in the document, markup prefixes removed, lines joined by one space. */
  text: string;
  /** Stable fragment identifier, unique within the document. */
  anchor: string;
  /** The line of the body (1 = the body's first line) on which the block starts, for messages to editors. */
  line: number;
}

/**
 * The editors' block marks, read only at the start of a block's first line (and of every line of a
 * list). Each needs a space or tab after it, so text such as ">5%" or "-3 degrees" stays text.
 */
const MARKS: ReadonlyArray<[Block['kind'], RegExp]> = [
  ['heading', /^#{2,4}[ \t]+/],
  ['quote', /^>[ \t]/],
  ['item', /^[-*][ \t]+/],
];

/** A line starting with a backslash is plain text: the backslash is dropped and nothing after it is a mark. */
const ESCAPE = '\\';

function classify(line: string): { kind: Block['kind']; text: string } {
  if (line.startsWith(ESCAPE)) return { kind: 'paragraph', text: line.slice(ESCAPE.length) };
  for (const [kind, mark] of MARKS) {
    if (mark.test(line)) return { kind, text: line.replace(mark, '') };
  }
  return { kind: 'paragraph', text: line };
}

/**
 * `line` written as the first line of a block whose text it is, word for word: a backslash is put
 * before it when it would otherwise be read as an editors' mark or lose a leading backslash of its
 * own. The other lines of a block are never read as marks and are written as they are.
 */
export function escapeLine(line: string): string {
  return line.startsWith(ESCAPE) || classify(line).kind !== 'paragraph' ? ESCAPE + line : line;
}

/**
 * Splits a document body into blocks. Blocks are separated by blank lines; each line of a list
 * is its own item; other lines of one block are joined with a space. Text is kept verbatim: the
 * only characters removed are the editors' marks and the escaping backslash (see `classify`).
 */
export function parseBlocks(body: string): Block[] {
  const raw: Array<Omit<Block, 'anchor'>> = [];
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  let chunk: Array<{ text: string; line: number }> = [];
  const flush = () => {
    const first = chunk[0];
    if (first === undefined) return;
    const head = classify(first.text);
    if (head.kind === 'item') {
      for (const l of chunk) {
        const item = classify(l.text);
        raw.push({ kind: 'item', text: (item.kind === 'item' ? item.text : l.text).trim(), line: l.line });
      }
    } else {
      const rest = chunk.slice(1).map((l) => (head.kind === 'quote' ? l.text.replace(/^>\s?/, '') : l.text));
      raw.push({ kind: head.kind, text: [head.text, ...rest].map((t) => t.trim()).join(' '), line: first.line });
    }
    chunk = [];
  };
  lines.forEach((text, i) => {
    if (text.trim() === '') flush();
    else chunk.push({ text, line: i + 1 });
  });
  flush();
  const anchors = uniqueAnchors(raw.map((b) => b.text));
  return raw.map((b, i) => ({ kind: b.kind, text: b.text, anchor: anchors[i] ?? '', line: b.line }));
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
