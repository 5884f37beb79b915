import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type { Props } from '@theme/NotFound/Content';

/** A 404 page that points a lost learner back into the course. */
export default function NotFoundContent({ className }: Props): ReactNode {
  return (
    <main className={`container margin-vert--xl ${className ?? ''}`}>
      <div className="row">
        <div className="col col--6 col--offset-3">
          <Heading as="h1">Page not found</Heading>
          <p>This page does not exist, or it moved when the course was reorganised.</p>
          <ul>
            <li>
              <Link to="/">Go to the course home</Link>
            </li>
            <li>
              <Link to="/learn/welcome">Start with the welcome lesson</Link>
            </li>
            <li>
              <Link to="/progress">See your progress</Link>
            </li>
          </ul>
          <p>You can also use the search box at the top of the page.</p>
        </div>
      </div>
    </main>
  );
}
