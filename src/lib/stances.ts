/** How many of `items` take each stance (stances none takes are absent). */
export function countByStance(items: ReadonlyArray<{ data: { stance: string } }>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(item.data.stance, (counts.get(item.data.stance) ?? 0) + 1);
  return counts;
}
