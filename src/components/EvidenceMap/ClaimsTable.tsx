// The claims of the course as a table: claim, how far it is shown in people, the strongest human
// evidence (linked to its row in the study list) and the lessons that teach it.
import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { Reference } from '@site/src/data/bibliography.types';
import type { Claim, ClaimStatus } from '@site/src/data/claims.types';
import { shortCitation } from './model';
import styles from './styles.module.css';

export const STATUS_TEXT: Record<ClaimStatus, { label: string; symbol: string }> = {
  'shown-in-trials': { label: 'Tested in trials in people', symbol: '●' },
  'association-in-people': { label: 'Linked in people (observational)', symbol: '◐' },
  'animals-or-cells-only': { label: 'Shown in animals or cells only', symbol: '○' },
  'not-tested': { label: 'Not tested directly', symbol: '–' },
};

function lessonName(path: string): string {
  const page = path.split('#')[0] ?? path;
  const slug = page.slice(page.lastIndexOf('/') + 1);
  return slug.replace(/-/g, ' ').replace(/^\w/, (c) => c.toUpperCase());
}

export function ClaimsTable({
  claims,
  bibliography,
}: {
  claims: readonly Claim[];
  bibliography: readonly Reference[];
}): ReactNode {
  const byKey = new Map(bibliography.map((entry) => [entry.key, entry]));
  return (
    <div className={styles.tableWrap}>
      <table className={styles.claims}>
        <caption className={styles.caption}>
          ● tested in trials in people · ◐ linked in people (observational) · ○ shown in animals or cells only
          · – not tested directly
        </caption>
        <thead>
          <tr>
            <th scope="col">Claim</th>
            <th scope="col">Shown how far</th>
            <th scope="col">Strongest evidence in people</th>
            <th scope="col">Taught in</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((claim) => {
            const entry = claim.strongestHuman ? byKey.get(claim.strongestHuman) : undefined;
            const status = STATUS_TEXT[claim.status];
            return (
              <tr key={claim.id} id={`claim-${claim.id}`}>
                <th scope="row" className={styles.claim}>
                  {claim.claim}
                </th>
                <td>
                  <span aria-hidden="true">{status.symbol} </span>
                  {status.label}
                </td>
                <td>
                  {entry ? (
                    <>
                      <a href={`#study-${entry.key}`}>{shortCitation(entry)}</a>:{' '}
                    </>
                  ) : (
                    'None in people. '
                  )}
                  {claim.verdict}
                </td>
                <td>
                  {claim.lessons.map((path, i) => (
                    <span key={path}>
                      {i > 0 ? ', ' : ''}
                      <Link to={path}>{lessonName(path)}</Link>
                    </span>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
