// What the explorer component receives: the cycle of src/data/cycle.ts with its geometry worked out
// and its citations and lesson links resolved, at build time (plugins/remark-cycle). The page
// carries it as a prop, so the reader's browser loads no bibliography and no layout code.
import type { Cycle, CycleArrow, CycleIntervention, CycleStep } from '../../data/cycle.types';

export interface EvidenceView {
  key: string;
  /** `Weisberg et al. 2003` */
  cite: string;
  /** `Mouse study`, `Trial in people`… */
  kind: string;
  /** Who was studied, when the bibliography says: `obese mice, with human fat samples`. */
  who?: string;
}

export interface LessonLinkView {
  /** Site path with anchor, without the base URL. */
  to: string;
  /** The section's heading, or the path's last words if it could not be read. */
  section: string;
  /** The lesson's title, if it could be read. */
  lesson?: string;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

type Resolved = 'evidence' | 'lesson';

export interface StepView extends Omit<CycleStep, Resolved | 'at'> {
  evidence: EvidenceView[];
  lesson: LessonLinkView;
  box: Box;
  /** Position in the loop (0-based), or -1 for a step that feeds the loop from outside. */
  loopIndex: number;
}

export interface ArrowView extends Omit<CycleArrow, Resolved | 'bend' | 'labelPosition'> {
  evidence: EvidenceView[];
  lesson: LessonLinkView;
  /** SVG path of the line, ending where the arrowhead starts. */
  path: string;
  /** SVG points of the arrowhead triangle. */
  head: string;
  /** Where its label (and its evidence tag) is written. */
  labelAt: { x: number; y: number };
}

export interface InterventionView extends Omit<CycleIntervention, Resolved> {
  evidence: EvidenceView[];
  lesson: LessonLinkView;
}

export interface CycleView extends Pick<Cycle, 'title' | 'description' | 'size' | 'loop'> {
  steps: StepView[];
  arrows: ArrowView[];
  interventions: InterventionView[];
}
