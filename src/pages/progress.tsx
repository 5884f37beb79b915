// The "Your progress" page: what this browser remembers of the course, nothing more.
import { useAllDocsData } from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Layout from '@theme/Layout';
import { useMemo, type ReactNode } from 'react';
import ProgressDashboard from '../components/ProgressDashboard';
import { quizzes } from '../data/quizzes';
import { lessonPath } from '../quiz/visits';

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

export default function ProgressPage(): ReactNode {
  const coursePages = useCoursePages();
  return (
    <Layout
      title="Your progress"
      description="Your quiz results and the lessons you have opened, kept only in this browser."
    >
      <main className="container margin-vert--lg">
        <h1>Your progress</h1>
        <ProgressDashboard quizzes={quizzes} coursePages={coursePages} />
      </main>
    </Layout>
  );
}
