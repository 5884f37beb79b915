// The evidence map: the course's claims with how far each is shown in people, and every study
// with its design, population, finding and caveat and the lessons that cite it. Without
// JavaScript it is a set of sections (claims; studies by kind of evidence; studies by module)
// linked from a contents list; with JavaScript, filters by kind and module narrow the study list.
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import Link from '@docusaurus/Link';
import useBaseUrl, { useBaseUrlUtils } from '@docusaurus/useBaseUrl';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import { bibliography } from '@site/src/data/bibliography';
import { claims } from '@site/src/data/claims';
import { useCourseModules } from '@site/src/hooks/useCourseModules';
import { EVIDENCE_ORDER, EVIDENCE_SHORT } from '@site/plugins/remark-citations/render';
import type { Reference } from '@site/src/data/bibliography.types';
import StaticIsland from '@site/src/components/StaticIsland';
import { ClaimsTable } from './ClaimsTable';
import { type CitedBy, type EvidenceFilter, modulesCiting, shortCitation, studyVisible } from './model';
import { KIND_HEADINGS, studiesHtml } from './studiesHtml';
import styles from './styles.module.css';

export interface EvidenceMapProps {
  /** Which lessons cite each reference, as the build found it (plugins/course-structure). */
  citedBy: CitedBy;
}

/** Shows the static study rows whose key is in `visible`, and hides groups left empty. */
function useFilteredStudies(
  container: React.RefObject<HTMLDivElement | null>,
  visible: ReadonlySet<string>,
): void {
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    for (const row of Array.from(root.querySelectorAll<HTMLElement>('[data-kind]'))) {
      row.hidden = !visible.has(row.id.replace(/^study-/, ''));
    }
    for (const group of Array.from(root.querySelectorAll<HTMLElement>('[data-kind-group]'))) {
      group.hidden = group.querySelector('[data-kind]:not([hidden])') === null;
    }
  }, [container, visible]);
}

export default function EvidenceMap({ citedBy }: EvidenceMapProps): ReactNode {
  const modules = useCourseModules();
  const { withBaseUrl } = useBaseUrlUtils();
  const referencesPage = useBaseUrl('/learn/wrap-up/references');
  const brokenLinks = useBrokenLinks();
  for (const entry of bibliography) brokenLinks.collectAnchor(`study-${entry.key}`);
  const html = useMemo(
    () =>
      studiesHtml(
        bibliography,
        citedBy,
        {
          group: styles.group ?? '',
          list: styles.list ?? '',
          study: styles.study ?? '',
          label: styles.label ?? '',
          meta: styles.meta ?? '',
        },
        (path) => withBaseUrl(path),
      ),
    [citedBy, withBaseUrl],
  );
  const [kinds, setKinds] = useState<ReadonlySet<Reference['evidence']>>(new Set());
  const [module, setModule] = useState<number | null>(null);
  // Which studies the filter shows, decided once from the data: for the rows and for the count.
  const visible = useMemo(() => {
    const filter: EvidenceFilter = { kinds, module };
    const keys = bibliography
      .filter((entry) =>
        studyVisible({ kind: entry.evidence, modules: modulesCiting(citedBy[entry.key]) }, filter),
      )
      .map((entry) => entry.key);
    return new Set(keys);
  }, [citedBy, kinds, module]);
  const studies = useRef<HTMLDivElement>(null);
  useFilteredStudies(studies, visible);
  const shown = visible.size;
  const presentKinds = EVIDENCE_ORDER.filter((kind) => bibliography.some((entry) => entry.evidence === kind));
  const toggleKind = (kind: Reference['evidence'], on: boolean) => {
    const next = new Set(kinds);
    if (on) next.add(kind);
    else next.delete(kind);
    setKinds(next);
  };
  const byModule = modules.map((mod) => ({
    module: mod,
    entries: bibliography.filter((entry) => modulesCiting(citedBy[entry.key]).includes(mod.number)),
  }));

  return (
    <div className={styles.map}>
      <nav aria-label="On this page" className={styles.contents}>
        <ul>
          <li>
            <a href="#claims">The course’s claims, and how far each is shown in people</a>
          </li>
          <li>
            <a href="#studies">Every study, by kind of evidence</a>:{' '}
            {presentKinds.map((kind, i) => (
              <span key={kind}>
                {i > 0 ? ' · ' : ''}
                <a href={`#kind-${kind}`}>{KIND_HEADINGS[kind]}</a>
              </span>
            ))}
          </li>
          <li>
            <a href="#by-module">Studies cited in each module</a>
          </li>
        </ul>
      </nav>

      <h2 id="claims">The course’s claims</h2>
      {/* Static: React leaves the built list as it is on the first load (no hydration work). */}
      <StaticIsland>
        <ClaimsTable claims={claims} bibliography={bibliography} />
      </StaticIsland>

      <h2 id="studies">Every study</h2>
      <p>
        Each study with its kind, who or what was studied, what it shows and its main caveat, and the lessons
        that cite it. The full reference of each is on the <a href={referencesPage}>references page</a>.
      </p>
      <form
        className={styles.filters}
        aria-label="Filter the studies"
        onSubmit={(event) => event.preventDefault()}
      >
        <fieldset>
          <legend>Kind of evidence</legend>
          {presentKinds.map((kind) => (
            <label key={kind} className={styles.choice}>
              <input
                type="checkbox"
                checked={kinds.has(kind)}
                onChange={(event) => toggleKind(kind, event.currentTarget.checked)}
              />{' '}
              {EVIDENCE_SHORT[kind].label} ({KIND_HEADINGS[kind].toLowerCase()})
            </label>
          ))}
        </fieldset>
        <label className={`${styles.choice} ${styles.moduleChoice}`}>
          Cited in{' '}
          <select
            value={module === null ? '' : String(module)}
            onChange={(event) =>
              setModule(event.currentTarget.value === '' ? null : Number(event.currentTarget.value))
            }
          >
            <option value="">any module</option>
            {modules.map((mod) => (
              <option key={mod.id} value={mod.number}>
                Module {mod.number}: {mod.title}
              </option>
            ))}
          </select>
        </label>
        <p role="status" className={styles.filterStatus}>
          Showing {shown} of {bibliography.length} studies.
        </p>
      </form>
      <div ref={studies} dangerouslySetInnerHTML={{ __html: html }} />

      <h2 id="by-module">Studies cited in each module</h2>
      <StaticIsland className={styles.byModule}>
        {byModule.map(({ module: mod, entries }) => (
          <section key={mod.id} aria-labelledby={`module-${mod.id}`}>
            <h3 id={`module-${mod.id}`}>
              Module {mod.number}: <Link to={mod.firstLesson}>{mod.title}</Link>
            </h3>
            <p>
              {entries.length === 0
                ? 'No study cited yet.'
                : entries.map((entry, i) => (
                    <span key={entry.key}>
                      {i > 0 ? ', ' : ''}
                      <a href={`#study-${entry.key}`}>{shortCitation(entry)}</a> (
                      {EVIDENCE_SHORT[entry.evidence].label})
                    </span>
                  ))}
            </p>
          </section>
        ))}
      </StaticIsland>
    </div>
  );
}
