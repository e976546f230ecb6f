import { describe, expect, test } from 'vitest';
import { captureParagraphs, unbullet } from '../../src/lib/captures';
import { checkContent, type ContentFiles } from '../../src/lib/content-check';
import { parseYaml, placeholderProblems, splitFrontmatter } from '../../src/lib/content-files';
import { bodyFromCapture, documentFrontmatter, idFromFileName, newDocumentText } from '../../src/lib/new-document';
import { parseBlocks } from '../../src/lib/paragraphs';
import { documentSchema } from '../../src/schemas/document';
import { fillPlaceholders as fill } from '../fixtures/unit/placeholders';

/** A capture holding every line a naive body would misread: marks, a backslash, markup-like text. */
const AWKWARD = [
  'Raids hit those forces (<5% hit {ISIS} targets) & <b>more</b>.',
  '',
  '## not a heading',
  '',
  '> not a quote',
  '',
  'Intro to a list:',
  '- dash',
  '* star',
  '1. numbered',
  '2. second',
  '   carried on',
  '',
  '\\backslash at the start',
  '',
  'A paragraph',
  '## whose second line looks like a heading',
].join('\n');

const SITE = `name: Test site
question: Should we test?
subject: testing
feedDescription: A test corpus.
stances:
  - { id: for, label: For, definition: For it. }
  - { id: against, label: Against, definition: Against it. }
  - { id: qualified, label: Qualified, definition: It depends. }
topics:
  - { id: testing, label: Testing }
`;

/** A content folder holding only the new document, its capture and an identity. */
function contentWith(documentText: string, capture = AWKWARD): ContentFiles {
  return {
    site: { file: 'content/site.yaml', text: SITE },
    documents: [{ id: 'new-doc', file: 'content/documents/new-doc.mdx', text: documentText }],
    sources: [],
    arguments: [],
    events: [],
    names: [],
    originals: new Map([['new-doc.txt', { file: 'content/originals/new-doc.txt', text: capture }]]),
    expectedSite: 'content/site.yaml',
  };
}

const placeholders = (frontmatter: string) => {
  const parsed = parseYaml('x.mdx', frontmatter);
  return parsed.ok ? placeholderProblems('x.mdx', parsed.data).map((p) => p.field) : [];
};

describe('idFromFileName', () => {
  test.each([
    ['Awkward Capture.txt', 'awkward-capture'],
    ['JHI_2016 Russia–Syria.TXT', 'jhi-2016-russia-syria'],
    ['Europe’s café.txt', 'europes-cafe'],
    ['village-idiots-2017', 'village-idiots-2017'],
    ['!!!.txt', ''],
  ])('returns the lower-case words of %s joined by hyphens', (name, id) => {
    expect(idFromFileName(name)).toBe(id);
  });
});

describe('bodyFromCapture', () => {
  test('returns the blank-line-separated blocks of a capture as paragraphs', () => {
    expect(bodyFromCapture('One\nline two\n\n\n\nThree')).toBe('One\nline two\n\nThree');
  });

  test('returns each list line as its own paragraph, bullet kept, when the capture has a list', () => {
    expect(bodyFromCapture('Intro:\n1. one\n2. two\n• three')).toBe('Intro:\n\n1. one\n\n2. two\n\n• three');
  });

  test.each(['## x', '### x', '#### x', '> x', '- x', '* x', '\\x', '\\\\x'])(
    'escapes a paragraph opening with %s',
    (line) => {
      expect(bodyFromCapture(line)).toBe(`\\${line}`);
    },
  );

  test.each(['# x', '##### x', '#hashtag', '>5%', '-3 degrees', '*em*', '<5% {x}', ' ## indented'])(
    'leaves a paragraph opening with %s as it is',
    (line) => {
      expect(bodyFromCapture(line)).toBe(line);
    },
  );

  test('leaves a later line of a paragraph as it is when it looks like a mark', () => {
    expect(bodyFromCapture('A paragraph\n## its second line')).toBe('A paragraph\n## its second line');
  });

  test('returns the same paragraphs as the capture check reads in the capture', () => {
    const blocks = parseBlocks(bodyFromCapture(AWKWARD)).map((b) => unbullet(b.text));
    expect(blocks).toEqual(captureParagraphs(AWKWARD));
  });

  test('returns only paragraphs when the capture holds mark-like lines', () => {
    expect(parseBlocks(bodyFromCapture(AWKWARD)).filter((b) => b.kind !== 'paragraph')).toEqual([]);
  });

  test('leaves out a bare bullet, as the capture check does', () => {
    expect(bodyFromCapture('Text\n- \n\nMore')).toBe('Text\n\nMore');
  });

  test('returns lines without a byte-order mark or carriage returns when the capture has them', () => {
    expect(bodyFromCapture('\uFEFFOne\r\ntwo\r\n\r\nThree')).toBe('One\ntwo\n\nThree');
  });
});

