/**
 * Headline-style capitalisation for MLA 9 and Chicago, done by the `title-case` library, which only
 * ever raises a letter: it leaves URLs, all-caps words (NATO), acronyms (U.S.) and mixed case
 * (iPhone) as they are, so no proper noun is lost. Neither manual's list of lowercase words is the
 * library's default, so each style passes its own:
 * - Chicago 17 §8.159 (18 §8.160): lowercase articles, prepositions of any length, the conjunctions
 *   and, but, for, or, nor, and "to" and "as" in any function; capitalise everything else, "so", "yet",
 *   "if", "that" and "because" included.
 * - MLA 9 §2.90 (MLA Handbook, p. 54): lowercase articles, prepositions, the coordinating conjunctions
 *   (and, but, for, nor, or, so, yet) and the "to" of an infinitive; capitalise subordinating
 *   conjunctions (if, that, because, when) and adverbs (only).
 * Both capitalise the first and last word of a title and of a subtitle after a colon. A word that is
 * a preposition in one title and an adverb in another ("up", "than", "as") is lowercased: which it is
 * cannot be told without parsing the sentence.
 */
import { SMALL_WORDS, titleCase } from 'title-case';

/** Library defaults that both manuals capitalise: subordinating conjunctions, adverbs, determiners. */
const CAPITALISED = ['because', 'if', 'neither', 'only', 'some', 'that', 'when'];

/** Prepositions the library does not list; both manuals lowercase them whatever their length. */
const PREPOSITIONS = [
  'about',
  'across',
  'against',
  'among',
  'beneath',
  'between',
  'beyond',
  'despite',
  'during',
  'from',
  'into',
  'onto',
  'through',
  'throughout',
  'toward',
  'towards',
  'under',
  'within',
];

const MLA_SMALL = new Set([...[...SMALL_WORDS].filter((w) => !CAPITALISED.includes(w)), ...PREPOSITIONS]);
// Chicago lowercases only five conjunctions: "so" and "yet" are capitalised.
const CHICAGO_SMALL = new Set([...MLA_SMALL].filter((w) => w !== 'so' && w !== 'yet'));

/** `text` in headline style by the rules of `style`; words already capitalised are kept. */
export function headlineCase(text: string, style: 'mla' | 'chicago'): string {
  return titleCase(text, { locale: 'en', smallWords: style === 'mla' ? MLA_SMALL : CHICAGO_SMALL });
}
