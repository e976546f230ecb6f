/**
 * Splitting a long listing (every argument, every source) into numbered pages, so that no listing
 * page grows with the corpus. Page 1 lives at the listing's own path (`/arguments/`), page n at
 * `<path>page/<n>/`: a folder no entry slug can take, so pages and entries never collide.
 */

/**
 * Entries per page of the full listings. At 10,000 arguments the unpaged `/arguments/` was 520 KB gzip
 * (a topic's page, listing its arguments, up to 159 KB) and `/sources/` (each entry with its
 * citations) 480 KB; a page of either is under 30 KB.
 */
export const ARGUMENTS_PER_PAGE = 100;
export const SOURCES_PER_PAGE = 50;
/**
 * Arguments named in a `/sources/` entry's "Cited by"; the rest are counted, with a link to the source's
 * own page, which lists them all. A source is cited by more arguments as the corpus grows (about 16 each
 * at 10,000 arguments), and listing them all took a page of `/sources/` to 35 KB gzip.
 */
export const CITING_ARGUMENTS_LISTED = 5;
/** Documents per page of `/documents/` (500 documents were 64 KB gzip on one page). */
export const DOCUMENTS_PER_PAGE = 100;
/** Names per page of `/names/`, and places a name is mentioned per page of its own page. */
export const NAMES_PER_PAGE = 100;
export const NAME_MENTIONS_PER_PAGE = 100;
/** Timeline entries per page: at 10,000 arguments the unpaged timeline (1,500 entries) was 349 KB gzip. */
export const TIMELINE_PER_PAGE = 50;

/** One page of a listing. */
export interface Page<T> {
  /** This page's entries, in listing order. */
  items: T[];
  /** 1-based page number. */
  number: number;
  /** How many pages the listing has (at least 1). */
  count: number;
  /** 1-based position in the whole listing of this page's first entry (0 when the listing is empty). */
  first: number;
  /** 1-based position of this page's last entry (0 when the listing is empty). */
  last: number;
  /** Entries in the whole listing. */
  total: number;
}

/** `items` in pages of `size` (a positive integer); an empty listing still has one, empty, page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, not ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, i) => {
    const slice = items.slice(i * size, (i + 1) * size);
    return {
      items: slice,
      number: i + 1,
      count,
      first: slice.length > 0 ? i * size + 1 : 0,
      last: i * size + slice.length,
      total: items.length,
    };
  });
}

/** The page (1-based) holding the entry at 0-based `position` of a listing paged by `size`; 1 for -1 (not listed). */
export function pageOfPosition(position: number, size: number): number {
  return position < 0 ? 1 : Math.floor(position / size) + 1;
}

/** The rest parameter (`[...page]`) of page `number` under its listing: none for page 1, else `page/<n>`. */
export function pageParam(number: number): string | undefined {
  return number <= 1 ? undefined : `page/${number}`;
}

/** The path of page `number` of the listing at `listPath` (which ends in `/`). */
export function pagePath(listPath: string, number: number): string {
  const param = pageParam(number);
  return param === undefined ? listPath : `${listPath}${param}/`;
}

/** A listing page's title: the listing's own on page 1, "<title>, page n of m" after it. */
export function pageTitle(title: string, page: Page<unknown>): string {
  return page.number === 1 ? title : `${title}, page ${page.number} of ${page.count}`;
}

/** `getStaticPaths` entries for the pages of a `[...page]` route: each page's rest parameter, and the page as a prop. */
export function pageRoutes<T>(
  pages: readonly Page<T>[],
): Array<{ params: { page: string | undefined }; props: { page: Page<T> } }> {
  return pages.map((page) => ({ params: { page: pageParam(page.number) }, props: { page } }));
}

/**
 * The page numbers a page's navigation shows: the first, the last, and `radius` either side of
 * `current`, with `'gap'` where numbers are left out. All of them when there are few.
 */
export function pageNumbers(current: number, count: number, radius = 2): Array<number | 'gap'> {
  const shown = new Set([1, count]);
  for (let n = current - radius; n <= current + radius; n++) if (n >= 1 && n <= count) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: Array<number | 'gap'> = [];
  for (const [i, n] of sorted.entries()) {
    const previous = sorted[i - 1];
    // A gap of one number is shown as that number: "…" would take as much room.
    if (previous !== undefined && n - previous === 2) out.push(previous + 1);
    else if (previous !== undefined && n - previous > 2) out.push('gap');
    out.push(n);
  }
  return out;
}
