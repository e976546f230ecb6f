import type { z } from 'astro/zod';
import { argumentSchema, type ArgumentData } from '../schemas/argument.ts';
import { documentSchema, type DocumentData } from '../schemas/document.ts';
import { eventSchema, type EventData } from '../schemas/event.ts';
import { nameSchema, type NameData } from '../schemas/name.ts';
import { siteSchema, type SiteData } from '../schemas/site.ts';
import { sourceSchema, type SourceData } from '../schemas/source.ts';
import {
  fieldName,
  lineOfField,
  parseYaml,
  placeholderProblems,
  splitFrontmatter,
  type SourceFile,
} from './content-files.ts';
import { corpusInput } from './integrity-input.ts';
import { checkCorpus, type Problem } from './integrity.ts';
import { parseBlocks, type Block } from './paragraphs.ts';

/** A Markdown/MDX entry file with the id its path gives it. */
export interface EntryFile extends SourceFile {
  id: string;
}

/** The content folder as text, read by `readContent` (src/integrations/read-content.ts) or built by a test. */
export interface ContentFiles {
  /** The identity file (`site.yaml`); `undefined` when it is missing. */
  site: SourceFile | undefined;
  documents: EntryFile[];
  sources: EntryFile[];
  arguments: EntryFile[];
  events: EntryFile[];
  /** The index of names (`names/*.md`); empty when the corpus has none. */
  names: EntryFile[];
  /** The raw captures by file name (`originals/<name>`). */
  originals: ReadonlyMap<string, SourceFile>;
  /** Problems found while reading (a file name that cannot be an id, say). Default: none. */
  problems?: Problem[];
  /** How messages name the identity file when it is missing, e.g. `content/site.yaml`. */
  expectedSite: string;
}

const ENTRY = /\.mdx?$/;

/**
 * The content folder's files, given as paths relative to it (`documents/a.mdx`, `originals/a.txt`,
 * `site.yaml`) mapped to their text, sorted into collections. `prefix` is put before every path in
 * messages (e.g. `content/`). Entry files whose name starts with `_` are drafts and left out; an
 * entry's id is its path in the collection folder without the extension.
 */
export function contentFilesFrom(files: ReadonlyMap<string, string>, prefix = ''): ContentFiles {
  const under = (folder: string) =>
    [...files]
      .filter(([p]) => p.startsWith(`${folder}/`))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([p, text]) => ({ rel: p.slice(folder.length + 1), file: `${prefix}${p}`, text }));
  const entries = (folder: string): EntryFile[] =>
    under(folder)
      .filter(({ rel }) => ENTRY.test(rel) && !(rel.split('/').at(-1) ?? '').startsWith('_'))
      .map(({ rel, file, text }) => ({ id: rel.replace(ENTRY, ''), file, text }));
  const site = files.get('site.yaml');
  return {
    site: site === undefined ? undefined : { file: `${prefix}site.yaml`, text: site },
    documents: entries('documents'),
    sources: entries('sources'),
    arguments: entries('arguments'),
    events: entries('events'),
    names: entries('names'),
    originals: new Map(under('originals').map(({ rel, file, text }) => [rel, { file, text }])),
    expectedSite: `${prefix}site.yaml`,
  };
}

/** An entry that passed its schema, with what the checks and the loaders need. */
export interface ParsedEntry<T> {
  id: string;
  file: string;
  data: T;
  body: string;
  bodyLine: number;
}

/** The whole content, validated: the parsed entries and every problem, each with its file, line and field. */
export interface CheckedContent {
  problems: Problem[];
  site: SiteData | undefined;
  documents: Array<ParsedEntry<DocumentData> & { blocks: Block[] }>;
  sources: Array<ParsedEntry<SourceData>>;
  arguments: Array<ParsedEntry<ArgumentData>>;
  events: Array<ParsedEntry<EventData>>;
  names: Array<ParsedEntry<NameData>>;
}

/** Zod's message, except that a missing field says so in words an editor reads at a glance. */
function describe(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && / received undefined$/.test(issue.message))
    return `missing: write the ${issue.expected} this field needs`;
  return issue.message;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

/**
 * Validates every file of the content folder (schemas, placeholders left by new:document, and every
 * integrity rule of `checkCorpus`) without building a page. Problems are sorted by file and line.
 */
export function checkContent(files: ContentFiles): CheckedContent {
  const problems: Problem[] = [...(files.problems ?? [])];
  const located = new Map<string, { yaml: string; firstLine: number }>();

  function entries<S extends z.ZodType>(list: readonly EntryFile[], schema: S) {
    const out: Array<ParsedEntry<z.output<S>>> = [];
    for (const f of list) {
      if (!ID.test(f.id)) {
        problems.push({
          file: f.file,
          field: 'file name',
          line: 1,
          message: 'name the file in lower-case words joined by hyphens: its name is its id and its address',
        });
      }
      const split = splitFrontmatter(f.text);
      located.set(f.file, { yaml: split.yaml, firstLine: split.yamlLine });
      const parsed = parseYaml(f.file, split.yaml, split.yamlLine);
      if (!parsed.ok) {
        problems.push(parsed.problem);
        continue;
      }
      const data = validate(f.file, parsed.data, schema);
      if (data !== undefined) out.push({ id: f.id, file: f.file, data, body: split.body, bodyLine: split.bodyLine });
    }
    return out;
  }

  function validate<S extends z.ZodType>(file: string, raw: unknown, schema: S): z.output<S> | undefined {
    const placeholders = placeholderProblems(file, raw);
    problems.push(...placeholders);
    const result = schema.safeParse(raw);
    if (result.success) return placeholders.length === 0 ? result.data : undefined;
    const named = new Set(placeholders.map((p) => p.field));
    for (const issue of result.error.issues) {
      const field = fieldName(issue.path);
      if (!named.has(field)) problems.push({ file, field, message: describe(issue) });
    }
    return undefined;
  }

  function yamlFile<S extends z.ZodType>(file: SourceFile | undefined, expected: string, what: string, schema: S) {
    if (file === undefined) {
      problems.push({ file: expected, field: 'file', message: `missing: the content needs ${what}` });
      return undefined;
    }
    located.set(file.file, { yaml: file.text, firstLine: 1 });
    const parsed = parseYaml(file.file, file.text, 1, '(the file)');
    if (!parsed.ok) return void problems.push(parsed.problem);
    return validate(file.file, parsed.data, schema);
  }

  const site = yamlFile(
    files.site,
    files.expectedSite,
    'the debate’s identity (name, question, stances, topics)',
    siteSchema,
  );

  const documents = entries(files.documents, documentSchema).map((d) => ({ ...d, blocks: parseBlocks(d.body) }));
  const sources = entries(files.sources, sourceSchema);
  const args = entries(files.arguments, argumentSchema);
  const events = entries(files.events, eventSchema);
  const names = entries(files.names, nameSchema);

  // Integrity is checked only over sound entries; an entry refused above would make it report
  // dangling references that are only the echo of that first problem.
  if (problems.length === 0) {
    const input = corpusInput({
      topics: site?.topics ?? [],
      documents,
      sources,
      arguments: args,
      events,
      names,
      captures: files.originals,
    });
    problems.push(...checkCorpus(input));
  }

  for (const p of problems) {
    const where = located.get(p.file);
    if (p.line === undefined && where) p.line = lineOfField(where.yaml, p.field, where.firstLine);
  }
  problems.sort((a, b) => a.file.localeCompare(b.file, 'en') || (a.line ?? 0) - (b.line ?? 0));
  return { problems, site, documents, sources, arguments: args, events, names };
}
