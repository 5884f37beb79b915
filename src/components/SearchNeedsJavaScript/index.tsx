// Shown on the search page only when JavaScript is off: search runs in the browser, so without
// scripts the page would otherwise be an empty box. Plain links, so they work without scripts too.
// Not a <noscript>: the stylesheet hides it once Docusaurus's inline theme script has set
// `data-theme` on <html>, which happens before the first paint whenever scripts run (the diagrams
// pick their rendering the same way), and a CSS rule is something the tests can check.
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

export default function SearchNeedsJavaScript(): ReactNode {
  const lessons = useBaseUrl('/learn/welcome');
  const glossary = useBaseUrl('/learn/wrap-up/glossary');
  const references = useBaseUrl('/learn/wrap-up/references');
  return (
    <div className={`container margin-top--lg ${styles.notice}`}>
      <p>
        <strong>Search needs JavaScript, which is turned off in this browser.</strong> Every lesson reads
        without it, so you can still find your way:
      </p>
      <ul>
        <li>
          <a href={lessons}>the lessons, starting with the welcome page</a> (the menu lists every lesson);
        </li>
        <li>
          <a href={glossary}>the glossary</a>, every term the course defines;
        </li>
        <li>
          <a href={references}>the references</a>, every study the course cites.
        </li>
      </ul>
    </div>
  );
}
