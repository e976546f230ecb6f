import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every file under `dir` (relative, `/`-separated path) → SHA-256 of its bytes, in sorted order. */
export function fileDigests(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  return new Map(
    files.map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(path.join(dir, f)))
        .digest('hex'),
    ]),
  );
}

/** One digest for a whole folder: its file names and their bytes. */
export function treeDigest(dir: string): string {
  const hash = createHash('sha256');
  for (const [file, digest] of fileDigests(dir)) hash.update(`${file}\0${digest}\n`);
  return hash.digest('hex');
}

/** How two folders differ, a line per file: only in one of them, or with different bytes. */
export function treeDifferences(a: string, b: string): string[] {
  const left = fileDigests(a);
  const right = fileDigests(b);
  const differences: string[] = [];
  for (const [file, digest] of left) {
    if (!right.has(file)) differences.push(`${file}: only in the first build`);
    else if (right.get(file) !== digest) differences.push(`${file}: bytes differ`);
  }
  for (const file of right.keys()) if (!left.has(file)) differences.push(`${file}: only in the second build`);
  return differences;
}
