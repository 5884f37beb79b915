// Which pages count as lesson visits, and how their paths and titles are recorded.

/** Lessons (and module quizzes) live under this site path. */
export const LESSON_ROOT = '/learn/';

/** Docusaurus's generated module overview pages: listings, not lessons. */
const CATEGORY_ROOT = `${LESSON_ROOT}category/`;

/**
 * The site path of a lesson from a browser pathname: base URL removed, trailing slash dropped,
 * e.g. `/course/learn/understanding/intro/` → `/learn/understanding/intro`; null if not a lesson.
 */
export function lessonPath(pathname: string, baseUrl: string): string | null {
  const base = baseUrl.endsWith('/') ? baseUrl.slice(0, -1) : baseUrl;
  if (base !== '' && !pathname.startsWith(`${base}/`)) return null;
  const path = pathname.slice(base.length).replace(/\/+$/, '');
  const isLesson = path.startsWith(LESSON_ROOT) && path.length > LESSON_ROOT.length;
  return isLesson && !path.startsWith(CATEGORY_ROOT) ? path : null;
}

/** One path segment of a course page: what Docusaurus makes of a lesson's file or folder name. */
const COURSE_PAGE = /^\/learn(?:\/[a-z0-9][a-z0-9_-]*)+$/i;

/**
 * Whether a value read from storage or an imported file can be a course page of this site: a site
 * path under `/learn/` made only of plain segments. This rejects everything that could lead off the
 * site or somewhere unexpected: `//host/x`, `https:...`, `/\\host`, `/learn/../x`, queries, anchors.
 */
export function isCoursePagePath(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 300 && COURSE_PAGE.test(value);
}

/** A page title without the site name Docusaurus appends (`Lesson | Site`). */
export function pageTitle(documentTitle: string, siteTitle: string): string | undefined {
  const suffix = ` | ${siteTitle}`;
  const title = documentTitle.endsWith(suffix) ? documentTitle.slice(0, -suffix.length) : documentTitle;
  return title.trim() === '' || title === siteTitle ? undefined : title.trim();
}

/** A readable label for a page when no title is known: `/learn/vicious-cycle/closing-the-loop#x` → `Closing the loop`. */
export function labelFromPath(path: string): string {
  const page = path.split('#')[0] ?? '';
  const words = (page.split('/').filter(Boolean).pop() ?? '').replace(/-/g, ' ').trim();
  return words === '' ? path : words.charAt(0).toUpperCase() + words.slice(1);
}
