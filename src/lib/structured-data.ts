/**
 * JSON-LD (schema.org) for the site's pages, built from plain data: documents are `BlogPosting`
 * (or `Article` when their outlet is not a blog), arguments `Claim`, sources `CreativeWork`, the home
 * page a `WebSite` and other pages a `WebPage`. Every URL passed in must already be absolute.
 *
 * Dates keep their precision ("2016-10-10", "2017-06", "2015"); an approximate date is given as its
 * year only, since schema.org dates cannot say "about" and the month of a guess is not a fact.
 * An unknown author gives no `author`, and a source without a verified URL no `url`.
 */
import type {
  ArticleLeaf,
  BlogPostingLeaf,
  ClaimLeaf,
  CreativeWorkLeaf,
  OrganizationLeaf,
  PersonLeaf,
  Thing,
  WebPageLeaf,
  WebSiteLeaf,
  WithContext,
} from 'schema-dts';
import type { Author, Dated } from '../schemas/common.ts';
import type { DocumentData } from '../schemas/document.ts';
import type { SourceData } from '../schemas/source.ts';

/** A top-level JSON-LD block of a page: one of the schema.org types this module builds. */
export type JsonLd = WithContext<
  ClaimLeaf | CreativeWorkLeaf | BlogPostingLeaf | ArticleLeaf | WebSiteLeaf | WebPageLeaf
>;
/** A schema.org agent: the author of a work or claim. */
export type Agent = PersonLeaf | OrganizationLeaf;
/** A document's node: a `BlogPosting` or an `Article`. */
type DocumentNode = BlogPostingLeaf | ArticleLeaf;

const CONTEXT = 'https://schema.org' as const;

/** An ISO 8601 date at the precision the content knows; approximate dates give the year. */
export function isoDate(date: Dated): string {
  return date.precision === 'approximate' ? date.value.slice(0, 4) : date.value;
}

/** A schema.org Person or Organization, or undefined for an unknown author. */
export function agent(author: Author): Agent | undefined {
  if (author.kind === 'unknown') return undefined;
  return { '@type': author.kind === 'person' ? 'Person' : 'Organization', name: author.name };
}

/** Distinct known authors, in order of first appearance. */
export function distinctAgents(authors: readonly Author[]): Agent[] {
  const seen = new Set<string>();
  const out: Agent[] = [];
  for (const author of authors) {
    const a = agent(author);
    const key = a && `${a['@type']}:${String(a['name'])}`;
    if (!a || !key || seen.has(key)) continue;
    seen.add(key);
    out.push(a);
  }
  return out;
}

/** A page of this site with its data. */
export interface Paged<T> {
  pageUrl: string;
  data: T;
}

const documentType = (data: DocumentData): DocumentNode['@type'] =>
  /\bblog\b/i.test(data.outlet) ? 'BlogPosting' : 'Article';
const sourceId = (pageUrl: string) => `${pageUrl}#work`;
const documentId = (pageUrl: string) => `${pageUrl}#document`;

/** A reference to a source's node, as a document's `citation` gives it. */
function sourceRef({ pageUrl, data }: Paged<SourceData>): CreativeWorkLeaf {
  return {
    '@type': 'CreativeWork',
    '@id': sourceId(pageUrl),
    name: data.title,
    ...(data.url ? { url: data.url } : {}),
  };
}

/** A reference to a document's node, as a claim's `appearance` gives it. */
function documentRef({ pageUrl, data }: Paged<DocumentData>): DocumentNode {
  return { '@type': documentType(data), '@id': documentId(pageUrl), headline: data.title, url: data.url };
}

/** A cited work, on its page of this site. */
export function sourceJsonLd(source: Paged<SourceData>): WithContext<CreativeWorkLeaf> {
  const { data, pageUrl } = source;
  const author = agent(data.author);
  return {
    '@context': CONTEXT,
    ...sourceRef(source),
    ...(author ? { author } : {}),
    ...(data.date ? { datePublished: isoDate(data.date) } : {}),
    mainEntityOfPage: pageUrl,
  };
}

/** A document: the original's address as `url`, this site's page as `mainEntityOfPage`. */
export function documentJsonLd(
  document: Paged<DocumentData>,
  cited: ReadonlyArray<Paged<SourceData>>,
): WithContext<DocumentNode> {
  const { data, pageUrl } = document;
  const author = agent(data.author);
  const type = documentType(data);
  return {
    '@context': CONTEXT,
    ...documentRef(document),
    name: data.title,
    ...(author ? { author } : {}),
    datePublished: isoDate(data.published),
    ...(data.edited ? { dateModified: isoDate(data.edited) } : {}),
    isPartOf: { '@type': type === 'BlogPosting' ? 'Blog' : 'WebSite', name: data.outlet },
    description: data.summary,
    citation: cited.map(sourceRef),
    mainEntityOfPage: pageUrl,
  };
}

/** What an argument page needs: the claim, where it appears, and who makes it. */
export interface ClaimInput {
  pageUrl: string;
  title: string;
  summary: string;
  /** The documents it appears in, earliest first. */
  appearances: ReadonlyArray<Paged<DocumentData>>;
  /** Who makes it: each quotation's document author, or the author of the work the document quotes there. */
  authors: readonly Author[];
}

/** An argument as a `Claim`. */
export function claimJsonLd(claim: ClaimInput): WithContext<ClaimLeaf> {
  const authors = distinctAgents(claim.authors);
  const appearance = claim.appearances.map(documentRef);
  return {
    '@context': CONTEXT,
    '@type': 'Claim',
    '@id': `${claim.pageUrl}#claim`,
    name: claim.title,
    text: claim.title,
    description: claim.summary,
    url: claim.pageUrl,
    appearance,
    ...(appearance[0] ? { firstAppearance: appearance[0] } : {}),
    ...(authors.length > 0 ? { author: authors } : {}),
    mainEntityOfPage: claim.pageUrl,
  };
}

/** The site as structured data names it: its home page's address and its name. */
export interface SiteRef {
  url: string;
  name: string;
}

/** The site's own node: the home page gives it in full, every other page points at it. */
const websiteNode = (site: SiteRef): WebSiteLeaf => ({
  '@type': 'WebSite',
  '@id': `${site.url}#website`,
  name: site.name,
  url: site.url,
});

/** The site itself, for the home page. */
export function websiteJsonLd(site: SiteRef, description: string): WithContext<WebSiteLeaf> {
  return { '@context': CONTEXT, ...websiteNode(site), description };
}

/** Any other page: its name, description and address, as part of the site. */
export function webPageJsonLd(
  pageUrl: string,
  name: string,
  description: string,
  site: SiteRef,
): WithContext<WebPageLeaf> {
  return {
    '@context': CONTEXT,
    '@type': 'WebPage',
    '@id': pageUrl,
    name,
    description,
    url: pageUrl,
    isPartOf: websiteNode(site),
  };
}

/**
 * JSON for a `<script type="application/ld+json">` block: "<", ">" and "&" are escaped as \u sequences,
 * so no content can close the element or open a comment, and the line separators JSON allows but
 * older JavaScript parsers did not are escaped too.
 */
export function serializeJsonLd(value: Exclude<Thing, string>): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
