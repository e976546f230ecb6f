import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCorpus } from '../data/corpus';
import { absolute, link } from '../data/links';
import { feedItems } from '../lib/feed';
import { site } from '../data/site';

/** /rss.xml: the documents and arguments, newest first (see src/lib/feed.ts for the dates). */
export const GET: APIRoute = async () => {
  const corpus = await getCorpus();
  const items = feedItems([
    ...corpus.documents.map((d) => ({
      title: d.data.title,
      link: absolute(link.document(d.id)),
      kind: 'Document',
      summary: d.data.summary,
      date: d.data.published,
    })),
    ...corpus.arguments.map((a) => ({
      title: a.data.title,
      link: absolute(link.argument(a.id)),
      kind: 'Argument',
      summary: a.data.summary,
      date: corpus.appearances(a.id)[0]?.data.published ?? null,
    })),
  ]);
  // The channel names its own address (atom:link rel="self"), as the RSS Advisory Board recommends.
  const self = absolute(link.rss());
  return rss({
    title: site.name,
    description: site.feedDescription,
    site: absolute(link.home()),
    items,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
  });
};
