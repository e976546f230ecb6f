import type { APIRoute } from 'astro';
import { getCorpus } from '../data/corpus';
import { bibliographyRis } from '../lib/bibliography';

/** /bibliography.ris: every document and cited source as RIS. */
export const GET: APIRoute = async () => {
  const corpus = await getCorpus();
  return new Response(bibliographyRis(corpus), {
    headers: { 'Content-Type': 'application/x-research-info-systems; charset=utf-8' },
  });
};
