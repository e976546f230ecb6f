import type { Corpus, NameEntry, NameMention, NameMentions } from '../corpus/types.ts';
import { pageTitle, type Page } from '../pagination.ts';

/** How the index of names reads a kind. */
export const KIND_LABELS = {
  person: 'person',
  organisation: 'organisation',
  group: 'group',
  place: 'place',
  event: 'event',
} as const;

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** "3 arguments, 12 paragraphs, 1 source": where a name is mentioned, counted. */
export function mentionCounts(m: Pick<NameMentions, 'arguments' | 'paragraphs' | 'sources'>): string {
  return [
    m.arguments.length > 0 ? plural(m.arguments.length, 'argument') : '',
    m.paragraphs.length > 0 ? plural(m.paragraphs.length, 'paragraph') : '',
    m.sources.length > 0 ? plural(m.sources.length, 'source') : '',
  ]
    .filter((s) => s !== '')
    .join(', ');
}

/** One entry of the index of names: the name, its kind and where it is mentioned, counted. */
export interface NameListItem {
  name: NameEntry;
  counts: string;
}

/** A page of `/names/`: its names grouped by initial letter, A to Z. */
export interface NameListView {
  title: string;
  page: Page<NameEntry>;
  groups: Array<{ letter: string; items: NameListItem[] }>;
}

/** The initial a name is filed under: its first letter or digit, upper case without accents; `#` for none. */
export function initialOf(name: string): string {
  const first = /[\p{L}\p{N}]/u.exec(name.normalize('NFD'))?.[0];
  return first === undefined ? '#' : first.toUpperCase();
}

/** Page `page` of the index of names. */
export function nameListView(corpus: Corpus, page: Page<NameEntry>): NameListView {
  const groups: NameListView['groups'] = [];
  for (const name of page.items) {
    const letter = initialOf(name.data.name);
    const item = { name, counts: mentionCounts(corpus.mentionsOf(name.id)) };
    const last = groups.at(-1);
    if (last?.letter === letter) last.items.push(item);
    else groups.push({ letter, items: [item] });
  }
  return { title: pageTitle('Index of names', page), page, groups };
}

/** The places of one page of a name's page, grouped as the page shows them. */
export interface NamePageView {
  name: NameEntry;
  title: string;
  description: string;
  page: Page<NameMention>;
  /** "3 arguments, 12 paragraphs, 1 source" over all pages. */
  counts: string;
  arguments: Extract<NameMention, { kind: 'argument' }>[];
  /** This page's paragraphs, grouped by document in site order. */
  documents: Array<{
    document: Extract<NameMention, { kind: 'paragraph' }>['document'];
    paragraphs: Extract<NameMention, { kind: 'paragraph' }>[];
  }>;
  sources: Extract<NameMention, { kind: 'source' }>[];
}

/** Page `page` of the places `name` is mentioned. */
export function namePageView(corpus: Corpus, name: NameEntry, page: Page<NameMention>): NamePageView {
  const documents: NamePageView['documents'] = [];
  for (const m of page.items) {
    if (m.kind !== 'paragraph') continue;
    const last = documents.at(-1);
    if (last?.document.id === m.document.id) last.paragraphs.push(m);
    else documents.push({ document: m.document, paragraphs: [m] });
  }
  return {
    name,
    title: pageTitle(name.data.name, page),
    description: `Every argument, paragraph and source that mentions ${name.data.name} in the debate on ${corpus.site.subject}.`,
    page,
    counts: mentionCounts(corpus.mentionsOf(name.id)),
    arguments: page.items.filter((m) => m.kind === 'argument'),
    documents,
    sources: page.items.filter((m) => m.kind === 'source'),
  };
}
