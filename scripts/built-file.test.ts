// @vitest-environment node
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { builtFile } from './built-file.cjs';

describe('builtFile', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'build-'));
  mkdirSync(path.join(dir, 'learn/module'), { recursive: true });
  mkdirSync(path.join(dir, 'assets/js'), { recursive: true });
  for (const file of ['index.html', 'learn/page.html', 'learn/module/index.html', 'assets/js/main.js']) {
    writeFileSync(path.join(dir, file), file);
  }

  it('finds pages the way GitHub Pages serves them', () => {
    expect(builtFile(dir, '')).toBe(path.join(dir, 'index.html'));
    expect(builtFile(dir, '/')).toBe(path.join(dir, 'index.html'));
    expect(builtFile(dir, 'learn/page')).toBe(path.join(dir, 'learn/page.html'));
    expect(builtFile(dir, '/learn/page/')).toBe(path.join(dir, 'learn/page.html'));
    expect(builtFile(dir, 'learn/module')).toBe(path.join(dir, 'learn/module/index.html'));
    expect(builtFile(dir, 'assets/js/main.js')).toBe(path.join(dir, 'assets/js/main.js'));
  });

  it('returns undefined for a path the build does not have (a folder is not a page)', () => {
    expect(builtFile(dir, 'learn/missing')).toBeUndefined();
    expect(builtFile(dir, 'assets/js')).toBeUndefined();
  });
});
