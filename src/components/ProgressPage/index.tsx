// The "Your progress" page: what this browser remembers of the course, nothing more. Its route is
// added by plugins/course-structure, which passes every quiz of the course as `quizzes`.
import { useAllDocsData } from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Layout from '@theme/Layout';
import { useMemo, type ReactNode } from 'react';
import { useQuestionCatalog, type QuestionModules } from '../../hooks/useQuestionCatalog';
import { lessonPath } from '../../quiz/visits';
import ProgressDashboard from '../ProgressDashboard';

/** Every quiz and check set of the course in module order (one per module folder's quiz.ts / checks.ts). */
export type Props = QuestionModules;

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

export default function ProgressPage(props: Props): ReactNode {
  const coursePages = useCoursePages();
  const { quizzes, checkSets, catalog } = useQuestionCatalog(props);
  return (
    <Layout
      title="Your progress"
      description="Your quiz results and the lessons you have opened, kept only in this browser."
    >
      {/* data-questions: a page that works with the quiz engine (scripts/check-build.mjs). */}
      <main className="container margin-vert--lg" data-questions="">
        <h1>Your progress</h1>
        <ProgressDashboard
          quizzes={quizzes}
          coursePages={coursePages}
          checkSets={checkSets}
          catalog={catalog}
        />
      </main>
    </Layout>
  );
}
