import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import MDXContent from '@theme/MDXContent';
import ModuleList from '@site/src/components/ModuleList';
import ViciousCycle from '@site/docs/_partials/_vicious-cycle.mdx';
import styles from './index.module.css';

export default function Home(): ReactNode {
  return (
    <Layout
      title="A free course on insulin resistance and chronic inflammation"
      description="A free, open course on how insulin resistance and chronic low-grade inflammation feed each other: mechanisms, lifestyle drivers, what breaks the cycle and how it is measured, with citations and quizzes."
    >
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            Insulin resistance and chronic inflammation
          </Heading>
          <p className={styles.lead}>
            A free, open course on how the two feed each other: the cell signals behind the vicious cycle, the
            everyday factors that drive it, what the evidence says breaks it, and how it is measured. Every
            claim is cited; every module ends with a quiz that explains its answers.
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/learn/welcome">
              Start the course
            </Link>
            <Link className="button button--secondary button--lg" to="/progress">
              Your progress
            </Link>
          </div>
        </div>
      </header>
      <main className="container margin-vert--lg">
        <section aria-labelledby="cycle-heading" className={styles.section}>
          <Heading as="h2" id="cycle-heading">
            The vicious cycle in one picture
          </Heading>
          {/* MDXContent supplies the components the Markdown uses (the diagram, glossary links). */}
          <MDXContent>
            <ViciousCycle />
          </MDXContent>
        </section>
        <section aria-labelledby="modules-heading" className={styles.section}>
          <Heading as="h2" id="modules-heading">
            What you will learn
          </Heading>
          <ModuleList />
        </section>
        <p className={styles.disclaimer}>
          Educational content, not medical advice. The course explains research; it does not diagnose, treat
          or recommend doses.
        </p>
      </main>
    </Layout>
  );
}
