// The words the explorer uses for categories and strengths of evidence (picture, panel, legend).
import type { InterventionEvidence, LinkStrength, StepCategory } from '../../data/cycle.types';

export const CATEGORY_NAMES: Record<StepCategory, string> = {
  organ: 'Organ',
  immune: 'Immune',
  metabolic: 'Metabolic',
  lifestyle: 'Lifestyle',
};

export const STRENGTH_NAMES: Record<LinkStrength, string> = {
  people: 'Shown in people',
  'animals-or-cells': 'Shown only in animals or cells',
  hypothesis: 'Hypothesis, not yet shown',
};

/** The tag written on each arrow in the evidence view. */
export const STRENGTH_TAGS: Record<LinkStrength, string> = {
  people: 'people',
  'animals-or-cells': 'animals/cells',
  hypothesis: 'hypothesis',
};

export const HUMAN_EVIDENCE_NAMES: Record<InterventionEvidence, string> = {
  trials: 'Shown in trials in people',
  'trials-small-effect': 'Tested in trials in people: small effects',
  observational: 'Mostly observational studies in people',
  limited: 'Little direct evidence in people',
};
