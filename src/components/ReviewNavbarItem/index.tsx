// The navbar's "Review" link. Once the learner has started (something is scheduled for review), it
// carries the number of questions due today; the count is read from this browser only. The server
// and the first render show the plain link, so nothing shifts when the count appears.
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
        <span className={styles.badge}>
          <span className={styles.visuallyHidden}>: </span>
          {due}
          <span className={styles.visuallyHidden}> due</span>
        </span>
      )}
    </>
  );
  return <DefaultNavbarItem {...props} to="/review" label={label as unknown as string} />;
}
