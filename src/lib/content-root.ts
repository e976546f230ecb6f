/**
 * The folder that holds the `documents/`, `sources/`, `arguments/` and `originals/` collections.
 * Defaults to `./content`; the `CONTENT_ROOT` environment variable points the whole build at
 * another corpus (test fixtures, benchmark corpora) without touching the real one.
 */
export function contentRoot(env: Record<string, string | undefined> = process.env): string {
  const root = env['CONTENT_ROOT']?.trim();
  return root ? root.replace(/\/+$/, '') : './content';
}
