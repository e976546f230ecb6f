import type { Dated } from '../../schemas/common.ts';
import { argumentPageWork, citationsOf, type Citation } from '../citations.ts';
import type { ArgumentEntry, Corpus, DocumentEntry, NameEntry, SourceEntry } from '../corpus/types.ts';
import { layoutNeighbourhood, type NeighbourhoodMap } from '../neighbourhood-map.ts';
import { claimJsonLd, type JsonLd } from '../structured-data.ts';
import { paths } from '../urls.ts';
import { resolveQuotation, resolveTopics, type ResolvedQuotation, type TopicRef } from './quotation.ts';
import type { PageUrls } from './urls.ts';

/** Everything an argument page shows, resolved. */
export interface ArgumentView {
  /** The names the page mentions (src/lib/names/), A to Z. */
  names: NameEntry[];
  argument: ArgumentEntry;
  quotations: ResolvedQuotation[];
  questions: ResolvedQuotation[];
  cited: SourceEntry[];
  rebuts: ArgumentEntry[];
  rebuttedBy: ArgumentEntry[];
  related: ArgumentEntry[];
  /** The picture of what it rebuts, what rebuts it and its related arguments; none when it has none. */
  neighbourhood: NeighbourhoodMap | undefined;
  /** The documents its quotations come from, each once, in quotation order. */
  madeIn: DocumentEntry[];
  /** The publication date of the earliest document making it. */
  firstMade: Dated;
  topics: TopicRef[];
  jsonLd: JsonLd;
  citations: Citation[];
}

/** The argument page of `id`. */
export function argumentView(corpus: Corpus, id: string, urls: PageUrls): ArgumentView {
  const argument = corpus.argument(id);
  const { data } = argument;
  const quotations = data.quotations.map((q) => resolveQuotation(corpus, q));
  const byDate = corpus.appearances(id);
  const first = byDate[0];
  if (!first) throw new Error(`The argument "${id}" quotes no document`);
  const pageUrl = urls.absolute(paths.argument(id));
  const rebuts = data.rebuts.map((r) => corpus.argument(r));
  const rebuttedBy = corpus.rebuttedBy(id);
  const related = corpus.relatedTo(id);
  const neighbour = (a: ArgumentEntry) => ({ id: a.id, title: a.data.title, stance: a.data.stance });
  return {
    names: corpus.namesOfArgument(id),
    argument,
    quotations,
    questions: data.questions.map((q) => resolveQuotation(corpus, q)),
    cited: data.cites.map((r) => corpus.source(r)),
    rebuts,
    rebuttedBy,
    related,
    neighbourhood: layoutNeighbourhood({
      argument: neighbour(argument),
      rebuts: rebuts.map(neighbour),
      rebuttedBy: rebuttedBy.map(neighbour),
      related: related.map(neighbour),
      stanceLabels: new Map(corpus.site.stances.map((s) => [s.id, s.label])),
    }),
    madeIn: [...new Set(quotations.map((q) => q.document))],
    firstMade: first.data.published,
    topics: resolveTopics(corpus, data.topics),
    jsonLd: claimJsonLd({
      pageUrl,
      title: data.title,
      summary: data.summary,
      appearances: byDate.map((d) => ({ pageUrl: urls.absolute(paths.document(d.id)), data: d.data })),
      // Whoever's words make the claim: the document's author, or the writer it quotes there.
      authors: quotations.map((q) => (q.quoting ?? q.document).data.author),
    }),
    citations: citationsOf(argumentPageWork(id, data.title, pageUrl, urls.siteName)),
  };
}
