/**
 * The dossier to print: the question, then every argument by stance with its quotations (each with
 * the document and paragraph it comes from), what it rebuts and what rebuts it, and its sources;
 * footnote-style numbers pointing into a numbered list of the works cited (Chicago notes, from
 * src/lib/citations/), and at the end a numbered list of every address the page links to, printed in full.
 *
 * Paged like the listings: one page holds `DOSSIER_PER_PAGE` arguments in the site's order. The real
 * debate fits on one page, so it prints in one go; a corpus of thousands would not fit in a page a
 * reader can load or a printer can take. Each page stands alone on paper: its own notes, its own addresses.
 */
import { chicagoNote } from '../citations/chicago.ts';
import { documentWork, sourceWork, type Run, type Work } from '../citations.ts';
import { argumentPositions } from '../corpus/per-corpus.ts';
import type { ArgumentEntry, Corpus, SourceEntry } from '../corpus/types.ts';
import { paginate, pageOfPosition, pageTitle, type Page } from '../pagination.ts';
import { paths } from '../urls.ts';
import { resolveQuotation, type ResolvedQuotation } from './quotation.ts';
import type { PageUrls } from './urls.ts';

/**
 * Arguments per page of the dossier. Each carries its quotations, links and notes; 15 keep a page
 * of the 10,000-argument corpus within the 20 KB content-page budget.
 */
export const DOSSIER_PER_PAGE = 15;

/** A link of the dossier: where it goes and its number in the page's list of addresses. */
export interface AddressRef {
  /** The href: a base-free site path (`site: true`) or a full URL. */
  href: string;
  site: boolean;
  /** Its number in `addresses`; undefined for a link to this same page (a fragment), which needs no address. */
  number: number | undefined;
}

/** One entry of the list of addresses: the full URL as printed. */
export interface Address {
  number: number;
  url: string;
  href: string;
  site: boolean;
}

export interface DossierQuotation extends ResolvedQuotation {
  /** The paragraph's 1-based position in the document's text. */
  paragraph: number;
  link: AddressRef;
  /** Note numbers: the document, and the work it quotes here if any. */
  notes: number[];
}

export interface DossierArgument {
  argument: ArgumentEntry;
  link: AddressRef;
  quotations: DossierQuotation[];
  questions: DossierQuotation[];
  rebuts: Array<{ argument: ArgumentEntry; link: AddressRef }>;
  rebuttedBy: Array<{ argument: ArgumentEntry; link: AddressRef }>;
  sources: Array<{ source: SourceEntry; link: AddressRef; note: number }>;
}

export interface DossierView {
  title: string;
  description: string;
  question: string;
  page: Page<ArgumentEntry>;
  groups: Array<{ id: string; label: string; definition: string; arguments: DossierArgument[] }>;
  /** The works cited on this page, numbered in order of first citation. */
  notes: Array<{ number: number; runs: Run[]; address: number | undefined }>;
  /** Every address linked from this page's dossier (its notes' URLs included), numbered in order of first link. */
  addresses: Address[];
}

/** The dossier's pages of arguments, in the site's order. */
export function dossierPages(corpus: Corpus): Page<ArgumentEntry>[] {
  return paginate(corpus.arguments, DOSSIER_PER_PAGE);
}

/** Page `page` of the dossier, resolved, with its notes and addresses numbered. */
export function dossierView(corpus: Corpus, page: Page<ArgumentEntry>, urls: PageUrls): DossierView {
  const position = argumentPositions(corpus);
  const addresses: Address[] = [];
  const addressOf = new Map<string, number>();
  const address = (href: string, site: boolean): number => {
    const url = site ? urls.absolute(href) : href;
    let number = addressOf.get(url);
    if (number === undefined) {
      number = addresses.length + 1;
      addressOf.set(url, number);
      addresses.push({ number, url, href, site });
    }
    return number;
  };
  const siteLink = (path: string): AddressRef => ({ href: path, site: true, number: address(path, true) });
  const here = new Set(page.items.map((a) => a.id));
  const fragment = (id: string) => `d-${id}`;
  const argumentLink = (id: string): AddressRef =>
    here.has(id)
      ? { href: `#${fragment(id)}`, site: false, number: undefined }
      : siteLink(`${paths.dossierPage(pageOfPosition(position.get(id) ?? -1, DOSSIER_PER_PAGE))}#${fragment(id)}`);

  const works: Array<{ work: Work }> = [];
  const noteOf = new Map<string, number>();
  const note = (work: Work): number => {
    let number = noteOf.get(work.key);
    if (number === undefined) {
      works.push({ work });
      number = works.length;
      noteOf.set(work.key, number);
    }
    return number;
  };

  const quotation = (q: ArgumentEntry['data']['quotations'][number]): DossierQuotation => {
    const resolved = resolveQuotation(corpus, q);
    const { document, anchor, quoting } = resolved;
    const notes = [note(documentWork(document.id, document.data))];
    if (quoting) notes.push(note(sourceWork(quoting.id, quoting.data)));
    return {
      ...resolved,
      paragraph: document.blocks.findIndex((b) => b.anchor === anchor) + 1,
      link: siteLink(paths.document(document.id, anchor)),
      notes,
    };
  };

  const entry = (argument: ArgumentEntry): DossierArgument => ({
    argument,
    link: siteLink(paths.argument(argument.id)),
    quotations: argument.data.quotations.map(quotation),
    questions: argument.data.questions.map(quotation),
    rebuts: argument.data.rebuts.map((id) => ({ argument: corpus.argument(id), link: argumentLink(id) })),
    rebuttedBy: corpus.rebuttedBy(argument.id).map((a) => ({ argument: a, link: argumentLink(a.id) })),
    sources: argument.data.cites.map((id) => {
      const source = corpus.source(id);
      return { source, link: siteLink(paths.source(id)), note: note(sourceWork(id, source.data)) };
    }),
  });

  const groups = corpus.site.stances
    .map((s) => ({
      id: s.id,
      label: s.label,
      definition: s.definition,
      arguments: page.items.filter((a) => a.data.stance === s.id).map(entry),
    }))
    .filter((g) => g.arguments.length > 0);
  // Notes are listed after the arguments, so their addresses follow the arguments' own.
  const notes = works.map(({ work }, i) => ({
    number: i + 1,
    runs: chicagoNote(work),
    address: work.url === undefined ? undefined : address(work.url, false),
  }));
  return {
    title: pageTitle('Dossier', page),
    description: `Every argument in the debate on ${corpus.site.subject}, with its quotations, rebuttals and sources, numbered notes and every address: for printing.`,
    question: corpus.site.question,
    page,
    groups,
    notes,
    addresses,
  };
}
