import { describe, expect, test } from 'vitest';
import { checkCorpus, formatProblems, type Problem } from '../../src/lib/integrity';
import { BAD } from '../fixtures/unit/bad-corpora';
import { corpus, fileOf } from '../fixtures/unit/corpus';

const docA = fileOf.document('doc-a');
const docB = fileOf.document('doc-b');
const argDistrust = fileOf.argument('arg-distrust');
const argSanctions = fileOf.argument('arg-sanctions');
const argTalk = fileOf.argument('arg-talk');
const evtTalks = fileOf.event('evt-talks');

/** Where each problem is, without its message. */
const places = (problems: readonly Problem[]) => problems.map(({ file, field }) => ({ file, field }));

describe('checkCorpus', () => {
  test('returns no problems when the corpus is sound', () => {
    expect(checkCorpus(corpus())).toEqual([]);
  });

  test.each<[keyof typeof BAD, string, string]>([
    ['quotationOfMissingDocument', argDistrust, 'quotations[1].document'],
    ['quotationQuotingMissingSource', argDistrust, 'quotations[0].quoting'],
    ['questionOfMissingDocument', argTalk, 'questions[0].document'],
    ['argumentCitingMissingSource', argDistrust, 'cites[1]'],
    ['relatedToMissingArgument', argDistrust, 'related[0]'],
    ['rebuttingMissingArgument', argTalk, 'rebuts[0]'],
    ['documentCitingMissingSource', docA, 'cites[0].source'],
    ['quotationWithOneWordAltered', argDistrust, 'quotations[1].text'],
    ['quotationWithStraightApostrophe', argDistrust, 'quotations[0].text'],
    ['quotationWithChangedCase', argDistrust, 'quotations[1].text'],
    ['quotationWithPunctuationChanged', argDistrust, 'quotations[1].text'],
    ['questionNotVerbatim', argTalk, 'questions[0].text'],
    ['documentCitationWithStraightQuotes', docA, 'cites[0].text'],
    ['quotationOfMissingAnchor', argSanctions, 'quotations[0].anchor'],
    ['documentCitationOfMissingAnchor', docA, 'cites[0].anchor'],
    ['relatedToItself', argSanctions, 'related[0]'],
    ['rebuttingItself', argTalk, 'rebuts[0]'],
    ['captureFileMissing', docB, 'capture'],
    ['captureParagraphMissingFromBody', docA, 'body'],
    ['titleAltered', docB, 'body'],
    ['eventOfMissingArgument', evtTalks, 'arguments[1]'],
    ['eventRecordedInMissingSource', evtTalks, 'sources[0]'],
    ['eventEvidenceOfMissingDocument', evtTalks, 'evidence[0].document'],
    ['eventEvidenceAltered', evtTalks, 'evidence[0].text'],
    ['eventEvidenceOfMissingAnchor', evtTalks, 'evidence[0].anchor'],
  ])('returns one problem when the corpus has %s, in %s at %s', (fixture, file, field) => {
    expect(places(checkCorpus(corpus(BAD[fixture])))).toEqual([{ file, field }]);
  });

  test('returns two body problems when a paragraph of the body differs from the capture', () => {
    const problems = checkCorpus(corpus(BAD.bodyParagraphAltered));
    expect(places(problems)).toEqual([
      { file: docA, field: 'body' },
      { file: docA, field: 'body' },
    ]);
    expect(problems[0]?.message).toMatch(
      /capture's paragraph is missing or altered: "Intelligence sharing is a risk\."/,
    );
    expect(problems[1]?.message).toMatch(/is not in the capture: "Intelligence sharing is a danger\."/);
  });

  test('returns a problem for each furniture line when the document does not declare its furniture', () => {
    const problems = checkCorpus(corpus(BAD.furnitureNotDeclared));
    expect(problems).toEqual([
      {
        file: docA,
        field: 'body',
        line: 1,
        message: 'the capture\'s paragraph is missing or altered: "No Comments" (doc-a.txt:15)',
      },
      {
        file: docA,
        field: 'body',
        line: 1,
        message:
          'the capture\'s paragraph is missing or altered: "You can add images to your comment by clicking here." (doc-a.txt:17)',
      },
    ]);
  });

  // The body is the document's verbatim text, so words in it that the capture lacks are a mismatch too.
  test('returns a body problem when the body has a paragraph the capture lacks', () => {
    expect(places(checkCorpus(corpus(BAD.bodyParagraphAdded)))).toEqual([{ file: docB, field: 'body' }]);
  });

  test('returns a body problem when the body appends words to a paragraph of the capture', () => {
    expect(places(checkCorpus(corpus(BAD.bodyWordsAppended)))).toEqual([{ file: docB, field: 'body' }]);
  });

  test('returns a message naming the id and the folder when a source is missing', () => {
    const [problem] = checkCorpus(corpus(BAD.argumentCitingMissingSource));
    expect(problem?.message).toBe('no source with the id "no-such-source" (looked in content/sources/)');
  });

  test('returns a message naming the id and the folder when a document is missing', () => {
    const [problem] = checkCorpus(corpus(BAD.quotationOfMissingDocument));
    expect(problem?.message).toBe('no document with the id "no-such-document" (looked in content/documents/)');
  });

  test('returns a message naming the id and the folder when an argument is missing', () => {
    const [problem] = checkCorpus(corpus(BAD.rebuttingMissingArgument));
    expect(problem?.message).toBe('no argument with the id "no-such-argument" (looked in content/arguments/)');
  });

  test('returns a message naming the anchor and the document when a paragraph is missing', () => {
    const [problem] = checkCorpus(corpus(BAD.quotationOfMissingAnchor));
    expect(problem?.message).toBe(
      'no paragraph "#sanctions-must-stay-in-place" in document "doc-a" (the words are in #sanctions-should-stay-in-place)',
    );
  });

  test('returns a message quoting the words when a quotation is not verbatim', () => {
    const [problem] = checkCorpus(corpus(BAD.quotationWithOneWordAltered));
    expect(problem?.message).toBe(
      'not found verbatim in paragraph "#the-report-russia-and-the-west" of document "doc-a": "Moscow’s goals are not ours."',
    );
  });

  test('returns a message quoting the words when an event’s evidence is not verbatim', () => {
    const [problem] = checkCorpus(corpus(BAD.eventEvidenceAltered));
    expect(problem?.message).toBe(
      'not found verbatim in paragraph "#talking-is-not-trusting-deconfliction-saves" of document "doc-b": "Deconfliction saves many lives."',
    );
  });

  test('returns no problems when the corpus has no events', () => {
    expect(checkCorpus({ ...corpus(), events: [] })).toEqual([]);
  });

  test('returns a message saying so when an argument points at itself', () => {
    const [problem] = checkCorpus(corpus(BAD.relatedToItself));
    expect(problem?.message).toBe('an argument cannot point at itself');
  });

  test('returns a message naming the file when the capture is missing', () => {
    const [problem] = checkCorpus(corpus(BAD.captureFileMissing));
    expect(problem?.message).toBe('the capture "doc-b.txt" is not in the originals folder');
  });

  test('returns a message quoting the paragraph when a capture paragraph is missing from the body', () => {
    const [problem] = checkCorpus(corpus(BAD.captureParagraphMissingFromBody));
    expect(problem?.message).toBe(
      'the capture\'s paragraph is missing or altered: "Allies in Europe are watching." (doc-a.txt:10)',
    );
  });

  test('returns a source problem and a quotation problem when a quotation both misquotes and quotes a missing source', () => {
    const problems = checkCorpus(
      corpus({
        argDistrust: {
          quotations: [
            {
              document: 'doc-a',
              anchor: 'russias-1-enemy-is-the-united',
              text: 'Russia is our enemy.',
              quoting: 'nobody',
            },
          ],
        },
      }),
    );
    expect(places(problems)).toEqual([
      { file: argDistrust, field: 'quotations[0].text' },
      { file: argDistrust, field: 'quotations[0].quoting' },
    ]);
  });

  test('returns every problem of the corpus, documents first, when several files are wrong', () => {
    const problems = checkCorpus(
      corpus({ ...BAD.rebuttingItself, ...BAD.captureFileMissing, ...BAD.argumentCitingMissingSource }),
    );
    expect(places(problems)).toEqual([
      { file: docB, field: 'capture' },
      { file: argDistrust, field: 'cites[1]' },
      { file: argTalk, field: 'rebuts[0]' },
    ]);
  });

  test('returns no problems when a quotation differs from the document only in whitespace', () => {
    const problems = checkCorpus(
      corpus({
        argSanctions: {
          quotations: [
            {
              document: 'doc-a',
              anchor: 'sanctions-should-stay-in-place',
              text: '  Sanctions\n\tshould stay   in place. ',
            },
          ],
        },
      }),
    );
    expect(problems).toEqual([]);
  });
});

