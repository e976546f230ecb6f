import { describe, expect, test } from 'vitest';
import {
  argumentPageWork,
  bibtex,
  citationsOf,
  cslItem,
  documentPageWork,
  documentWork,
  sourceWork,
  type Work,
} from '../../src/lib/citations';
import { escapeTex } from '../../src/lib/citations/bibtex';
import { documentSchema } from '../../src/schemas/document';
import { sourceSchema } from '../../src/schemas/source';
import type { z } from 'astro/zod';

// Every expected string below was written by hand from the style guides' own patterns, not copied from output;
// the rule each case shows is cited beside it (APA 7 = Publication Manual 7th ed.; MLA 9 = MLA Handbook 9th ed.;
// CMOS 17 = Chicago Manual of Style 17th ed., notes-bibliography, unchanged in these points in the 18th).

const source = (id: string, input: z.input<typeof sourceSchema>): Work => sourceWork(id, sourceSchema.parse(input));
const doc = (input: Partial<z.input<typeof documentSchema>>) =>
  documentSchema.parse({
    title: 'JHI on the Issues 2016: Can the U.S. Cooperate with Russia in Syria?',
    author: { kind: 'organisation', name: 'John Hay Initiative' },
    outlet: 'JHI blog (choosingtolead.net)',
    published: { value: '2016-10-10', precision: 'exact' },
    url: 'http://www.choosingtolead.net/john-hay-blog/2016/10/10/jhi-on-the-issues',
    stance: 'against',
    summary: 'A summary.',
    capture: 'jhi.txt',
    ...input,
  });

const WORKS: Record<string, Work> = {
  personExact: source('lucas', {
    title: 'Battle of Narratives',
    author: { kind: 'person', name: 'Edward Lucas' },
    outlet: 'The Times',
    kind: 'article',
    date: { value: '2016-10-10', precision: 'exact' },
    url: 'https://example.org/battle',
  }),
  organisationBookYear: source('jhi-book', {
    title: 'Choosing to Lead: American Foreign Policy for a Disordered World',
    author: { kind: 'organisation', name: 'John Hay Initiative' },
    outlet: 'John Hay Initiative',
    kind: 'book',
    date: { value: '2015', precision: 'year' },
    url: 'http://www.choosingtolead.net/book',
  }),
  unknownApproximate: source('economist', {
    title: 'Donald Trump seeks a grand bargain with Vladimir Putin',
    author: { kind: 'unknown', note: 'An unsigned leader.' },
    outlet: 'The Economist',
    kind: 'op-ed',
    date: { value: '2017-02', precision: 'approximate', basis: 'The issue after the interview.' },
    url: 'https://www.economist.com/node/21716609',
  }),
  noDateNoOutletNoUrl: source('lucas-2', {
    title: 'Battle of Narratives',
    author: { kind: 'person', name: 'Edward Lucas' },
    outlet: null,
    kind: 'article',
    date: null,
  }),
  monthQuestionNoUrl: source('mckew', {
    title: 'Do We Want Our Face Ripped Off Again?',
    author: { kind: 'person', name: 'Molly K. McKew' },
    outlet: 'Politico Magazine',
    kind: 'article',
    date: { value: '2017-02', precision: 'month' },
  }),
  videoApproximate: source('trump-video', {
    title: 'Trump talking about Putin and Ukraine in 2014',
    author: { kind: 'person', name: 'Donald Trump' },
    outlet: 'Fox News',
    kind: 'video',
    date: { value: '2014-04', precision: 'approximate' },
  }),
  transcriptExact: source('debate', {
    title: 'Second presidential debate, Washington University in St. Louis',
    author: { kind: 'person', name: 'Donald Trump' },
    outlet: 'Presidential debate',
    kind: 'transcript',
    date: { value: '2016-10-09', precision: 'exact' },
    url: 'https://ballotpedia.org/Presidential_debate',
  }),
  organisationPeriodical: source('leader', {
    title: 'A leader',
    author: { kind: 'organisation', name: 'The Economist' },
    outlet: 'The Economist',
    kind: 'op-ed',
    date: { value: '2017', precision: 'year' },
  }),
  blogPostOriginal: documentWork('jhi', doc({})),
  argumentPage: argumentPageWork(
    'russia-backs-terrorist-groups',
    'Russia backs terrorist groups',
    'http://localhost:4321/arguments/russia-backs-terrorist-groups/',
    'Russia & ISIS: the arguments',
  ),
  documentPageUnknown: documentPageWork(
    'village',
    doc({
      title: 'Should the U.S. Make a Deal with Russia to Fight ISIS?',
      author: { kind: 'unknown', note: 'Unsigned.' },
      published: { value: '2017-06', precision: 'approximate' },
    }),
    'http://localhost:4321/documents/village/',
    'Russia & ISIS: the arguments',
  ),
};

