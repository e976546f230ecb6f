/**
 * A seeded generator of synthetic corpora for the benchmark: documents with their raw captures,
 * sources and arguments whose quotations are copied verbatim from the documents, so the real
 * schemas and integrity checks accept them. Pure: the same options always give the same files.
 */
import { uniqueAnchors } from '../../src/lib/slugs.ts';

export interface CorpusOptions {
  /** How many arguments; documents and sources scale with it. */
  arguments: number;
  /** PRNG seed. Default 1. */
  seed?: number;
}

export interface SyntheticCorpus {
  /** Path relative to the content root (`documents/doc-0001.mdx`, `originals/doc-0001.txt`…) → file text. */
  files: Map<string, string>;
  /** A word on most pages, for a search with many results. */
  commonWord: string;
  /** A word in one heading of one document (headings are never quoted), for a search with one result. */
  rareWord: string;
  counts: { documents: number; sources: number; arguments: number; names: number };
}

/** The mulberry32 generator: a fast 32-bit PRNG whose whole state is one number. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ru',
  'sa',
  'ti',
  'vo',
  'de',
  'pa',
  'gor',
  'lin',
  'mar',
  'sel',
  'tor',
  'ven',
  'bri',
  'dal',
];
const COMMON = 'council';
const RARE = 'quillwort';
const STANCES = ['for', 'against', 'qualified'] as const;
const NAME_KINDS = ['person', 'organisation', 'group', 'place', 'event'] as const;
/** The share of sentences that mention a name. */
const NAMED_SENTENCES = 0.2;
const KINDS = ['article', 'op-ed', 'report', 'transcript', 'video', 'book'] as const;
/** As many topics as the real debate has, so topic pages scale the same way. */
const TOPIC_COUNT = 11;

const pad = (n: number) => String(n).padStart(5, '0');
/** JSON is YAML, and it quotes every string, so no value can be misread as a date or number. */
const frontmatter = (data: object, body: string) => `---\n${JSON.stringify(data, null, 1)}\n---\n\n${body}\n`;

/** Spreadsheet-style letters for `n` (0 → A, 25 → Z, 26 → BA…), for acronyms that no two names share. */
const letters = (n: number): string =>
  (n >= 26 ? letters(Math.floor(n / 26)) : '') + String.fromCharCode(65 + (n % 26));

/**
 * Generates a corpus of `options.arguments` arguments with documents (1 per 20), sources (1 per 10)
 * and names (1 per 4, each with an acronym and most with a short form as aliases). A fifth of the
 * sentences mention a name by one of its forms, the first names far more often than the last, and
 * every name is mentioned at least once (in a source's body).
 */
