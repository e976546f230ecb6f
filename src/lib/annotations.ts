/**
 * Every quotation as a W3C Web Annotation (Web Annotation Data Model, W3C Recommendation 2017), so
 * that annotation tools can show, on the original article, the words an argument is made of. The
 * export is one `AnnotationCollection` whose single `AnnotationPage` is embedded as `first` (§5.1,
 * §5.2); each annotation links (`motivation: linking`, §3.3.5) its target, the quoted words in the
 * original at its verified URL picked out by a `TextQuoteSelector` (§4.2.4), to its body, the
 * argument page. `exact`, `prefix` and `suffix` are taken from the capture the document's text was
 * checked against, with whitespace normalised (every run of whitespace one space), as the selector
 * asks of text that is normalised before it is selected.
 */
import type { Corpus } from './corpus/types.ts';
import { flatText } from './passages.ts';
import { normalizeSpace, verbatimIndex } from './quotations.ts';
import { paths } from './urls.ts';
import type { PageUrls } from './views/urls.ts';

/** How many characters of context before and after the words a selector carries (as Hypothesis does). */
export const CONTEXT_LENGTH = 32;

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  /** Omitted when the words start the capture. */
  prefix?: string;
  /** Omitted when the words end the capture. */
  suffix?: string;
}
export interface Annotation {
  id: string;
  type: 'Annotation';
  motivation: 'linking';
  body: string;
  target: { source: string; selector: TextQuoteSelector };
}
export interface AnnotationCollection {
  '@context': 'http://www.w3.org/ns/anno.jsonld';
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: Annotation[] };
}

/** Drops a half of a surrogate pair left at either end of a cut. */
const whole = (text: string) => text.replace(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/g, '');

/**
 * The selector for `words` in `capture`: the occurrence inside `paragraph` (the text of the block the
 * quotation is anchored to) when the capture holds that paragraph, else the first. Throws when the
 * words are not in the capture, which the content check rules out.
 */
export function quoteSelector(capture: string, words: string, paragraph?: string): TextQuoteSelector {
  return selectorIn(normalizeSpace(capture), words, paragraph === undefined ? undefined : normalizeSpace(paragraph));
}

/** {@link quoteSelector} for a capture and paragraph already passed through `normalizeSpace`. */
function selectorIn(hay: string, words: string, paragraph?: string): TextQuoteSelector {
  const exact = normalizeSpace(words);
  const from = paragraph === undefined ? -1 : hay.indexOf(paragraph);
  const inParagraph = from < 0 ? -1 : verbatimIndex(exact, hay.slice(from));
  const at = inParagraph < 0 ? verbatimIndex(exact, hay) : from + inParagraph;
  if (at < 0) throw new Error(`The words "${exact}" are not in the capture`);
  const end = at + exact.length;
  const prefix = whole(hay.slice(Math.max(0, at - CONTEXT_LENGTH), at));
  const suffix = whole(hay.slice(end, end + CONTEXT_LENGTH));
  return {
    type: 'TextQuoteSelector',
    exact,
    ...(prefix ? { prefix } : {}),
    ...(suffix ? { suffix } : {}),
  };
}

/** Every argument quotation and question as an annotation, in argument order; `self` is the export's own path. */
export function annotationCollection(corpus: Corpus, urls: PageUrls, self: string): AnnotationCollection {
  const items: Annotation[] = [];
  // Each capture's whitespace is normalised once, however many quotations it holds.
  const flatCaptures = new Map<string, string>();
  const flatCapture = (documentId: string) => {
    let flat = flatCaptures.get(documentId);
    if (flat === undefined) flatCaptures.set(documentId, (flat = normalizeSpace(corpus.captureText(documentId))));
    return flat;
  };
  for (const argument of corpus.arguments) {
    const body = urls.absolute(paths.argument(argument.id));
    const add = (kind: string, q: { document: string; text: string; anchor?: string | undefined }, i: number) => {
      const document = corpus.document(q.document);
      const anchor = corpus.anchorOf(q.document, q);
      const block = document.blocks.find((b) => b.anchor === anchor);
      items.push({
        id: `${body}#${kind}-${i + 1}-annotation`,
        type: 'Annotation',
        motivation: 'linking',
        body,
        target: {
          source: document.data.url,
          selector: selectorIn(flatCapture(q.document), q.text, block && flatText(block)),
        },
      });
    };
    argument.data.quotations.forEach((q, i) => add('quotation', q, i));
    argument.data.questions.forEach((q, i) => add('question', q, i));
  }
  const id = urls.absolute(self);
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id,
    type: 'AnnotationCollection',
    label: `The quotations of ${corpus.site.name}, on the originals`,
    total: items.length,
    first: { id: `${id}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}
