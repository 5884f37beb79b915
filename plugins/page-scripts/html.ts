// Each built page fetches its JavaScript only after the page has loaded and its text is on the
// screen, not alongside the HTML and CSS. The text is readable without JavaScript (that is tested),
// so the first thing a reader on a slow phone connection gets is the lesson, not 130 KiB of code
// sharing its bandwidth. Measured with Lighthouse (mobile), largest contentful paint on a lesson
// went from ~2.2 s to ~1.4 s; the quizzes, menu and search work once the scripts have run.
//
// "On the screen" is the browser's own first-contentful-paint entry (Paint Timing: Chromium,
// Firefox, Safari 14.1+), which arrives once the frame has been presented. The frame after the
// load event, used before, can come well before that: in headless Chromium the first frame was
// sometimes presented ~1 s after it was drawn, and the scripts, already run by then, delayed the
// measured paint. Where Paint Timing is missing, one frame after load; and at the latest 3 s after
// load (a tab opened in the background paints nothing until it is shown).
//
// The page's own chunks come first in the list, then runtime~main.js and main.js: scripts added
// with `async = false` run in the order they were added, even when each is added in a task of its
// own (on a long page, adding all 13 in one task took 30 ms, 120 ms on a phone's slower CPU), so
// by the time main.js starts the React app, every chunk of the page is already installed and
// nothing more is fetched before hydration.
const SCRIPT_TAG = /<script src="([^"]*\/assets\/js\/[^"]+\.js)" defer(?:="defer")?><\/script>/g;
const ENTRY = /\/(?:runtime~main|main)\.[^/]*\.js$/;

/**
 * The inline script that loads `sources` in order once the page has loaded and its first
 * contentful paint is on the screen (so the scripts never compete with the text's first paint).
 */
export function loaderScript(sources: string[]): string {
  const list = JSON.stringify(sources).replace(/</g, '\\u003c');
  return (
    `<script>(function(){var s=${list},d=0;function l(){if(d)return;d=1;s.forEach(function(u){` +
    `setTimeout(function(){var e=document.createElement("script");e.src=u;e.async=false;` +
    `document.head.appendChild(e)},0)})}` +
    `function n(){setTimeout(l,3e3);var P=window.PerformanceObserver;` +
    `if(P&&(P.supportedEntryTypes||[]).indexOf("paint")>=0){new P(function(r,o){` +
    `if(r.getEntriesByName("first-contentful-paint").length){o.disconnect();setTimeout(l,0)}})` +
    `.observe({type:"paint",buffered:true})}else requestAnimationFrame(function(){setTimeout(l,0)})}` +
    `document.readyState==="complete"?n():window.addEventListener("load",n,{once:true})})()</script>`
  );
}

/** The scripts a page's loader lists, in loading order; undefined for a page without a loader. */
export function loaderSources(html: string): string[] | undefined {
  const list = /<script>\(function\(\)\{var s=(\[[^\]]*\])[,;]/.exec(html)?.[1];
  return list === undefined ? undefined : (JSON.parse(list) as string[]);
}

/**
 * The page with its deferred `<script src>` tags replaced by one loader script, in the place of
 * the first of them. A page without them (or already rewritten) comes back unchanged.
 */
export function loadScriptsAfterPageLoad(html: string): string {
  const sources = [...html.matchAll(SCRIPT_TAG)].map((match) => match[1] ?? '');
  if (sources.length === 0) return html;
  const ordered = [...sources.filter((src) => !ENTRY.test(src)), ...sources.filter((src) => ENTRY.test(src))];
  let first = true;
  return html.replace(SCRIPT_TAG, () => {
    if (!first) return '';
    first = false;
    return loaderScript(ordered);
  });
}
