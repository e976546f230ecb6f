import { captureParagraphLines, unbullet } from './captures.ts';
import { checkNames, type NameInput } from './names/check.ts';
import { buildNameIndex, type NameIndex, type NameIndexInput } from './names/index.ts';
import type { Block } from './paragraphs.ts';
import { flatText, placePassage } from './passages.ts';
import { normalizeSpace, occursIn } from './quotations.ts';

/** One thing wrong with the content: which file, which field, what to do and, where known, the line. */
export interface Problem {
  file: string;
  field: string;
  message: string;
  /** The line of `file` the problem is on; when absent, `field` locates it (see src/lib/content-files.ts). */
  line?: number | undefined;
}

export interface QuotationInput {
  document: string;
  /** Absent when the editor left it to the build to find the one paragraph holding `text`. */
  anchor?: string | undefined;
  text: string;
  quoting?: string | undefined;
}

/** The corpus as plain data: ids for references, parsed blocks for document text. */
export interface CorpusInput {
  documents: ReadonlyArray<{
    id: string;
    file: string;
    title: string;
    blocks: readonly Block[];
    /** The line of `file` on which the body starts (block lines count from it). Default: 1. */
    bodyLine?: number | undefined;
    cites: ReadonlyArray<{ source: string; anchor?: string | undefined; text: string }>;
    capture: string;
    /** Where the capture is, as messages name it (e.g. `content/originals/x.txt`). Default: `capture`. */
    captureFile?: string | undefined;
    /** The capture's text, or `undefined` when the file is missing. */
    captureText: string | undefined;
    /** Lines of the capture deliberately left out of the document. */
    furniture: readonly string[];
  }>;
  /** Each source with its words, in which mentions of names are looked for (src/lib/names/texts.ts). */
  sources: ReadonlyArray<{ id: string; file: string; words?: string | undefined }>;
  /** The topics arguments may be filed under (the `topics` of `site.yaml`). */
  topics: ReadonlyArray<{ id: string; file: string }>;
  arguments: ReadonlyArray<{
    id: string;
    file: string;
    /** The argument's words, in which mentions of names are looked for (src/lib/names/texts.ts). */
    words?: string | undefined;
    topics: readonly string[];
    quotations: readonly QuotationInput[];
    questions: readonly QuotationInput[];
    cites: readonly string[];
    related: readonly string[];
    rebuts: readonly string[];
  }>;
  /** Timeline events: their evidence is checked like argument quotations. */
  events: ReadonlyArray<{
    id: string;
    file: string;
    evidence: readonly QuotationInput[];
    sources: readonly string[];
    arguments: readonly string[];
  }>;
  /** The index of names; each must be mentioned somewhere and share no form with another. Default: none. */
  names?: readonly NameInput[] | undefined;
}

/** What the index of names is built from, projected from the checked corpus input. */
export function nameIndexInput(corpus: CorpusInput): NameIndexInput {
  return {
    names: (corpus.names ?? []).map((n) => ({ id: n.id, forms: [n.name, ...n.aliases] })),
    documents: corpus.documents.map((d) => ({
      id: d.id,
      blocks: d.blocks.map((b) => ({ anchor: b.anchor, text: flatText(b) })),
    })),
    arguments: corpus.arguments.map((a) => ({ id: a.id, text: a.words ?? '' })),
    sources: corpus.sources.map((s) => ({ id: s.id, text: s.words ?? '' })),
  };
}

/**
 * Every broken reference, quotation, anchor and capture mismatch in the corpus; empty when sound.
 * `nameIndex`, when given, is `buildNameIndex(nameIndexInput(corpus))`, already built by the caller.
 */
