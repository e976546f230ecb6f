/**
 * A loader of the JSON file at `url`: the first call fetches it, later calls return the same promise.
 * A failed fetch (or a status other than 2xx) rejects and is retried on the next call.
 */
export function jsonLoader<T>(url: string): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} for ${url}`);
        return response.json() as Promise<T>;
      })
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      }));
}
