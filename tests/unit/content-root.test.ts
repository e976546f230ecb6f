import { describe, expect, test } from 'vitest';
import { contentRoot } from '../../src/lib/content-root';

describe('contentRoot', () => {
  test.each<[string, Record<string, string | undefined>, string]>([
    ['CONTENT_ROOT is not set', {}, './content'],
    ['CONTENT_ROOT is undefined', { CONTENT_ROOT: undefined }, './content'],
    ['CONTENT_ROOT is empty', { CONTENT_ROOT: '' }, './content'],
    ['CONTENT_ROOT is only whitespace', { CONTENT_ROOT: '  \t' }, './content'],
    ['CONTENT_ROOT names a folder', { CONTENT_ROOT: 'tests/fixtures/corpus' }, 'tests/fixtures/corpus'],
    ['CONTENT_ROOT ends with slashes', { CONTENT_ROOT: 'tests/fixtures/corpus//' }, 'tests/fixtures/corpus'],
    ['CONTENT_ROOT has surrounding whitespace', { CONTENT_ROOT: '  /tmp/bench/ ' }, '/tmp/bench'],
    ['another variable is set', { CONTENT: 'elsewhere' }, './content'],
  ])('returns the content folder when %s', (_case, env, expected) => {
    expect(contentRoot(env)).toBe(expected);
  });

  test('returns a folder under which collection paths join with one slash', () => {
    expect(`${contentRoot({ CONTENT_ROOT: 'bench/' })}/documents`).toBe('bench/documents');
  });

  test('returns the process environment’s folder when no environment is passed', () => {
    const saved = process.env['CONTENT_ROOT'];
    process.env['CONTENT_ROOT'] = 'from-process-env/';
    try {
      expect(contentRoot()).toBe('from-process-env');
    } finally {
      if (saved === undefined) delete process.env['CONTENT_ROOT'];
      else process.env['CONTENT_ROOT'] = saved;
    }
  });
});