describe('formatProblems', () => {
  const one: Problem = {
    file: 'content/arguments/a.mdx',
    field: 'cites[0]',
    message: 'no source with the id "x" (looked in content/sources/)',
  };
  const two: Problem = {
    file: 'content/documents/d.mdx',
    field: 'capture',
    message: 'the capture "d.txt" is not in the originals folder',
  };

  test('returns a singular heading and one line when there is one problem', () => {
    expect(formatProblems([one])).toBe(
      'The content has 1 problem:\ncontent/arguments/a.mdx: cites[0]: no source with the id "x" (looked in content/sources/)',
    );
  });

  test('returns a plural heading and one line per problem, in order, when there are several', () => {
    expect(formatProblems([one, two])).toBe(
      [
        'The content has 2 problems:',
        'content/arguments/a.mdx: cites[0]: no source with the id "x" (looked in content/sources/)',
        'content/documents/d.mdx: capture: the capture "d.txt" is not in the originals folder',
      ].join('\n'),
    );
  });

  test('returns a line naming file and field when given the problems checkCorpus found', () => {
    expect(formatProblems(checkCorpus(corpus(BAD.relatedToItself)))).toBe(
      'The content has 1 problem:\nfixtures/arguments/arg-sanctions.mdx: related[0]: an argument cannot point at itself',
    );
  });
});

