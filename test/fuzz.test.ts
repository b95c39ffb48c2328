// "Bad input is a finding, never a crash": a fixed set of seeds of the mutation fuzzer (scripts/fuzz.ts) over the
// examples, in the test suite. `npm run fuzz` runs more, and over other repositories.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mutate, mutateStructure, rng, runCase } from '../scripts/fuzz.ts';
import { parseAllDocuments } from 'yaml';
import { examplesRepo } from './helpers/examples-repo.ts';
import type { Rule } from '../src/engine/types.ts';
import { allRules } from '../rules/index.ts';

const scratch = mkdtempSync(join(tmpdir(), 'otl-fuzz-test-'));
// A copy outside this repository: in place, every run would walk the whole of it from its git root.
const examples = examplesRepo('otl-fuzz-examples-');
const repos = examples.dirs.map((d) => join(examples.dir, d));

test('the mutations are reproducible from the seed, and change the text', () => {
  const text = 'FROM golang:1.24 AS build\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\n';
  const donor = 'apiVersion: v1\nkind: Pod\n';
  let changed = 0;
  for (let seed = 1; seed <= 200; seed++) {
    const a = mutate(rng(seed), text, donor);
    const b = mutate(rng(seed), text, donor);
    assert.equal(a, b, `seed ${seed}`);
    if (a.text !== text) changed++;
  }
  // A few mutations can leave a text as it was (two equal lines swapped, a token replaced by itself).
  assert.ok(changed > 160, `${changed} of 200 changed the text`);
});

test('structure-aware damage keeps a file parseable and changes it, reproducibly; other kinds are left to text damage', () => {
  const yaml = 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers:\n        - name: app\n          image: ghcr.io/acme/app:1\n          env:\n            - name: OTEL_GO_AUTO_TARGET_EXE\n              value: /app/server\n';
  const dockerfile = 'FROM golang:1.24 AS build\nRUN go build -o /out/app .\nFROM scratch\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]\n';
  const script = '#!/bin/sh\nset -e\nexec /app/server "$@"\n';
  let parsed = 0;
  let changed = 0;
  const whats = new Set<string>();
  for (let seed = 1; seed <= 300; seed++) {
    for (const [path, text] of [['k8s/deploy.yaml', yaml], ['Dockerfile', dockerfile], ['entrypoint.sh', script]] as const) {
      const a = mutateStructure(rng(seed), path, text);
      assert.equal(a, mutateStructure(rng(seed), path, text), `seed ${seed} ${path}`);
      if (!a) continue;
      whats.add(a.what.split(' ')[0]!);
      if (a.text !== text) changed++;
      if (path.endsWith('.yaml') && parseAllDocuments(a.text).every((d) => d.errors.length === 0)) parsed++;
    }
  }
  assert.ok(parsed > 200, `${parsed} damaged YAML files still parse`);
  assert.ok(changed > 700, `${changed} of 900 changed`);
  assert.ok(whats.size > 20, `${whats.size} kinds of damage`);
  assert.is(mutateStructure(rng(1), 'go.mod', 'module x\n'), undefined);
  assert.is(mutateStructure(rng(1), 'broken.yaml', 'a: [\n'), undefined, 'a file that does not parse');
});

test('the harness reports a rule that crashes, a location outside its file, and a CLI that dies', async () => {
  const crash: Rule = { meta: { ...allRules[0]!.meta, id: 'test-crash' }, check: () => { throw new Error('boom'); } };
  const crashed = await runCase({ seed: 3, repo: repos[0]!, scratch, rules: [crash] });
  assert.match(crashed.failure?.problem ?? '', 'internal-error');

  const outside: Rule = {
    meta: { ...allRules[0]!.meta, id: 'test-outside' },
    check: (ctx) => {
      const f = [...ctx.model.files.values()].find((x) => x.requested)!;
      const n = f.text.length;
      ctx.report({ message: 'x', range: { file: f.path, line: 1, column: 1, endLine: 1, endColumn: 2, start: n + 5, end: n + 6 } });
    },
  };
  const out = await runCase({ seed: 3, repo: repos[0]!, scratch, rules: [outside] });
  assert.match(out.failure?.problem ?? '', 'outside the file');

  // A built CLI that dies (as V8 does when it aborts), or that writes to standard error.
  const dies = join(scratch, 'dies.cjs');
  writeFileSync(dies, "process.stderr.write('FATAL ERROR: out of memory\\n'); process.exit(134);\n");
  const died = await runCase({ seed: 3, repo: repos[0]!, scratch, cli: dies });
  assert.match(died.failure?.problem ?? '', 'the CLI exited 134: FATAL ERROR: out of memory');
  const warns = join(scratch, 'warns.cjs');
  writeFileSync(warns, "process.stderr.write('(node) warning\\n'); process.stdout.write('[]'); process.exitCode = 1;\n");
  assert.match((await runCase({ seed: 3, repo: repos[0]!, scratch, cli: warns })).failure?.problem ?? '', 'the CLI wrote to standard error: (node) warning');
});

test('600 damaged variants of the examples: no crash, every location inside its file, every format renders', async () => {
  const failures: string[] = [];
  let withFindings = 0;
  for (let seed = 1; seed <= 600; seed++) {
    const { failure, findings } = await runCase({ seed, repo: repos[seed % repos.length]!, scratch });
    if (findings) withFindings++;
    if (failure) failures.push(`seed ${seed} ${failure.repo} ${failure.files.map((f) => `${f.path} (${f.what})`).join(', ')}: ${failure.problem}`);
  }
  assert.equal(failures, []);
  // The damage leaves most cases lintable: the checks above ran on real reports, not on empty ones.
  assert.ok(withFindings > 300, `${withFindings} of 600 cases had findings`);
});

test.after(() => {
  rmSync(scratch, { recursive: true, force: true });
  examples.remove();
});

test.run();
