// The pure part of `npm run new:document` (scripts/content/new-document.ts): a new document's id,
// frontmatter and body, made from a raw capture.
import { isListLine, unbullet } from './captures.ts';
import { PLACEHOLDER } from './content-files.ts';
import { normalizeSpace } from './quotations.ts';
import { escapeLine } from './paragraphs.ts';
import { words } from './slugs.ts';
import { yamlString } from './yaml-text.ts';

/** An id new:document writes: lower-case words joined by hyphens, one file (no folders). */
export const DOCUMENT_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The id a capture's file name gives: its words, extension dropped, lower case, joined by hyphens ('' when it has none). */
export function idFromFileName(name: string): string {
  return words(name.replace(/\.[^.]*$/, '')).join('-');
}

/**
 * The capture's paragraphs as `captureParagraphLines` (src/lib/captures.ts) splits them, each as its
 * lines: blank lines separate paragraphs, and every list line starts one. Paragraphs with no words
 * (a bare bullet) are left out, as the capture check leaves them out.
 */
function captureParagraphs(capture: string): string[][] {
  const paragraphs: string[][] = [];
  let open: string[] | undefined;
  for (const line of capture
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')) {
    if (line.trim() === '') open = undefined;
    else if (open === undefined || isListLine(line)) paragraphs.push((open = [line]));
    else open.push(line);
  }
  return paragraphs.filter((lines) => unbullet(lines.join('\n')) !== '').map((lines) => lines.map((l) => l.trimEnd()));
}

/**
 * A document body holding `capture` verbatim: its paragraphs as the capture has them, separated by
 * blank lines, list lines kept with their bullets, and a backslash before any paragraph's first line
 * that would otherwise be read as an editors' mark (`## `, `> `, `- `, `* `) or starts with a backslash.
 */
export function bodyFromCapture(capture: string): string {
  return captureParagraphs(capture)
    .map(([first = '', ...rest]) => [escapeLine(first), ...rest].join('\n'))
    .join('\n\n');
}

/** What new:document needs to write a document file. */
export interface NewDocumentInput {
  /** The document's id: its file is `documents/<id>.mdx` and its capture `originals/<id>.txt`. */
  id: string;
  /** The capture's text. */
  capture: string;
  /** The debate's stances (site.yaml), listed in the stance placeholder. Default: none listed. */
  stances?: ReadonlyArray<{ id: string; label: string }>;
}

const todo = (reason: string) => yamlString(`${PLACEHOLDER} ${reason}`);

const clip = (text: string, length: number) =>
  text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;

/**
 * The frontmatter of a new document: every field of src/schemas/document.ts, the required ones as
 * `TODO:` placeholders saying what to write (the build refuses them until they are replaced), the
 * optional ones as empty defaults or comments, and `capture` filled in.
 */
export function documentFrontmatter({ id, capture, stances = [] }: NewDocumentInput): string {
  const opening = clip(normalizeSpace(captureParagraphs(capture)[0]?.join(' ') ?? ''), 70);
  const stanceList = stances.map((s) => `${s.id} (${s.label})`).join(', ') || 'one of the stance ids in site.yaml';
  const title = `the title as published. The capture opens with "${opening}": if that is the title, put it here and delete that paragraph from the body.`;
  return [
    `# Written by npm run new:document from originals/${id}.txt. Replace every TODO: (the build refuses them;`,
    '# npm run check:content lists those left, with their lines). Field meanings: src/schemas/document.ts.',
    `title: ${todo(title)}`,
    'author:',
    '  # kind: person or organisation, with name: (as printed) and an optional description:;',
    '  # or kind: unknown, with note: (why no author is known, e.g. unsigned blog post) instead of name:.',
    `  kind: ${todo('person, organisation or unknown: who wrote it.')}`,
    `  name: ${todo('the author’s name as printed (for kind: unknown, replace this line with note: saying why no author is known).')}`,
    '  # description: who they are, as the documents or reference notes describe them',
    `outlet: ${todo('where it was published (site, magazine, blog).')}`,
    'published:',
    `  value: ${todo('the publication date, as precise as it is known: YYYY-MM-DD, YYYY-MM or YYYY.')}`,
    `  precision: ${todo('exact (the day is printed), month, year, or approximate (inferred; shown as “about”).')}`,
    '  # basis: where the date comes from when the document does not print it (e.g. from the URL path)',
    '# edited: # when the text says it was edited',
    "#   value: 'YYYY-MM-DD'",
    '#   precision: exact',
    '#   basis: the words of the text that give the date',
    `url: ${todo('the address of the original, a full http(s) URL, once checked to serve this document.')}`,
    `stance: ${todo(`the document’s overall position on the question: ${stanceList}.`)}`,
    `summary: ${todo('one paragraph in our own words, shown labelled as the editors’ summary.')}`,
    `capture: ${id}.txt`,
    '# Lines of the capture that are page furniture (comment widgets and the like), each as the capture',
    '# has it, then deleted from the body.',
    'furniture: []',
    '# What the capture lost from the original page (embedded media, stripped links).',
    'lost: []',
    '# Every work the document cites, at the words that cite it:',
    '#   - source: <id of a file in sources/>',
    "#     text: '<the words that cite it, verbatim>'",
    '#     anchor: <only when several paragraphs hold the words: npm run locate prints it>',
    'cites: []',
  ].join('\n');
}

/** The whole file `documents/<id>.mdx`: the frontmatter of {@link documentFrontmatter} and the body of {@link bodyFromCapture}. */
export function newDocumentText(input: NewDocumentInput): string {
  return `---\n${documentFrontmatter(input)}\n---\n\n${bodyFromCapture(input.capture)}\n`;
}
