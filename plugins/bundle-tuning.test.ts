// @vitest-environment node
// The module replacements of plugins/bundle-tuning.ts match files by path. A Docusaurus upgrade
// that moves one of them would silently turn a replacement off, so each pattern is checked against
// the file that is installed.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { LoadContext } from '@docusaurus/types';
import bundleTuning from './bundle-tuning';

const require = createRequire(import.meta.url);

class Replacement {
  constructor(
    readonly pattern: RegExp,
    readonly file: string,
  ) {}
}

function replacements(isServer: boolean): Replacement[] {
  const plugin = bundleTuning({ baseUrl: '/course/' } as LoadContext);
  const utils = { currentBundler: { instance: { NormalModuleReplacementPlugin: Replacement } } };
  const configure = plugin.configureWebpack as unknown as (
    config: object,
    isServer: boolean,
    bundlerUtils: typeof utils,
  ) => { plugins: Replacement[] };
  return configure({}, isServer, utils).plugins;
}

function replacementOf(installed: string, list: Replacement[]): string | undefined {
  return list.find((replacement) => replacement.pattern.test(installed))?.file;
}

describe('bundle tuning', () => {
  const nodeEnv = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = nodeEnv;
  });

  it('replaces the installed Prism language loader and link prefetch helper', () => {
    const prism = require.resolve('@docusaurus/theme-classic/lib/prism-include-languages.js');
    const prefetch = require.resolve('@docusaurus/core/lib/client/prefetch.js');
    expect(replacementOf(prism, replacements(false))).toBe(path.join(__dirname, 'empty-client-module.js'));
    expect(replacementOf(prefetch, replacements(false))).toBe(path.join(__dirname, 'empty-prefetch.js'));
  });

  it('replaces the installed server renderer in the server bundle only', () => {
    const renderer = require.resolve('@docusaurus/core/lib/client/renderToHtml.js');
    expect(replacementOf(renderer, replacements(true))).toBe(path.join(__dirname, 'render-to-html.ts'));
    expect(replacementOf(renderer, replacements(false))).toBeUndefined();
  });

  it('replaces the installed client entry in production browser bundles only', () => {
    const entry = require.resolve('@docusaurus/core/lib/client/clientEntry.js');
    process.env.NODE_ENV = 'production';
    expect(replacementOf(entry, replacements(false))).toBe(path.join(__dirname, 'client-entry.tsx'));
    expect(replacementOf(entry, replacements(true))).toBeUndefined();
    process.env.NODE_ENV = 'development';
    expect(replacementOf(entry, replacements(false))).toBeUndefined();
  });
});
