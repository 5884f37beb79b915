// The shape of a course claim on the evidence map (src/data/claims.ts).

/** How far a claim is shown in people, from strongest to weakest. */
export type ClaimStatus =
  'shown-in-trials' | 'association-in-people' | 'animals-or-cells-only' | 'not-tested';

export interface Claim {
  /** kebab-case id, also the claim's anchor on the evidence map. */
  id: string;
  /** The claim, as the course's source text makes it, in a sentence. */
  claim: string;
  status: ClaimStatus;
  /** Site paths (without base URL) of the lessons that teach it, optionally with `#anchor`. */
  lessons: string[];
  /** Citation key of the strongest human evidence, if any study in people tested it. */
  strongestHuman?: string;
  /** One or two plain sentences: what that evidence shows and where the claim goes beyond it. */
  verdict: string;
}
