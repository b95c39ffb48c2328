// Temporary repositories for the discovery and CLI tests.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const made: string[] = [];

/** Creates a directory with these files (a path ending in `/` is an empty directory); returns its real path. */
export function tmpRepo(files: Record<string, string | Uint8Array>): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'otl-test-')));
  made.push(dir);
  for (const [path, content] of Object.entries(files)) {
    const abs = join(dir, path);
    if (path.endsWith('/')) {
      mkdirSync(abs, { recursive: true });
      continue;
    }
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return dir;
}

export function cleanup(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}
