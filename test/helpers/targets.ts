// What --print-targets reports for one container of a repository given as files: the inference tests read the
// resolved executable, the wrappers it starts through and the evidence steps from it.

import * as assert from 'uvu/assert';
import { targetReport } from '../../src/engine/targets.ts';
import { lintRepo } from './rule-tester.ts';

export async function containerTarget(files: Record<string, string>, container = 'app', owner?: string) {
  const r = await lintRepo(files, [], ['.']);
  const e = targetReport(r.model, (p) => r.requested.has(p)).find((t) => t.container === container && (owner === undefined || t.owner === owner));
  assert.ok(e, `container ${container} is reported`);
  return {
    status: e.status,
    exe: e.exe,
    reason: e.reason,
    unlinkedReason: e.unlinkedReason,
    through: e.wrappers.map((w) => w.name),
    steps: e.steps.map((s) => `${s.range.file}:${s.range.line}: ${s.message}`),
  };
}
