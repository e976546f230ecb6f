/**
 * The rows of a compare view: every argument of the view placed exactly once, each beside the
 * argument it rebuts, so that the case and the answers to it read across one row.
 *
 * The placement rule:
 * - an argument that rebuts no argument of the view keys a row of its own;
 * - any other argument sits in one row only: that of the first argument it rebuts (in the order
 *   given, the site's order), followed down the chain to the row's key, so a rebuttal of a
 *   rebuttal sits in the same row as the argument that started it;
 * - where rebuttals go round in a circle (A rebuts B, B rebuts A), the argument of the circle that
 *   comes first in the order given keys the row.
 * Whatever else an argument rebuts is a cross-reference (a link to where it is listed), never a
 * second listing. Within a row, the key comes first, then its rebuttals depth first, each
 * argument's own rebuttals in the order given.
 */

/** What the placement needs of an argument: its id and the ids of the arguments it rebuts. */
export interface RowInput {
  id: string;
  rebuts: readonly string[];
}

/** One row: its key and every argument placed in it (the key first), in reading order. */
export interface Row<T> {
  key: T;
  items: T[];
}

/** The rows holding `items` (in the site's order), each item in exactly one row; rows in the order of their keys. */
export function compareRows<T extends RowInput>(items: readonly T[]): Row<T>[] {
  const rank = new Map(items.map((item, i) => [item.id, i]));
  const byId = new Map(items.map((item) => [item.id, item]));
  // The one argument each is placed beside: the first it rebuts that the view holds.
  const parent = new Map<string, string>();
  for (const item of items) {
    const targets = item.rebuts.filter((id) => id !== item.id && rank.has(id));
    targets.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
    if (targets[0] !== undefined) parent.set(item.id, targets[0]);
  }
  // Break each circle at its earliest member, which then keys a row.
  const settled = new Set<string>();
  for (const item of items) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let id: string | undefined = item.id;
    while (id !== undefined && !settled.has(id) && !onPath.has(id)) {
      path.push(id);
      onPath.add(id);
      id = parent.get(id);
    }
    if (id !== undefined && onPath.has(id)) {
      const circle = path.slice(path.indexOf(id));
      const first = circle.reduce((a, b) => ((rank.get(a) ?? 0) <= (rank.get(b) ?? 0) ? a : b));
      parent.delete(first);
    }
    for (const p of path) settled.add(p);
  }
  const children = new Map<string, T[]>();
  for (const item of items) {
    const p = parent.get(item.id);
    if (p === undefined) continue;
    const list = children.get(p);
    if (list) list.push(item);
    else children.set(p, [item]);
  }
  return items
    .filter((item) => !parent.has(item.id))
    .map((key) => {
      const placed: T[] = [];
      const stack: T[] = [key];
      while (stack.length > 0) {
        const next = stack.pop() as T;
        placed.push(next);
        const own = children.get(next.id) ?? [];
        for (let i = own.length - 1; i >= 0; i--) stack.push(own[i] as T);
      }
      return { key: byId.get(key.id) as T, items: placed };
    });
}

/** A run of one row's items on one page of a view; `continued` when the row began on an earlier page. */
export interface RowSegment<T> {
  key: T;
  items: T[];
  continued: boolean;
}

/**
 * Rows packed into pages of at most `size` arguments. A row is never split if it fits on a page:
 * when it does not fit in what is left of a page, it starts the next. A row longer than a page is
 * split at page ends, its later parts marked `continued` (their pages name the key by a link).
 */
export function packRows<T>(rows: readonly Row<T>[], size: number): RowSegment<T>[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, not ${size}`);
  const pages: RowSegment<T>[][] = [[]];
  let used = 0;
  const newPage = () => {
    pages.push([]);
    used = 0;
  };
  for (const row of rows) {
    if (used > 0 && row.items.length <= size && used + row.items.length > size) newPage();
    for (let start = 0; start < row.items.length;) {
      if (used === size) newPage();
      const take = Math.min(size - used, row.items.length - start);
      pages.at(-1)?.push({ key: row.key, items: row.items.slice(start, start + take), continued: start > 0 });
      used += take;
      start += take;
    }
  }
  return pages;
}