type Row = [keyof typeof WORKS, string];
const styleText = (work: Work, style: string) => citationsOf(work).find((c) => c.style === style)?.text;

describe('citationsOf (APA 7)', () => {
  test.each<Row>([
    // APA 7 §10.1 (periodical article), §9.8 (initials), §9.14 (year, month day); titles as published (see apa.ts).
    ['personExact', 'Lucas, E. (2016, October 10). Battle of Narratives. The Times. https://example.org/battle'],
    // APA 7 §10.2 (book), §9.25: a publisher that is the author is not repeated.
    [
      'organisationBookYear',
      'John Hay Initiative. (2015). Choosing to Lead: American Foreign Policy for a Disordered World. http://www.choosingtolead.net/book',
    ],
    // APA 7 §9.12: no author, the title moves to the author position; approximate date as "ca." with the year.
    [
      'unknownApproximate',
      'Donald Trump seeks a grand bargain with Vladimir Putin. (ca. 2017). The Economist. https://www.economist.com/node/21716609',
    ],
    // APA 7 §9.17: no date, "(n.d.)".
    ['noDateNoOutletNoUrl', 'Lucas, E. (n.d.). Battle of Narratives.'],
    // APA 7 §9.19: a title ending in "?" takes no period.
    ['monthQuestionNoUrl', 'McKew, M. K. (2017, February). Do We Want Our Face Ripped Off Again? Politico Magazine.'],
    // APA 7 §10.12: a video's description in square brackets, "[Video]".
    ['videoApproximate', 'Trump, D. (ca. 2014). Trump talking about Putin and Ukraine in 2014 [Video]. Fox News.'],
    // APA 7 §9.21: a description of form in square brackets, "[Transcript]".
    [
      'transcriptExact',
      'Trump, D. (2016, October 9). Second presidential debate, Washington University in St. Louis [Transcript]. Presidential debate. https://ballotpedia.org/Presidential_debate',
    ],
    // APA 7 §10.1: a periodical is always named, even when it is the author.
    ['organisationPeriodical', 'The Economist. (2017). A leader. The Economist.'],
    [
      'blogPostOriginal',
      'John Hay Initiative. (2016, October 10). JHI on the Issues 2016: Can the U.S. Cooperate with Russia in Syria? JHI blog (choosingtolead.net). http://www.choosingtolead.net/john-hay-blog/2016/10/10/jhi-on-the-issues',
    ],
    // APA 7 §10.16 (web page, italic title), §9.12 (no author).
    [
      'argumentPage',
      'Russia backs terrorist groups. (n.d.). Russia & ISIS: the arguments. http://localhost:4321/arguments/russia-backs-terrorist-groups/',
    ],
    [
      'documentPageUnknown',
      'Should the U.S. Make a Deal with Russia to Fight ISIS? (ca. 2017). Russia & ISIS: the arguments. http://localhost:4321/documents/village/',
    ],
  ])('returns the APA reference for %s', (name, expected) => {
    expect(styleText(WORKS[name]!, 'apa')).toBe(expected);
  });

  test('returns the periodical name in italics and the article title in roman for an article', () => {
    expect(citationsOf(WORKS['personExact']!)[0]?.runs).toEqual([
      'Lucas, E. (2016, October 10). Battle of Narratives. ',
      { italic: 'The Times' },
      '. https://example.org/battle',
    ]);
  });

  test('returns the title in italics in the author position for a web page with no author', () => {
    expect(citationsOf(WORKS['argumentPage']!)[0]?.runs[0]).toEqual({ italic: 'Russia backs terrorist groups' });
  });
});

