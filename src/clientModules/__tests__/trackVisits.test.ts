import { clearProgressStores, getProgressStore } from '../../quiz/progressStore';
import { onRouteDidUpdate, TITLE_DELAY_MS } from '../trackVisits';

const BASE = '/course-under-test/';

function visit(pathname: string) {
  window.history.pushState({}, '', pathname);
  onRouteDidUpdate({ previousLocation: null, location: { pathname, search: '', hash: '', state: null } });
}
const visits = () => getProgressStore(BASE).getSnapshot().progress.visits;

beforeEach(() => {
  clearProgressStores();
  localStorage.clear();
  vi.useFakeTimers();
  vi.setSystemTime(Date.UTC(2025, 0, 1));
});
afterEach(() => vi.useRealTimers());

describe('trackVisits', () => {
  it('records a lesson visit, then its title, in storage namespaced by base URL', () => {
    visit('/course-under-test/learn/demo/insulin/');
    expect(visits()).toEqual({ '/learn/demo/insulin': { at: Date.UTC(2025, 0, 1) } });
    document.title = 'Insulin basics | Test course';
    vi.advanceTimersByTime(TITLE_DELAY_MS);
    expect(visits()['/learn/demo/insulin']).toEqual({ at: Date.UTC(2025, 0, 1), title: 'Insulin basics' });
    expect(localStorage.getItem('irc:/course-under-test/:progress')).toContain('Insulin basics');
  });

  it('ignores pages that are not lessons', () => {
    visit('/course-under-test/progress');
    visit('/course-under-test/');
    expect(visits()).toEqual({});
  });

  it('does not give a lesson the title of the page the learner moved on to', () => {
    visit('/course-under-test/learn/demo/a');
    window.history.pushState({}, '', '/course-under-test/glossary');
    document.title = 'Glossary | Test course';
    vi.advanceTimersByTime(TITLE_DELAY_MS);
    expect(visits()['/learn/demo/a']?.title).toBeUndefined();
  });
});
