// The running case: one fictional adult whose story runs through the modules. Lessons tell the story
// in `:::case[…]` boxes; the measuring module works the indices from these numbers with the same
// functions as the calculator (src/lib/indices.ts), so the story and the arithmetic cannot drift.
// Educational only: the numbers are invented to illustrate the course, and the case never
// diagnoses or doses.

export interface CaseLabs {
  /** Fasting plasma glucose, mg/dL. */
  fastingGlucoseMgPerDl: number;
  /** Fasting insulin, µU/mL (= mU/L). */
  fastingInsulinMicroUPerMl: number;
  /** Fasting triglycerides, mg/dL. */
  triglyceridesMgPerDl: number;
  /** HDL cholesterol, mg/dL. */
  hdlMgPerDl: number;
  /** HbA1c, percent (NGSP). */
  hba1cPercent: number;
  /** High-sensitivity CRP, mg/L. */
  hsCrpMgPerL: number;
  /** Waist circumference, cm. */
  waistCm: number;
}

export interface CaseVisit {
  id: 'first' | 'nine-months';
  /** How the visit is named in the lessons and tables. */
  label: string;
  /** When and in what state the blood was taken. */
  context: string;
  labs: CaseLabs;
}

export interface RunningCase {
  name: string;
  age: number;
  /** One paragraph a lesson can reuse. */
  portrait: string;
  visits: readonly CaseVisit[];
  /** A CRP test taken while Sam was getting over a cold: why one CRP value is never read alone. */
  crpAfterCold: { hsCrpMgPerL: number; context: string };
}

export const runningCase: RunningCase = {
  name: 'Sam',
  age: 49,
  portrait:
    'Sam is a fictional 49-year-old bus dispatcher. He works rotating shifts, sleeps five to six hours on work nights, and looks after his mother in the evenings. Over fifteen years he has gained about 12 kg, mostly around the waist. He drinks two or three sugary drinks a day, eats a lot of white bread and takeaway food, and rarely has time for exercise. His father developed type 2 diabetes in his sixties. Sam feels well, does not have diabetes or type 1 diabetes, and has no known heart disease.',
  visits: [
    {
      id: 'first',
      label: 'First check-up',
      context: 'Fasting blood taken on a morning when Sam had been well for weeks.',
      labs: {
        fastingGlucoseMgPerDl: 106,
        fastingInsulinMicroUPerMl: 16,
        triglyceridesMgPerDl: 190,
        hdlMgPerDl: 38,
        hba1cPercent: 5.9,
        hsCrpMgPerL: 3.4,
        waistCm: 106,
      },
    },
    {
      id: 'nine-months',
      label: 'Nine months later',
      context:
        'Fasting blood when well, after nine months of the changes Sam chose with his clinician. Invented to illustrate; real changes vary widely from person to person.',
      labs: {
        fastingGlucoseMgPerDl: 99,
        fastingInsulinMicroUPerMl: 11,
        triglyceridesMgPerDl: 150,
        hdlMgPerDl: 41,
        hba1cPercent: 5.7,
        hsCrpMgPerL: 2.1,
        waistCm: 100,
      },
    },
  ],
  crpAfterCold: {
    hsCrpMgPerL: 11.2,
    context: 'Five days after Sam caught a cold, a hospital test drawn for another reason measured his CRP.',
  },
};

export function caseVisit(id: CaseVisit['id']): CaseVisit {
  const visit = runningCase.visits.find((candidate) => candidate.id === id);
  if (!visit) throw new Error(`The running case has no visit "${id}" (src/data/case.ts).`);
  return visit;
}