describe('citationsOf (MLA 9)', () => {
  test.each<Row>([
    // MLA 9 core elements Author, Title of Source (in quotation marks), Date (day month year), Location (URL without protocol).
    ['personExact', 'Lucas, Edward. “Battle of Narratives.” The Times, 10 Oct. 2016, example.org/battle.'],
    // MLA 9 Author element: an organisation that is also the publisher is not repeated as author; §2.90: title case.
    [
      'organisationBookYear',
      'Choosing to Lead: American Foreign Policy for a Disordered World. John Hay Initiative, 2015, www.choosingtolead.net/book.',
    ],
    // MLA 9 §2.90: title case; no author, the entry starts with the title; "c." (circa) for an approximate date.
    [
      'unknownApproximate',
      '“Donald Trump Seeks a Grand Bargain with Vladimir Putin.” The Economist, c. 2017, www.economist.com/node/21716609.',
    ],
    // MLA 9 Date element: no date, none given (MLA has no "n.d.").
    ['noDateNoOutletNoUrl', 'Lucas, Edward. “Battle of Narratives.”'],
    // MLA 9 §2.90: the title's own "?" replaces the period after it.
    ['monthQuestionNoUrl', 'McKew, Molly K. “Do We Want Our Face Ripped Off Again?” Politico Magazine, Feb. 2017.'],
    // MLA 9 §2.90: prepositions ("about", "in") lowercased, the rest capitalised.
    ['videoApproximate', 'Trump, Donald. “Trump Talking about Putin and Ukraine in 2014.” Fox News, c. 2014.'],
    // MLA 9 §2.90: the event, a container, in title case too.
    [
      'transcriptExact',
      'Trump, Donald. “Second Presidential Debate, Washington University in St. Louis.” Presidential Debate, 9 Oct. 2016, ballotpedia.org/Presidential_debate.',
    ],
    // MLA 9 Author element: an organisation that is the periodical is not repeated as author.
    ['organisationPeriodical', '“A Leader.” The Economist, 2017.'],
    // MLA 9 §2.90: acronyms (JHI, U.S.) and the domain in parentheses are left as they are.
    [
      'blogPostOriginal',
      'John Hay Initiative. “JHI on the Issues 2016: Can the U.S. Cooperate with Russia in Syria?” JHI Blog (choosingtolead.net), 10 Oct. 2016, www.choosingtolead.net/john-hay-blog/2016/10/10/jhi-on-the-issues.',
    ],
    // MLA 9 §2.90: the site's own name in title case, the word after the colon capitalised.
    [
      'argumentPage',
      '“Russia Backs Terrorist Groups.” Russia & ISIS: The Arguments, localhost:4321/arguments/russia-backs-terrorist-groups/.',
    ],
    [
      'documentPageUnknown',
      '“Should the U.S. Make a Deal with Russia to Fight ISIS?” Russia & ISIS: The Arguments, c. 2017, localhost:4321/documents/village/.',
    ],
  ])('returns the MLA entry for %s', (name, expected) => {
    expect(styleText(WORKS[name]!, 'mla')).toBe(expected);
  });

  test('returns a book title in italics and its publisher in roman', () => {
    expect(citationsOf(WORKS['organisationBookYear']!)[1]?.runs.slice(0, 2)).toEqual([
      { italic: 'Choosing to Lead: American Foreign Policy for a Disordered World' },
      '. John Hay Initiative, 2015, www.choosingtolead.net/book.',
    ]);
  });
});

