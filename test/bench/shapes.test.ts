// scripts/bench/shapes.mjs: the scaling benchmark's repositories are real inputs (they parse, and their targets
// resolve), so that the time measured is the time of linting them, not of rejecting them.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { shapes } from '../../scripts/bench/shapes.mjs';
import { targetReport } from '../../src/engine/targets.ts';
import { allRules } from '../../rules/index.ts';
import { lintRepo } from '../helpers/rule-tester.ts';

// Small, and the bench's middle size (a shape can be rejected only when large: a script nested past the depth read).
for (const [name, make] of Object.entries(shapes)) {
  for (const n of [5, 400]) test(`${name} (${n}): parses, and its programs resolve`, async () => {
    const r = await lintRepo(make(n), allRules);
    assert.equal(r.diagnostics.filter((d) => d.ruleId === 'parse-error' || d.ruleId === 'internal-error').map((d) => d.message), []);
    const targets = targetReport(r.model, () => true);
    assert.ok(targets.length > 0, 'a container or service is linked');
    assert.ok(targets.every((t) => t.status === 'resolved'), targets.map((t) => `${t.container}: ${t.status} ${t.reason ?? ''}`).join('\n'));
  });
}

test.run();
