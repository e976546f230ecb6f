import { readFile } from 'node:fs/promises';
import { getCollection, getEntry, render } from 'astro:content';
import { buildCorpus } from '../lib/corpus/build';
import type { Corpus } from '../lib/corpus/types';
import { contentRoot } from '../lib/content-root';
import { site } from './site';

export type {
  ArgumentEntry,
  Corpus,
  DocumentEntry,
  EventEntry,
  NameEntry,
  NameMention,
  SourceEntry,
  TopicEntry,
} from '../lib/corpus/types';

/** How messages name an entry's file: the path Astro read it from. */
const file = (e: { id: string; filePath?: string | undefined }) => e.filePath ?? e.id;

async function readCaptures(names: readonly string[]): Promise<Map<string, { file: string; text: string }>> {
  const captures = new Map<string, { file: string; text: string }>();
  for (const name of new Set(names)) {
    const path = `${contentRoot()}/originals/${name}`;
    // A missing capture is left out: the integrity check names it.
    const text = await readFile(path, 'utf8').catch(() => undefined);
    if (text !== undefined) captures.set(name, { file: path, text });
  }
  return captures;
}

async function load(): Promise<Corpus> {
  const [documents, sources, args, events, names] = await Promise.all([
    getCollection('documents'),
    getCollection('sources'),
    getCollection('arguments'),
    getCollection('events'),
    getCollection('names'),
  ]);
  const plain = <T>(e: { id: string; filePath?: string | undefined; data: T }) => ({
    id: e.id,
    file: file(e),
    data: e.data,
  });
  return buildCorpus({
    site,
    documents: documents.map((d) => ({ ...plain(d), body: d.body ?? '' })),
    // The bodies as written: mentions of names are found in their words (src/lib/names/texts.ts).
    sources: sources.map((s) => ({ ...plain(s), body: s.body ?? '' })),
    arguments: args.map((a) => ({ ...plain(a), body: a.body ?? '' })),
    events: events.map(plain),
    names: names.map(plain),
    captures: await readCaptures(documents.map((d) => d.data.capture)),
  });
}

let cached: Promise<Corpus> | undefined;

/** The checked corpus, loaded once per build. Throws, naming file and field, when the content is unsound. */
export function getCorpus(): Promise<Corpus> {
  cached ??= load();
  return cached;
}

/** The rendered body (the editors' synthesis or note) of an argument or a source, as a component. */
export async function renderBody(collection: 'arguments' | 'sources', id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`No entry "${id}" in ${collection}`);
  return (await render(entry)).Content;
}
