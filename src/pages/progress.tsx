// The "Your progress" page: what this browser remembers of the course, nothing more.
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import ProgressDashboard from '../components/ProgressDashboard';
import { quizzes } from '../data/quizzes';

export default function ProgressPage(): ReactNode {
  return (
    <Layout
      title="Your progress"
      description="Your quiz results and the lessons you have opened, kept only in this browser."
    >
      <main className="container margin-vert--lg">
        <h1>Your progress</h1>
        <ProgressDashboard quizzes={quizzes} />
      </main>
    </Layout>
  );
}
