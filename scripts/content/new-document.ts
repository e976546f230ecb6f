// npm run new:document -- <capture file> [--id <id>]: copies a raw capture into originals/<id>.txt and
// writes documents/<id>.mdx, every frontmatter field present (the required ones as TODO: placeholders
// the build refuses) and the capture's text as the body. Never overwrites a file: on any refusal it
// writes nothing and exits 1.
import { constants, copyFileSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { displayPath } from '../../src/integrations/read-content.ts';
import { parseYaml, placeholderProblems, splitFrontmatter } from '../../src/lib/content-files.ts';
import { contentRoot } from '../../src/lib/content-root.ts';
import { bodyFromCapture, DOCUMENT_ID, idFromFileName, newDocumentText } from '../../src/lib/new-document.ts';
import { parseBlocks } from '../../src/lib/paragraphs.ts';
import { siteSchema } from '../../src/schemas/site.ts';
import { readArguments, refuser } from './cli.ts';

const USAGE = 'usage: npm run new:document -- <capture file> [--id <id>]';

// Typed here so that TypeScript narrows after a call (it only does so for an explicitly typed never-returning function).
const refuse: (message: string) => never = refuser('new:document');
const { values, positionals } = readArguments({ id: { type: 'string' } }, refuse, USAGE);
const [captureArg, ...extra] = positionals;
if (captureArg === undefined || extra.length > 0) refuse(USAGE);

// npm runs scripts from the package root; INIT_CWD is where the editor typed the command.
const capturePath = path.resolve(process.env['INIT_CWD'] ?? process.cwd(), captureArg);
if (!existsSync(capturePath)) refuse(`there is no capture file at ${capturePath}`);
if (!statSync(capturePath).isFile()) refuse(`${capturePath} is a folder, not a capture file`);

let capture = '';
try {
  capture = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(capturePath));
} catch {
  refuse(`${capturePath} is not UTF-8 text: save the capture as UTF-8 plain text`);
}
if (bodyFromCapture(capture) === '') refuse(`${capturePath} holds no text`);

const id = values.id ?? idFromFileName(path.basename(capturePath));
if (id === '') refuse(`the file name ${path.basename(capturePath)} gives no id: name one with --id <id>`);
if (!DOCUMENT_ID.test(id)) refuse(`--id "${id}": write the id as lower-case words joined by hyphens, e.g. city-council-report-2021`);

const root = contentRoot();
if (!existsSync(root)) refuse(`there is no content folder at ${root} (set CONTENT_ROOT, or run from the project folder)`);
const documentFile = path.join(root, 'documents', `${id}.mdx`);
const originalFile = path.join(root, 'originals', `${id}.txt`);
// A capture already saved as originals/<id>.txt is used where it is.
const inPlace = existsSync(originalFile) && realpathSync(originalFile) === realpathSync(capturePath);
const taken = [documentFile, ...(inPlace ? [] : [originalFile])].filter((f) => existsSync(f));
if (taken.length > 0) {
  refuse(`will not overwrite ${taken.map(displayPath).join(' or ')}: choose another id with --id <id>, or move the file away first`);
}

const text = newDocumentText({ id, capture, stances: siteStances() });
mkdirSync(path.dirname(documentFile), { recursive: true });
mkdirSync(path.dirname(originalFile), { recursive: true });
writeFileSync(documentFile, text, { flag: 'wx' });
if (!inPlace) {
  try {
    copyFileSync(capturePath, originalFile, constants.COPYFILE_EXCL);
  } catch (error) {
    rmSync(documentFile);
    refuse(`could not copy the capture to ${displayPath(originalFile)}: ${(error as Error).message}`);
  }
}

const split = splitFrontmatter(text);
const parsed = parseYaml(documentFile, split.yaml);
const todos = parsed.ok ? placeholderProblems(documentFile, parsed.data).length : 0;
const doc = displayPath(documentFile);
console.log(`Wrote ${doc}: ${parseBlocks(split.body).length} paragraphs of the capture and ${todos} TODO: placeholders.`);
console.log(inPlace ? `The capture stays where it is, ${displayPath(originalFile)}.` : `Copied the capture to ${displayPath(originalFile)}.`);
console.log(`
Next:
  1. Replace every TODO: in ${doc}; npm run check:content lists those left, with their lines.
  2. If the body opens with the title, move it into title: and delete that paragraph. List page furniture
     (comment widgets, share buttons) under furniture: and delete it from the body.
  3. Where the original shows them, mark the document's headings "## ", quoted passages "> " and list items
     "- ". A line starting with a backslash is plain text: drop the backslash to make it a mark.
  4. Quote it from an argument: npm run locate -- "<words>" --document ${id} prints the YAML to paste.
  5. npm run check:content, then npm run build.`);

/** The stances of site.yaml, for the stance placeholder; none when it is missing or unsound. */
function siteStances() {
  const file = path.join(root, 'site.yaml');
  if (!existsSync(file)) return [];
  const parsed = parseYaml(file, readFileSync(file, 'utf8'));
  const site = parsed.ok ? siteSchema.safeParse(parsed.data) : undefined;
  return site?.success ? site.data.stances : [];
}
