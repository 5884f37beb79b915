import { bibliography } from '../bibliography';
import { glossary } from '../glossary';
import { nfc } from '../text';

const decomposed = 'Simental-Mendi\u0301a';
const composed = 'Simental-Mendía';

describe('nfc', () => {
  it('composes every string, deeply, keys included, and leaves other values alone', () => {
    const input = { [decomposed]: [decomposed, { note: decomposed, year: 2008, ok: true, none: null }] };
    expect(decomposed).not.toBe(composed);
    expect(nfc(input)).toEqual({
      [composed]: [composed, { note: composed, year: 2008, ok: true, none: null }],
    });
  });

  it('does not change its input', () => {
    const input = [decomposed];
    nfc(input);
    expect(input[0]).toBe(decomposed);
  });
});

describe('course data as the site loads it', () => {
  it.each([
    ['bibliography', bibliography],
    ['glossary', glossary],
  ])('the %s is NFC throughout', (_name, data) => {
    const text = JSON.stringify(data);
    expect(text).toBe(text.normalize('NFC'));
  });
});
