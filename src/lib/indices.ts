// Insulin-resistance surrogate indices (HOMA-IR, HOMA-%B, QUICKI, TyG), the unit conversions they
// need and the parsing of what a learner types. Pure TypeScript, no React: the IndexCalculator view
// and the tests both use it. Formulas and worked examples: the HOMA-IR and TyG lessons.
//
// Every index function names the unit in its argument keys (`glucoseMmolPerL`, `glucoseMgPerDl`),
// because mixing units (mg/dL glucose with ÷22.5, pmol/L insulin unconverted) is the commonest error.

export const MG_PER_DL_PER_MMOL_GLUCOSE = 18.0;
export const MG_PER_DL_PER_MMOL_TRIGLYCERIDES = 88.57;
/** pmol/L per µU/mL of insulin. 6 is the common factor; some labs use 6.945 (not standardised). */
export const DEFAULT_PMOL_PER_MICROUNIT = 6;
export const INSULIN_CONVERSION_FACTORS = [6, 6.945] as const;

// Conversions -----------------------------------------------------------------------------------

export function glucoseToMgPerDl(mmolPerL: number): number {
  return mmolPerL * MG_PER_DL_PER_MMOL_GLUCOSE;
}

export function glucoseToMmolPerL(mgPerDl: number): number {
  return mgPerDl / MG_PER_DL_PER_MMOL_GLUCOSE;
}

/** pmol/L → µU/mL (= mU/L). The factor is a parameter because labs differ. */
export function insulinToMicroUPerMl(
  pmolPerL: number,
  pmolPerMicroUnit: number = DEFAULT_PMOL_PER_MICROUNIT,
): number {
  requirePositive('pmolPerMicroUnit', pmolPerMicroUnit);
  return pmolPerL / pmolPerMicroUnit;
}

export function triglyceridesToMgPerDl(mmolPerL: number): number {
  return mmolPerL * MG_PER_DL_PER_MMOL_TRIGLYCERIDES;
}

// Indices ---------------------------------------------------------------------------------------

/** Fasting glucose in exactly one unit; the key says which. */
export type FastingGlucose =
  { glucoseMmolPerL: number; glucoseMgPerDl?: never } | { glucoseMgPerDl: number; glucoseMmolPerL?: never };

export type InsulinAndGlucose = { insulinMicroUPerMl: number } & FastingGlucose;
export type TriglyceridesAndGlucose = { triglyceridesMgPerDl: number } & FastingGlucose;

/** The indices' inputs come from `parsePositiveNumber`; anything else is a programming error. */
function requirePositive(name: string, value: number): void {
  if (!Number.isFinite(value) || value <= 0) {
    throw new RangeError(`${name} must be a finite number greater than zero (got ${value}).`);
  }
}

function glucoseMgPerDlOf(glucose: FastingGlucose): number {
  const mgPerDl =
    glucose.glucoseMgPerDl !== undefined ? glucose.glucoseMgPerDl : glucoseToMgPerDl(glucose.glucoseMmolPerL);
  requirePositive('glucose', mgPerDl);
  return mgPerDl;
}

function glucoseMmolPerLOf(glucose: FastingGlucose): number {
  const mmolPerL =
    glucose.glucoseMmolPerL !== undefined
      ? glucose.glucoseMmolPerL
      : glucoseToMmolPerL(glucose.glucoseMgPerDl);
  requirePositive('glucose', mmolPerL);
  return mmolPerL;
}

/**
 * HOMA-IR (HOMA1, Matthews 1985) = insulin (µU/mL) × glucose (mmol/L) ÷ 22.5,
 * or insulin × glucose (mg/dL) ÷ 405; the same number, since 22.5 × 18 = 405.
 */
export function homaIr(input: InsulinAndGlucose): number {
  const { insulinMicroUPerMl: insulin } = input;
  requirePositive('insulinMicroUPerMl', insulin);
  if (input.glucoseMgPerDl !== undefined) return (insulin * glucoseMgPerDlOf(input)) / 405;
  return (insulin * glucoseMmolPerLOf(input)) / 22.5;
}

/**
 * HOMA-%B = 20 × insulin (µU/mL) ÷ (glucose (mmol/L) − 3.5). Undefined when glucose ≤ 3.5 mmol/L,
 * where the formula divides by zero or turns negative: the caller must say "not calculable".
 */
export function homaBeta(input: InsulinAndGlucose): number | undefined {
  requirePositive('insulinMicroUPerMl', input.insulinMicroUPerMl);
  const glucose = glucoseMmolPerLOf(input);
  if (glucose <= 3.5) return undefined;
  return (20 * input.insulinMicroUPerMl) / (glucose - 3.5);
}

/** QUICKI (Katz 2000) = 1 ÷ (log10 insulin (µU/mL) + log10 glucose (mg/dL)). */
export function quicki(input: InsulinAndGlucose): number {
  requirePositive('insulinMicroUPerMl', input.insulinMicroUPerMl);
  const sum = Math.log10(input.insulinMicroUPerMl) + Math.log10(glucoseMgPerDlOf(input));
  // The sum is 0 only for absurd inputs (e.g. 0.1 µU/mL × 10 mg/dL), which parsing rejects.
  if (sum <= 0) throw new RangeError('QUICKI is undefined when insulin × glucose ≤ 1.');
  return 1 / sum;
}

