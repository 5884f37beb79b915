import {
  DECIMALS,
  formatBound,
  formatFixed,
  glucoseToMgPerDl,
  glucoseToMmolPerL,
  homaBeta,
  homaIr,
  insulinToMicroUPerMl,
  parseField,
  parsePositiveNumber,
  plausibleRange,
  quicki,
  triglyceridesToMgPerDl,
  tyg,
  tygHalfLogToStandard,
  tygStandardToHalfLog,
  type ParseResult,
} from './indices';

function valueOf(result: ParseResult): number {
  if (!result.ok) throw new Error(`expected ok, got: ${result.message}`);
  return result.value;
}

function messageOf(result: ParseResult): string {
  if (result.ok) throw new Error(`expected an error, got ${result.value}`);
  return result.message;
}

describe('unit conversions', () => {
  it('converts glucose both ways with 18.0', () => {
    expect(glucoseToMgPerDl(5)).toBe(90);
    expect(glucoseToMmolPerL(90)).toBe(5);
    expect(glucoseToMmolPerL(glucoseToMgPerDl(6.1))).toBeCloseTo(6.1, 12);
  });

  it('converts insulin pmol/L to µU/mL with ÷6 by default and a lab-specific factor', () => {
    expect(insulinToMicroUPerMl(60)).toBe(10);
    expect(insulinToMicroUPerMl(69.45, 6.945)).toBeCloseTo(10, 12);
    expect(() => insulinToMicroUPerMl(60, 0)).toThrow(RangeError);
  });

  it('converts triglycerides mmol/L to mg/dL with 88.57', () => {
    expect(triglyceridesToMgPerDl(1)).toBe(88.57);
    expect(triglyceridesToMgPerDl(1.7)).toBeCloseTo(150.569, 3);
  });
});

describe('HOMA-IR', () => {
  it('gives 2.22 for insulin 10 µU/mL and glucose 5.0 mmol/L (÷22.5)', () => {
    const value = homaIr({ insulinMicroUPerMl: 10, glucoseMmolPerL: 5.0 });
    expect(value).toBeCloseTo(2.2222, 4);
    expect(formatFixed(value, DECIMALS.homaIr)).toBe('2.22');
  });

  it('gives the same 2.22 with glucose 90 mg/dL (÷405)', () => {
    const value = homaIr({ insulinMicroUPerMl: 10, glucoseMgPerDl: 90 });
    expect(formatFixed(value, DECIMALS.homaIr)).toBe('2.22');
    expect(value).toBeCloseTo(homaIr({ insulinMicroUPerMl: 10, glucoseMmolPerL: 5 }), 12);
  });

  it('works from pmol/L insulin once converted', () => {
    const insulin = insulinToMicroUPerMl(60);
    expect(homaIr({ insulinMicroUPerMl: insulin, glucoseMmolPerL: 5 })).toBeCloseTo(2.2222, 4);
  });

  it('refuses zero, negative and non-finite inputs instead of returning NaN or Infinity', () => {
    expect(() => homaIr({ insulinMicroUPerMl: 0, glucoseMmolPerL: 5 })).toThrow(RangeError);
    expect(() => homaIr({ insulinMicroUPerMl: 10, glucoseMmolPerL: -5 })).toThrow(RangeError);
    expect(() => homaIr({ insulinMicroUPerMl: NaN, glucoseMmolPerL: 5 })).toThrow(RangeError);
    expect(() => homaIr({ insulinMicroUPerMl: 10, glucoseMgPerDl: Infinity })).toThrow(RangeError);
  });
});

describe('HOMA-%B', () => {
  it('is 20 × I ÷ (G − 3.5)', () => {
    expect(homaBeta({ insulinMicroUPerMl: 10, glucoseMmolPerL: 5 })).toBeCloseTo(133.33, 2);
    expect(homaBeta({ insulinMicroUPerMl: 10, glucoseMgPerDl: 90 })).toBeCloseTo(133.33, 2);
  });

  it('is undefined when glucose ≤ 3.5 mmol/L', () => {
    expect(homaBeta({ insulinMicroUPerMl: 10, glucoseMmolPerL: 3.5 })).toBeUndefined();
    expect(homaBeta({ insulinMicroUPerMl: 10, glucoseMmolPerL: 3.2 })).toBeUndefined();
    expect(homaBeta({ insulinMicroUPerMl: 10, glucoseMgPerDl: 63 })).toBeUndefined();
  });
});

describe('QUICKI', () => {
  it('gives 0.338 for insulin 10 µU/mL and glucose 90 mg/dL', () => {
    const value = quicki({ insulinMicroUPerMl: 10, glucoseMgPerDl: 90 });
    expect(value).toBeCloseTo(1 / (1 + Math.log10(90)), 12);
    expect(formatFixed(value, DECIMALS.quicki)).toBe('0.338');
  });

  it('converts mmol/L glucose to mg/dL first (5.0 mmol/L gives the same 0.338)', () => {
    expect(formatFixed(quicki({ insulinMicroUPerMl: 10, glucoseMmolPerL: 5 }), 3)).toBe('0.338');
  });

  it('is lower when insulin is higher', () => {
    expect(quicki({ insulinMicroUPerMl: 20, glucoseMgPerDl: 90 })).toBeLessThan(
      quicki({ insulinMicroUPerMl: 10, glucoseMgPerDl: 90 }),
    );
  });

  it('refuses inputs whose log sum is not positive', () => {
    expect(() => quicki({ insulinMicroUPerMl: 0.01, glucoseMgPerDl: 50 })).toThrow(RangeError);
  });
});

