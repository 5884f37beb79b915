import type { ReactNode } from 'react';
import type { Props } from '@theme/CodeBlock';
import styles from './styles.module.css';

/**
 * Code blocks as plain preformatted text. The course teaches physiology, not programming, and
 * diagrams never reach this component (they become SVG at build time). Docusaurus's own code
 * block brings the prism-react-renderer highlighter (~85 KB of JavaScript) to every page; this
 * replacement, with plugins/bundle-tuning.ts dropping the Prism language loader, removes it.
 */
export default function CodeBlock({ children, title }: Props): ReactNode {
  return (
    <figure className={styles.codeBlock}>
      {title && <figcaption className={styles.title}>{title}</figcaption>}
      {/* tabIndex: a scrollable region must be reachable by keyboard */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <pre className={styles.pre} tabIndex={0}>
        <code>{children}</code>
      </pre>
    </figure>
  );
}
