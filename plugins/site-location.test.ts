// @vitest-environment node
import { normalizeBaseUrl, siteLocation } from './site-location';

describe('siteLocation', () => {
  it('defaults to a local root site', () => {
    expect(siteLocation({})).toEqual({ url: 'http://localhost:3000', baseUrl: '/' });
  });

  it('takes a GitHub Pages project site from the environment', () => {
    expect(siteLocation({ SITE_URL: 'https://me.github.io/', BASE_URL: 'my-course' })).toEqual({
      url: 'https://me.github.io',
      baseUrl: '/my-course/',
    });
  });

  it('normalizes slashes in the base path', () => {
    expect(normalizeBaseUrl('//course//')).toBe('/course/');
    expect(normalizeBaseUrl(' / ')).toBe('/');
  });

  it('rejects a full URL as base path, and a path in the site URL, saying where each part goes', () => {
    expect(() => siteLocation({ BASE_URL: 'https://me.github.io/c/' })).toThrow(/Put the origin in SITE_URL/);
    expect(() => siteLocation({ SITE_URL: 'https://me.github.io/c' })).toThrow(/Put the path in BASE_URL/);
    expect(() => siteLocation({ SITE_URL: 'not a url' })).toThrow(/must be an absolute URL/);
  });
});
