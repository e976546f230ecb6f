import { citationsOf, documentPageWork, documentWork, type Citation } from '../citations.ts';
import type { ArgumentEntry, Corpus, DocumentEntry, SourceEntry, NameEntry } from '../corpus/types.ts';
import { highwireTags, type MetaTag } from '../highwire.ts';
import { segmentByPhrases } from '../quotations.ts';
import type { RenderedBlock } from '../rendered-block.ts';
import { documentJsonLd, type JsonLd } from '../structured-data.ts';
import { paths } from '../urls.ts';
import { originalAt, resolveTopics, type TopicRef } from './quotation.ts';
import type { PageUrls } from './urls.ts';

/** Everything a document page shows, resolved. */
export interface DocumentView {
  /** The names the page mentions (src/lib/names/), A to Z. */
  names: NameEntry[];
  document: DocumentEntry;
  /** The text, block by block, split at the words that cite a work, with the arguments quoting each block. */
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
}

/** The document page of `id`. */
export function documentView(corpus: Corpus, id: string, urls: PageUrls): DocumentView {
  const document = corpus.document(id);
  const { data } = document;
  const cited = [...new Set(data.cites.map((c) => c.source))].map((s) => corpus.source(s));
  const blocks = document.blocks.map((block) => ({
    ...block,
    segments: segmentByPhrases(
      block.text,
      data.cites.filter((c) => corpus.anchorOf(id, c) === block.anchor).map((c) => ({ phrase: c.text, id: c.source })),
    ).map((s) => (s.cites === undefined ? s : { ...s, original: originalAt(corpus, document, block.anchor, s.text) })),
    quotedBy: corpus.quotedBy(id, block.anchor),
  }));
  const args = corpus.argumentsOfDocument(id);
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
  };
}
