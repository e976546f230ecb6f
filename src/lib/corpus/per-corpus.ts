import type { Corpus } from './types.ts';

/**
 * `derive`, computed once per corpus and kept while the corpus lives: for what many pages derive
 * from the whole corpus (at 10,000 arguments, deriving it again per page costs seconds of the build).
 * The value is shared by every caller: read it, never change it.
 */
export function perCorpus<T>(derive: (corpus: Corpus) => T): (corpus: Corpus) => T {
  const known = new WeakMap<Corpus, T>();
  return (corpus) => {
    if (known.has(corpus)) return known.get(corpus) as T;
    const value = derive(corpus);
    known.set(corpus, value);
    return value;
  };
}

/** Each argument's position (0-based) in the site's order, by id. */
export const argumentPositions = perCorpus((corpus) => new Map(corpus.arguments.map((a, i) => [a.id, i])));
