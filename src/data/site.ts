import { getCollection, getEntry } from 'astro:content';
import type { Stance } from '../schemas/common';
import type { SiteData } from '../schemas/site';

async function loadSite(): Promise<SiteData> {
  const entry = await getEntry('site', 'site');
  // `npm run build` checks the content first and names the missing file; this guards `astro dev`.
  if (!entry) throw new Error('The content has no site.yaml: run `npm run check:content` to see what it needs.');
  return entry.data;
}

/** The debate's identity, stances and topics (`content/site.yaml`), loaded once per build. */
export const site: SiteData = await loadSite();

/** The label of a stance in this debate, e.g. "Against the proposal". */
export function stanceLabel(stance: Stance): string {
  return site.stances.find((s) => s.id === stance)?.label ?? stance;
}

/** Whether the corpus has an index of names (`content/names/` is optional): the header links /names/ only then. */
export const hasNames: boolean = (await getCollection('names')).length > 0;
