import { describe, expect, test } from 'vitest';
import { paths, webSearchUrl, withBase } from '../../src/lib/urls';

describe('paths', () => {
  test.each<[string, string, string]>([
    ['home', paths.home(), '/'],
    ['arguments', paths.arguments(), '/arguments/'],
    ['argumentsPage 1', paths.argumentsPage(1), '/arguments/'],
    ['argumentsPage 3', paths.argumentsPage(3), '/arguments/page/3/'],
    ['argument', paths.argument('russia-backs-terrorist-groups'), '/arguments/russia-backs-terrorist-groups/'],
    ['documents', paths.documents(), '/documents/'],
    ['document', paths.document('village-idiots-2017'), '/documents/village-idiots-2017/'],
    [
      'document with an anchor',
      paths.document('village-idiots-2017', 'other-links'),
      '/documents/village-idiots-2017/#other-links',
    ],
    ['document with an empty anchor', paths.document('village-idiots-2017', ''), '/documents/village-idiots-2017/'],
    ['sources', paths.sources(), '/sources/'],
    ['sourcesPage 2', paths.sourcesPage(2), '/sources/page/2/'],
    ['documentsPage 2', paths.documentsPage(2), '/documents/page/2/'],
    ['topicPage 1', paths.topicPage('allies', 1), '/topics/allies/'],
    ['topicPage 2', paths.topicPage('allies', 2), '/topics/allies/page/2/'],
    ['timelinePage 4', paths.timelinePage(4), '/timeline/page/4/'],
    ['source', paths.source('mckew-politico'), '/sources/mckew-politico/'],
    ['about', paths.about(), '/about/'],
    ['about with an anchor', paths.about('stances'), '/about/#stances'],
    ['rss feed', paths.rss(), '/rss.xml'],
    ['BibTeX export', paths.bibtex(), '/bibliography.bib'],
    ['CSL-JSON export', paths.cslJson(), '/bibliography.json'],
    ['RIS export', paths.ris(), '/bibliography.ris'],
    ['search', paths.search(), '/search/'],
    ['topics', paths.topics(), '/topics/'],
    ['topic', paths.topic('assad-regime'), '/topics/assad-regime/'],
    ['timeline', paths.timeline(), '/timeline/'],
    ['timeline with an anchor', paths.timeline('second-debate-2016'), '/timeline/#second-debate-2016'],
  ])('returns the trailing-slash path of %s', (_case, path, expected) => {
    expect(path).toBe(expected);
  });
});

describe('withBase', () => {
  test.each<[string, string, string]>([
    ['/arguments/', '/', '/arguments/'],
    ['/', '/', '/'],
    ['/documents/d/#a', '/', '/documents/d/#a'],
    ['/arguments/', '/sub/', '/sub/arguments/'],
    ['/', '/sub/', '/sub/'],
    ['/arguments/', '/sub', '/sub/arguments/'],
    ['/arguments/', '/sub/path/', '/sub/path/arguments/'],
    ['pagefind/pagefind.js', '/sub/', '/sub/pagefind/pagefind.js'],
    ['pagefind/pagefind.js', '/', '/pagefind/pagefind.js'],
  ])('returns %s under the base %s as %s', (path, base, expected) => {
    expect(withBase(path, base)).toBe(expected);
  });
});

describe('webSearchUrl', () => {
  const query = (url: string) => new URL(url).searchParams.get('q');

  test('returns a DuckDuckGo search address', () => {
    expect(webSearchUrl('Battle of Narratives')).toMatch(/^https:\/\/duckduckgo\.com\/\?q=/);
  });

  test('returns the title in quotes as the query when no author is given', () => {
    expect(query(webSearchUrl('Battle of Narratives'))).toBe('"Battle of Narratives"');
  });

  test('returns the quoted title followed by the author when an author is given', () => {
    expect(query(webSearchUrl('Battle of Narratives', 'Edward Lucas'))).toBe('"Battle of Narratives" Edward Lucas');
  });

  test.each<[string, string]>([
    ['Q&A: Russia?', 'https://duckduckgo.com/?q=%22Q%26A%3A%20Russia%3F%22'],
    [
      'Grand Bargain–It’s a #1 Idea',
      'https://duckduckgo.com/?q=%22Grand%20Bargain%E2%80%93It%E2%80%99s%20a%20%231%20Idea%22',
    ],
  ])('returns the title percent-encoded when it is %j', (title, expected) => {
    expect(webSearchUrl(title)).toBe(expected);
  });

  test('returns the title intact through encoding when it has URL syntax', () => {
    const title = 'A/B? C=D & E#F + G%20';
    expect(query(webSearchUrl(title))).toBe(`"${title}"`);
  });
});
