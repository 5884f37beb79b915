// Maps a path on the site to its file in a build folder, the way GitHub Pages (and
// scripts/serve-static.mjs) serve it: `learn/x` is `learn/x.html` or `learn/x/index.html`, the
// site root is `index.html`, and an asset is itself. Shared by the end-to-end tests, the quiz
// link checker and the perf script. CommonJS so plain Node scripts can load it too.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

/**
 * @param {string} buildDir the build folder
 * @param {string} sitePath a path relative to the site's base URL, with or without slashes
 * @returns {string | undefined} the file, or undefined when the build has none
 */
function builtFile(buildDir, sitePath) {
  const relative = decodeURIComponent(sitePath).replace(/^\/+|\/+$/g, '');
  const candidates =
    relative === '' ? ['index.html'] : [relative, `${relative}.html`, `${relative}/index.html`];
  for (const candidate of candidates) {
    const file = path.join(buildDir, candidate);
    if (fs.statSync(file, { throwIfNoEntry: false })?.isFile()) return file;
  }
  return undefined;
}

module.exports = { builtFile };
