import type { Author } from '../schemas/common.ts';

/** The name to print for an author: the person or organisation, or "Unknown author". */
export function authorName(author: Author): string {
  return author.kind === 'unknown' ? 'Unknown author' : author.name;
}
