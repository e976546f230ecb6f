import type { Problem } from '../integrity.ts';
import type { NameIndex } from './index.ts';
import { formKey } from './mentions.ts';
import { isStopWord } from './stop-words.ts';

/** A name as the check sees it: its file, its name and its aliases. */
export interface NameInput {
  id: string;
  file: string;
  name: string;
  aliases: readonly string[];
}

/**
 * Every problem with the names: a name or alias that is an ordinary English word (src/lib/names/stop-words.ts),
 * a form given twice or shared with another name, and a name that no paragraph, argument or source mentions.
 */
export function checkNames(names: readonly NameInput[], index: NameIndex): Problem[] {
  const problems: Problem[] = [];
  const owner = new Map<string, { file: string; id: string }>();
  for (const entry of names) {
    const forms: Array<[string, string]> = [
      ['name', entry.name],
      ...entry.aliases.map((a, i): [string, string] => [`aliases[${i}]`, a]),
    ];
    for (const [field, form] of forms) {
      if (isStopWord(form)) {
        problems.push({
          file: entry.file,
          field,
          message: `"${form}" is an ordinary English word: it would be found in every text that uses the word; write a longer form`,
        });
        continue;
      }
      // Acronyms keep their case; "NATO" and "Nato" are different forms.
      const key = formKey(form);
      const first = owner.get(key);
      if (first === undefined) owner.set(key, { file: entry.file, id: entry.id });
      else if (first.id === entry.id)
        problems.push({ file: entry.file, field, message: `"${form}" is given twice for this name` });
      else
        problems.push({
          file: entry.file,
          field,
          message: `"${form}" is also a form of the name "${first.id}" (${first.file}); give each alias to one name`,
        });
    }
    const mentioned =
      (index.paragraphs.get(entry.id)?.length ?? 0) +
      (index.arguments.get(entry.id)?.length ?? 0) +
      (index.sources.get(entry.id)?.length ?? 0);
    if (mentioned === 0)
      problems.push({
        file: entry.file,
        field: 'name',
        message: `nothing mentions "${entry.name}": no paragraph, argument or source has it or any of its aliases as whole words`,
      });
  }
  return problems;
}
