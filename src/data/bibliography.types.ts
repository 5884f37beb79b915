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
  /** The kind of evidence, shown next to the reference. */
  evidence: 'human-trial' | 'human-observational' | 'animal' | 'cell' | 'review' | 'meta-analysis' | 'method';
}
