// npm run locate -- "<words>" [--document <id>]: prints every paragraph of the documents holding the
// words verbatim (file and line, document and anchor, the sentence) and the quotation to paste into an
// argument or an event. Exit 1 when the document does not exist or nothing holds the words.
import path from 'node:path';
import { displayPath, readCollection } from '../../src/integrations/read-content.ts';
import { contentRoot } from '../../src/lib/content-root.ts';
import { locatable, locate, locateReport, nearMatches } from '../../src/lib/locate.ts';
import { normalizeSpace } from '../../src/lib/quotations.ts';
import { readArguments, refuser } from './cli.ts';

const USAGE = 'usage: npm run locate -- "<words>" [--document <id>]';

// Typed here so that TypeScript narrows after a call (it only does so for an explicitly typed never-returning function).
const refuse: (message: string) => never = refuser('locate');
const { values, positionals } = readArguments({ document: { type: 'string' } }, refuse, USAGE);
// Unquoted words arrive as several arguments; they are one phrase.
const words = normalizeSpace(positionals.join(' '));
if (words === '') refuse(USAGE);

const folder = path.join(contentRoot(), 'documents');
const all = readCollection(contentRoot(), 'documents').map(locatable);
const documents = values.document === undefined ? all : all.filter((d) => d.id === values.document);
if (values.document !== undefined && documents.length === 0) {
  const known = all.map((d) => d.id).join(', ') || 'none';
  refuse(`there is no document "${values.document}" in ${displayPath(folder)} (documents: ${known})`);
}

const matches = locate(documents, words);
if (matches.length === 0) {
  const scope = values.document === undefined ? 'any document' : `the document ${values.document}`;
  const near = nearMatches(documents, words);
  const places = near.map((m) => `${m.at} (${m.document}#${m.anchor})`).join(', ');
  const hint =
    near.length > 0
      ? `\nNearly in ${places}: check letter case, quotes (’ “ ”) and dashes (– —), which must be as the document has them.`
      : '\nThe words must be as the document has them: letters, punctuation and typographic quotes; only whitespace may differ.';
  refuse(`"${words}" is in no paragraph of ${scope}.${hint}`);
}
console.log(locateReport(matches, words));
