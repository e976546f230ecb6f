import { normalizeSpace } from './quotations';

/**
 * The paragraphs of a raw capture: blocks separated by blank lines, whitespace collapsed, list bullets
 * ("•", "-", "*", "1." to "99.") removed. Lines named in `furniture` (page chrome such as comment widgets) are dropped.
 */
export function captureParagraphs(capture: string, furniture: readonly string[] = []): string[] {
  const skip = new Set(furniture.map(unbullet));
  return capture
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .flatMap((chunk) => chunk.split(/\n(?=\s*(?:•|-|\*|\d{1,2}\.)\s)/))
    .map(unbullet)
    .filter((p) => p !== '' && !skip.has(p));
}

function unbullet(line: string): string {
  return normalizeSpace(line.replace(/^\s*(?:•|-|\*|\d{1,2}\.)\s+/, ''));
}
