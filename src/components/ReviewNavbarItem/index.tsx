// The navbar's "Review" link. Once the learner has started (something is scheduled for review), it
// carries the number of questions due today; the count is read from this browser only. The server
// and the first render show the plain link; the count appears after hydration at the end of the
// navbar's left group, where it moves nothing.
import DefaultNavbarItem from '@theme/NavbarItem/DefaultNavbarItem';
import type { ComponentProps, ReactNode } from 'react';
import { useToday } from '../../hooks/useToday';
import { isDue } from '../../quiz/review';
import { useCourseStorage } from '../Quiz/useCourseStorage';
import styles from './styles.module.css';

type Props = Omit<ComponentProps<typeof DefaultNavbarItem>, 'label' | 'to'>;

export default function ReviewNavbarItem(props: Props): ReactNode {
  const { snapshot } = useCourseStorage();
  const today = useToday();
  const items = Object.values(snapshot.progress.review);
  // Counted from the stored schedule alone (this runs on every page, without the questions); the
  // review page also leaves out questions changed since they were answered.
  const due = today === null ? 0 : items.filter((item) => isDue(item, today)).length;
  const label = (
    <>
      Review
      {due > 0 && (
        <span className={styles.badge} aria-hidden="true">
          {due}
        </span>
      )}
    </>
  );
  // The link's name says what the pill shows: "Review: 3 due".
  const named = due > 0 ? { 'aria-label': `Review: ${due} due` } : {};
  return <DefaultNavbarItem {...props} {...named} to="/review" label={label as unknown as string} />;
}
