import { normalizeSpace } from './quotations.ts';

/** A list marker at the start of a line: a bullet, or a one- or two-digit number with a full stop. */
const BULLET = String.raw`\s*(?:•|-|\*|\d{1,2}\.)`;
const IS_ITEM = new RegExp(String.raw`^${BULLET}\s`);
const LEADING_BULLET = new RegExp(String.raw`^${BULLET}\s+`);

/** A paragraph of a capture and the line of the capture it starts on. */
export interface CaptureParagraph {
  text: string;
  line: number;
}

/**
 * The paragraphs of a raw capture with the line each starts on: blocks separated by blank lines,
 * every list line its own paragraph, whitespace collapsed, list bullets ("•", "-", "*", "1." to "99.")
 * removed. Lines named in `furniture` (page chrome such as comment widgets) are dropped.
 */
export function captureParagraphLines(capture: string, furniture: readonly string[] = []): CaptureParagraph[] {
  const skip = new Set(furniture.map(unbullet));
  const out: CaptureParagraph[] = [];
  let open: { lines: string[]; line: number } | undefined;
  const close = () => {
    if (open) out.push({ text: unbullet(open.lines.join('\n')), line: open.line });
    open = undefined;
  };
  capture
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((text, i) => {
      if (text.trim() === '') return close();
      if (IS_ITEM.test(text)) close();
      if (open) open.lines.push(text);
      else open = { lines: [text], line: i + 1 };
      return undefined;
    });
  close();
  return out.filter((p) => p.text !== '' && !skip.has(p.text));
}

/** True when `line` of a capture is a list line, which starts a paragraph of its own. */
export function isListLine(line: string): boolean {
  return IS_ITEM.test(line);
}

/** The paragraphs of a raw capture, as {@link captureParagraphLines} finds them, without their lines. */
export function captureParagraphs(capture: string, furniture: readonly string[] = []): string[] {
  return captureParagraphLines(capture, furniture).map((p) => p.text);
}

/** `line` with whitespace collapsed and a leading list bullet or number removed. */
export function unbullet(line: string): string {
  return normalizeSpace(line.replace(LEADING_BULLET, ''));
}
