import { describe, expect, test } from 'vitest';
import { LOCAL_ORIGIN, siteUrl, siteUrlWarning } from '../../src/lib/site-url';

describe('siteUrl', () => {
  test('returns the local preview origin when SITE_URL is unset or blank', () => {
    expect(siteUrl({})).toBe(LOCAL_ORIGIN);
    expect(siteUrl({ SITE_URL: '  ' })).toBe(LOCAL_ORIGIN);
  });

  test('returns the origin of a configured https URL, without a trailing slash', () => {
    expect(siteUrl({ SITE_URL: 'https://debates.example.net/' })).toBe('https://debates.example.net');
  });

  test.each([
    ['not a url', /is not a URL/],
    ['ftp://debates.example.net', /http:\/\/ or https:\/\//],
    ['https://debates.example.net/debates/', /origin only/],
  ])('refuses %s with a message naming SITE_URL', (value, message) => {
    expect(() => siteUrl({ SITE_URL: value })).toThrow(message);
    expect(() => siteUrl({ SITE_URL: value })).toThrow(/^SITE_URL: /);
  });
});

describe('siteUrlWarning', () => {
  test('returns a warning naming SITE_URL and every output it affects when SITE_URL is unset or blank', () => {
    for (const env of [{}, { SITE_URL: ' ' }]) {
      const warning = siteUrlWarning(env) ?? '';
      expect(warning).toMatch(/SITE_URL is not set/);
      for (const output of [
        'canonical links',
        'sitemap',
        'RSS feed',
        'JSON-LD',
        '"Cite this page" citations',
        "dossier's list of addresses",
      ])
        expect(warning).toContain(output);
      expect(warning).toContain(LOCAL_ORIGIN);
    }
  });

  test('returns nothing when SITE_URL is set', () => {
    expect(siteUrlWarning({ SITE_URL: 'https://debates.example.net' })).toBeUndefined();
  });
});
