import { load as loadYaml, YAMLException } from 'js-yaml';
import { isMap, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Problem } from './integrity.ts';

/** A content file as read from disk: its path as messages name it, and its text. */
export interface SourceFile {
  file: string;
  text: string;
}

/** A Markdown/MDX file split at its frontmatter. Lines count from 1, as editors see them. */
export interface SplitFile {
  /** The frontmatter's YAML, without its `---` fences ('' when the file has none). */
  yaml: string;
  /** The file line of the YAML's first line. */
  yamlLine: number;
  /** The body after the frontmatter, leading and trailing blank lines removed (as Astro stores it). */
  body: string;
  /** The file line of the body's first line. */
  bodyLine: number;
}

const FENCE = /^---[ \t]*$/;

/** Splits a Markdown/MDX file into its `---`-fenced YAML frontmatter and its body. */
export function splitFrontmatter(text: string): SplitFile {
  const lines = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const close = FENCE.test(lines[0] ?? '') ? lines.findIndex((l, i) => i > 0 && FENCE.test(l)) : -1;
  const yaml = close > 0 ? lines.slice(1, close).join('\n') : '';
  const rest = close > 0 ? close + 1 : 0;
  let first = rest;
  while (first < lines.length && (lines[first] ?? '').trim() === '') first++;
  return { yaml, yamlLine: 2, body: lines.slice(rest).join('\n').trim(), bodyLine: first + 1 };
}

/** Parsed YAML, or the problem that stopped it (with the line the parser names). */
export type YamlResult = { ok: true; data: unknown } | { ok: false; problem: Problem };

/**
 * Parses YAML the way Astro's loaders do (js-yaml, so dates, numbers and strings come out the same
 * as in the build). `firstLine` is the file line of the YAML's first line.
 */
export function parseYaml(file: string, yaml: string, firstLine = 1, field = 'frontmatter'): YamlResult {
  try {
    return { ok: true, data: loadYaml(yaml, { filename: file }) ?? {} };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    return {
      ok: false,
      problem: { file, field, line: firstLine + error.mark.line, message: `not valid YAML: ${error.reason}` },
    };
  }
}

/** `['quotations', 0, 'text']` → `quotations[0].text`: how problems name fields. */
export function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return (
    path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i > 0 ? '.' : ''}${String(k)}`)).join('') ||
    '(the whole entry)'
  );
}

/** `quotations[0].text` → `['quotations', 0, 'text']`. */
export function fieldPath(field: string): Array<string | number> {
  return [...field.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? (m[1] ?? '') : Number(m[2])));
}

/**
 * Finds the file line of a field in YAML: the line of the deepest node of `field` that exists (a
 * missing field is reported on its parent's line, or on the first line when nothing of it exists).
 */
export function lineOfField(yaml: string, field: string, firstLine = 1): number {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter });
  let node: unknown = doc.contents;
  let offset = (node as Node | null)?.range?.[0];
  for (const key of fieldPath(field)) {
    const next: unknown = isMap(node) || isSeq(node) ? node.get(key, true) : undefined;
    if (next === undefined || next === null) break;
    // A map's value node starts after its key; the key's line is where an editor looks.
    const pair = isMap(node) ? node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key) : undefined;
    offset = (pair?.key as Node | undefined)?.range?.[0] ?? (next as Node).range?.[0] ?? offset;
    node = next;
  }
  return offset === undefined ? firstLine : firstLine + counter.linePos(offset).line - 1;
}

/** Marks a value `npm run new:document` wrote for the editor to replace: the build refuses it. */
export const PLACEHOLDER = 'TODO:';

/** Every string in `data` still holding a new:document placeholder, as problems naming its field. */
export function placeholderProblems(file: string, data: unknown, path: Array<string | number> = []): Problem[] {
  if (typeof data === 'string') {
    return data.startsWith(PLACEHOLDER)
      ? [
          {
            file,
            field: fieldName(path),
            message: `still the placeholder new:document wrote: ${data.slice(PLACEHOLDER.length).trim()}`,
          },
        ]
      : [];
  }
  if (Array.isArray(data)) return data.flatMap((v, i) => placeholderProblems(file, v, [...path, i]));
  if (data !== null && typeof data === 'object' && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([k, v]) => placeholderProblems(file, v, [...path, k]));
  }
  return [];
}
