import { describe, expect, test } from 'vitest';
import { LOCAL_ORIGIN, siteUrl } from '../../src/lib/site-url';

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
