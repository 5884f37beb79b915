// A calculator for the fasting surrogate indices (HOMA-IR, QUICKI, TyG), used in the "Measuring it"
// module. It shows numbers and how they were computed, never a verdict: these indices are for
// research and group comparisons, not for diagnosing one person (see the HOMA-IR lesson's caveats).
import { useId, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import {
  DECIMALS,
  DEFAULT_PMOL_PER_MICROUNIT,
  INSULIN_CONVERSION_FACTORS,
  UNITS,
  formatBound,
  formatFixed,
  glucoseToMgPerDl,
  glucoseToMmolPerL,
  homaIr,
  insulinToMicroUPerMl,
  parseField,
  plausibleRange,
  quicki,
  triglyceridesToMgPerDl,
  tyg,
  tygStandardToHalfLog,
  type Field,
  type UnitOf,
} from '../../lib/indices';
import styles from './styles.module.css';

/** Up to 2 decimals without trailing zeros, for echoing inputs: 5 → "5", 150.569 → "150.57". */
function formatValue(value: number): string {
  return String(Number(value.toFixed(2)));
}

interface MeasurementFieldProps<F extends Field> {
  field: F;
  label: string;
  raw: string;
  unit: UnitOf<F>;
  error: string | undefined;
  optional?: boolean;
  onRawChange: (raw: string) => void;
  onUnitChange: (unit: UnitOf<F>) => void;
  children?: ReactNode;
}

function MeasurementField<F extends Field>(props: MeasurementFieldProps<F>) {
  const { field, label, raw, unit, error, optional = false, children } = props;
  const id = useId();
  const range = plausibleRange(field, unit);
  const units: readonly UnitOf<F>[] = UNITS[field];
  return (
    <div className={styles.field}>
      <label className={styles.label} htmlFor={`${id}-value`}>
        {label}
        {optional && <span className={styles.optional}> (optional)</span>}
      </label>
      <div className={styles.inputRow}>
        <input
          id={`${id}-value`}
          className={clsx(styles.input, error !== undefined && styles.inputInvalid)}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={raw}
          aria-invalid={error !== undefined}
          aria-describedby={clsx(`${id}-hint`, error !== undefined && `${id}-error`)}
          onChange={(event) => props.onRawChange(event.target.value)}
        />
        <select
          className={styles.select}
          aria-label={`${label} unit`}
          value={unit}
          onChange={(event) => {
            const chosen = units.find((u) => u === event.target.value);
            if (chosen !== undefined) props.onUnitChange(chosen);
          }}
        >
          {units.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
      </div>
      <p id={`${id}-hint`} className={styles.hint}>
        Accepted: {formatBound(range.min)}–{formatBound(range.max)} {unit}. A comma works as the decimal
        separator.
      </p>
      {error !== undefined && (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

interface ResultProps {
  name: string;
  /** The rounded value and how it was computed; undefined when the inputs do not allow it. */
  result: { value: string; details: ReactNode } | undefined;
  missing: string;
}

function Result({ name, result, missing }: ResultProps) {
  return (
    <div className={styles.result}>
      <dt className={styles.resultName}>{name}</dt>
      {result ? (
        <>
          <dd className={styles.resultValue}>{result.value}</dd>
          {result.details}
        </>
      ) : (
        <dd className={styles.missing}>{missing}</dd>
      )}
    </div>
  );
}

export default function IndexCalculator(): ReactNode {
  // Pre-filled with the course's worked example so the server-rendered page already shows results.
  const [glucoseRaw, setGlucoseRaw] = useState('5.0');
  const [glucoseUnit, setGlucoseUnit] = useState<UnitOf<'glucose'>>('mmol/L');
  const [insulinRaw, setInsulinRaw] = useState('10');
  const [insulinUnit, setInsulinUnit] = useState<UnitOf<'insulin'>>('µU/mL');
  const [pmolPerMicroUnit, setPmolPerMicroUnit] = useState<number>(DEFAULT_PMOL_PER_MICROUNIT);
  const [tgRaw, setTgRaw] = useState('150');
  const [tgUnit, setTgUnit] = useState<UnitOf<'triglycerides'>>('mg/dL');
  const factorId = useId();

  // A unit change keeps the typed number and reinterprets it, as on a lab report: a number that
  // does not fit the new unit gets an error that names the unit.
  const glucose = parseField('glucose', glucoseUnit, glucoseRaw);
  const insulin = parseField('insulin', insulinUnit, insulinRaw);
  const tgGiven = tgRaw.trim() !== '';
  const tg = tgGiven ? parseField('triglycerides', tgUnit, tgRaw) : undefined;

  // Every value in the units the formulas use; undefined while its input is invalid.
  const glucoseMmol = !glucose.ok
    ? undefined
    : glucoseUnit === 'mmol/L'
      ? glucose.value
      : glucoseToMmolPerL(glucose.value);
  const glucoseMg = !glucose.ok
    ? undefined
    : glucoseUnit === 'mg/dL'
      ? glucose.value
      : glucoseToMgPerDl(glucose.value);
  const insulinMicroU = !insulin.ok
    ? undefined
    : insulinUnit === 'µU/mL'
      ? insulin.value
      : insulinToMicroUPerMl(insulin.value, pmolPerMicroUnit);
  const tgMg = !tg?.ok ? undefined : tgUnit === 'mg/dL' ? tg.value : triglyceridesToMgPerDl(tg.value);
  const rounded = (decimals: number) => ` (rounded to ${decimals} decimals)`;
  // HOMA-IR is computed in the unit the learner chose, to show the ÷22.5 or the ÷405 form.
  const homaResult =
    glucose.ok && insulinMicroU !== undefined
      ? {
          value: formatFixed(
            homaIr(
              glucoseUnit === 'mmol/L'
                ? { insulinMicroUPerMl: insulinMicroU, glucoseMmolPerL: glucose.value }
                : { insulinMicroUPerMl: insulinMicroU, glucoseMgPerDl: glucose.value },
            ),
            DECIMALS.homaIr,
          ),
          details: (
            <>
              <dd className={styles.formula}>
                insulin (µU/mL) × glucose ({glucoseUnit}) ÷ {glucoseUnit === 'mmol/L' ? '22.5' : '405'}
              </dd>
              <dd className={styles.formula}>
                = {formatValue(insulinMicroU)} × {formatValue(glucose.value)} ÷{' '}
                {glucoseUnit === 'mmol/L' ? '22.5' : '405'}
                {rounded(DECIMALS.homaIr)}
              </dd>
              <dd className={styles.direction}>Higher means lower estimated insulin sensitivity.</dd>
            </>
          ),
        }
      : undefined;
  const quickiResult =
    glucoseMg !== undefined && insulinMicroU !== undefined
      ? {
          value: formatFixed(
            quicki({ insulinMicroUPerMl: insulinMicroU, glucoseMgPerDl: glucoseMg }),
            DECIMALS.quicki,
          ),
          details: (
            <>
              <dd className={styles.formula}>
                1 ÷ (log<sub>10</sub> insulin (µU/mL) + log<sub>10</sub> glucose (mg/dL))
              </dd>
              <dd className={styles.formula}>
                = 1 ÷ (log<sub>10</sub> {formatValue(insulinMicroU)} + log<sub>10</sub>{' '}
                {formatValue(glucoseMg)}){rounded(DECIMALS.quicki)}
              </dd>
              <dd className={styles.direction}>Lower means lower estimated insulin sensitivity.</dd>
            </>
          ),
        }
      : undefined;
  const tygValue =
    glucoseMg !== undefined && tgMg !== undefined
      ? tyg({ triglyceridesMgPerDl: tgMg, glucoseMgPerDl: glucoseMg })
      : undefined;
  const tygResult =
    tygValue !== undefined && glucoseMg !== undefined && tgMg !== undefined
      ? {
          value: formatFixed(tygValue, DECIMALS.tyg),
          details: (
            <>
              <dd className={styles.formula}>ln(triglycerides (mg/dL) × glucose (mg/dL) ÷ 2)</dd>
              <dd className={styles.formula}>
                = ln({formatValue(tgMg)} × {formatValue(glucoseMg)} ÷ 2){rounded(DECIMALS.tyg)}
              </dd>
              <dd className={styles.direction}>
                Some papers use a half-log scale, ln(TG × glucose) ÷ 2, which gives{' '}
                {formatFixed(tygStandardToHalfLog(tygValue), 2)} here. Compare numbers only on the same scale.
              </dd>
            </>
          ),
        }
      : undefined;
  const needsInsulinAndGlucose = 'Not calculated: needs a valid fasting glucose and fasting insulin.';

  return (
    <div className={styles.calculator}>
      <form className={styles.form} noValidate onSubmit={(event) => event.preventDefault()}>
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>Fasting blood values</legend>
          <MeasurementField
            field="glucose"
            label="Fasting glucose"
            raw={glucoseRaw}
            unit={glucoseUnit}
            error={glucose.ok ? undefined : glucose.message}
            onRawChange={setGlucoseRaw}
            onUnitChange={setGlucoseUnit}
          />
          <MeasurementField
            field="insulin"
            label="Fasting insulin"
            raw={insulinRaw}
            unit={insulinUnit}
            error={insulin.ok ? undefined : insulin.message}
            onRawChange={setInsulinRaw}
            onUnitChange={setInsulinUnit}
          >
            {insulinUnit === 'pmol/L' && (
              <div className={styles.factor}>
                <label htmlFor={factorId}>pmol/L per µU/mL (labs differ)</label>
                <select
                  id={factorId}
                  className={styles.select}
                  value={pmolPerMicroUnit}
                  onChange={(event) => setPmolPerMicroUnit(Number(event.target.value))}
                >
                  {INSULIN_CONVERSION_FACTORS.map((factor) => (
                    <option key={factor} value={factor}>
                      {factor}
                    </option>
                  ))}
                </select>
              </div>
            )}
          </MeasurementField>
          <MeasurementField
            field="triglycerides"
            label="Fasting triglycerides"
            optional
            raw={tgRaw}
            unit={tgUnit}
            error={tg && !tg.ok ? tg.message : undefined}
            onRawChange={setTgRaw}
            onUnitChange={setTgUnit}
          />
        </fieldset>
      </form>

      <noscript>
        <p className={styles.hint}>
          JavaScript is off, so the results below show the worked example and do not update.
        </p>
      </noscript>

      <section className={styles.results} aria-label="Results">
        <div aria-live="polite">
          <dl className={styles.resultList}>
            <Result name="HOMA-IR" result={homaResult} missing={needsInsulinAndGlucose} />
            <Result name="QUICKI" result={quickiResult} missing={needsInsulinAndGlucose} />
            <Result
              name="TyG index"
              result={tygResult}
              missing={
                tgGiven
                  ? 'Not calculated: needs a valid fasting glucose and fasting triglycerides.'
                  : 'Not calculated: add fasting triglycerides to see the TyG index.'
              }
            />
          </dl>
          {glucoseMmol !== undefined && glucoseMg !== undefined && (
            <p className={styles.used}>
              Glucose used: {formatValue(glucoseMmol)} mmol/L = {formatValue(glucoseMg)} mg/dL (× 18.0).
              {insulin.ok && insulinUnit === 'pmol/L' && insulinMicroU !== undefined && (
                <>
                  {' '}
                  Insulin used: {formatValue(insulin.value)} pmol/L ÷ {pmolPerMicroUnit} ={' '}
                  {formatValue(insulinMicroU)} µU/mL.
                </>
              )}
              {tg?.ok && tgUnit === 'mmol/L' && tgMg !== undefined && (
                <>
                  {' '}
                  Triglycerides used: {formatValue(tg.value)} mmol/L × 88.57 = {formatValue(tgMg)} mg/dL.
                </>
              )}
            </p>
          )}
        </div>
      </section>

      <div className={styles.note} role="note" aria-label="About these numbers">
        <p>
          <strong>What these numbers can and cannot tell you.</strong> HOMA-IR, QUICKI and TyG estimate
          insulin sensitivity from one fasting blood sample. They were made for research and for comparing
          groups of people. For one person their precision is low (the coefficient of variation of HOMA is
          about 31%), insulin assays differ between labs, and there is no universal cut-off. They are not
          valid for people on insulin or on drugs that make the pancreas release insulin, or for a sample that
          was not truly fasting. They are meant for adults without type 1 diabetes, and do not apply in
          pregnancy, when insulin sensitivity changes by itself.
        </p>
        <p>
          This calculator does not interpret results or diagnose anything. If you have your own lab results,
          discuss them with a clinician.
        </p>
      </div>
    </div>
  );
}
