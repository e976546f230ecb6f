// "Did you mean …" after a search that found nothing. The search page imports this module only then,
// so neither it nor the vocabulary it fetches is part of a first search that finds something.
import { suggestQueries, VOCABULARY_PATH, type Vocabulary } from '../../lib/search-suggestions';
import { writeState } from '../../lib/search-state';
import { jsonLoader } from './fetch-json';
import { el } from './render';

let vocabulary: (() => Promise<Vocabulary>) | undefined;

/**
 * Fills `box` with links to the queries close to `query` that the site's words would find, each a
 * plain link to the search page with that query (it works without script), and shows it; hides it
 * when there are none or the vocabulary cannot be loaded. Does nothing once `current()` is false
 * (the reader has searched again meanwhile).
 */
export async function showSuggestions(box: HTMLElement, base: string, query: string, current: () => boolean) {
  let suggestions: string[] = [];
  try {
    vocabulary ??= jsonLoader<Vocabulary>(`${base}${VOCABULARY_PATH}`);
    suggestions = suggestQueries(query, await vocabulary());
  } catch {
    // No vocabulary (an index built before it existed): no suggestions, the status already says why.
  }
  if (!current()) return;
  const links = suggestions.map((q) =>
    el('a', {
      href: `${location.pathname}${writeState({ query: q, sort: 'relevance', filters: {} })}`,
      textContent: q,
    }),
  );
  box.replaceChildren(
    ...(links.length > 0
      ? [
          'Did you mean ',
          ...links.flatMap((a, i) => (i === 0 ? [a] : [i === links.length - 1 ? ' or ' : ', ', a])),
          '?',
        ]
      : []),
  );
  box.hidden = links.length === 0;
}
