// Docusaurus client module: remembers which lessons (pages under /learn/) the learner opened and
// when, in this browser only, for "continue where you left off" on the progress page.
import type { ClientModule } from '@docusaurus/types';
import siteConfig from '@generated/docusaurus.config';
import { recordVisit } from '../quiz/progress';
import { getProgressStore } from '../quiz/progressStore';
import { lessonPath, pageTitle } from '../quiz/visits';

/** The document title is set a moment after the route renders (react-helmet), so read it later. */
export const TITLE_DELAY_MS = 500;

export const onRouteDidUpdate: NonNullable<ClientModule['onRouteDidUpdate']> = ({ location }) => {
  const path = lessonPath(location.pathname, siteConfig.baseUrl);
  if (path === null) return;
  const store = getProgressStore(siteConfig.baseUrl);
  store.update((progress) => recordVisit(progress, path, Date.now()));
  window.setTimeout(() => {
    // Still on that page? Otherwise the title belongs to the next one.
    if (window.location.pathname !== location.pathname) return;
    const title = pageTitle(document.title, siteConfig.title);
    const visit = store.getSnapshot().progress.visits[path];
    if (title !== undefined && visit && visit.title !== title) {
      store.update((progress) => recordVisit(progress, path, visit.at, title));
    }
  }, TITLE_DELAY_MS);
};
