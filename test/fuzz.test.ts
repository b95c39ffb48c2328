// "Bad input is a finding, never a crash": a fixed set of seeds of the mutation fuzzer (scripts/fuzz.ts) over the
// examples, in the test suite. `npm run fuzz` runs more, and over other repositories.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mutate, rng, runCase } from '../scripts/fuzz.ts';
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

test('the harness reports a rule that crashes, and a location outside its file', async () => {
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
