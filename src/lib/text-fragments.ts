/**
 * URL text fragments (WICG Text Fragments, https://wicg.github.io/scroll-to-text-fragment/): the syntax
 * `#:~:text=[prefix-,]textStart[,textEnd][,-suffix]` that makes a browser scroll to and highlight words.
 *
 * Rules of the syntax this module follows:
 * - Each term is percent-encoded; `-`, `,` and `&` must be, since they delimit terms and directives,
 *   and so must everything that is not a URL code point (spaces, non-ASCII).
 * - A prefix ends with `-` and a suffix starts with `-` (outside the encoding); they must sit next to the
 *   matched words, with nothing but whitespace between.
 * - The fragment directive follows the fragment delimiter `:~:`, itself after `#` and any ordinary fragment;
 *   several directives are joined by `&`.
 */

/** One `text=` directive, its terms decoded. */
export interface TextDirective {
  /** Words just before the match, to tell one occurrence from another. */
  prefix?: string | undefined;
  /** The words matched, or where the matched range starts. */
  start: string;
  /** Where the matched range ends, when the directive names a range. */
  end?: string | undefined;
  /** Words just after the match. */
  suffix?: string | undefined;
}

/** `term` percent-encoded as a text directive needs: `encodeURIComponent` plus `-`, which it leaves alone. */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** The `text=` directive for `d`, its terms encoded. */
export function formatTextDirective(d: TextDirective): string {
  const terms = [
    ...(d.prefix ? [`${encodeTerm(d.prefix)}-`] : []),
    encodeTerm(d.start),
    ...(d.end ? [encodeTerm(d.end)] : []),
    ...(d.suffix ? [`-${encodeTerm(d.suffix)}`] : []),
  ];
  return `text=${terms.join(',')}`;
}

/** `url` with a fragment directive for `d`, after the URL's own fragment if it has one. */
export function withTextFragment(url: string, d: TextDirective): string {
  return `${url}${url.includes('#') ? '' : '#'}:~:${formatTextDirective(d)}`;
}

/** The URL without its fragment directive, and the text directives of that directive (none when it has none). */
export function parseTextFragment(href: string): { url: string; directives: TextDirective[] } {
  const hash = href.indexOf('#');
  const at = hash < 0 ? -1 : href.indexOf(':~:', hash);
  if (at < 0) return { url: href, directives: [] };
  const url = href.slice(0, at).replace(/#$/, '');
  const directives = href
    .slice(at + 3)
    .split('&')
    .filter((d) => d.startsWith('text='))
    .map((d) => parseTextDirective(d.slice('text='.length)))
    .filter((d) => d !== undefined);
  return { url, directives };
}

/** The terms of a `text=` value, decoded; undefined when it is malformed. */
export function parseTextDirective(value: string): TextDirective | undefined {
  const terms = value.split(',');
  const prefix = terms[0]?.endsWith('-') ? terms.shift()?.slice(0, -1) : undefined;
  const suffix = terms.at(-1)?.startsWith('-') ? terms.pop()?.slice(1) : undefined;
  if (terms.length < 1 || terms.length > 2 || terms.some((t) => t === '')) return undefined;
  try {
    const decode = (t: string | undefined) => (t === undefined ? undefined : decodeURIComponent(t));
    const [start, end] = terms.map(decodeURIComponent);
    if (start === undefined || prefix === '' || suffix === '') return undefined;
    return { prefix: decode(prefix), start, end, suffix: decode(suffix) };
  } catch {
    return undefined;
  }
}
