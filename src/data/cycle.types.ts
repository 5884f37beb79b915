// The shape of the vicious-cycle explorer's data (src/data/cycle.ts). The build checks it
// (src/components/CycleExplorer/validate.ts) and turns it into the picture and the text version.

/** What kind of thing a step is: shown by the box's shape, a word on the box and its colour. */
export type StepCategory = 'organ' | 'immune' | 'metabolic' | 'lifestyle';

/** How far an arrow (one link of cause) is shown: in people, only in animals or cells, or not yet. */
export type LinkStrength = 'people' | 'animals-or-cells' | 'hypothesis';

/** How strong the evidence in people is that an intervention acts where it is drawn. */
export type InterventionEvidence =
  /** Randomised trials (or meta-analyses of them) in people show the effect. */
  | 'trials'
  /** Trials in people tested it and found small effects on this cycle. */
  | 'trials-small-effect'
  /** Mostly observational or short, small studies in people. */
  | 'observational'
  /** Little direct evidence in people; reasoning from other studies. */
  | 'limited';

export interface CycleStep {
  /** kebab-case, unique among steps, arrows and interventions (it goes into the page's URL). */
  id: string;
  /** The words on the picture, one string per line (at most 3 lines of at most 22 characters). */
  label: string[];
  /** The panel's heading: a short sentence-case title. */
  title: string;
  category: StepCategory;
  /** Two or three plain sentences: what happens at this step and what the evidence is. */
  text: string;
  /** Citation keys from src/data/bibliography.ts, strongest first. */
  evidence: string[];
  /** Site path of the lesson section that teaches it, with `#anchor`. */
  lesson: string;
  /** Centre of the step's box in the picture, in picture units (see `Cycle.size`). */
  at: { x: number; y: number };
}

export interface CycleArrow {
  /** kebab-case, unique among steps, arrows and interventions. */
  id: string;
  from: string;
  to: string;
  /** A few words written beside the arrow, if any. */
  label?: string;
  strength: LinkStrength;
  /** Two or three plain sentences on this link and how far it is shown. */
  text: string;
  evidence: string[];
  lesson: string;
  /**
   * How far the arrow curves away from a straight line, in picture units: positive bends it to the
   * left of its direction of travel, negative to the right. 0 or absent: straight.
   */
  bend?: number;
  /** Where along the arrow its label goes, from 0.1 (near its start) to 0.9 (near its tip); 0.5 if absent. */
  labelPosition?: number;
}

export interface CycleIntervention {
  /** kebab-case, unique among steps, arrows and interventions. */
  id: string;
  /** The toggle's name: `Exercise`. */
  name: string;
  /** The badge on the picture (at most 8 characters): `Exercise`. */
  badge: string;
  /** Ids of the steps or arrows where it acts. */
  actsOn: string[];
  /** One or two sentences: where and how it acts. */
  how: string;
  humanEvidence: InterventionEvidence;
  /** One or two sentences: what the studies in people found, in whom, for how long. */
  evidenceText: string;
  evidence: string[];
  lesson: string;
}

export interface Cycle {
  /** The picture's name (its accessible name). */
  title: string;
  /** What the picture shows, in a few sentences: its text alternative. */
  description: string;
  /** The picture's size in picture units (the SVG viewBox). */
  size: { width: number; height: number };
  /** The loop, in order: step ids; each step has an arrow to the next and the last to the first. */
  loop: string[];
  steps: CycleStep[];
  arrows: CycleArrow[];
  interventions: CycleIntervention[];
}
