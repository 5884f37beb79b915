// The "For teachers" page: how to use the course with a class, and every quiz as a download for a
// learning platform (Moodle GIFT text, IMS QTI 2.1 package). Its route is added by
// plugins/course-structure, which passes the list of downloads as `exports`; the files themselves
// are written next to the built site from the same quiz data (plugins/course-structure/exports.ts).
import Link from '@docusaurus/Link';
import useBaseUrl from '@docusaurus/useBaseUrl';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import type { ReactNode } from 'react';
import type { QuizExport } from '../../../plugins/course-structure/exports';
import styles from './styles.module.css';

interface Props {
  exports: QuizExport[];
}

/** A download link; its name says which quiz (the row's title) as well as what it shows. */
function Download({ path, quiz, children }: { path: string; quiz: string; children: string }): ReactNode {
  const href = useBaseUrl(`/${path}`);
  return (
    <a href={href} download aria-label={`${children}: ${quiz}`}>
      {children}
    </a>
  );
}

/** The whole course as one PDF, made at publication by `npm run pdf` (scripts/pdf.mjs). */
function CoursePdf(): ReactNode {
  return <a href={useBaseUrl('/downloads/course.pdf')}>The whole course as one PDF</a>;
}

export default function TeachersPage({ exports }: Props): ReactNode {
  return (
    <Layout
      title="For teachers"
      description="How to use the course on insulin resistance and inflammation with a class, and its quizzes for Moodle, Canvas and other learning platforms."
    >
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">For teachers</Heading>
        <p>
          The course is free to use with a class: students read it in a browser, with nothing to install and
          no account. It is educational material, not medical advice, and it never diagnoses anyone.
        </p>

        <Heading as="h2" id="in-class">
          Using it with a class
        </Heading>
        <ul>
          <li>
            <strong>Assign a module.</strong> Each module is a few short lessons with checks after the main
            ideas, and ends with a quiz that explains every option. The{' '}
            <Link to="/learn/welcome">welcome page</Link> lists the modules and how long each takes to read.
          </li>
          <li>
            <strong>Hand it out on paper.</strong> <CoursePdf />: a title page, contents with page numbers,
            every lesson, diagram and quiz in module order, the glossary and references, and an answer key at
            the end, so the quizzes can be set on paper too. Any single page also prints on its own, with the
            answers to its checks.
          </li>
          <li>
            <strong>Discuss the cycle.</strong> The <Link to="/#cycle-explorer">vicious-cycle explorer</Link>{' '}
            can be opened in a chosen state and shared as a link: for example{' '}
            <Link to="/#cycle:on=exercise">the cycle with exercise switched on</Link>, or{' '}
            <Link to="/#cycle:view=evidence">every arrow styled by how far it is shown in people</Link>.
            Select, switch and copy the address from the browser.
          </li>
          <li>
            <strong>Weigh the evidence.</strong> The{' '}
            <Link to="/learn/wrap-up/evidence-map">evidence map</Link> lists each claim of the course with how
            far it is shown in people; every citation says what kind of study stands behind it.
          </li>
          <li>
            <strong>Know what you can see.</strong> Students’ answers and progress stay in their own browser;
            the course sends nothing anywhere, so you cannot see them. A student can download a progress file
            from <Link to="/progress">their progress page</Link>. For marks, use the quizzes below in your
            learning platform.
          </li>
        </ul>

        <Heading as="h2" id="quizzes">
          Quizzes for your learning platform
        </Heading>
        <p>
          Each module quiz and the final assessment, generated from the same data as the pages, with every
          option’s feedback and each question’s explanation:
        </p>
        <ul>
          <li>
            <strong>Moodle GIFT</strong> (a text file): in Moodle’s question bank, choose Import, then “GIFT
            format”. Questions that put steps in order become matching questions (each step to its place).
          </li>
          <li>
            <strong>IMS QTI 2.1</strong> (a zip file), the standard format learning platforms import: in
            Canvas, for example, Settings, then Import Course Content, then “QTI .zip file”.
          </li>
        </ul>
        <div className={styles.tableWrap}>
          <table>
            <thead>
              <tr>
                <th scope="col">Quiz</th>
                <th scope="col">Questions</th>
                <th scope="col">Moodle GIFT</th>
                <th scope="col">QTI 2.1</th>
              </tr>
            </thead>
            <tbody>
              {exports.map((quiz) => (
                <tr key={quiz.gift} data-quiz-export>
                  <th scope="row">{quiz.title}</th>
                  <td>{quiz.questions}</td>
                  <td>
                    <Download path={quiz.gift} quiz={quiz.title}>
                      GIFT text
                    </Download>
                  </td>
                  <td>
                    <Download path={quiz.qti} quiz={quiz.title}>
                      QTI zip
                    </Download>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p className={styles.note}>
          The course’s text may be reused with credit, and its code is open (MIT licence): you can also fork
          it and publish your own copy.
        </p>
      </main>
    </Layout>
  );
}