describe('documentFrontmatter', () => {
  test('returns a placeholder for every required field of the document schema', () => {
    expect(placeholders(documentFrontmatter({ id: 'x', capture: AWKWARD }))).toEqual([
      'title',
      'author.kind',
      'author.name',
      'outlet',
      'published.value',
      'published.precision',
      'url',
      'stance',
      'summary',
    ]);
  });

  test('names every field of the document schema, the optional ones commented out or empty', () => {
    const yaml = documentFrontmatter({ id: 'x', capture: AWKWARD });
    const missing = Object.keys(documentSchema.shape).filter((key) => !new RegExp(`^(# )?${key}:`, 'm').test(yaml));
    expect(missing).toEqual([]);
  });

  test('returns YAML the document schema accepts once the placeholders are filled', () => {
    const parsed = parseYaml('x.mdx', fill(documentFrontmatter({ id: 'x', capture: AWKWARD })));
    expect(parsed.ok && documentSchema.safeParse(parsed.data).success).toBe(true);
  });

  test('returns the capture file named after the id', () => {
    expect(documentFrontmatter({ id: 'new-doc', capture: AWKWARD })).toMatch(/^capture: new-doc\.txt$/m);
  });

  test('returns a stance placeholder listing the site’s stances when given them', () => {
    const yaml = documentFrontmatter({ id: 'x', capture: 'Text', stances: [{ id: 'for', label: 'For it' }] });
    expect(yaml).toMatch(/^stance: 'TODO: .*for \(For it\)/m);
  });

  test('returns a title placeholder quoting the capture’s opening words', () => {
    expect(documentFrontmatter({ id: 'x', capture: 'It’s the title\n\nText' })).toMatch(
      /^title: 'TODO: .*"It’s the title"/m,
    );
  });
});

describe('newDocumentText', () => {
  test('returns a document whose only problems are its placeholders', () => {
    const { problems } = checkContent(contentWith(newDocumentText({ id: 'new-doc', capture: AWKWARD })));
    expect(problems.map((p) => p.message.startsWith('still the placeholder new:document wrote:'))).toEqual(
      Array(9).fill(true),
    );
  });

  test('returns a document whose placeholders are each named with file and line', () => {
    const { problems } = checkContent(contentWith(newDocumentText({ id: 'new-doc', capture: AWKWARD })));
    expect(problems.map((p) => `${p.file}:${p.line}: ${p.field}`)).toEqual([
      'content/documents/new-doc.mdx:4: title',
      'content/documents/new-doc.mdx:8: author.kind',
      'content/documents/new-doc.mdx:9: author.name',
      'content/documents/new-doc.mdx:11: outlet',
      'content/documents/new-doc.mdx:13: published.value',
      'content/documents/new-doc.mdx:14: published.precision',
      'content/documents/new-doc.mdx:20: url',
      'content/documents/new-doc.mdx:21: stance',
      'content/documents/new-doc.mdx:22: summary',
    ]);
  });

  test('returns a document that passes every check, the capture check both ways, once the placeholders are filled', () => {
    const { problems, documents } = checkContent(
      contentWith(fill(newDocumentText({ id: 'new-doc', capture: AWKWARD }))),
    );
    expect({ problems, documents: documents.length }).toEqual({ problems: [], documents: 1 });
  });

  test('returns a document the capture check refuses when its body loses a word', () => {
    const text = fill(newDocumentText({ id: 'new-doc', capture: AWKWARD })).replace('not a quote', 'a quote');
    expect(checkContent(contentWith(text)).problems.map((p) => p.field)).toContain('body');
  });

  test('returns the body after the frontmatter', () => {
    expect(splitFrontmatter(newDocumentText({ id: 'x', capture: '> quoted' })).body).toBe('\\> quoted');
  });
});
