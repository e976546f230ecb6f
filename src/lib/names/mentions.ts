/**
 * Finding where a text mentions a name: by its name or one of its aliases, as whole words. The
 * rules, which the index of names and search rely on:
 * - a form matches only between word boundaries: no letter or digit right before or after it, so
 *   "Iran" is not found in "Iranian" but "Putin" is in "Putin's" and "ISIS" in "anti-ISIS";
 * - a form written in capitals (an acronym: "ISIL", "U.S.") matches only in capitals; any other in
 *   any case ("Hezbollah", "hezbollah");
 * - runs of whitespace in a form match any run of whitespace, and straight and typographic
 *   apostrophes match each other;
 * - where forms overlap, the match starting first wins, and of those the longest: "Islamic State"
 *   is one mention, never also one of a name "State".
 */

/** A name and every form it is written in (its name first, then its aliases). */
export interface NameForms {
  id: string;
  forms: readonly string[];
}

/** One mention: which name, and where in the text (`text.slice(start, end)` is the words). */
export interface Mention {
  id: string;
  start: number;
  end: number;
}

/** Finds every mention in a text, in order of position, overlapping ones resolved as above. */
export type MentionFinder = (text: string) => Mention[];

/** True when `form` is an acronym: at least one capital letter and no lower-case one ("ISIS", "U.S."). */
export const isAcronym = (form: string): boolean => /\p{Lu}/u.test(form) && !/\p{Ll}/u.test(form);

const APOSTROPHES = /['\u2018\u2019\u02bc]/g;

/** A form as it is compared: whitespace collapsed, apostrophes straight, lower case unless an acronym. */
export function formKey(form: string): string {
  const plain = form.trim().replace(/\s+/g, ' ').replace(APOSTROPHES, "'");
  return isAcronym(plain) ? plain : plain.toLowerCase();
}

// Only the syntax characters: with the `u` flag, escaping any other character is an error.
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A form as a regular-expression alternative, case-insensitive unless it is an acronym. */
function pattern(form: string): string {
  const words = form
    .trim()
    .split(/\s+/)
    .map((w) => escapeRegExp(w).replace(APOSTROPHES, "['\u2018\u2019\u02bc]"));
  const body = words.join('\\s+');
  return isAcronym(form) ? body : `(?i:${body})`;
}

/**
 * A finder for `names`. A form shared by two names is found for the first (the names check refuses
 * such content before anything is built).
 */
export function mentionFinder(names: readonly NameForms[]): MentionFinder {
  const owner = new Map<string, string>();
  for (const { id, forms } of names) for (const form of forms) if (!owner.has(formKey(form))) owner.set(formKey(form), id);
  if (owner.size === 0) return () => [];
  // Longest first: at one position the regular expression takes the first alternative that matches.
  const forms = [...owner.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const regex = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(pattern).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) => {
    const found: Mention[] = [];
    for (const match of text.matchAll(regex)) {
      const key = formKey(match[0]);
      // A form matched in any case can be written in capitals ("HEZBOLLAH" in a heading).
      const id = owner.get(key) ?? owner.get(key.toLowerCase());
      if (id !== undefined) found.push({ id, start: match.index, end: match.index + match[0].length });
    }
    return found;
  };
}

/** The ids of the names a text mentions, each once, in order of first mention. */
export const namesIn = (find: MentionFinder, text: string): string[] => [...new Set(find(text).map((m) => m.id))];
