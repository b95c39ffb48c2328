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

test('a Dockerfile alone reports the target its build breaks in a manifest (the Dockerfile proves it); not other rules\' findings', async () => {
  const all = await lint({ cwd: repo, paths: ['.'] });
  const broken = all.diagnostics.filter((d) => d.ruleId === 'target-exe-mismatch' && d.range.file.startsWith('path-mismatch-broken/'));
  assert.equal(broken.map((d) => d.range.file), ['path-mismatch-broken/deploy.yaml']);
  const alone = await lint({ cwd: repo, paths: ['path-mismatch-broken/Dockerfile'] });
  assert.equal(alone.diagnostics, broken);
  // The Beyla glob rule depends on every process the DaemonSet sees, not on one container: not pulled in this way.
  const beyla = await lint({ cwd: repo, paths: ['beyla-glob-broken/Dockerfile'] });
  assert.equal(beyla.diagnostics.map((d) => d.ruleId), []);
  assert.ok(all.diagnostics.some((d) => d.ruleId === 'ebpf-target-glob-never-matches' && d.related.some((e) => e.range.file === 'beyla-glob-broken/Dockerfile')));
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
