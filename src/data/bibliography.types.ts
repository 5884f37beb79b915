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
  /** e.g. `259(5091):87–91`; omit what references.md marks † or "not checked". */
  volumePages?: string;
  /** Bare DOI (`10.xxxx/...`), only when references.md gives it without †. */
  doi?: string;
  /** Digits only, only when references.md gives it without †. */
  pmid?: string;
  /** One line: what the course cites it for, with its main caveat (animal, small, observational). */
  note: string;
  /** The kind of evidence, shown next to the reference. */
  evidence: 'human-trial' | 'human-observational' | 'animal' | 'cell' | 'review' | 'meta-analysis' | 'method';
}
