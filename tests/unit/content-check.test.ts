import { describe, expect, test } from 'vitest';
import { checkContent, contentFilesFrom } from '../../src/lib/content-check';
import { fieldName, fieldPath, lineOfField, splitFrontmatter } from '../../src/lib/content-files';
import { formatProblem } from '../../src/lib/integrity';

const SITE = `name: A fixture debate
question: Should the town build the bridge?
subject: the town’s bridge
feedDescription: A fixture corpus.
stances:
  - { id: for, label: For, definition: Build it. }
  - { id: against, label: Against, definition: Do not. }
  - { id: qualified, label: Qualified, definition: It depends. }
topics:
  - { id: costs, label: Costs }
`;

const DOCUMENT = `---
title: The bridge
author:
  kind: person
  name: Ana Writer
outlet: The Town Paper
published:
  value: '2020-05-01'
  precision: exact
url: https://example.org/bridge
stance: against
summary: Against the bridge.
capture: bridge.txt
---

The bridge costs <5% of {the} budget.

It would take ten years.
`;

const CAPTURE = 'The bridge\n\nThe bridge costs <5% of {the} budget.\n\nIt would take ten years.\n';

const ARGUMENT = `---
title: The bridge takes too long.
stance: against
summary: Ten years is too long.
quotations:
  - document: bridge
    text: 'It would take ten years.'
topics: [costs]
---

Ten years.
`;

/** A sound content folder with `patch` applied (a file set to `undefined` is removed). */
function content(patch: Record<string, string | undefined> = {}) {
  const files = new Map(
    Object.entries({
      'site.yaml': SITE,
      'documents/bridge.mdx': DOCUMENT,
      'originals/bridge.txt': CAPTURE,
      'arguments/too-long.mdx': ARGUMENT,
      ...patch,
    }).filter((e): e is [string, string] => e[1] !== undefined),
  );
  return checkContent(contentFilesFrom(files, 'content/'));
}

const lines = (patch: Record<string, string | undefined>) => content(patch).problems.map(formatProblem);

