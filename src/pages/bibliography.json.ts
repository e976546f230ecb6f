import type { APIRoute } from 'astro';
import { getCorpus } from '../data/corpus';
import { bibliographyCsl } from '../lib/bibliography';

/** /bibliography.json: every document and cited source as CSL-JSON. */
export const GET: APIRoute = async () => {
  const corpus = await getCorpus();
  return new Response(bibliographyCsl(corpus), {
    headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json; charset=utf-8' },
  });
};
