import { readFile } from 'node:fs/promises';
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentRoot } from '../lib/content-root';
import { dateSortKey } from '../lib/dates';
import { buildBacklinks, paragraphKey, type Backlinks } from '../lib/graph';
import { checkCorpus, formatProblems, type CorpusInput } from '../lib/integrity';
import { argumentInput, documentInput } from '../lib/integrity-input';
import { parseBlocks, type Block } from '../lib/paragraphs';
import { STANCES } from '../lib/stances';

export type DocumentEntry = CollectionEntry<'documents'> & { blocks: Block[] };
export type SourceEntry = CollectionEntry<'sources'>;
export type ArgumentEntry = CollectionEntry<'arguments'>;

/** The whole corpus, checked, sorted and cross-indexed. Routes take what they need from here. */
export interface Corpus {
  /** Newest first; ties by title. */
  documents: DocumentEntry[];
  /** By title. */
  sources: SourceEntry[];
  /** By stance (for, against, qualified), then title. */
  arguments: ArgumentEntry[];
  document(id: string): DocumentEntry;
  source(id: string): SourceEntry;
  argument(id: string): ArgumentEntry;
  /** Arguments quoting a paragraph of a document. */
  quotedBy(documentId: string, anchor: string): ArgumentEntry[];
  argumentsOfDocument(documentId: string): ArgumentEntry[];
  rebuttedBy(argumentId: string): ArgumentEntry[];
  relatedTo(argumentId: string): ArgumentEntry[];
  argumentsCiting(sourceId: string): ArgumentEntry[];
  documentsCiting(sourceId: string): DocumentEntry[];
}

const byTitle = (a: { data: { title: string } }, b: { data: { title: string } }) => a.data.title.localeCompare(b.data.title, 'en');
const stanceOrder = (s: string) => STANCES.findIndex((x) => x.id === s);

async function readCapture(name: string): Promise<string | undefined> {
  try {
    return await readFile(`${contentRoot()}/originals/${name}`, 'utf8');
  } catch {
    return undefined;
  }
}

function lookup<T extends { id: string }>(kind: string, entries: readonly T[]): (id: string) => T {
  const map = new Map(entries.map((e) => [e.id, e]));
  return (id) => {
    const entry = map.get(id);
    if (!entry) throw new Error(`No ${kind} with the id "${id}"`);
    return entry;
  };
}

async function load(): Promise<Corpus> {
  const [rawDocuments, sources, args] = await Promise.all([
    getCollection('documents'),
    getCollection('sources'),
    getCollection('arguments'),
  ]);
  const documents: DocumentEntry[] = rawDocuments.map((d) => ({ ...d, blocks: parseBlocks(d.body ?? '') }));
  const file = (e: { id: string; filePath?: string | undefined }) => e.filePath ?? e.id;

  const input: CorpusInput = {
    documents: await Promise.all(
      documents.map(async (d) => documentInput({ ...d, file: file(d) }, await readCapture(d.data.capture))),
    ),
    sources: sources.map((s) => ({ id: s.id, file: file(s) })),
    arguments: args.map((a) => argumentInput({ ...a, file: file(a) })),
  };
  const problems = checkCorpus(input);
  if (problems.length > 0) throw new Error(formatProblems(problems));

  documents.sort((a, b) => dateSortKey(b.data.published).localeCompare(dateSortKey(a.data.published)) || byTitle(a, b));
  sources.sort(byTitle);
  args.sort((a, b) => stanceOrder(a.data.stance) - stanceOrder(b.data.stance) || byTitle(a, b));

  const document = lookup('document', documents);
  const source = lookup('source', sources);
  const argument = lookup('argument', args);
  const links: Backlinks = buildBacklinks(input);
  // Backlink lists follow the site-wide argument order, whatever order the files were read in.
  const rank = new Map(args.map((a, i) => [a.id, i]));
  const argsFor = (ids: string[] | undefined) =>
    (ids ?? []).map(argument).sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));

  return {
    documents,
    sources,
    arguments: args,
    document,
    source,
    argument,
    quotedBy: (documentId, anchor) => argsFor(links.quotedBy.get(paragraphKey(documentId, anchor))),
    argumentsOfDocument: (id) => argsFor(links.argumentsOfDocument.get(id)),
    rebuttedBy: (id) => argsFor(links.rebuttedBy.get(id)),
    relatedTo: (id) => argsFor(links.relatedTo.get(id)),
    argumentsCiting: (id) => argsFor(links.argumentsCiting.get(id)),
    documentsCiting: (id) => (links.documentsCiting.get(id) ?? []).map(document),
  };
}

let cached: Promise<Corpus> | undefined;

/** The checked corpus, loaded once per build. Throws, naming file and field, when the content is unsound. */
export function getCorpus(): Promise<Corpus> {
  cached ??= load();
  return cached;
}
