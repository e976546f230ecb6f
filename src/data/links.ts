import { paths, withBase } from '../lib/urls';
import type { PageUrls } from '../lib/views/urls';
import { site } from './site';

const base = import.meta.env.BASE_URL;

/** Site links with the configured `base` applied, for use in templates. */
export const link = {
  home: () => withBase(paths.home(), base),
  arguments: () => withBase(paths.arguments(), base),
  argumentsPage: (n: number) => withBase(paths.argumentsPage(n), base),
  argument: (id: string) => withBase(paths.argument(id), base),
  documents: () => withBase(paths.documents(), base),
  documentsPage: (n: number) => withBase(paths.documentsPage(n), base),
  document: (id: string, anchor?: string) => withBase(paths.document(id, anchor), base),
  sources: () => withBase(paths.sources(), base),
  sourcesPage: (n: number) => withBase(paths.sourcesPage(n), base),
  source: (id: string) => withBase(paths.source(id), base),
  about: (anchor?: string) => withBase(paths.about(anchor), base),
  search: () => withBase(paths.search(), base),
  topics: () => withBase(paths.topics(), base),
  topic: (id: string) => withBase(paths.topic(id), base),
  topicPage: (id: string, n: number) => withBase(paths.topicPage(id, n), base),
  names: () => withBase(paths.names(), base),
  namesPage: (n: number) => withBase(paths.namesPage(n), base),
  name: (id: string) => withBase(paths.name(id), base),
  namePage: (id: string, n: number) => withBase(paths.namePage(id, n), base),
  timeline: (anchor?: string) => withBase(paths.timeline(anchor), base),
  timelinePage: (n: number) => withBase(paths.timelinePage(n), base),
  comparePage: (n: number) => withBase(paths.comparePage(n), base),
  compareTopicPage: (id: string, n: number) => withBase(paths.compareTopicPage(id, n), base),
  comparePair: (first: string, second: string) => withBase(paths.comparePair(first, second), base),
  dossierPage: (n: number) => withBase(paths.dossierPage(n), base),
  /** Any base-free site path from `paths` (as a view returns it), with the base applied. */
  path: (path: string) => withBase(path, base),
  asset: (file: string) => withBase(`/${file}`, base),
  rss: () => withBase(paths.rss(), base),
  bibtex: () => withBase(paths.bibtex(), base),
  cslJson: () => withBase(paths.cslJson(), base),
  ris: () => withBase(paths.ris(), base),
  argumentGraph: () => withBase(paths.argumentGraph(), base),
  annotations: () => withBase(paths.annotations(), base),
};

/** An href from `link.*` as an absolute URL on the configured `site`, for canonical links, feeds and JSON-LD. */
export const absolute = (href: string): string => new URL(href, import.meta.env.SITE).href;

/** The binding views use for absolute URLs: a base-free site path (`paths`) to a full URL, plus the site's name. */
export const pageUrls: PageUrls = {
  absolute: (path) => absolute(withBase(path, base)),
  siteName: site.name,
};
