// A run on some files links only the workloads whose findings can land in them (src/link/scope.ts). It must report
// exactly what a run that links every workload reports. All examples, broken and fixed, are put side by side into
// one repository (so that most of its workloads are unrelated to any one file), and every file of it is linted on
// its own, and some example directories, both ways.

import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lint } from '../../src/lint.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const examples = readdirSync(join(root, 'examples'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

const repo = mkdtempSync(join(tmpdir(), 'otl-scope-'));
const dirs: string[] = [];
for (const ex of examples) {
  for (const v of ['broken', 'fixed']) {
    cpSync(join(root, 'examples', ex, v), join(repo, `${ex}-${v}`), { recursive: true });
    dirs.push(`${ex}-${v}`);
  }
}

const report = (r: Awaited<ReturnType<typeof lint>>) => JSON.stringify(r.diagnostics, null, 1);

test('every file alone: the scoped run reports what linking every workload reports', async () => {
  const all = await lint({ cwd: repo, paths: ['.'] });
  const files = [...all.requested].sort();
  assert.ok(files.length > 100, `files: ${files.length}`);
  let fewer = 0;
  for (const f of files) {
    const scoped = await lint({ cwd: repo, paths: [f] });
    const everything = await lint({ cwd: repo, paths: [f], linkEverything: true });
    assert.is(report(scoped), report(everything), f);
    if (scoped.model.deployments.length < everything.model.deployments.length) fewer++;
  }
  // The comparison means something only if scoping left workloads out.
  assert.ok(fewer > files.length / 2, `runs that linked fewer workloads: ${fewer} of ${files.length}`);
});

test('example directories alone (every third), and two together', async () => {
  for (const paths of [...dirs.filter((_, i) => i % 3 === 0).map((d) => [d]), [dirs[0]!, dirs[dirs.length - 1]!]]) {
    const scoped = await lint({ cwd: repo, paths });
    const everything = await lint({ cwd: repo, paths, linkEverything: true });
    assert.is(report(scoped), report(everything), paths.join(' '));
  }
});

test('the whole repository is not scoped', async () => {
  const a = await lint({ cwd: repo, paths: ['.'] });
  const b = await lint({ cwd: repo, paths: ['.'], linkEverything: true });
  assert.is(a.model.deployments.length, b.model.deployments.length);
  assert.is(report(a), report(b));
});

test.after(() => rmSync(repo, { recursive: true, force: true }));

test.run();