export function generateCorpus(options: CorpusOptions): SyntheticCorpus {
  const random = prng(options.seed ?? 1);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const vocabulary = Array.from({ length: 2000 }, () =>
    Array.from({ length: int(1, 3) }, () => pick(SYLLABLES)).join(''),
  );
  // Skewed towards the front of the list, as word frequencies are; the common word leads it.
  vocabulary[0] = COMMON;
  const word = () => vocabulary[Math.floor(vocabulary.length * random() ** 3)] as string;
  const files = new Map<string, string>();

  // Names of their own words (ending in "z", which no syllable has, so the vocabulary never
  // mentions one by chance), drawn from a generator of their own so that the rest of the corpus is
  // the same words with or without them.
  const nameRandom = prng((options.seed ?? 1) + 7919);
  const nameWord = () => {
    const w = `${vocabulary[Math.floor(nameRandom() * vocabulary.length)] ?? 'ka'}z`;
    return `${w[0]?.toUpperCase()}${w.slice(1)}`;
  };
  const nNames = Math.max(3, Math.round(options.arguments / 4));
  const names: Array<{ id: string; forms: string[] }> = [];
  const taken = new Set<string>();
  for (let j = 0; names.length < nNames; j++) {
    const name = `${nameWord()} ${nameWord()}`;
    if (taken.has(name.toLowerCase())) continue;
    const short = name.split(' ')[1] ?? '';
    const aliases = [`Z${letters(names.length)}`, ...(taken.has(short.toLowerCase()) ? [] : [short])];
    for (const form of [name, ...aliases]) taken.add(form.toLowerCase());
    const id = `name-${pad(names.length)}`;
    const data = {
      name,
      kind: NAME_KINDS[j % NAME_KINDS.length],
      aliases,
      ...(j % 3 === 0 ? { description: `A synthetic ${NAME_KINDS[j % NAME_KINDS.length]} for the benchmark.` } : {}),
    };
    files.set(`names/${id}.md`, frontmatter(data, ''));
    names.push({ id, forms: [name, ...aliases] });
  }
  // Skewed like word frequencies: the first names are mentioned most.
  const someName = () => names[Math.floor(names.length * nameRandom() ** 3)] ?? names[0];
  const formOf = (name: { forms: string[] } | undefined) =>
    name?.forms[Math.floor(nameRandom() * name.forms.length)] ?? '';

  // The corpus's own identity: a question of its own, its stances and its topics (content/site.yaml).
  const topicIds = Array.from({ length: TOPIC_COUNT }, (_, i) => `topic-${String(i + 1).padStart(2, '0')}`);
  files.set(
    'site.yaml',
    `${JSON.stringify(
      {
        name: 'Synthetic benchmark corpus',
        question: `Should the ${COMMON} adopt the proposal?`,
        subject: `the ${COMMON}’s proposal`,
        feedDescription: 'Generated documents and arguments for the benchmark.',
        stances: STANCES.map((id) => ({
          id,
          label: `Stance ${id}`,
          definition: `Arguments that take the ${id} stance.`,
        })),
        topics: topicIds.map((id, i) => ({ id, label: `Topic ${i + 1}: ${vocabulary[i + 1]}` })),
      },
      null,
      1,
    )}\n`,
  );
  const sentence = (min = 8, max = 18) => {
    const list = Array.from({ length: int(min, max) }, word);
    if (nameRandom() < NAMED_SENTENCES) list.splice(Math.floor(nameRandom() * list.length), 0, formOf(someName()));
    const text = list.join(' ');
    return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
  };
  const paragraph = () => Array.from({ length: int(2, 5) }, () => sentence()).join(' ');
  const words = (text: string, count: number) => {
    const all = text.split(' ');
    const start = int(0, Math.max(0, all.length - count));
    return all.slice(start, start + count).join(' ');
  };

  const nArgs = options.arguments;
  const nDocs = Math.max(2, Math.round(nArgs / 20));
  const nSources = Math.max(2, Math.round(nArgs / 10));
  const docId = (i: number) => `doc-${pad(i)}`;
  const sourceId = (i: number) => `src-${pad(i)}`;
  const argId = (i: number) => `arg-${pad(i)}`;

  for (let i = 0; i < nSources; i++) {
    const data = {
      title: sentence(3, 8).slice(0, -1),
      author: { kind: 'person', name: `${pick(vocabulary)} ${pick(vocabulary)}` },
      outlet: `The ${pick(vocabulary)} review`,
      kind: pick(KINDS),
      date: { value: `20${int(10, 19)}-${String(int(1, 12)).padStart(2, '0')}`, precision: 'month' },
      url: `https://example.org/sources/${sourceId(i)}`,
    };
    // Every name is mentioned somewhere: name k in the body of source k modulo the sources.
    const named = names.filter((_, k) => k % nSources === i).map((n) => `On ${n.forms[0]}.`);
    files.set(`sources/${sourceId(i)}.mdx`, frontmatter(data, [paragraph(), ...named].join(' ')));
  }

  /** Per document: its blocks (kind, text, anchor), for the arguments to quote from. */
  const documents: Array<Array<{ kind: string; text: string; anchor: string }>> = [];
  for (let i = 0; i < nDocs; i++) {
    const title = sentence(4, 9).slice(0, -1);
    const raw: Array<{ kind: 'paragraph' | 'heading' | 'quote' | 'item'; text: string }> = [];
    for (let p = 0; p < 30; p++) {
      if (p % 10 === 9) raw.push({ kind: 'heading', text: sentence(2, 5).slice(0, -1) });
      else if (p === 4) raw.push({ kind: 'quote', text: paragraph() });
      else if (p === 6) for (let k = 0; k < 3; k++) raw.push({ kind: 'item', text: sentence(4, 9) });
      else raw.push({ kind: 'paragraph', text: paragraph() });
    }
    if (i === Math.floor(nDocs / 2)) raw.push({ kind: 'heading', text: `The ${RARE} appears here once` });
    const anchors = uniqueAnchors(raw.map((b) => b.text));
    const blocks = raw.map((b, k) => ({ ...b, anchor: anchors[k] ?? '' }));
    documents.push(blocks);

    const prefix = { heading: '## ', quote: '> ', item: '- ', paragraph: '' };
    const body: string[] = [];
    const capture: string[] = [title];
    blocks.forEach((b, k) => {
      const listContinues = b.kind === 'item' && blocks[k - 1]?.kind === 'item';
      if (listContinues) {
        body[body.length - 1] += `\n- ${b.text}`;
        capture[capture.length - 1] += `\n• ${b.text}`;
      } else {
        body.push(`${prefix[b.kind]}${b.text}`);
        capture.push(b.kind === 'item' ? `• ${b.text}` : b.text);
      }
    });
    const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
    const cites = Array.from({ length: int(0, 3) }, () => {
      const block = pick(paragraphs);
      return { source: sourceId(int(0, nSources - 1)), anchor: block.anchor, text: words(block.text, int(2, 5)) };
    });
    const data = {
      title,
      author: { kind: 'person', name: `${pick(vocabulary)} ${pick(vocabulary)}` },
      outlet: `${pick(vocabulary)}.example`,
      published: { value: `20${int(10, 19)}-0${int(1, 9)}-1${int(0, 9)}`, precision: 'exact' },
      url: `https://example.org/documents/${docId(i)}`,
      stance: pick(STANCES),
      summary: paragraph(),
      capture: `${docId(i)}.txt`,
      cites,
    };
    files.set(`documents/${docId(i)}.mdx`, frontmatter(data, body.join('\n\n')));
    files.set(`originals/${docId(i)}.txt`, `${capture.join('\n\n')}\n`);
  }

  const quotation = () => {
    const document = int(0, nDocs - 1);
    const block = pick((documents[document] ?? []).filter((b) => b.kind === 'paragraph' || b.kind === 'quote'));
    return {
      document: docId(document),
      anchor: block.anchor,
      text: words(block.text, int(6, 15)),
      ...(block.kind === 'quote' ? { quoting: sourceId(int(0, nSources - 1)) } : {}),
    };
  };
  const others = (i: number, count: number) =>
    [...new Set(Array.from({ length: count }, () => int(0, nArgs - 1)))].filter((j) => j !== i).map(argId);

  for (let i = 0; i < nArgs; i++) {
    const data = {
      title: sentence(6, 14),
      stance: pick(STANCES),
      summary: sentence(10, 20),
      quotations: Array.from({ length: int(1, 3) }, quotation),
      questions: random() < 0.1 ? [quotation()] : [],
      cites: [...new Set(Array.from({ length: int(0, 2) }, () => sourceId(int(0, nSources - 1))))],
      related: others(i, int(0, 2)),
      rebuts: others(i, int(0, 1)),
      topics: [...new Set([pick(topicIds), pick(topicIds)])],
    };
    files.set(`arguments/${argId(i)}.mdx`, frontmatter(data, `${paragraph()}\n\n${paragraph()}`));
  }

  return {
    files,
    commonWord: COMMON,
    rareWord: RARE,
    counts: { documents: nDocs, sources: nSources, arguments: nArgs, names: names.length },
  };
}
