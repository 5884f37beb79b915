// The Review page: a short session of the questions due today from the learner's own history. Its
// route is added by plugins/course-structure, which passes every quiz and check set of the course.
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import { useQuestionCatalog, type QuestionModules } from '../../hooks/useQuestionCatalog';
import { INTERVALS, SESSION_SIZE } from '../../quiz/review';
import ReviewSession from '../ReviewSession';

export default function ReviewPage(props: QuestionModules): ReactNode {
  const { catalog } = useQuestionCatalog(props);
  return (
    <Layout
      title="Review"
      description="A short review of the questions you missed or guessed, spaced out over days, kept only in this browser."
    >
      {/* data-questions: a page that works with the quiz engine (scripts/check-build.mjs). */}
      <main className="container margin-vert--lg" data-questions="">
        <h1>Review</h1>
        <p>
          Questions you miss, or get right but mark “I guessed”, in the lessons’ checks and the quizzes come
          back here the next day. Each right answer sends a question further out: after{' '}
          {INTERVALS.slice(1).join(', then ')} days. A question you got right the first time returns after{' '}
          {INTERVALS[INTERVALS.length - 1]} days. A session holds at most {SESSION_SIZE} questions. Everything
          stays in this browser.
        </p>
        <ReviewSession catalog={catalog} />
      </main>
    </Layout>
  );
}
