import { describe, expect, test } from 'vitest';
import { annotationCollection, CONTEXT_LENGTH, quoteSelector } from '../../src/lib/annotations';
import { buildCorpus } from '../../src/lib/corpus/build';
import type { PageUrls } from '../../src/lib/views/urls';
import { soundCorpus, toEntries } from '../fixtures/unit/corpus';

const urls: PageUrls = { absolute: (path) => `https://example.test/base${path}`, siteName: 'Fixture debate' };

describe('quoteSelector', () => {
  test.each([
    ['words in the middle', 'one two three four', 'two three', undefined, { prefix: 'one ', suffix: ' four' }],
    ['words that start the capture', 'one two three', 'one', undefined, { suffix: ' two three' }],
    ['words that end the capture', 'one two three', 'three', undefined, { prefix: 'one two ' }],
    [
      'whitespace normalised on both sides',
      'one\n  two\tthree\n\nfour',
      'two   three',
      undefined,
      { prefix: 'one ', suffix: ' four' },
    ],
    [
      'the occurrence in the anchored paragraph',
      'Yes.\n\nSo yes.\n\nAnd yes, again.',
      'yes',
      'And yes, again.',
      { prefix: 'Yes. So yes. And ', suffix: ', again.' },
    ],
  ])('returns the context of %s', (_, capture, words, paragraph, context) => {
    expect(quoteSelector(capture, words, paragraph)).toEqual({
      type: 'TextQuoteSelector',
      exact: words.replace(/\s+/g, ' '),
      ...context,
    });
  });

  test('returns at most CONTEXT_LENGTH characters of context on each side', () => {
    const side = 'x'.repeat(CONTEXT_LENGTH * 2);
    const selector = quoteSelector(`${side} words ${side}`, 'words');
    expect([selector.prefix?.length, selector.suffix?.length]).toEqual([CONTEXT_LENGTH, CONTEXT_LENGTH]);
  });

  test('returns the first occurrence matching whole words only', () => {
    expect(quoteSelector('the other he said', 'he')).toMatchObject({ prefix: 'the other ', suffix: ' said' });
  });

  test('throws when the words are not in the capture', () => {
    expect(() => quoteSelector('one two', 'three')).toThrow(/not in the capture/);
  });
});

describe('annotationCollection', () => {
  const corpus = buildCorpus(toEntries(soundCorpus()));
  const collection = annotationCollection(corpus, urls, '/annotations.jsonld');
  const items = collection.first.items;

  test('returns one annotation per quotation and question, in argument order', () => {
    expect(items.map((a) => a.id)).toEqual(
      corpus.arguments.flatMap((a) => [
        ...a.data.quotations.map(
          (_, i) => `https://example.test/base/arguments/${a.id}/#quotation-${i + 1}-annotation`,
        ),
        ...a.data.questions.map((_, i) => `https://example.test/base/arguments/${a.id}/#question-${i + 1}-annotation`),
      ]),
    );
    expect(collection.total).toBe(items.length);
  });

  test('returns annotations that link the words on the original to the argument page', () => {
    const question = items.find((a) => a.id.endsWith('/arg-talk/#question-1-annotation'));
    expect(question).toEqual({
      id: 'https://example.test/base/arguments/arg-talk/#question-1-annotation',
      type: 'Annotation',
      motivation: 'linking',
      body: 'https://example.test/base/arguments/arg-talk/',
      target: {
        source: 'http://talk.example.org/?p=1',
        selector: {
          type: 'TextQuoteSelector',
          exact: 'would you refuse a phone call?',
          prefix: 'Deconfliction saves lives. Ask: ',
        },
      },
    });
  });

  test('returns a collection with its own absolute id and its one page embedded', () => {
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://example.test/base/annotations.jsonld',
      type: 'AnnotationCollection',
      first: { id: 'https://example.test/base/annotations.jsonld#page-1', type: 'AnnotationPage', startIndex: 0 },
    });
  });
});
