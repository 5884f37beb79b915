// The shape of a bibliography entry. Entries live in `bibliography.ts`; the citation
// remark plugin (plugins/remark-citations) validates them at build time.

export interface Reference {
  /** Citation key used in lessons as `[@key]`: first author's surname + year, lowercase ASCII. */
  key: string;
  /**
   * "Surname Initials" for each author; end with "et al." when the list is incomplete. Leave it
   * empty when no record confirmed the authors: the page then says "[Authors not confirmed]".
   */
  authors: string[];
  year: number;
  title: string;
  journal: string;
  /** e.g. `259(5091):87–91`; omit any part no record confirmed. */
  volumePages?: string;
  /** Bare DOI (`10.xxxx/...`), only when a record (PubMed, PMC, the publisher) confirmed it. */
  doi?: string;
  /** Digits only, only when a record (PubMed, PMC, the publisher) confirmed it. */
  pmid?: string;
  /** One line: what the course cites it for, with its main caveat (animal, small, observational). */
  note: string;
  /** Who or what was studied, for the landmark studies: shown on the evidence map and reference lists. */
  population?: Population;
  /** The kind of evidence, shown next to the reference and next to each citation marker. */
  evidence: 'human-trial' | 'human-observational' | 'animal' | 'cell' | 'review' | 'meta-analysis' | 'method';
}

/** Who or what a study looked at, in typed fields (only what the paper's record confirms). */
export interface Population {
  species: 'human' | 'mouse' | 'rat' | 'rodent' | 'cells';
  /** How many people or animals were studied (analysed, where the paper says). */
  n?: number;
  /** How long the treatment or follow-up lasted, in words: `48 weeks`, `median 3.7 years`. */
  duration?: string;
  /** Who they were, in a few plain words: `adults with type 2 diabetes`. */
  who?: string;
}
