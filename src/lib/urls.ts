import { pagePath } from './pagination.ts';

/** Site paths, without the deployment base. Every internal link is built here so URLs stay stable. */
export const paths = {
  home: () => '/',
  arguments: () => '/arguments/',
  /** Page `n` of the list of all arguments (page 1 is `/arguments/`). */
  argumentsPage: (n: number) => pagePath('/arguments/', n),
  argument: (id: string) => `/arguments/${id}/`,
  documents: () => '/documents/',
  /** Page `n` of the list of all documents (page 1 is `/documents/`). */
  documentsPage: (n: number) => pagePath('/documents/', n),
  document: (id: string, anchor?: string) => `/documents/${id}/${anchor ? `#${anchor}` : ''}`,
  sources: () => '/sources/',
  /** Page `n` of the list of all sources (page 1 is `/sources/`). */
  sourcesPage: (n: number) => pagePath('/sources/', n),
  source: (id: string) => `/sources/${id}/`,
  about: (anchor?: string) => `/about/${anchor ? `#${anchor}` : ''}`,
  search: () => '/search/',
  rss: () => '/rss.xml',
  bibtex: () => '/bibliography.bib',
  cslJson: () => '/bibliography.json',
  ris: () => '/bibliography.ris',
  /** The argument graph in the Argument Interchange Format (src/lib/argument-graph.ts). */
  argumentGraph: () => '/argument-graph.json',
  /** Every quotation as a W3C Web Annotation (src/lib/annotations.ts). */
  annotations: () => '/annotations.jsonld',
  topics: () => '/topics/',
  topic: (id: string) => `/topics/${id}/`,
  /** Page `n` of a topic's arguments (page 1 is the topic's own page). */
  topicPage: (id: string, n: number) => pagePath(`/topics/${id}/`, n),
  names: () => '/names/',
  /** Page `n` of the index of names (page 1 is `/names/`). */
  namesPage: (n: number) => pagePath('/names/', n),
  name: (id: string) => `/names/${id}/`,
  /** Page `n` of the places a name is mentioned (page 1 is the name's own page). */
  namePage: (id: string, n: number) => pagePath(`/names/${id}/`, n),
  timeline: (anchor?: string) => `/timeline/${anchor ? `#${anchor}` : ''}`,
  /** Page `n` of the timeline (page 1 is `/timeline/`). */
  timelinePage: (n: number) => pagePath('/timeline/', n),
  /** Page `n` of the whole debate side by side (src/lib/compare/); page 1 is `/compare/`. */
  comparePage: (n: number) => pagePath('/compare/', n),
  /** Page `n` of one topic's arguments side by side. */
  compareTopicPage: (id: string, n: number) => pagePath(`/compare/topics/${id}/`, n),
  /** Two documents side by side, `first` and `second` in the site's order (src/lib/compare/pairs.ts). */
  comparePair: (first: string, second: string) => `/compare/documents/${first}/${second}/`,
  /** Page `n` of the dossier to print (src/lib/views/dossier.ts); page 1 is `/dossier/`. */
  dossierPage: (n: number) => pagePath('/dossier/', n),
};

/** Prefixes a site path with the deployment base (`/` or `/sub/path/`). */
export function withBase(path: string, base: string): string {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${prefix}${path.startsWith('/') ? path : `/${path}`}`;
}

/** A labelled web search for a work that has no verified address. */
export function webSearchUrl(title: string, author?: string): string {
  const query = author ? `"${title}" ${author}` : `"${title}"`;
  return `https://duckduckgo.com/?q=${encodeURIComponent(query)}`;
}
