// Shown on the search page only when JavaScript is off: search runs in the browser, so without
// scripts the page would otherwise be an empty box. Plain links, so they work without scripts too.
import useBaseUrl from '@docusaurus/useBaseUrl';
import type { ReactNode } from 'react';
import styles from './styles.module.css';

export default function SearchNeedsJavaScript(): ReactNode {
  const lessons = useBaseUrl('/learn/welcome');
  const glossary = useBaseUrl('/learn/wrap-up/glossary');
  const references = useBaseUrl('/learn/wrap-up/references');
  return (
    <noscript>
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
    </noscript>
  );
}