describe('checkContent', () => {
  test('returns no problems and every entry when the content is sound', () => {
    const checked = content();
    expect(checked.problems).toEqual([]);
    expect([checked.documents.length, checked.arguments.length, checked.site?.topics[0]?.id]).toEqual([1, 1, 'costs']);
  });

  test('returns the document’s blocks with text that looks like markup kept as text', () => {
    expect(content().documents[0]?.blocks[0]?.text).toBe('The bridge costs <5% of {the} budget.');
  });

  test('returns the file, line and field of a malformed field', () => {
    expect(lines({ 'arguments/too-long.mdx': ARGUMENT.replace('stance: against', 'stance: neutral') })).toEqual([
      'content/arguments/too-long.mdx:3: stance: Invalid option: expected one of "for"|"against"|"qualified"',
    ]);
  });

  test('returns a missing field on the line of the object that lacks it', () => {
    expect(lines({ 'documents/bridge.mdx': DOCUMENT.replace('  name: Ana Writer\n', '') })).toEqual([
      'content/documents/bridge.mdx:3: author.name: missing: write the string this field needs',
    ]);
  });

  test('returns the line the YAML parser stops at when the frontmatter is not YAML', () => {
    expect(lines({ 'arguments/too-long.mdx': ARGUMENT.replace('stance: against', 'stance: [against') })).toEqual([
      expect.stringMatching(/^content\/arguments\/too-long\.mdx:\d+: frontmatter: not valid YAML: /),
    ]);
  });

  test('returns each placeholder new:document left, with its reason, and no schema error for the same field', () => {
    const draft = DOCUMENT.replace('title: The bridge', "title: 'TODO: the title as published'");
    expect(lines({ 'documents/bridge.mdx': draft })).toEqual([
      'content/documents/bridge.mdx:2: title: still the placeholder new:document wrote: the title as published',
    ]);
  });

  test('returns a problem naming site.yaml when the identity file is missing', () => {
    expect(lines({ 'site.yaml': undefined })).toEqual([
      'content/site.yaml: file: missing: the content needs the debate’s identity (name, question, stances, topics)',
    ]);
  });

  test('returns a problem when a stance is not defined in site.yaml', () => {
    expect(lines({ 'site.yaml': SITE.replace(/ {2}- \{ id: qualified.*\n/, '') })).toEqual([
      'content/site.yaml:5: stances: define each stance (for, against, qualified) exactly once',
    ]);
  });

  test('returns a problem when two topics share an id', () => {
    expect(lines({ 'site.yaml': `${SITE}  - { id: costs, label: Money }\n` })).toEqual([
      'content/site.yaml:9: topics: give each topic its own id',
    ]);
  });

  test('returns an integrity problem on the line of the field it names', () => {
    expect(
      lines({ 'arguments/too-long.mdx': ARGUMENT.replace('It would take ten years.', 'It would take a decade.') }),
    ).toEqual([
      'content/arguments/too-long.mdx:7: quotations[0].text: not found verbatim in any paragraph of document "bridge": "It would take a decade."',
    ]);
  });

  test('returns a body problem on the file line of the paragraph', () => {
    expect(lines({ 'documents/bridge.mdx': `${DOCUMENT}\nA sentence the capture lacks.\n` })).toEqual([
      'content/documents/bridge.mdx:20: body: #a-sentence-the-capture-lacks is not in the capture: "A sentence the capture lacks."',
    ]);
  });

  test('returns a problem naming a topic site.yaml does not list', () => {
    expect(lines({ 'arguments/too-long.mdx': ARGUMENT.replace('topics: [costs]', 'topics: [costs, speed]') })).toEqual([
      'content/arguments/too-long.mdx:8: topics[1]: no topic with the id "speed" (looked in the topics of site.yaml)',
    ]);
  });

  test('returns a problem when a file name cannot be an id', () => {
    expect(lines({ 'arguments/too-long.mdx': undefined, 'arguments/Too Long.mdx': ARGUMENT })).toEqual([
      'content/arguments/Too Long.mdx:1: file name: name the file in lower-case words joined by hyphens: its name is its id and its address',
    ]);
  });

  test('returns no entry for a draft whose name starts with an underscore', () => {
    expect(content({ 'arguments/_draft.mdx': 'not even frontmatter' }).problems).toEqual([]);
  });
});

describe('splitFrontmatter', () => {
  test('returns the YAML, the body and the file line the body starts on', () => {
    expect(splitFrontmatter('---\na: 1\n---\n\n\nBody\n')).toEqual({
      yaml: 'a: 1',
      yamlLine: 2,
      body: 'Body',
      bodyLine: 6,
    });
  });

  test('returns the whole text as the body when there is no frontmatter', () => {
    expect(splitFrontmatter('Body only')).toMatchObject({ yaml: '', body: 'Body only', bodyLine: 1 });
  });

  test('returns a body line of "---" as text when it comes after the frontmatter', () => {
    expect(splitFrontmatter('---\na: 1\n---\nOne\n---\nTwo').body).toBe('One\n---\nTwo');
  });
});

describe('lineOfField', () => {
  const yaml = 'title: x\nquotations:\n  - document: d\n    text: words\n';

  test.each<[string, number]>([
    ['title', 11],
    ['quotations', 12],
    ['quotations[0].text', 14],
    ['quotations[0].anchor', 13],
    ['summary', 11],
  ])('returns the file line of %s', (field, line) => {
    expect(lineOfField(yaml, field, 11)).toBe(line);
  });
});

describe('fieldName and fieldPath', () => {
  test('returns the dotted name of a path and the path of a name', () => {
    expect(fieldName(['quotations', 0, 'text'])).toBe('quotations[0].text');
    expect(fieldPath('quotations[0].text')).toEqual(['quotations', 0, 'text']);
  });
});
