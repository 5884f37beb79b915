// Test stand-in for `@docusaurus/useBrokenLinks`: the build's link collector, which has nothing to
// collect outside a build.
export default function useBrokenLinks(): {
  collectAnchor: (anchor: string) => void;
  collectLink: (link: string) => void;
} {
  return { collectAnchor: () => undefined, collectLink: () => undefined };
}
