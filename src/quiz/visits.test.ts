import { isCoursePagePath, labelFromPath, lessonPath, pageTitle } from './visits';

describe('lessonPath', () => {
  it.each([
    ['/course-under-test/learn/understanding/intro', '/course-under-test/', '/learn/understanding/intro'],
    ['/course-under-test/learn/understanding/intro/', '/course-under-test/', '/learn/understanding/intro'],
    ['/learn/vicious-cycle/cytokines', '/', '/learn/vicious-cycle/cytokines'],
    ['/course-under-test/progress', '/course-under-test/', null],
    ['/course-under-test/learn/', '/course-under-test/', null],
    ['/course-under-test/learn/category/the-vicious-cycle', '/course-under-test/', null],
    ['/other-course/learn/a', '/course-under-test/', null],
    ['/learn/a', '/course-under-test/', null],
  ])('%s under %s → %s', (pathname, base, expected) => {
    expect(lessonPath(pathname, base)).toBe(expected);
  });
});

describe('pageTitle', () => {
  it('drops the site name', () => {
    expect(pageTitle('Cytokines | The course', 'The course')).toBe('Cytokines');
    expect(pageTitle('Cytokines', 'The course')).toBe('Cytokines');
    expect(pageTitle('The course', 'The course')).toBeUndefined();
    expect(pageTitle('', 'The course')).toBeUndefined();
  });
});

describe('labelFromPath', () => {
  it('makes a readable label from the page slug', () => {
    expect(labelFromPath('/learn/vicious-cycle/closing-the-loop')).toBe('Closing the loop');
    expect(labelFromPath('/learn/demo/insulin#what-insulin-does')).toBe('Insulin');
    expect(labelFromPath('/')).toBe('/');
  });
});

describe('isCoursePagePath', () => {
  it.each(['/learn/understanding/insulin-and-glucose', '/learn/welcome', '/learn/wrap-up/final-assessment'])(
    'accepts the course page %s',
    (path) => {
      expect(isCoursePagePath(path)).toBe(true);
    },
  );

  it.each([
    ['a protocol-relative URL', '//evil.example/x'],
    ['a protocol-relative URL that looks like a lesson', '//evil.example/learn/a'],
    ['an absolute URL', 'https://evil.example/learn/a'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a backslash (browsers read it as a slash)', '/\\evil.example/learn/a'],
    ['a backslash inside', '/learn/a\\b'],
    ['a double slash inside', '/learn//evil.example'],
    ['a dot segment', '/learn/../progress'],
    ['a query', '/learn/a?next=//evil.example'],
    ['an anchor', '/learn/a#x'],
    ['a path outside the lessons', '/progress'],
    ['the lessons root itself', '/learn'],
    ['a relative path', 'learn/a'],
    ['an encoded slash', '/learn/%2F%2Fevil.example'],
    ['whitespace', '/learn/a b'],
    ['a newline', '/learn/a\n'],
    ['an empty string', ''],
    ['a number', 42],
    ['an overlong path', `/learn/${'a'.repeat(400)}`],
  ])('rejects %s', (_name, value) => {
    expect(isCoursePagePath(value)).toBe(false);
  });
});
