import { labelFromPath, lessonPath, pageTitle } from './visits';

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
