// The shape of a glossary entry. Entries live in `glossary.ts`; lessons link a term
// with `[words](term:id)` and the build fails on an unknown id.

export interface GlossaryEntry {
  /** kebab-case id, also the anchor on the glossary page. */
  id: string;
  /** The term as it is headed on the glossary page. */
  term: string;
  /** Other names or abbreviations. */
  aliases?: string[];
  /** One to three plain-language sentences. */
  definition: string;
  /** Ids of related entries. */
  seeAlso?: string[];
}
