import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

/** Words that belong to the real debate (content/site.yaml and its documents), not to the code. */
const DEBATE_WORDS = /\b(?:russia\w*|isis|assad|putin|trump|syria\w*|hezbollah|moscow|crimea|ukraine)\b/i;

describe('src/', () => {
  test('returns no file naming the real debate: its identity lives in content/site.yaml', () => {
    const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.(ts|astro|css|mjs|js)$/.test(f),
    );
    const naming = files.filter((f) => DEBATE_WORDS.test(readFileSync(path.join(SRC, f), 'utf8')));
    expect(naming).toEqual([]);
  });
});
