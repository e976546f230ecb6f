/** What a live check found at one outbound address. */
export type LinkStatus =
  | { url: string; verdict: 'ok'; status: number }
  /** The server answered that the page is gone (404, 410) or failing (5xx). */
  | { url: string; verdict: 'dead'; status: number }
  /** The server refused to say (401, 403, 429 and other 4xx: often bot protection), so nothing is known. */
  | { url: string; verdict: 'unconfirmed'; status: number }
  /** No answer at all: DNS failure, refused connection, timeout. */
  | { url: string; verdict: 'unreachable'; error: string };

type Fetch = typeof fetch;

/** Asks for `url` with HEAD, then with GET when the server will not answer HEAD; follows redirects. */
export async function checkLink(url: string, fetchImpl: Fetch = fetch, timeoutMs = 15_000): Promise<LinkStatus> {
  const ask = (method: 'HEAD' | 'GET') =>
    fetchImpl(url, {
      method,
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'user-agent': 'argument-site-link-check' },
    });
  try {
    let response = await ask('HEAD');
    if (response.status === 405 || response.status === 501 || response.status === 403) response = await ask('GET');
    await response.body?.cancel();
    const status = response.status;
    if (status < 400) return { url, verdict: 'ok', status };
    if (status === 404 || status === 410 || status >= 500) return { url, verdict: 'dead', status };
    return { url, verdict: 'unconfirmed', status };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return { url, verdict: 'unreachable', error: `${error instanceof Error ? error.message : String(error)}${cause}` };
  }
}

/**
 * The closest web-archive copy of `url` from a Wayback Machine availability endpoint
 * (`<api>?url=<url>` answering `{ archived_snapshots: { closest: { available, url } } }`), or
 * undefined when there is none or the endpoint cannot be reached.
 */
export async function archivedCopy(url: string, api: string, fetchImpl: Fetch = fetch): Promise<string | undefined> {
  try {
    const response = await fetchImpl(`${api}?url=${encodeURIComponent(url)}`, { signal: AbortSignal.timeout(15_000) });
    if (!response.ok) return undefined;
    const body = (await response.json()) as {
      archived_snapshots?: { closest?: { available?: boolean; url?: string } };
    };
    const closest = body.archived_snapshots?.closest;
    return closest?.available && closest.url ? closest.url : undefined;
  } catch {
    return undefined;
  }
}