describe('TyG', () => {
  it('gives 8.92 for TG 150 mg/dL and glucose 100 mg/dL', () => {
    const value = tyg({ triglyceridesMgPerDl: 150, glucoseMgPerDl: 100 });
    expect(value).toBeCloseTo(Math.log(7500), 12);
    expect(formatFixed(value, DECIMALS.tyg)).toBe('8.92');
  });

  it('accepts glucose in mmol/L (5.0 mmol/L = 90 mg/dL)', () => {
    const value = tyg({ triglyceridesMgPerDl: 150, glucoseMmolPerL: 5 });
    expect(value).toBeCloseTo(Math.log((150 * 90) / 2), 12);
  });

  it('converts half-log cut-offs to the standard scale: 4.65 → 8.61, 4.68 → 8.67', () => {
    expect(formatFixed(tygHalfLogToStandard(4.65), 2)).toBe('8.61');
    expect(formatFixed(tygHalfLogToStandard(4.68), 2)).toBe('8.67');
  });

  it('half-log of the worked example is about 4.8, and the conversions are inverse', () => {
    const standard = tyg({ triglyceridesMgPerDl: 150, glucoseMgPerDl: 100 });
    expect(tygStandardToHalfLog(standard)).toBeCloseTo(Math.log(150 * 100) / 2, 12);
    expect(formatFixed(tygStandardToHalfLog(standard), 1)).toBe('4.8');
    expect(tygHalfLogToStandard(tygStandardToHalfLog(standard))).toBeCloseTo(standard, 12);
  });
});

describe('formatFixed', () => {
  it('never prints NaN or Infinity', () => {
    expect(formatFixed(NaN, 2)).toBe('—');
    expect(formatFixed(Infinity, 2)).toBe('—');
    expect(formatFixed(-Infinity, 2)).toBe('—');
  });
});

describe('parsePositiveNumber', () => {
  it.each([
    ['5', 5],
    ['5.0', 5],
    ['5,0', 5],
    ['5,4', 5.4],
    ['  7.25 ', 7.25],
    ['\u00a06\t', 6],
    ['.5', 0.5],
    [',5', 0.5],
    ['5.', 5],
    ['+5', 5],
  ])('accepts %j as %d', (raw, expected) => {
    expect(valueOf(parsePositiveNumber(raw))).toBe(expected);
  });

  it.each(['', '   '])('rejects empty input %j', (raw) => {
    expect(messageOf(parsePositiveNumber(raw))).toBe('Enter a number.');
  });

  it.each([
    'abc',
    '5 0',
    '5.0.1',
    '5,0,1',
    '1.234,5',
    '1e3',
    'Infinity',
    '-Infinity',
    'NaN',
    '0x10',
    '5 mmol',
  ])('rejects %j as not a number', (raw) => {
    expect(messageOf(parsePositiveNumber(raw))).toMatch(/^Not a number: /);
  });

  it.each(['0', '0.0', '0,00', '-5', '-0,5'])('rejects %j as not greater than zero', (raw) => {
    expect(messageOf(parsePositiveNumber(raw))).toBe('The value must be greater than zero.');
  });

  it('rejects digit strings too long to be finite', () => {
    expect(messageOf(parsePositiveNumber('9'.repeat(400)))).toBe('That number is too large.');
  });

  it('names the field and unit in messages when given a range', () => {
    const range = plausibleRange('glucose', 'mmol/L');
    expect(messageOf(parsePositiveNumber('', range))).toBe('Enter fasting glucose in mmol/L.');
    expect(messageOf(parsePositiveNumber('-1', range))).toBe('Fasting glucose must be greater than zero.');
  });

  it('never returns NaN, whatever the input', () => {
    for (const raw of ['', '.', ',', '+', '-', 'NaN', '..5', '5..', '∞', '½']) {
      const result = parsePositiveNumber(raw);
      expect(result.ok).toBe(false);
    }
  });
});

describe('plausible ranges per field and unit', () => {
  it.each([
    ['glucose', 'mmol/L', '1', '40', '0.9', '41'],
    ['glucose', 'mg/dL', '18', '720', '17', '721'],
    ['insulin', 'µU/mL', '0.5', '300', '0.4', '301'],
    ['insulin', 'pmol/L', '3', '2000', '2.9', '2001'],
    ['triglycerides', 'mg/dL', '20', '2000', '19', '2001'],
    ['triglycerides', 'mmol/L', '0.23', '22.6', '0.2', '23'],
  ] as const)('%s in %s: accepts %s and %s, rejects %s and %s', (field, unit, lo, hi, below, above) => {
    expect(valueOf(parseField(field, unit, lo))).toBe(Number(lo));
    expect(valueOf(parseField(field, unit, hi))).toBe(Number(hi));
    expect(messageOf(parseField(field, unit, below))).toMatch(/outside the plausible range/);
    expect(messageOf(parseField(field, unit, above))).toMatch(/outside the plausible range/);
  });

  it('catches a wrong unit with a message naming range and unit', () => {
    expect(messageOf(parseField('glucose', 'mmol/L', '90'))).toBe(
      '90 mmol/L is outside the plausible range for fasting glucose (1–40 mmol/L). ' +
        'Check the number and the unit.',
    );
    expect(messageOf(parseField('insulin', 'µU/mL', '600'))).toBe(
      '600 µU/mL is outside the plausible range for fasting insulin (0.5–300 µU/mL). ' +
        'Check the number and the unit.',
    );
    expect(messageOf(parseField('triglycerides', 'mg/dL', '1,5'))).toMatch(/\(20–2,000 mg\/dL\)/);
  });

  it('formats bounds with a thousands separator', () => {
    expect(formatBound(2000)).toBe('2,000');
    expect(formatBound(0.23)).toBe('0.23');
  });
});
