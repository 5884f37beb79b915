// @vitest-environment node
// The site configuration checks CHROMIUM_PATH itself, so a wrong path fails every build, even one
// that renders no diagram because all of them are cached.
import createConfigAsync from '../docusaurus.config';

afterEach(() => vi.unstubAllEnvs());

describe('docusaurus.config and CHROMIUM_PATH', () => {
  it('refuses a CHROMIUM_PATH where there is no file, naming it', async () => {
    vi.stubEnv('CHROMIUM_PATH', '/no/such/chromium');
    await expect(createConfigAsync()).rejects.toThrow(
      'CHROMIUM_PATH is set to "/no/such/chromium", but no file is there.',
    );
  });

  it('loads when CHROMIUM_PATH is not set', async () => {
    vi.stubEnv('CHROMIUM_PATH', undefined);
    await expect(createConfigAsync()).resolves.toHaveProperty('baseUrl');
  });
});
