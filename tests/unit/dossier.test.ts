import { describe, expect, test } from 'vitest';
import { plainText } from '../../src/lib/citations/parts';
import { buildCorpus } from '../../src/lib/corpus/build';
import { paginate } from '../../src/lib/pagination';
import { dossierPages, dossierView } from '../../src/lib/views/dossier';
import type { PageUrls } from '../../src/lib/views/urls';
import { soundCorpus, toEntries } from '../fixtures/unit/corpus';

const corpus = buildCorpus(toEntries(soundCorpus()));
const urls: PageUrls = { absolute: (path) => `https://example.test/base${path}`, siteName: 'Fixture debate' };

describe('dossierView', () => {
  const view = dossierView(corpus, dossierPages(corpus)[0]!, urls);
  const entries = view.groups.flatMap((g) => g.arguments);

  test('returns every argument once, grouped by stance in the site’s order', () => {
    expect(view.groups.map((g) => [g.label, g.arguments.map((a) => a.argument.id)])).toEqual([
      ['Against', ['arg-distrust', 'arg-sanctions']],
      ['Qualified', ['arg-talk']],
    ]);
    expect(view.question).toBe(corpus.site.question);
  });

  test('returns each quotation with its paragraph’s position in its document and its notes', () => {
    const distrust = entries.find((e) => e.argument.id === 'arg-distrust')!;
    expect(distrust.quotations.map((q) => [q.document.id, q.paragraph, q.notes])).toEqual([
      [
        'doc-a',
        1 + corpus.document('doc-a').blocks.findIndex((b) => b.anchor === 'russias-1-enemy-is-the-united'),
        [1, 2],
      ],
      [
        'doc-a',
        1 + corpus.document('doc-a').blocks.findIndex((b) => b.anchor === 'the-report-russia-and-the-west'),
        [1],
      ],
    ]);
  });

  test('numbers the notes in order of first citation, one per work, as Chicago notes', () => {
    expect(view.notes.map((n) => n.number)).toEqual([1, 2, 3, 4]);
    expect(plainText(view.notes[0]!.runs)).toMatch(
      /^Jane Roe, “Should We Trust Russia’s Offer\?,” Example Blog, October 10, 2016, https:\/\/example\.org\/offer\.$/,
    );
    const talk = entries.find((e) => e.argument.id === 'arg-talk')!;
    expect(talk.sources.map((s) => [s.source.id, s.note])).toEqual([['src-report', 3]]);
  });

  test('links an argument on the same page by its fragment, with no address', () => {
    const talk = entries.find((e) => e.argument.id === 'arg-talk')!;
    expect(talk.rebuts.map((r) => r.link)).toEqual([{ href: '#d-arg-distrust', site: false, number: undefined }]);
  });

  test('lists every address it links once, in full, notes’ URLs included', () => {
    const links = entries.flatMap((e) => [
      e.link,
      ...e.quotations.map((q) => q.link),
      ...e.questions.map((q) => q.link),
      ...e.rebuts.map((r) => r.link),
      ...e.rebuttedBy.map((r) => r.link),
      ...e.sources.map((s) => s.link),
    ]);
    const numbered = links.filter((l) => l.number !== undefined);
    for (const l of numbered) expect(view.addresses[l.number! - 1]?.href).toBe(l.href);
    expect(view.addresses.map((a) => a.url)).toContain('https://example.test/base/arguments/arg-talk/');
    expect(view.addresses.map((a) => a.url)).toContain('https://example.org/offer');
    expect(new Set(view.addresses.map((a) => a.url)).size).toBe(view.addresses.length);
    expect(view.addresses.map((a) => a.number)).toEqual(view.addresses.map((_, i) => i + 1));
  });

  test('links an argument listed on another page to that page of the dossier', () => {
    const second = dossierView(corpus, paginate(corpus.arguments, 1)[2]!, urls);
    const talk = second.groups[0]!.arguments[0]!;
    expect(talk.argument.id).toBe('arg-talk');
    const [rebuts] = talk.rebuts;
    expect(rebuts?.link.site).toBe(true);
    expect(rebuts?.link.href).toBe('/dossier/#d-arg-distrust');
  });
});
