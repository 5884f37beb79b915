// @vitest-environment node
import { findChromium, requireChromium, chromiumLaunchOptions } from './find-browser.cjs';

const none = () => undefined;

describe('findChromium', () => {
  it('prefers CHROMIUM_PATH', () => {
    expect(
      findChromium({ env: { CHROMIUM_PATH: '/opt/c' }, exists: () => true, playwright: () => '/pw/chrome' }),
    ).toEqual({ path: '/opt/c', source: 'CHROMIUM_PATH' });
  });

  it('refuses a CHROMIUM_PATH that does not exist, naming it', () => {
    expect(() =>
      findChromium({ env: { CHROMIUM_PATH: '/nope' }, exists: () => false, playwright: none }),
    ).toThrow('CHROMIUM_PATH is set to "/nope", but no file is there.');
  });

  it("then takes Playwright's own download", () => {
    expect(findChromium({ env: {}, exists: () => true, playwright: () => '/pw/chrome' })).toEqual({
      path: '/pw/chrome',
      source: 'playwright',
    });
  });

  it("then the system's Chromium", () => {
    expect(
      findChromium({ env: {}, exists: (p: string) => p === '/usr/bin/chromium-browser', playwright: none }),
    ).toEqual({ path: '/usr/bin/chromium-browser', source: 'system' });
  });

  it('finds nothing when nothing is installed', () => {
    expect(findChromium({ env: {}, exists: () => false, playwright: none })).toBeUndefined();
  });
});

describe('requireChromium', () => {
  it('stops with a message that says what to install', () => {
    expect(() => requireChromium({ env: {}, exists: () => false, playwright: none })).toThrow(
      /npx playwright install chromium[\s\S]*apt-get install chromium[\s\S]*CHROMIUM_PATH/,
    );
  });

  it('gives launch options with the flags a closed network and root need', () => {
    const options = chromiumLaunchOptions({
      env: { CHROMIUM_PATH: '/opt/c' },
      exists: () => true,
      playwright: none,
    });
    expect(options.executablePath).toBe('/opt/c');
    expect(options.args).toEqual(expect.arrayContaining(['--no-sandbox', '--disable-background-networking']));
  });
});