/** TyG, standard scale (Simental-Mendía 2008) = ln(triglycerides (mg/dL) × glucose (mg/dL) ÷ 2). */
export function tyg(input: TriglyceridesAndGlucose): number {
  requirePositive('triglyceridesMgPerDl', input.triglyceridesMgPerDl);
  return Math.log((input.triglyceridesMgPerDl * glucoseMgPerDlOf(input)) / 2);
}

/** Some papers (and the original 4.65 cut-off) use ln(TG × G) ÷ 2. Standard = 2x − ln 2. */
export function tygHalfLogToStandard(halfLog: number): number {
  return 2 * halfLog - Math.LN2;
}

export function tygStandardToHalfLog(standard: number): number {
  return (standard + Math.LN2) / 2;
}

/** Display precision the course teaches: HOMA-IR 2 decimals, QUICKI 3, TyG 2. */
export const DECIMALS = { homaIr: 2, homaBeta: 0, quicki: 3, tyg: 2 } as const;

/**
 * Fixed-point text with a point as decimal separator, the same on server and client (no locale,
 * so hydration never mismatches). Non-finite input gives an em dash, never "NaN".
 */
export function formatFixed(value: number, decimals: number): string {
  return Number.isFinite(value) ? value.toFixed(decimals) : '—';
}

// Parsing ---------------------------------------------------------------------------------------

export type ParseResult = { ok: true; value: number } | { ok: false; message: string };

export const UNITS = {
  glucose: ['mmol/L', 'mg/dL'],
  insulin: ['µU/mL', 'pmol/L'],
  triglycerides: ['mg/dL', 'mmol/L'],
} as const;

export type Field = keyof typeof UNITS;
export type UnitOf<F extends Field> = (typeof UNITS)[F][number];
export type GlucoseUnit = UnitOf<'glucose'>;
export type InsulinUnit = UnitOf<'insulin'>;
export type TriglyceridesUnit = UnitOf<'triglycerides'>;

export interface PlausibleRange {
  min: number;
  max: number;
  unit: string;
  /** What is measured, capitalised, for messages: "Fasting glucose". */
  quantity: string;
}

export const FIELD_NAMES: Record<Field, string> = {
  glucose: 'Fasting glucose',
  insulin: 'Fasting insulin',
  triglycerides: 'Fasting triglycerides',
};

// Wide enough for any fasting sample, narrow enough to catch a wrong unit (90 typed as mmol/L).
// The mmol/L triglyceride bounds are the mg/dL ones ÷ 88.57.
const RANGES: { [F in Field]: Record<UnitOf<F>, readonly [number, number]> } = {
  glucose: { 'mmol/L': [1, 40], 'mg/dL': [18, 720] },
  insulin: { 'µU/mL': [0.5, 300], 'pmol/L': [3, 2000] },
  triglycerides: { 'mg/dL': [20, 2000], 'mmol/L': [0.23, 22.6] },
};

export function plausibleRange<F extends Field>(field: F, unit: UnitOf<F>): PlausibleRange {
  const [min, max] = (RANGES[field] as Record<UnitOf<F>, readonly [number, number]>)[unit];
  return { min, max, unit, quantity: FIELD_NAMES[field] };
}

/** Digits with at most one decimal point or comma, an optional sign (so "-5" gets its own message). */
const NUMBER_PATTERN = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/;

/**
 * Reads a positive number as a learner types it: trims, accepts a comma as decimal separator
 * ("5,0"), refuses thousands separators, exponents and "Infinity". With a range, also refuses
 * values outside it, naming the unit so a unit mix-up is easy to spot. Never returns NaN.
 */
export function parsePositiveNumber(raw: string, range?: PlausibleRange): ParseResult {
  const text = raw.trim();
  if (text === '') {
    return fail(range ? `Enter ${range.quantity.toLowerCase()} in ${range.unit}.` : 'Enter a number.');
  }
  if (!NUMBER_PATTERN.test(text)) {
    // The message does not echo the input, so typing "NaN" never puts "NaN" on the page.
    return fail('Not a number: use digits, with a point or a comma for decimals (e.g. 5.4 or 5,4).');
  }
  const value = Number(text.replace(',', '.'));
  if (!Number.isFinite(value)) return fail('That number is too large.');
  if (value <= 0) {
    return fail(`${range ? range.quantity : 'The value'} must be greater than zero.`);
  }
  if (range && (value < range.min || value > range.max)) {
    return fail(
      `${text} ${range.unit} is outside the plausible range for ${range.quantity.toLowerCase()} ` +
        `(${formatBound(range.min)}–${formatBound(range.max)} ${range.unit}). ` +
        'Check the number and the unit.',
    );
  }
  return { ok: true, value };
}

function fail(message: string): ParseResult {
  return { ok: false, message };
}

/** 2000 → "2,000", 0.23 → "0.23". */
export function formatBound(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 3 });
}

/** Parses a field's raw text against that field's plausible range in the chosen unit. */
export function parseField<F extends Field>(field: F, unit: UnitOf<F>, raw: string): ParseResult {
  return parsePositiveNumber(raw, plausibleRange(field, unit));
}
