// File helpers shared by the build plugins.
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Every path under `dir` (at any depth) whose full path matches `pattern`. */
export function filesIn(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir, { recursive: true })
    .map((name) => path.join(dir, String(name)))
    .filter((file) => pattern.test(file));
}
