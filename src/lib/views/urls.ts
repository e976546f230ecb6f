/**
 * How a view makes the absolute URLs it writes into citations and structured data: from a base-free
 * site path (`paths` in src/lib/urls.ts) to a full URL on the configured site and base. Injected, so
 * that views stay pure: src/data/views.ts binds it to the build's settings, tests to a fixed origin.
 */
export interface PageUrls {
  absolute(path: string): string;
  /** The site's name, for citations of our own pages and the structured data. */
  siteName: string;
}
