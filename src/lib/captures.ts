import { normalizeSpace } from './quotations';

/** A list marker at the start of a line: a bullet, or a one- or two-digit number with a full stop. */
const BULLET = String.raw`\s*(?:•|-|\*|\d{1,2}\.)`;
const BEFORE_ITEM = new RegExp(String.raw`\n(?=${BULLET}\s)`);
const LEADING_BULLET = new RegExp(String.raw`^${BULLET}\s+`);

/**
 * The paragraphs of a raw capture: blocks separated by blank lines, whitespace collapsed, list bullets
 * ("•", "-", "*", "1." to "99.") removed. Lines named in `furniture` (page chrome such as comment widgets) are dropped.
 */
export function captureParagraphs(capture: string, furniture: readonly string[] = []): string[] {
  const skip = new Set(furniture.map(unbullet));
  return capture
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .flatMap((chunk) => chunk.split(BEFORE_ITEM))
    .map(unbullet)
    .filter((p) => p !== '' && !skip.has(p));
}

function unbullet(line: string): string {
  return normalizeSpace(line.replace(LEADING_BULLET, ''));
}
