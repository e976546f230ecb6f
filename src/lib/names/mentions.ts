/**
 * Finding where a text mentions a name: by its name or one of its aliases, as whole words. The
 * rules, which the index of names and search rely on:
 * - a form matches only between word boundaries: no letter or digit right before or after it, so
 *   "Kenya" is not found in "Kenyan" but "Gandhi" is in "Gandhi's" and "NATO" in "anti-NATO";
 * - a form written in capitals (an acronym: "NATO", "U.K.") matches only in capitals; any other in
 *   any case ("Kenya", "KENYA");
 * - runs of whitespace in a form match any run of whitespace, and straight and typographic
 *   apostrophes match each other;
 * - where forms overlap, the match starting first wins, and of those the longest: "United Nations"
 *   is one mention, never also one of a name "Nations".
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

/** True when `form` is an acronym: at least one capital letter and no lower-case one ("NATO", "U.K."). */
export const isAcronym = (form: string): boolean => /\p{Lu}/u.test(form) && !/\p{Ll}/u.test(form);

const APOSTROPHES = /['\u2018\u2019\u02bc]/g;

/** A form as it is compared: whitespace collapsed, apostrophes straight, lower case unless an acronym. */
export function formKey(form: string): string {
  const plain = form.trim().replace(/\s+/g, ' ').replace(APOSTROPHES, "'");
  return isAcronym(plain) ? plain : plain.toLowerCase();
}

// Only the syntax characters: with the `u` flag, escaping any other character is an error.
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A form as a sticky regular expression that matches it whole at a given position, in the case its rule says. */
function formPattern(form: string): RegExp {
  const words = form
    .trim()
    .split(/\s+/)
    .map((w) => escapeRegExp(w).replace(APOSTROPHES, "['\u2018\u2019\u02bc]"));
  return new RegExp(`${words.join('\\s+')}(?![\\p{L}\\p{N}])`, isAcronym(form) ? 'uy' : 'iuy');
}

const WORD = /[\p{L}\p{N}]+/gu;
const firstWord = (form: string) => (form.match(/[\p{L}\p{N}]+/u)?.[0] ?? '').toLowerCase();

/**
 * A finder for `names`. A form shared by two names is found for the first (the names check refuses
 * such content before anything is built). It looks up the forms that can start at each word of the
 * text by that word, so its cost grows with the text and not with the number of names.
 */
export function mentionFinder(names: readonly NameForms[]): MentionFinder {
  const seen = new Set<string>();
  const byFirstWord = new Map<string, Array<{ id: string; length: number; regex: RegExp }>>();
  for (const { id, forms } of names) {
    for (const form of forms) {
      const key = formKey(form);
      if (seen.has(key)) continue;
      seen.add(key);
      const first = firstWord(form);
      const list = byFirstWord.get(first) ?? [];
      list.push({ id, length: key.length, regex: formPattern(form) });
      byFirstWord.set(first, list);
    }
  }
  // Longest first: at one position the longest form that matches is the mention.
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length);
  return (text) => {
    const found: Mention[] = [];
    let after = 0;
    for (const word of text.matchAll(WORD)) {
      if (word.index < after) continue;
      const candidates = byFirstWord.get(word[0].toLowerCase());
      if (candidates === undefined) continue;
      for (const { id, regex } of candidates) {
        regex.lastIndex = word.index;
        const match = regex.exec(text);
        if (match === null) continue;
        found.push({ id, start: word.index, end: word.index + match[0].length });
        after = word.index + match[0].length;
        break;
      }
    }
    return found;
  };
}

/** The ids of the names a text mentions, each once, in order of first mention. */
export const namesIn = (find: MentionFinder, text: string): string[] => [...new Set(find(text).map((m) => m.id))];