describe('citationsOf (Chicago notes-bibliography)', () => {
  test.each<Row>([
    // CMOS 17 §14.191 (periodical article note), §8.159 (headline style).
    ['personExact', 'Edward Lucas, “Battle of Narratives,” The Times, October 10, 2016, https://example.org/battle.'],
    // CMOS 17 §14.100 (book note: publisher and year in parentheses); §14.84: an organisation as author is kept.
    [
      'organisationBookYear',
      'John Hay Initiative, Choosing to Lead: American Foreign Policy for a Disordered World (John Hay Initiative, 2015), http://www.choosingtolead.net/book.',
    ],
    // CMOS 17 §14.207: an unsigned article's note starts with its title; §8.159: headline style.
    [
      'unknownApproximate',
      '“Donald Trump Seeks a Grand Bargain with Vladimir Putin,” The Economist, ca. 2017, https://www.economist.com/node/21716609.',
    ],
    ['noDateNoOutletNoUrl', 'Edward Lucas, “Battle of Narratives,” n.d.'],
    // CMOS 17 §14.105: the comma after a title ending in "?" is kept in a note.
    [
      'monthQuestionNoUrl',
      'Molly K. McKew, “Do We Want Our Face Ripped Off Again?,” Politico Magazine, February 2017.',
    ],
    ['videoApproximate', 'Donald Trump, “Trump Talking about Putin and Ukraine in 2014,” Fox News, ca. 2014.'],
    // CMOS 17 §14.217: speech or debate, event and date after commas.
    [
      'transcriptExact',
      'Donald Trump, “Second Presidential Debate, Washington University in St. Louis,” Presidential Debate, October 9, 2016, https://ballotpedia.org/Presidential_debate.',
    ],
    // CMOS 17 §14.207: a periodical signing its own article counts as unsigned; the note starts with the title.
    ['organisationPeriodical', '“A Leader,” The Economist, 2017.'],
    // CMOS 17 §14.206 (web page); §8.159: the site's own name in headline style, capitalised after the colon.
    [
      'argumentPage',
      '“Russia Backs Terrorist Groups,” Russia & ISIS: The Arguments, n.d., http://localhost:4321/arguments/russia-backs-terrorist-groups/.',
    ],
    // CMOS 17 §14.105: comma kept after the "?".
    [
      'documentPageUnknown',
      '“Should the U.S. Make a Deal with Russia to Fight ISIS?,” Russia & ISIS: The Arguments, ca. 2017, http://localhost:4321/documents/village/.',
    ],
  ])('returns the note for %s', (name, expected) => {
    expect(styleText(WORKS[name]!, 'chicago-note')).toBe(expected);
  });

  test.each<Row>([
    // CMOS 17 §14.191 (periodical article, bibliography form).
    ['personExact', 'Lucas, Edward. “Battle of Narratives.” The Times, October 10, 2016. https://example.org/battle.'],
    // CMOS 17 §14.100, §14.84: book, organisation as author even when it is the publisher.
    [
      'organisationBookYear',
      'John Hay Initiative. Choosing to Lead: American Foreign Policy for a Disordered World. John Hay Initiative, 2015. http://www.choosingtolead.net/book.',
    ],
    // CMOS 17 §14.207: an unsigned article's bibliography entry starts with the periodical; the date follows the title.
    [
      'unknownApproximate',
      'The Economist. “Donald Trump Seeks a Grand Bargain with Vladimir Putin.” ca. 2017. https://www.economist.com/node/21716609.',
    ],
    ['noDateNoOutletNoUrl', 'Lucas, Edward. “Battle of Narratives.” n.d.'],
    // CMOS 17 §14.105: in the bibliography the title's "?" replaces the period.
    ['monthQuestionNoUrl', 'McKew, Molly K. “Do We Want Our Face Ripped Off Again?” Politico Magazine, February 2017.'],
    // CMOS 17 §14.206: site (or channel) and date are separate elements.
    ['videoApproximate', 'Trump, Donald. “Trump Talking about Putin and Ukraine in 2014.” Fox News. ca. 2014.'],
    // CMOS 17 §14.217: speech or debate, event and date joined by a comma.
    [
      'transcriptExact',
      'Trump, Donald. “Second Presidential Debate, Washington University in St. Louis.” Presidential Debate, October 9, 2016. https://ballotpedia.org/Presidential_debate.',
    ],
    // CMOS 17 §14.207: the periodical stands first, and is not repeated after the title.
    ['organisationPeriodical', 'The Economist. “A Leader.” 2017.'],
    [
      'argumentPage',
      '“Russia Backs Terrorist Groups.” Russia & ISIS: The Arguments. n.d. http://localhost:4321/arguments/russia-backs-terrorist-groups/.',
    ],
    [
      'documentPageUnknown',
      '“Should the U.S. Make a Deal with Russia to Fight ISIS?” Russia & ISIS: The Arguments. ca. 2017. http://localhost:4321/documents/village/.',
    ],
  ])('returns the bibliography entry for %s', (name, expected) => {
    expect(styleText(WORKS[name]!, 'chicago-bibliography')).toBe(expected);
  });

  test('returns the note with a comma in place of the closing period of a title that is a sentence', () => {
    const work = argumentPageWork('x', 'Russia backs terrorist groups.', 'http://localhost:4321/x/', 'Russia & ISIS');
    expect(styleText(work, 'chicago-note')).toBe(
      '“Russia Backs Terrorist Groups,” Russia & ISIS, n.d., http://localhost:4321/x/.',
    );
  });

  test('returns the periodical in italics at the head of an unsigned article’s bibliography entry', () => {
    expect(citationsOf(WORKS['unknownApproximate']!)[3]?.runs[0]).toEqual({ italic: 'The Economist' });
  });
});

