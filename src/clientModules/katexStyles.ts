// KaTeX's stylesheet and fonts, bundled and served by the site itself (no CDN), so formulas
// work offline and under any base URL. `katex` resolves to the copy rehype-katex uses
// (checked by src/clientModules/__tests__/katexVersion.test.ts).
import 'katex/dist/katex.min.css';
