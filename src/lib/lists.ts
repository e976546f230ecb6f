/** The first `limit` items of a list and how many were left off, for lists that must stay short at any corpus size. */
export function capList<T>(items: readonly T[], limit: number): { shown: T[]; more: number } {
  const shown = items.slice(0, Math.max(0, limit));
  return { shown, more: items.length - shown.length };
}