describe('escapeTex', () => {
  test.each<[string, string]>([
    ['Russia & ISIS', 'Russia \\& ISIS'],
    ['100% of #1 for $5', '100\\% of \\#1 for \\$5'],
    ['a_b {c} ~d^e', 'a\\_b \\{c\\} \\textasciitilde{}d\\textasciicircum{}e'],
    ['back\\slash', 'back\\textbackslash{}slash'],
    ['Trump’s “plan”', 'Trump’s “plan”'],
  ])('returns %s escaped for TeX', (input, expected) => {
    expect(escapeTex(input)).toBe(expected);
  });
});

describe('bibtex', () => {
  test('returns an @article with no author, the year, a circa date and a note for an unknown author and approximate date', () => {
    expect(bibtex(WORKS['unknownApproximate']!)).toBe(
      `@article{source-economist,
  title = {{Donald Trump seeks a grand bargain with Vladimir Putin}},
  journal = {The Economist},
  year = {2017},
  date = {2017~},
  note = {Date approximate},
  url = {https://www.economist.com/node/21716609},
}
`,
    );
  });

  test('returns a @book with the organisation braced whole', () => {
    expect(bibtex(WORKS['organisationBookYear']!)).toBe(
      `@book{source-jhi-book,
  author = {{John Hay Initiative}},
  title = {{Choosing to Lead: American Foreign Policy for a Disordered World}},
  publisher = {John Hay Initiative},
  year = {2015},
  date = {2015},
  url = {http://www.choosingtolead.net/book},
}
`,
    );
  });

  test('returns "Family, Given", the month macro and no url for a person, an exact date and no verified URL', () => {
    const work: Work = { ...WORKS['personExact']!, url: undefined };
    expect(bibtex(work)).toBe(
      `@article{source-lucas,
  author = {Lucas, Edward},
  title = {{Battle of Narratives}},
  journal = {The Times},
  year = {2016},
  month = oct,
  date = {2016-10-10},
}
`,
    );
  });

  test('returns @misc with the site escaped for a page of this site', () => {
    expect(bibtex(WORKS['argumentPage']!)).toContain(
      '@misc{page-argument-russia-backs-terrorist-groups,\n  title = {{Russia backs terrorist groups}},\n  howpublished = {Russia \\& ISIS: the arguments},\n  url = {http://localhost:4321/arguments/russia-backs-terrorist-groups/},\n}',
    );
  });

  test('returns @misc rather than @article when the periodical is unknown', () => {
    expect(bibtex(WORKS['noDateNoOutletNoUrl']!)).toBe(
      '@misc{source-lucas-2,\n  author = {Lucas, Edward},\n  title = {{Battle of Narratives}},\n}\n',
    );
  });
});

describe('cslItem', () => {
  test('returns issued as the year with circa for an approximate date, as every other output gives it, and no author when unknown', () => {
    expect(cslItem(WORKS['unknownApproximate']!)).toEqual({
      id: 'source-economist',
      type: 'article-magazine',
      title: 'Donald Trump seeks a grand bargain with Vladimir Putin',
      'container-title': 'The Economist',
      issued: { 'date-parts': [[2017]], circa: true },
      URL: 'https://www.economist.com/node/21716609',
    });
  });

  test('returns a literal name and the publisher for an organisation’s book', () => {
    const item = cslItem(WORKS['organisationBookYear']!);
    expect([item.type, item.author, item.publisher, item.issued]).toEqual([
      'book',
      [{ literal: 'John Hay Initiative' }],
      'John Hay Initiative',
      { 'date-parts': [[2015]] },
    ]);
  });

  test('returns family and given names, and no URL when none is verified', () => {
    const item = cslItem(WORKS['monthQuestionNoUrl']!);
    expect(item.author).toEqual([{ family: 'McKew', given: 'Molly K.' }]);
    expect(item).not.toHaveProperty('URL');
    expect(item.issued).toEqual({ 'date-parts': [[2017, 2]] });
  });

  test.each<[keyof typeof WORKS, string]>([
    ['blogPostOriginal', 'post-weblog'],
    ['argumentPage', 'webpage'],
    ['videoApproximate', 'motion_picture'],
    ['transcriptExact', 'speech'],
  ])('returns the CSL type for %s', (name, type) => {
    expect(cslItem(WORKS[name]!).type).toBe(type);
  });
});
