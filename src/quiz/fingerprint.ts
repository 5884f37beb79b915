// A short fingerprint of what a question asks: its kind, prompt and options (or steps). A scheduled
// review stores the fingerprint of the question as it was answered; when an author later changes
// the question's text or options, the fingerprints differ and the old answer no longer counts.
// Explanations and feedback are left out: rewording them does not change what was asked.
import type { Question } from './types';

/** FNV-1a, 32 bits, over UTF-16 code units: tiny, stable, and plenty to tell edits apart. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function fingerprint(question: Question): string {
  const asked =
    question.kind === 'order'
      ? question.steps.map((step) => [step.id, step.text])
      : question.options.map((option) => [option.id, option.text, option.correct]);
  return fnv1a(JSON.stringify([question.kind, question.prompt, asked]));
}
