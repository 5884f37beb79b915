// The claims of the course as a list: each claim, how far it is shown in people, the strongest
// human evidence (linked to its row in the study list) and the lessons that teach it. A list of
// cards rather than a table, so it reads on a phone without scrolling sideways.
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
    <ol className={styles.claims}>
      {claims.map((claim) => {
        const entry = claim.strongestHuman ? byKey.get(claim.strongestHuman) : undefined;
        const status = STATUS_TEXT[claim.status];
        return (
          <li key={claim.id} id={`claim-${claim.id}`} className={styles.claimCard} data-status={claim.status}>
            <p className={styles.claim}>{claim.claim}</p>
            <p className={styles.status}>
              <span aria-hidden="true">{status.symbol} </span>
              {status.label}
            </p>
            <p>
              <span className={styles.fieldName}>Strongest evidence in people: </span>
              {entry ? (
                <>
                  <a href={`#study-${entry.key}`}>{shortCitation(entry)}</a>.{' '}
                </>
              ) : (
                'none. '
              )}
              {claim.verdict}
            </p>
            <p className={styles.meta}>
              <span className={styles.fieldName}>Taught in: </span>
              {claim.lessons.map((path, i) => (
                <span key={path}>
                  {i > 0 ? ', ' : ''}
                  <Link to={path}>{lessonName(path)}</Link>
                </span>
              ))}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
