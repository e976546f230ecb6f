import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { yamlString } from '../../src/lib/yaml-text';

describe('yamlString', () => {
  test('returns a single-quoted string with its single quotes doubled', () => {
    expect(yamlString("it's 'quoted'")).toBe("'it''s ''quoted'''");
  });

  test.each([
    "it's",
    "''",
    'our #1 enemy: yes',
    '- not a list',
    '{x} [y] <5% & *z* @a `b` | c > d',
    'Russia’s “safe zones”',
    'yes',
    '2016-10-10',
    '',
    'a\nb',
    'tab\there',
    'bell\u0007',
  ])('returns YAML that reads back as %j', (text) => {
    expect(load(`text: ${yamlString(text)}`)).toEqual({ text });
  });
});
