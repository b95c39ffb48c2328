import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CONFIG_NAMES } from './classify.ts';

/**
 * The repository root: the nearest directory at or above `start` that holds `.git` (a directory, or a file for
 * worktrees and submodules) or a config file. Undefined when there is none up to the filesystem root.
 */
export function findRepoRoot(start: string): string | undefined {
  let dir = start;
  for (;;) {
    if (existsSync(join(dir, '.git'))) return dir;
    for (const name of CONFIG_NAMES) if (existsSync(join(dir, name))) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}
