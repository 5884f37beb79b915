// Every reference as one static HTML block, grouped by kind of evidence (the same approach as the
// references page: one element for React to hydrate instead of several hundred). Each study row
// carries `data-kind` and `data-modules` so the filters can show and hide it.
import { escapeHtml } from '../../lib/html';
import type { Reference } from '../../data/bibliography.types';
import { EVIDENCE_SHORT, populationText } from '../../../plugins/remark-citations/render';
import { groupByKind, modulesCiting, shortCitation, type CitedBy } from './model';

export interface StudiesClasses {
  group: string;
  list: string;
  study: string;
  label: string;
  meta: string;
}

export const KIND_HEADINGS: Record<Reference['evidence'], string> = {
  'human-trial': 'Trials and experiments in people',
  'human-observational': 'Observational studies in people',
  'meta-analysis': 'Meta-analyses',
  animal: 'Animal studies',
  cell: 'Cell studies',
  review: 'Reviews and guidelines',
  method: 'Method papers',
};

export function studiesHtml(
  entries: readonly Reference[],
  citedBy: CitedBy,
  classes: StudiesClasses,
  withBaseUrl: (path: string) => string,
): string {
  return groupByKind(entries)
    .map(({ kind, entries: group }) => {
      const rows = group.map((entry) => {
        const lessons = citedBy[entry.key] ?? [];
        const modules = modulesCiting(lessons);
        const links = lessons
          .map(
            (lesson) => `<a href="${escapeHtml(withBaseUrl(lesson.path))}">${escapeHtml(lesson.title)}</a>`,
          )
          .join(', ');
        const population = entry.population
          ? `<p class="${classes.meta}">${escapeHtml(populationText(entry.population))}</p>`
          : '';
        return (
          `<li id="study-${escapeHtml(entry.key)}" class="${classes.study}" data-kind="${kind}" data-modules="${modules.join(' ')}">` +
          `<p><strong>${escapeHtml(shortCitation(entry))}</strong> <span class="${classes.label}">${escapeHtml(EVIDENCE_SHORT[kind].label)}</span> ` +
          `<a href="${escapeHtml(withBaseUrl('/learn/wrap-up/references'))}#ref-${escapeHtml(entry.key)}">${escapeHtml(entry.title)}</a></p>` +
          population +
          `<p>${escapeHtml(entry.note)}</p>` +
          `<p class="${classes.meta}">${links === '' ? 'Not cited in a lesson yet.' : `Cited in: ${links}.`}</p>` +
          `</li>`
        );
      });
      return (
        `<section class="${classes.group}" data-kind-group="${kind}" aria-labelledby="kind-${kind}">` +
        `<h3 id="kind-${kind}">${escapeHtml(KIND_HEADINGS[kind])} (${group.length})</h3>` +
        `<ul class="${classes.list}">${rows.join('')}</ul></section>`
      );
    })
    .join('');
}
