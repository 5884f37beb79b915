// The "Your progress" page: what this browser remembers of the course, nothing more. Its route is
// added by plugins/course-structure, which passes every quiz of the course as `quizzes`.
import { useAllDocsData } from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Layout from '@theme/Layout';
import { useMemo, type ReactNode } from 'react';
import { nfc } from '../../data/text';
import type { Quiz } from '../../quiz/types';
import { lessonPath } from '../../quiz/visits';
import ProgressDashboard from '../ProgressDashboard';

export interface Props {
  /** Every quiz of the course in module order, one `{ quiz }` per module folder's quiz.ts. */
  quizzes: readonly { quiz: Quiz }[];
}

/** The course pages that exist in this build, as site paths without the base URL. */
function useCoursePages(): ReadonlySet<string> {
  const docsData = useAllDocsData();
  const { baseUrl } = useDocusaurusContext().siteConfig;
  return useMemo(() => {
    const paths = Object.values(docsData).flatMap((plugin) =>
      plugin.versions.flatMap((version) => version.docs.map((doc) => lessonPath(doc.path, baseUrl))),
    );
    return new Set(paths.filter((path): path is string => path !== null));
  }, [docsData, baseUrl]);
}

export default function ProgressPage({ quizzes }: Props): ReactNode {
  const coursePages = useCoursePages();
  const normalized = useMemo(() => quizzes.map(({ quiz }) => nfc(quiz)), [quizzes]);
  return (
    <Layout
      title="Your progress"
      description="Your quiz results and the lessons you have opened, kept only in this browser."
    >
      <main className="container margin-vert--lg">
        <h1>Your progress</h1>
        <ProgressDashboard quizzes={normalized} coursePages={coursePages} />
      </main>
    </Layout>
  );
}
