// Course data is typed in many editors and pasted from many sources, so the same letter can arrive
// composed (é, one code point) or decomposed (e + a combining accent). Both look alike but compare,
// search and sort differently, and some tools mangle the combining mark. Every data file passes its
// content through `nfc` where it is defined, so the site only ever sees the composed (NFC) form.

/** A deep copy of `value` with every string (including object keys) in Unicode NFC. */
export function nfc<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item: unknown) => nfc(item)) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key.normalize('NFC'), nfc(item)]),
    ) as T;
  }
  return value;
}