describe('checkCorpus, quotations without an anchor', () => {
  const withQuotation = (quotation: { document: string; text: string; anchor?: string }) =>
    corpus({ argSanctions: { quotations: [quotation] } });

  test('returns no problems when the words are in exactly one paragraph', () => {
    expect(checkCorpus(withQuotation({ document: 'doc-a', text: 'Sanctions should stay in place.' }))).toEqual([]);
  });

  test('returns a problem naming every candidate anchor when the words are in several paragraphs', () => {
    const [problem, ...rest] = checkCorpus(withQuotation({ document: 'doc-a', text: 'Russia' }));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: argSanctions, field: 'quotations[0].text' });
    expect(problem?.message).toBe(
      'found in 2 paragraphs of document "doc-a" (#the-report-russia-and-the-west, #russias-1-enemy-is-the-united); add an anchor naming the one you mean: "Russia"',
    );
  });

  test('returns no problems when words found in several paragraphs are given an anchor', () => {
    expect(
      checkCorpus(withQuotation({ document: 'doc-a', text: 'Russia', anchor: 'russias-1-enemy-is-the-united' })),
    ).toEqual([]);
  });

  test('returns a problem when the words are in no paragraph', () => {
    const [problem] = checkCorpus(withQuotation({ document: 'doc-a', text: 'Sanctions must go.' }));
    expect(problem).toMatchObject({
      field: 'quotations[0].text',
      message: 'not found verbatim in any paragraph of document "doc-a": "Sanctions must go."',
    });
  });

  test('returns a problem naming the paragraph that has the words when the given anchor does not', () => {
    const [problem] = checkCorpus(
      withQuotation({ document: 'doc-a', text: 'Sanctions should stay in place.', anchor: 'further-reading' }),
    );
    expect(problem?.message).toBe(
      'not found verbatim in paragraph "#further-reading" of document "doc-a" (the words are in #sanctions-should-stay-in-place): "Sanctions should stay in place."',
    );
  });
});

describe('checkCorpus, topics and lines', () => {
  test('returns a problem naming the topic when an argument is filed under a topic the site does not list', () => {
    const input = corpus();
    const [problem, ...rest] = checkCorpus({ ...input, topics: input.topics.filter((t) => t.id !== 'sanctions') });
    expect(rest).toEqual([]);
    expect(problem).toEqual({
      file: argSanctions,
      field: 'topics[0]',
      message: 'no topic with the id "sanctions" (looked in the topics of site.yaml)',
    });
  });

  test('returns the file line of a body paragraph the capture lacks, counted from where the body starts', () => {
    const input = corpus(BAD.bodyParagraphAdded);
    const documents = input.documents.map((d) => ({ ...d, bodyLine: 20 }));
    const [problem] = checkCorpus({ ...input, documents });
    const block = documents
      .find((d) => d.id === 'doc-b')
      ?.blocks.find((b) => problem?.message.includes(`#${b.anchor} `));
    expect(problem?.line).toBe(20 + (block?.line ?? NaN) - 1);
  });

  test('returns no problems when the body writes as a paragraph a numbered line of the capture', () => {
    const input = corpus();
    const documents = input.documents.map((d) =>
      d.id === 'doc-a'
        ? {
            ...d,
            blocks: [
              ...d.blocks,
              { kind: 'paragraph' as const, text: '1. Deconfliction is not cooperation.', anchor: 'x', line: 99 },
            ],
          }
        : d,
    );
    expect(checkCorpus({ ...input, documents })).toEqual([]);
  });
});
