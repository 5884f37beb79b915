import { describe, expect, it } from 'vitest';
import { keyByRequest, type ClientManifest } from './manifest';

const manifest: ClientManifest = {
  entrypoints: ['main'],
  origins: { main: ['4014', '1889'], '17896441': ['1635', '106'], styles: ['4014', '106', '1090'] },
  assets: {},
};

describe('keyByRequest', () => {
  it('keys each import request by the chunks it loads', () => {
    const result = keyByRequest(manifest, [
      { id: '106', names: ['17896441'], origins: [{ request: '@theme/DocItem' }] },
      { id: '1635', names: [], origins: [{ request: '@theme/DocItem' }] },
      { id: '2719', names: ['a1'], origins: [{ request: '@site/docs/lesson.md' }] },
    ]);
    expect(result.origins['@theme/DocItem']).toEqual(['106', '1635']);
    expect(result.origins['@site/docs/lesson.md']).toEqual(['2719']);
  });

  it("does not add a named chunk's siblings (the CSS chunk is named and shared by all)", () => {
    const result = keyByRequest(manifest, [
      { id: '4014', names: ['styles'], origins: [{ request: '@theme/DocRoot' }] },
    ]);
    expect(result.origins['@theme/DocRoot']).toEqual(['4014']);
  });

  it('keeps existing keys and the rest of the manifest, and skips chunks without an id', () => {
    const result = keyByRequest(manifest, [
      { id: '9', names: [], origins: [{ request: 'main' }, {}] },
      { id: null, origins: [{ request: '@theme/X' }] },
    ]);
    expect(result.origins.main).toEqual(['4014', '1889']);
    expect(result.origins['@theme/X']).toBeUndefined();
    expect(result.entrypoints).toEqual(['main']);
    expect(manifest.origins['@theme/DocItem']).toBeUndefined();
  });
});
