import { z } from 'astro/zod';

/** What a name names; the index of names shows it beside the name. */
export const nameKindSchema = z.enum(['person', 'organisation', 'group', 'place', 'event']);

const line = (what: string) =>
  z
    .string({ error: `write ${what}` })
    .trim()
    .min(1, `write ${what}`);

/**
 * A person, organisation, group, place or event the documents name (`content/names/<id>.md`, frontmatter
 * only), for the index of names (/names/) and for search: the build finds every paragraph, argument and
 * source that mentions it by its name or an alias (src/lib/names/mentions.ts) and refuses a name nothing
 * mentions. Optional: a corpus without a names/ folder has no index of names.
 */
export const nameSchema = z.object({
  /** The name as the index shows it, in its fullest common form, e.g. "Mohandas Karamchand Gandhi". */
  name: line('the name as the index shows it'),
  /** `person`, `organisation`, `group`, `place` or `event`. */
  kind: nameKindSchema,
  /**
   * The other ways readers write it: spelling variants and transliterations, acronyms, full and short
   * forms, other names in common use ("Gandhi", "UN", "Kiev"). Each is matched as whole words;
   * one written in capitals (an acronym: "NATO", "U.K.") only in capitals, any other in any case.
   * No alias may be an ordinary English word (src/lib/names/stop-words.ts) or another name's alias.
   * Default: none.
   */
  aliases: z.array(line('the alias')).default([]),
  /** One line saying only what the documents and sources say about it; shown on its page. Default: none. */
  description: line('the description').optional(),
});

export type NameData = z.infer<typeof nameSchema>;
export type NameKind = z.infer<typeof nameKindSchema>;
