// The course's service worker (built into sw.js by ./index.ts after every production build).
// Plain JavaScript: it runs in a worker, whose global types clash with the page's DOM types.
//
// Workbox precaching keeps the whole built course in one cache per version: a new version is
// downloaded in full beside the old one and used only after the reader chooses to reload (or
// closes every tab of the course), so no page of one version ever loads code of another.
import { clientsClaim, setCacheNameDetails } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { setCatchHandler, setDefaultHandler } from 'workbox-routing';

/** @type {{ cacheId: string, notFound: string, entries: { url: string, revision: string }[] }} */
const course = self.__COURSE_OFFLINE;

// Workbox adds the registration scope to the name, so two courses on one origin never share.
setCacheNameDetails({ prefix: course.cacheId });
// Pages are stored under the address readers open (/learn/x, the folder for index.html), and
// `cleanURLs` also finds them when asked for /learn/x.html; query strings (the search page's ?q=)
// never make a page a different page.
precacheAndRoute(course.entries, {
  cleanURLs: true,
  directoryIndex: 'index.html',
  ignoreURLParametersMatching: [/.*/],
});
cleanupOutdatedCaches();

// Anything else goes to the network; when that fails, a page that is not in the course (a
// mistyped address) gets the course's own "Page not found", offline as well.
setDefaultHandler(({ request }) => fetch(request));
setCatchHandler(async ({ request }) => {
  if (request.mode === 'navigate') {
    const page = await matchPrecache(course.notFound);
    if (page) return page;
  }
  return Response.error();
});

// The first version takes charge of the open page at once, so that it too reads offline (its
// next pages and their code come from the cache). A later version waits: see the message below.
clientsClaim();

// Sent by the page when the reader chooses to load a new version (src/offline/registration.ts);
// every open page of the course then reloads into it.
self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});
