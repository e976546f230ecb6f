import type { APIRoute } from 'astro';
import { getCorpus } from '../data/corpus';
import { pageUrls } from '../data/links';
import { annotationCollection } from '../lib/annotations';
import { paths } from '../lib/urls';

/** /annotations.jsonld: every quotation as a W3C Web Annotation on the original it quotes. */
export const GET: APIRoute = async () => {
  const collection = annotationCollection(await getCorpus(), pageUrls, paths.annotations());
  return new Response(`${JSON.stringify(collection, null, 2)}\n`, {
    // The media type the Web Annotation Protocol gives to annotations (W3C, §4.2).
    headers: { 'Content-Type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' },
  });
};