export function checkCorpus(corpus: CorpusInput, nameIndex?: NameIndex): Problem[] {
  const problems: Problem[] = [];
  const documents = new Map(corpus.documents.map((d) => [d.id, d]));
  const sources = new Set(corpus.sources.map((s) => s.id));
  const args = new Set(corpus.arguments.map((a) => a.id));
  const topics = new Set(corpus.topics.map((t) => t.id));
  const missing = (kind: string, id: string) => `no ${kind} with the id "${id}" (looked in content/${kind}s/)`;
  /** Reports each id of `field` that names no entry in `known`. */
  const checkIds = (file: string, field: string, ids: readonly string[], known: ReadonlySet<string>, kind: string) => {
    ids.forEach((id, i) => {
      if (!known.has(id)) problems.push({ file, field: `${field}[${i}]`, message: missing(kind, id) });
    });
  };

  const checkPassage = (file: string, field: string, documentId: string, anchor: string | undefined, text: string) => {
    const doc = documents.get(documentId);
    if (!doc) return problems.push({ file, field: `${field}.document`, message: missing('document', documentId) });
    const placed = placePassage(doc.blocks, text, anchor);
    if (placed.found) return undefined;
    const words = `"${text.slice(0, 80)}"`;
    const list = placed.candidates.map((a) => `#${a}`).join(', ');
    const where = placed.candidates.length > 0 ? ` (the words are in ${list})` : '';
    const message = {
      'no-such-anchor': `no paragraph "#${anchor}" in document "${documentId}"${where}`,
      'not-in-anchor': `not found verbatim in paragraph "#${anchor}" of document "${documentId}"${where}: ${words}`,
      nowhere: `not found verbatim in any paragraph of document "${documentId}": ${words}`,
      ambiguous: `found in ${placed.candidates.length} paragraphs of document "${documentId}" (${list}); add an anchor naming the one you mean: ${words}`,
    }[placed.reason];
    problems.push({ file, field: `${field}.${placed.reason === 'no-such-anchor' ? 'anchor' : 'text'}`, message });
    return undefined;
  };

  for (const doc of corpus.documents) {
    doc.cites.forEach((c, i) => {
      if (!sources.has(c.source))
        problems.push({ file: doc.file, field: `cites[${i}].source`, message: missing('source', c.source) });
      checkPassage(doc.file, `cites[${i}]`, doc.id, c.anchor, c.text);
    });
    if (doc.captureText === undefined) {
      problems.push({
        file: doc.file,
        field: 'capture',
        message: `the capture "${doc.capture}" is not in the originals folder`,
      });
    } else {
      const bodyLine = doc.bodyLine ?? 1;
      // Capture paragraphs come out of captureParagraphLines with their whitespace normalised.
      const text = [normalizeSpace(doc.title), ...doc.blocks.map(flatText)];
      const capture = captureParagraphLines(doc.captureText, doc.furniture);
      for (const paragraph of capture) {
        if (!text.some((t) => occursIn(paragraph.text, t))) {
          problems.push({
            file: doc.file,
            field: 'body',
            line: bodyLine,
            message: `the capture's paragraph is missing or altered: "${paragraph.text.slice(0, 80)}" (${doc.captureFile ?? doc.capture}:${paragraph.line})`,
          });
        }
      }
      // The other way round too: no words in the published text that the capture does not have. A
      // block that is a list line in the capture is compared without its bullet or number, as the capture is.
      doc.blocks.forEach((block) => {
        const own = flatText(block);
        const bare = unbullet(block.text);
        if (!capture.some((p) => occursIn(own, p.text) || occursIn(bare, p.text))) {
          problems.push({
            file: doc.file,
            field: 'body',
            line: bodyLine + block.line - 1,
            message: `#${block.anchor} is not in the capture: "${block.text.slice(0, 80)}"`,
          });
        }
      });
    }
  }

  const checkQuotations = (file: string, field: string, quotations: readonly QuotationInput[]) => {
    quotations.forEach((q, i) => {
      checkPassage(file, `${field}[${i}]`, q.document, q.anchor, q.text);
      if (q.quoting !== undefined && !sources.has(q.quoting)) {
        problems.push({ file, field: `${field}[${i}].quoting`, message: missing('source', q.quoting) });
      }
    });
  };

  for (const arg of corpus.arguments) {
    checkQuotations(arg.file, 'quotations', arg.quotations);
    checkQuotations(arg.file, 'questions', arg.questions);
    checkIds(arg.file, 'cites', arg.cites, sources, 'source');
    arg.topics.forEach((id, i) => {
      if (!topics.has(id))
        problems.push({
          file: arg.file,
          field: `topics[${i}]`,
          message: `no topic with the id "${id}" (looked in the topics of site.yaml)`,
        });
    });
    for (const field of ['related', 'rebuts'] as const) {
      checkIds(arg.file, field, arg[field], args, 'argument');
      arg[field].forEach((id, i) => {
        if (id === arg.id)
          problems.push({ file: arg.file, field: `${field}[${i}]`, message: 'an argument cannot point at itself' });
      });
    }
  }

  for (const event of corpus.events) {
    checkQuotations(event.file, 'evidence', event.evidence);
    checkIds(event.file, 'sources', event.sources, sources, 'source');
    checkIds(event.file, 'arguments', event.arguments, args, 'argument');
  }
  if (corpus.names !== undefined && corpus.names.length > 0)
    problems.push(...checkNames(corpus.names, nameIndex ?? buildNameIndex(nameIndexInput(corpus))));
  return problems;
}

/** One problem as an editor's tools and terminals link it: `file:line: field: message` (`file: …` without a line). */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.field}: ${p.message}`;
}

/** One readable error listing every problem, one line each (see {@link formatProblem}). */
export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map(formatProblem);
  return `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
