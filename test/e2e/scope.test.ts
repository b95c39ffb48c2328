// A run on some files links only the workloads whose findings can land in them (src/link/scope.ts). It must report
// exactly what a run that links every workload reports. All examples, broken and fixed, are put side by side into
// one repository (so that most of its workloads are unrelated to any one file), and every file of it is linted on
// its own, and some example directories, both ways.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lint } from '../../src/lint.ts';
import { examplesRepo } from '../helpers/examples-repo.ts';

const { dir: repo, dirs, remove } = examplesRepo('otl-scope-');

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

test.after(remove);

test.run();
