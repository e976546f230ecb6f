import { citationsOf, documentPageWork, documentWork, type Citation } from '../citations.ts';
import type { ArgumentEntry, Corpus, DocumentEntry, SourceEntry, NameEntry } from '../corpus/types.ts';
import { highwireTags, type MetaTag } from '../highwire.ts';
import { markQuotations, type QuotedWords } from '../quoted-words.ts';
import type { QuotingArgument, RenderedBlock } from '../rendered-block.ts';
import { documentJsonLd, type JsonLd } from '../structured-data.ts';
import { paths } from '../urls.ts';
import { pairLinks } from './compare.ts';
import { originalAt, resolveTopics, type TopicRef } from './quotation.ts';
import type { PageUrls } from './urls.ts';

/** Everything a document page shows, resolved. */
export interface DocumentView {
  /** The names the page mentions (src/lib/names/), A to Z. */
  names: NameEntry[];
  document: DocumentEntry;
  /** The text, block by block, split at the words that cite a work and at every quotation, with the arguments quoting each block. */
  blocks: RenderedBlock[];
  /** The works it cites, each once, in the order it cites them. */
  cited: SourceEntry[];
  /** `cited` by id, for the links on cited words. */
  sources: Map<string, SourceEntry>;
  arguments: ArgumentEntry[];
  /** The topics of the arguments drawn from it, each once. */
  topics: TopicRef[];
  jsonLd: JsonLd;
  /** Highwire `citation_*` meta tags describing the original, for reference managers. */
  highwire: MetaTag[];
  /** Citations of this site's page, and of the original. */
  pageCitations: Citation[];
  originalCitations: Citation[];
  /** The documents it has a side-by-side page with (src/lib/compare/pairs.ts), and that page's two ids in order. */
  comparisons: Array<{ other: DocumentEntry; first: string; second: string }>;
}

/** The document page of `id`. */
export function documentView(corpus: Corpus, id: string, urls: PageUrls): DocumentView {
  const document = corpus.document(id);
  const { data } = document;
  const cited = [...new Set(data.cites.map((c) => c.source))].map((s) => corpus.source(s));
  const args = corpus.argumentsOfDocument(id);
  const quoted = quotedWordsByAnchor(corpus, id, args);
  const blocks = document.blocks.map((block): RenderedBlock => {
    const marked = markQuotations(
      block.text,
      data.cites.filter((c) => corpus.anchorOf(id, c) === block.anchor).map((c) => ({ phrase: c.text, id: c.source })),
      quoted.get(block.anchor) ?? [],
    );
    const quotedBy: QuotingArgument[] = marked.arguments.map((a, i) => ({
      id: a,
      data: corpus.argument(a).data,
      n: i + 1,
    }));
    const byId = new Map(quotedBy.map((a) => [a.id, a]));
    return {
      ...block,
      segments: marked.segments.map((s) => ({
        ...s,
        ...(s.cites === undefined ? {} : { original: originalAt(corpus, document, block.anchor, s.text) }),
        closes: s.closes.map((q) => (marked.quotations[q]?.arguments ?? []).flatMap((a) => byId.get(a) ?? [])),
      })),
      quotedBy,
    };
  });
  const pageUrl = urls.absolute(paths.document(id));
  const original = documentWork(id, data);
  return {
    names: corpus.namesOfDocument(id),
    document,
    blocks,
    cited,
    sources: new Map(cited.map((s) => [s.id, s])),
    arguments: args,
    topics: resolveTopics(corpus, [...new Set(args.flatMap((a) => a.data.topics))]),
    jsonLd: documentJsonLd(
      { pageUrl, data },
      cited.map((s) => ({ pageUrl: urls.absolute(paths.source(s.id)), data: s.data })),
    ),
    highwire: highwireTags(original),
    pageCitations: citationsOf(documentPageWork(id, data, pageUrl, urls.siteName)),
    originalCitations: citationsOf(original),
    comparisons: pairLinks(corpus, id),
  };
}

/** The words each argument quotes from document `id` (quotations and questions), by the anchor of the block they are in. */
function quotedWordsByAnchor(corpus: Corpus, id: string, args: readonly ArgumentEntry[]): Map<string, QuotedWords[]> {
  const byAnchor = new Map<string, QuotedWords[]>();
  for (const argument of args) {
    for (const q of [...argument.data.quotations, ...argument.data.questions]) {
      if (q.document !== id) continue;
      const anchor = corpus.anchorOf(id, q);
      const list = byAnchor.get(anchor) ?? [];
      list.push({ words: q.text, argument: argument.id });
      byAnchor.set(anchor, list);
    }
  }
  return byAnchor;
}
