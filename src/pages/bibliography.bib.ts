import type { APIRoute } from 'astro';
import { getCorpus } from '../data/corpus';
import { bibliographyBibtex } from '../lib/bibliography';

/** /bibliography.bib: every document and cited source as BibTeX. */
export const GET: APIRoute = async () => {
  const corpus = await getCorpus();
  return new Response(bibliographyBibtex(corpus), {
    headers: { 'Content-Type': 'application/x-bibtex; charset=utf-8' },
  });
};
