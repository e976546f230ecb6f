/** Where `astro preview` serves the built site: the origin used when no public one is configured. */
export const LOCAL_ORIGIN = 'http://localhost:4321';

/**
 * The site's public origin, from the `SITE_URL` environment variable (for example
 * `https://debates.example.net`), used for canonical URLs, the sitemap, the feed and structured data.
 * No public address is known for this project, so without `SITE_URL` those absolute URLs point at the
 * local preview server rather than at an invented host. A value that is not an http(s) origin is
 * refused with a message naming the variable.
 */
export function siteUrl(env: Record<string, string | undefined> = process.env): string {
  const raw = env['SITE_URL']?.trim();
  if (!raw) return LOCAL_ORIGIN;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(
      `SITE_URL: "${raw}" is not a URL; set it to the site's public origin, such as https://host.example`,
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`SITE_URL: "${raw}" must start with http:// or https://`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL: "${raw}" must be an origin only; put a sub-path in BASE_PATH instead`);
  }
  return url.origin;
}

/**
 * The warning a build prints when `SITE_URL` is unset, naming the variable and every absolute URL that
 * then points at the local preview server; `undefined` when a public origin is configured.
 */
export function siteUrlWarning(env: Record<string, string | undefined> = process.env): string | undefined {
  if (env['SITE_URL']?.trim()) return undefined;
  return (
    `Warning: SITE_URL is not set, so the canonical links, the sitemap, the RSS feed, the JSON-LD and the ` +
    `"Cite this page" citations and the dossier's list of addresses point at ${LOCAL_ORIGIN}. That is right for \`npm start\` on this machine; for a ` +
    `public build set SITE_URL to the site's origin (and BASE_PATH to its sub-path, if any), e.g. ` +
    `SITE_URL=https://host.example npm run build.`
  );
}
