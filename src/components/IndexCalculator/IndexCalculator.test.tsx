import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import IndexCalculator from '.';

/** The text of the first <dd> after the <dt> naming a result. */
function resultValue(name: string): string {
  const term = screen.getByText(name, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? '';
}

function resultBox(name: string): HTMLElement {
  const box = screen.getByText(name, { selector: 'dt' }).parentElement;
  if (!box) throw new Error(`no result box for ${name}`);
  return box;
}

const glucoseInput = () => screen.getByLabelText('Fasting glucose');
const glucoseUnit = () => screen.getByLabelText('Fasting glucose unit');
const insulinInput = () => screen.getByLabelText('Fasting insulin');
const insulinUnit = () => screen.getByLabelText('Fasting insulin unit');
const tgInput = () => screen.getByLabelText('Fasting triglycerides (optional)');
const tgUnit = () => screen.getByLabelText('Fasting triglycerides unit');

async function replaceValue(input: HTMLElement, text: string) {
  const user = userEvent.setup();
  await user.click(input);
  await user.clear(input);
  // Typing hundreds of characters key by key is slow; paste long strings.
  if (text.length > 20) await user.paste(text);
  else if (text !== '') await user.type(input, text);
}

function expectNoNaNOrInfinity() {
  expect(document.body.textContent).not.toMatch(/NaN|Infinity|undefined/);
}

describe('IndexCalculator', () => {
  it('starts with the worked example and its results', () => {
    render(<IndexCalculator />);
    expect(glucoseInput()).toHaveValue('5.0');
    expect(glucoseUnit()).toHaveValue('mmol/L');
    expect(insulinInput()).toHaveValue('10');
    expect(insulinUnit()).toHaveValue('µU/mL');
    expect(tgInput()).toHaveValue('150');
    expect(tgUnit()).toHaveValue('mg/dL');
    expect(resultValue('HOMA-IR')).toBe('2.22');
    expect(resultValue('QUICKI')).toBe('0.338');
    expect(resultValue('TyG index')).toBe('8.82'); // ln(150 × 90 ÷ 2)
  });

  it('shows each formula with the numbers used and the rounding', () => {
    render(<IndexCalculator />);
    const homa = within(resultBox('HOMA-IR'));
    expect(homa.getByText('insulin (µU/mL) × glucose (mmol/L) ÷ 22.5')).toBeInTheDocument();
    expect(homa.getByText(/= 10 × 5 ÷ 22.5 \(rounded to 2 decimals\)/)).toBeInTheDocument();
    expect(resultBox('QUICKI')).toHaveTextContent('rounded to 3 decimals');
    expect(resultBox('TyG index')).toHaveTextContent('= ln(150 × 90 ÷ 2) (rounded to 2 decimals)');
    expect(screen.getByText(/Glucose used: 5 mmol\/L = 90 mg\/dL/)).toBeInTheDocument();
  });

  it('puts the results in a polite live region', () => {
    render(<IndexCalculator />);
    const term = screen.getByText('HOMA-IR', { selector: 'dt' });
    expect(term.closest('[aria-live]')).toHaveAttribute('aria-live', 'polite');
  });

  it('updates the results when the glucose value changes', async () => {
    render(<IndexCalculator />);
    await replaceValue(glucoseInput(), '6');
    expect(resultValue('HOMA-IR')).toBe('2.67'); // 10 × 6 ÷ 22.5
    expect(resultValue('QUICKI')).toBe('0.330'); // 1 ÷ (1 + log10 108)
  });

  it('reads glucose in mg/dL with the ÷405 form after a unit change', async () => {
    const user = userEvent.setup();
    render(<IndexCalculator />);
    await user.selectOptions(glucoseUnit(), 'mg/dL');
    await replaceValue(glucoseInput(), '90');
    expect(resultValue('HOMA-IR')).toBe('2.22');
    expect(resultBox('HOMA-IR')).toHaveTextContent('insulin (µU/mL) × glucose (mg/dL) ÷ 405');
    await replaceValue(glucoseInput(), '100');
    expect(resultValue('HOMA-IR')).toBe('2.47'); // 10 × 100 ÷ 405
    expect(resultValue('TyG index')).toBe('8.92'); // the course's TyG worked example
  });

  it('keeps the typed number on a unit change and flags a value that no longer fits', async () => {
    const user = userEvent.setup();
    render(<IndexCalculator />);
    await user.selectOptions(glucoseUnit(), 'mg/dL');
    expect(glucoseInput()).toHaveValue('5.0');
    expect(glucoseInput()).toHaveAttribute('aria-invalid', 'true');
    expect(glucoseInput()).toHaveAccessibleDescription(
      /5\.0 mg\/dL is outside the plausible range for fasting glucose \(18–720 mg\/dL\)/,
    );
    expect(resultValue('HOMA-IR')).toMatch(/^Not calculated/);
    expectNoNaNOrInfinity();
  });

  it('shows an inline error tied to the field for text that is not a number', async () => {
    render(<IndexCalculator />);
    expect(insulinInput()).toHaveAttribute('aria-invalid', 'false');
    await replaceValue(insulinInput(), 'abc');
    const input = insulinInput();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    const errorId = input.getAttribute('aria-describedby')?.split(' ').at(-1) ?? '';
    expect(document.getElementById(errorId)).toHaveTextContent('Not a number: use digits');
    expect(resultValue('HOMA-IR')).toBe('Not calculated: needs a valid fasting glucose and fasting insulin.');
    expect(resultValue('QUICKI')).toMatch(/^Not calculated/);
    expect(resultValue('TyG index')).toBe('8.82'); // TyG needs no insulin
    expectNoNaNOrInfinity();
  });

  it.each([
    ['', 'Enter fasting insulin in µU/mL.'],
    ['0', 'Fasting insulin must be greater than zero.'],
    ['-3', 'Fasting insulin must be greater than zero.'],
    ['Infinity', 'Not a number'],
    ['NaN', 'Not a number'],
    ['9'.repeat(400), 'That number is too large.'],
    ['1e3', 'Not a number'],
  ])('rejects insulin %j without NaN or Infinity anywhere', async (raw, message) => {
    render(<IndexCalculator />);
    await replaceValue(insulinInput(), raw);
    expect(insulinInput()).toHaveAccessibleDescription(expect.stringContaining(message));
    expectNoNaNOrInfinity();
  });

  it('accepts comma decimals', async () => {
    render(<IndexCalculator />);
    await replaceValue(glucoseInput(), '5,0');
    expect(resultValue('HOMA-IR')).toBe('2.22');
    await replaceValue(glucoseInput(), '6,5');
    expect(resultValue('HOMA-IR')).toBe('2.89'); // 10 × 6.5 ÷ 22.5
    expect(glucoseInput()).toHaveAttribute('aria-invalid', 'false');
  });

  it('converts pmol/L insulin with a choice of lab factor', async () => {
    const user = userEvent.setup();
    render(<IndexCalculator />);
    expect(screen.queryByLabelText(/pmol\/L per µU\/mL/)).not.toBeInTheDocument();
    await user.selectOptions(insulinUnit(), 'pmol/L');
    await replaceValue(insulinInput(), '60');
    expect(resultValue('HOMA-IR')).toBe('2.22'); // 60 ÷ 6 = 10 µU/mL
    expect(screen.getByText(/Insulin used: 60 pmol\/L ÷ 6 = 10 µU\/mL/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText(/pmol\/L per µU\/mL/), '6.945');
    expect(resultValue('HOMA-IR')).toBe('1.92'); // 60 ÷ 6.945 × 5 ÷ 22.5
  });

  it('treats triglycerides as optional and converts mmol/L', async () => {
    const user = userEvent.setup();
    render(<IndexCalculator />);
    await replaceValue(tgInput(), '');
    expect(tgInput()).toHaveAttribute('aria-invalid', 'false');
    expect(resultValue('TyG index')).toBe('Not calculated: add fasting triglycerides to see the TyG index.');
    expect(resultValue('HOMA-IR')).toBe('2.22');
    await user.selectOptions(tgUnit(), 'mmol/L');
    await replaceValue(tgInput(), '1,7');
    expect(resultValue('TyG index')).toBe('8.82'); // 1.7 × 88.57 = 150.57 mg/dL
    expect(
      screen.getByText(/Triglycerides used: 1\.7 mmol\/L × 88\.57 = 150\.57 mg\/dL/),
    ).toBeInTheDocument();
  });

  it('gives no verdict and styles every result the same, whatever the number', async () => {
    render(<IndexCalculator />);
    const before = screen.getByText('2.22').className;
    await replaceValue(insulinInput(), '40');
    expect(resultValue('HOMA-IR')).toBe('8.89');
    expect(screen.getByText('8.89').className).toBe(before);
    expect(document.body.textContent).not.toMatch(
      /insulin resistant|resistance detected|you are|normal|healthy|high risk|low risk|optimal|elevated/i,
    );
  });

  it('always shows the note on what the indices can and cannot do', () => {
    render(<IndexCalculator />);
    const note = screen.getByRole('note', { name: 'About these numbers' });
    expect(note).toHaveTextContent('research and for comparing groups');
    expect(note).toHaveTextContent('about 31%');
    expect(note).toHaveTextContent('no universal cut-off');
    expect(note).toHaveTextContent('discuss them with a clinician');
  });

  it('renders the worked result on the server, before any JavaScript runs', () => {
    const html = renderToString(<IndexCalculator />);
    expect(html).toContain('value="5.0"');
    expect(html).toContain('>2.22<');
    expect(html).toContain('>0.338<');
    expect(html).toContain('>8.82<');
    expect(html).not.toMatch(/NaN|Infinity/);
    expect(html).toContain('JavaScript is off, so the results below show the worked example');
  });
});
