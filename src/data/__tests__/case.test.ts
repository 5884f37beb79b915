import { readFileSync } from 'node:fs';
import path from 'node:path';
import { filesIn } from '../../../plugins/files';
import { homaIr, quicki, tyg } from '../../lib/indices';
import { runningCase } from '../case';
import { claims } from '../claims';
import { bibliography } from '../bibliography';

// Rules for the running case and the evidence map's claims, checked against the data and lessons as
// they are: a lab value quoted in a `:::case` box must be one of Sam's (src/data/case.ts), in either
// unit, so the story cannot drift from the numbers the measuring module works with.

const DOCS = path.resolve(__dirname, '../../../docs');
const caseBoxes = filesIn(DOCS, /\.mdx?$/).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/^(:{3,})case\[[^\n]*\n([\s\S]*?)^\1[ \t]*$/gm)].map((match) => ({
    file: path.relative(path.resolve(DOCS, '..'), file),
    text: match[2] ?? '',
  })),
);

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

/** Every value Sam's data allows, by unit, in the precisions a lesson may quote. */
function allowedValues(): Map<string, Set<number>> {
  const allowed = new Map<string, Set<number>>();
  const add = (unit: string, ...values: number[]) => {
    const set = allowed.get(unit) ?? new Set<number>();
    for (const value of values) set.add(value);
    allowed.set(unit, set);
  };
  for (const { labs } of runningCase.visits) {
    const glucose = labs.fastingGlucoseMgPerDl;
    add('mg/dL', glucose, labs.triglyceridesMgPerDl, labs.hdlMgPerDl);
    add(
      'mmol/L',
      round(glucose / 18, 1),
      round(labs.triglyceridesMgPerDl / 88.57, 2),
      round(labs.hdlMgPerDl / 38.67, 2),
    );
    add('µU/mL', labs.fastingInsulinMicroUPerMl);
    add('mg/L', labs.hsCrpMgPerL);
    add('cm', labs.waistCm);
    add('mmol/mol', Math.round((labs.hba1cPercent - 2.152) * 10.929));
  }
  add('mg/L', runningCase.crpAfterCold.hsCrpMgPerL);
  return allowed;
}

describe('the running case', () => {
  it('appears in lessons (the checks below are not vacuous)', () => {
    expect(caseBoxes.length).toBeGreaterThan(3);
  });

  it('quotes only lab values that are in src/data/case.ts', () => {
    const allowed = allowedValues();
    const wrong: string[] = [];
    for (const { file, text } of caseBoxes) {
      for (const match of text.matchAll(/(\d+(?:\.\d+)?)\s*(mg\/dL|mmol\/L|µU\/mL|mg\/L|cm|mmol\/mol)/g)) {
        const [quoted, value, unit] = match;
        if (!allowed.get(unit ?? '')?.has(Number(value)))
          wrong.push(`${file}: "${quoted}" is not one of Sam's values`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('quotes index values (HOMA-IR, QUICKI, TyG) as worked from those numbers', () => {
    const worked = new Set<number>();
    for (const { labs } of runningCase.visits) {
      const glucose = { glucoseMgPerDl: labs.fastingGlucoseMgPerDl };
      const values = [
        homaIr({ insulinMicroUPerMl: labs.fastingInsulinMicroUPerMl, ...glucose }),
        quicki({ insulinMicroUPerMl: labs.fastingInsulinMicroUPerMl, ...glucose }),
        tyg({ triglyceridesMgPerDl: labs.triglyceridesMgPerDl, ...glucose }),
      ];
      for (const value of values) for (const decimals of [1, 2, 3]) worked.add(round(value, decimals));
    }
    const wrong: string[] = [];
    let quoted = 0;
    for (const { file, text } of caseBoxes) {
      // The first value after the index's name, and a second one in "from X to Y".
      for (const match of text.matchAll(
        /(HOMA-IR|QUICKI|TyG)\D{0,60}?(\d+\.\d+)(?:\D{0,6}to\D{0,8}?(\d+\.\d+))?/g,
      )) {
        for (const value of [match[2], match[3]].filter((v) => v !== undefined)) {
          quoted += 1;
          if (!worked.has(Number(value))) wrong.push(`${file}: ${match[1]} quoted as ${value}`);
        }
      }
    }
    expect(quoted).toBeGreaterThan(0);
    expect(wrong).toEqual([]);
  });
});

describe('the evidence map claims', () => {
  const keys = new Set(bibliography.map((entry) => entry.key));

  it('name existing references, unique ids and at least one lesson each', () => {
    const ids = claims.map((claim) => claim.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const claim of claims) {
      expect(claim.lessons.length, claim.id).toBeGreaterThan(0);
      if (claim.strongestHuman)
        expect(keys.has(claim.strongestHuman), `${claim.id}: ${claim.strongestHuman}`).toBe(true);
    }
  });
});
