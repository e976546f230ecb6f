import type { APIRoute } from 'astro';
import { getCorpus } from '../data/corpus';
import { pageUrls } from '../data/links';
import { argumentGraph } from '../lib/argument-graph';

/** /argument-graph.json: every argument, quotation, support and rebuttal in AIF's JSON form. */
export const GET: APIRoute = async () => {
  const graph = argumentGraph(await getCorpus(), pageUrls);
  return new Response(`${JSON.stringify(graph, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
