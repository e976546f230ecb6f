/**
 * Text in the maps' SVG boxes: SVG does not wrap text, so titles are wrapped here by a character
 * count chosen for the font size (generous, so lines fit their box), and each line gets a baseline.
 */

/** Rounds to a tenth of a unit, so the SVG's numbers stay short. */
export const round = (n: number): number => Math.round(n * 10) / 10;

/** Baselines of `count` lines of text starting `top`, the text's descent (about a quarter line) above each line's foot. */
export const baselines = (top: number, count: number, lineHeight: number): number[] =>
  Array.from({ length: count }, (_, i) => round(top + (i + 1) * lineHeight - lineHeight / 4));

/** Greedy word wrap to lines of at most `max` characters; a longer word is cut. */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    if (line) lines.push(line);
    line = '';
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length <= max) {
      line += ` ${word}`;
      continue;
    }
    flush();
    let rest = word;
    while (rest.length > max) {
      lines.push(rest.slice(0, max));
      rest = rest.slice(max);
    }
    line = rest;
  }
  flush();
  return lines;
}

/** Characters a line of a box `width` wide may hold. */
export const charsPerLine = (width: number, m: { nodePad: number; charWidth: number }): number =>
  Math.max(8, Math.floor((width - 2 * m.nodePad) / m.charWidth));
