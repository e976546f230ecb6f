import type { ArgumentData } from '../../schemas/argument.ts';
import type { SourceData } from '../../schemas/source.ts';
import { authorName } from '../authors.ts';
import { markdownWords } from './text.ts';

/**
 * The words of an argument page a mention is looked for in: the claim, the summary, the synthesis
 * (its Markdown body) and the quotations and questions, as the page shows them.
 */
export function argumentWords(data: ArgumentData, body: string): string {
  return [data.title, data.summary, markdownWords(body), ...[...data.quotations, ...data.questions].map((q) => q.text)]
    .join('\n')
    .replace(/\s+/g, ' ');
}

/** The words of a source page a mention is looked for in: title, its note, author, outlet, notes and body. */
export function sourceWords(data: SourceData, body: string): string {
  return [
    data.title,
    data.titleNote ?? '',
    data.author.kind === 'unknown' ? '' : authorName(data.author),
    data.outlet ?? '',
    ...data.related.map((r) => r.label),
    data.unverified ?? '',
    markdownWords(body),
  ]
    .join('\n')
    .replace(/\s+/g, ' ');
}
