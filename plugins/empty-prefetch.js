// Stands in for @docusaurus/core's client/prefetch.js (see plugins/bundle-tuning.ts): links no
// longer download the code of every page they point to as soon as they scroll into view.
export default function prefetch() {
  return Promise.resolve();
}
