import { authorName } from '../authors.ts';
import { citationsOf, sourceWork, type Citation } from '../citations.ts';
import { coinsKev } from '../coins.ts';
import type { ArgumentEntry, Corpus, DocumentEntry, SourceEntry, NameEntry } from '../corpus/types.ts';
import { highwireTags, type MetaTag } from '../highwire.ts';
import { sourceJsonLd, type JsonLd } from '../structured-data.ts';
import { paths } from '../urls.ts';
import type { PageUrls } from './urls.ts';

/** Everything a source page shows, resolved. */
export interface SourceView {
  /** The names the page mentions (src/lib/names/), A to Z. */
  names: NameEntry[];
  source: SourceEntry;
  /** One sentence for search engines and link previews. */
  description: string;
  /** The documents citing it, and the arguments citing or quoting it. */
  citedBy: { documents: DocumentEntry[]; arguments: ArgumentEntry[] };
  jsonLd: JsonLd;
  /** Highwire `citation_*` meta tags describing the work, for reference managers. */
  highwire: MetaTag[];
  /** The work as an OpenURL ContextObject, for a COinS span. */
  coins: string;
  citations: Citation[];
}

/** The source page of `id`. */
export function sourceView(corpus: Corpus, id: string, urls: PageUrls): SourceView {
  const source = corpus.source(id);
  const { data } = source;
  const work = sourceWork(id, data);
  return {
    names: corpus.namesOfSource(id),
    source,
    description: `A work cited in the debate: ${data.title}, ${authorName(data.author)}${data.outlet ? `, ${data.outlet}` : ''}.`,
    citedBy: { documents: corpus.documentsCiting(id), arguments: corpus.argumentsCiting(id) },
    jsonLd: sourceJsonLd({ pageUrl: urls.absolute(paths.source(id)), data }),
    highwire: highwireTags(work),
    coins: coinsKev(work),
    citations: citationsOf(work),
  };
}
