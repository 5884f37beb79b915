// Serves a built site under a base path, the way GitHub Pages does: `/base/page` finds
// `page.html` or `page/index.html`, anything missing gets the site's 404.html with status 404,
// and text is sent gzip-compressed (so Lighthouse measures what readers download).
// Used by the end-to-end tests and the performance script.
// Usage: node scripts/serve-static.mjs <dir> <base-path> <port>
import http from 'node:http';
import path from 'node:path';
import compression from 'compression';
import handler from 'serve-handler';

export function startStaticServer({ dir, basePath, port }) {
  const root = path.resolve(dir);
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const compress = compression();
  const server = http.createServer((request, response) =>
    compress(request, response, () => serve(request, response)),
  );
  function serve(request, response) {
    // Lets the e2e tests recognise this server and the folder it serves, as an absolute path, so a
    // second checkout's server on the same port is not taken for this one's (scripts/e2e-port.cjs).
    response.setHeader('X-Course-Build', encodeURI(root));
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === base.slice(0, -1)) {
      response.writeHead(301, { Location: base });
      response.end();
      return;
    }
    if (!url.pathname.startsWith(base)) {
      // Outside the base path: behave like a foreign site on the same origin.
      request.url = '/404.html-outside-base';
    } else {
      request.url = `/${url.pathname.slice(base.length)}${url.search}`;
    }
    return handler(request, response, {
      public: root,
      cleanUrls: true,
      trailingSlash: false,
      directoryListing: false,
      etag: true,
    });
  }
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}` && process.argv[2] === '--hint') {
  // Printed after `npm run build:e2e`: Docusaurus's own hint (`npm run serve`) serves build/.
  const [, dir, basePath] = process.argv.slice(2);
  console.log(`To look at this build (${dir}/, under ${basePath}): npm run serve:e2e, not npm run serve.`);
} else if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = 'build', basePath = '/', port = '4173'] = process.argv.slice(2);
  await startStaticServer({ dir, basePath, port: Number(port) });
  console.log(`Serving ${dir} at http://127.0.0.1:${port}${basePath}`);
}
