// Characters YAML allows in a scalar (its c-printable set, YAML 1.2 §5.1), less the line breaks
// that a single-quoted scalar would fold into spaces.
const SINGLE_QUOTABLE = /^[\t\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

/**
 * `text` as a YAML string that reads back as exactly `text`: single-quoted with its single quotes
 * doubled (`it's` → `'it''s'`), or double-quoted with JSON escapes when it holds a line break or a
 * character YAML does not allow unescaped.
 */
export function yamlString(text: string): string {
  return SINGLE_QUOTABLE.test(text) ? `'${text.replaceAll("'", "''")}'` : JSON.stringify(text);
}
