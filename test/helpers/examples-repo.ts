// All examples, broken and fixed, side by side in one temporary repository: `<example>-broken/`, `<example>-fixed/`.
// Tests that compare two ways of linting (scoped or not, cached or not) run them over it.

import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ExamplesRepo {
  /** Absolute path of the repository. */
  dir: string;
  /** Its example directories, `<example>-<broken|fixed>`, sorted. */
  dirs: string[];
  remove: () => void;
}

export function examplesRepo(prefix: string): ExamplesRepo {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  // A repository: a run on one file of it reads the rest as context.
  mkdirSync(join(dir, '.git'));
  writeFileSync(join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  const dirs: string[] = [];
  const examples = readdirSync(join(root, 'examples'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  for (const ex of examples) {
    for (const v of ['broken', 'fixed']) {
      cpSync(join(root, 'examples', ex, v), join(dir, `${ex}-${v}`), { recursive: true });
      dirs.push(`${ex}-${v}`);
    }
  }
  return { dir, dirs, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
