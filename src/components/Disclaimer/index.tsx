import type { ReactNode } from 'react';
import styles from './styles.module.css';

/** The medical disclaimer shown on every lesson page (injected by the DocItem/Content wrapper). */
export default function Disclaimer(): ReactNode {
  return (
    <div className={styles.disclaimer} role="note" aria-label="Medical disclaimer">
      <strong>Educational content, not medical advice.</strong> This course explains research; it does not
      diagnose, treat or recommend doses. Talk to a qualified clinician about your own health and lab results.
    </div>
  );
}
