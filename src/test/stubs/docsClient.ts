// Stand-in for @docusaurus/plugin-content-docs/client in unit tests: one docs plugin with two pages
// under the test base URL.
export function useAllDocsData() {
  const docs = ['learn/welcome', 'learn/demo/insulin'].map((path) => ({
    id: path,
    path: `/course-under-test/${path}`,
    sidebar: 'course',
  }));
  return { default: { path: '/course-under-test/learn', versions: [{ name: 'current', docs }] } };
}
