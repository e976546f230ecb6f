import { layoutArgumentMap, REBUTS_PER_ARGUMENT, type ArgumentMap, type MapLayout } from '../argument-map.ts';
import type { ArgumentEntry, Corpus, DocumentEntry } from '../corpus/types.ts';
import { capList } from '../lists.ts';
import { websiteJsonLd, type JsonLd } from '../structured-data.ts';
import { paths } from '../urls.ts';
import type { PageUrls } from './urls.ts';

/** Newest documents the home page lists; the rest are a link away, so the page stays small at any corpus size. */
export const HOME_DOCUMENTS = 6;

/** One stance group of the home page's outline: the arguments the map shows, with what each rebuts. */
export interface OutlineGroup {
  id: string;
  label: string;
  definition: string;
  /** Arguments of this stance in the whole corpus. */
  total: number;
  /** The page of `/arguments/` on which this stance's group starts. */
  firstPage: number;
  items: Array<{ argument: ArgumentEntry; rebuts: ArgumentEntry[]; moreRebuts: number }>;
}

/** Everything the home page shows, resolved. */
export interface HomeView {
  question: string;
  /** One sentence for search engines and link previews. */
  description: string;
  /** The argument map in its two layouts (the page shows one or the other by the screen's width). */
  maps: Record<MapLayout, ArgumentMap>;
  outline: OutlineGroup[];
  /** The newest documents, and how many more there are. */
  newest: { shown: DocumentEntry[]; more: number };
  counts: { arguments: number; documents: number };
  jsonLd: JsonLd;
}

/** The home page: the question, the argument map and its outline, and the newest documents. */
export function homeView(corpus: Corpus, urls: PageUrls): HomeView {
  const { question, stances } = corpus.site;
  const description = `${question} The source documents in full and every argument they make, with the exact words and the works they cite.`;
  const args = corpus.arguments.map((a) => ({
    id: a.id,
    title: a.data.title,
    stance: a.data.stance,
    rebuts: a.data.rebuts.map((r) => r),
  }));
  const maps = {
    wide: layoutArgumentMap(question, args, stances, { layout: 'wide' }),
    narrow: layoutArgumentMap(question, args, stances, { layout: 'narrow' }),
  };
  const map = maps.wide;
  const outline = map.counts.flatMap((g) => {
    const stance = stances.find((s) => s.id === g.stance);
    if (!stance) return [];
    const items = map.nodes
      .filter((n) => n.stance === g.stance)
      .map((n) => {
        const argument = corpus.argument(n.id);
        const { shown, more } = capList(argument.data.rebuts, REBUTS_PER_ARGUMENT);
        return { argument, rebuts: shown.map((r) => corpus.argument(r)), moreRebuts: more };
      });
    return [{ ...stance, total: g.total, firstPage: corpus.stanceFirstPage.get(g.stance) ?? 1, items }];
  });
  return {
    question,
    description,
    maps,
    outline,
    newest: capList(corpus.documents, HOME_DOCUMENTS),
    counts: { arguments: corpus.arguments.length, documents: corpus.documents.length },
    jsonLd: websiteJsonLd({ url: urls.absolute(paths.home()), name: urls.siteName }, description),
  };
}
