import { captureParagraphs } from './captures';
import type { Block } from './paragraphs';
import { isVerbatimIn } from './quotations';

/** One thing wrong with the content: which file, which frontmatter field, and what to do. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

export interface QuotationInput {
  document: string;
  anchor: string;
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
    cites: ReadonlyArray<{ source: string; anchor: string; text: string }>;
    capture: string;
    /** The capture's text, or `undefined` when the file is missing. */
    captureText: string | undefined;
    /** Lines of the capture deliberately left out of the document. */
    furniture: readonly string[];
  }>;
  sources: ReadonlyArray<{ id: string; file: string }>;
  arguments: ReadonlyArray<{
    id: string;
    file: string;
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
}

/** Every broken reference, quotation, anchor and capture mismatch in the corpus; empty when sound. */
export function checkCorpus(corpus: CorpusInput): Problem[] {
  const problems: Problem[] = [];
  const documents = new Map(corpus.documents.map((d) => [d.id, d]));
  const sources = new Set(corpus.sources.map((s) => s.id));
  const args = new Set(corpus.arguments.map((a) => a.id));
  const missing = (kind: string, id: string) => `no ${kind} with the id "${id}" (looked in content/${kind}s/)`;
  /** Reports each id of `field` that names no entry in `known`. */
  const checkIds = (file: string, field: string, ids: readonly string[], known: ReadonlySet<string>, kind: string) => {
    ids.forEach((id, i) => {
      if (!known.has(id)) problems.push({ file, field: `${field}[${i}]`, message: missing(kind, id) });
    });
  };

  const checkPassage = (file: string, field: string, documentId: string, anchor: string, text: string) => {
    const doc = documents.get(documentId);
    if (!doc) return problems.push({ file, field: `${field}.document`, message: missing('document', documentId) });
    const block = doc.blocks.find((b) => b.anchor === anchor);
    if (!block) {
      return problems.push({ file, field: `${field}.anchor`, message: `no paragraph "#${anchor}" in document "${documentId}"` });
    }
    if (!isVerbatimIn(text, block.text)) {
      problems.push({
        file,
        field: `${field}.text`,
        message: `not found verbatim in paragraph "#${anchor}" of document "${documentId}": "${text.slice(0, 80)}"`,
      });
    }
    return undefined;
  };

  for (const doc of corpus.documents) {
    doc.cites.forEach((c, i) => {
      if (!sources.has(c.source)) problems.push({ file: doc.file, field: `cites[${i}].source`, message: missing('source', c.source) });
      checkPassage(doc.file, `cites[${i}]`, doc.id, c.anchor, c.text);
    });
    if (doc.captureText === undefined) {
      problems.push({ file: doc.file, field: 'capture', message: `the capture "${doc.capture}" is not in the originals folder` });
    } else {
      const text = [doc.title, ...doc.blocks.map((b) => b.text)];
      const capture = captureParagraphs(doc.captureText, doc.furniture);
      for (const paragraph of capture) {
        if (!text.some((t) => isVerbatimIn(paragraph, t))) {
          problems.push({ file: doc.file, field: 'body', message: `the capture's paragraph is missing or altered: "${paragraph.slice(0, 80)}"` });
        }
      }
      // The other way round too: no words in the published text that the capture does not have.
      doc.blocks.forEach((block) => {
        if (!capture.some((p) => isVerbatimIn(block.text, p))) {
          problems.push({ file: doc.file, field: 'body', message: `#${block.anchor} is not in the capture: "${block.text.slice(0, 80)}"` });
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
    for (const field of ['related', 'rebuts'] as const) {
      checkIds(arg.file, field, arg[field], args, 'argument');
      arg[field].forEach((id, i) => {
        if (id === arg.id) problems.push({ file: arg.file, field: `${field}[${i}]`, message: 'an argument cannot point at itself' });
      });
    }
  }

  for (const event of corpus.events) {
    checkQuotations(event.file, 'evidence', event.evidence);
    checkIds(event.file, 'sources', event.sources, sources, 'source');
    checkIds(event.file, 'arguments', event.arguments, args, 'argument');
  }
  return problems;
}

/** One readable error listing every problem, each as `file › field: message`. */
export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems.map((p) => `  ${p.file} › ${p.field}: ${p.message}`);
  return `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
