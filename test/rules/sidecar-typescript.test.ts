// The sidecar rules on cdk8s (L1, cdk8s-plus) and Pulumi programs: the correct programs give no finding; the
// defaults cdk8s-plus writes without them being in the program (shareProcessNamespace: false, runAsNonRoot: true,
// allowPrivilegeEscalation: false) are reported at the object that receives them, without a fix (there is no literal
// to edit), and a missing field is reported without a YAML fix.

import { test } from 'uvu';
import { agentNotPrivileged } from '../../rules/agent-not-privileged.ts';
import { agentNotRoot } from '../../rules/agent-not-root.ts';
import { shareProcessNamespaceMissing } from '../../rules/share-process-namespace-missing.ts';
import { allRules } from '../../rules/index.ts';
import { lintFiles, ruleTests, span } from '../helpers/rule-tester.ts';
import { cdk8sL1Program, cdk8sPlusProgram, pulumiProgram } from '../helpers/ts-programs.ts';
import * as assert from 'uvu/assert';

const plusNoSpn = { 'main.ts': cdk8sPlusProgram().replace(', shareProcessNamespace: true', '') };
const l1NoSpn = { 'main.ts': cdk8sL1Program().replace('        shareProcessNamespace: true,\n', '') };
const plusNoEnsure = { 'main.ts': cdk8sPlusProgram().replace('ensureNonRoot: false, ', '') };
const plusNoApe = { 'main.ts': cdk8sPlusProgram().replace(', allowPrivilegeEscalation: true', '') };

test('the correct cdk8s-plus, cdk8s L1 and Pulumi programs give no sidecar finding', async () => {
  const mine = allRules.filter((r) => r.meta.category === 'sidecar' || r.meta.category === 'compose');
  assert.ok(mine.length >= 14);
  for (const program of [cdk8sPlusProgram(), cdk8sL1Program(), pulumiProgram()]) {
    const { diagnostics } = await lintFiles({ 'main.ts': program }, mine);
    assert.equal(diagnostics.map((d) => `${d.ruleId}: ${d.message}`), []);
  }
});

ruleTests(shareProcessNamespaceMissing, {
  valid: [{ name: 'cdk8s-plus with shareProcessNamespace: true', files: { 'main.ts': cdk8sPlusProgram() } }],
  invalid: [
    {
      name: 'cdk8s-plus writes shareProcessNamespace: false',
      files: plusNoSpn,
      errors: [
        {
          ...span(plusNoSpn, 'main.ts', "{ metadata: { name: 'api' } }"),
          message: ['cdk8s-plus writes shareProcessNamespace: false for this pod unless the program sets shareProcessNamespace: true', 'Set shareProcessNamespace: true in its props.'],
        },
      ],
    },
    {
      name: 'cdk8s L1 without the field: no YAML fix in a program',
      files: l1NoSpn,
      errors: [{ ...span(l1NoSpn, 'main.ts', 'spec', 1), message: ['sets neither shareProcessNamespace: true nor hostPID: true'] }],
    },
  ],
});

ruleTests(agentNotRoot, {
  valid: [{ name: 'cdk8s-plus with ensureNonRoot: false', files: { 'main.ts': cdk8sPlusProgram() } }],
  invalid: [
    {
      name: 'cdk8s-plus writes runAsNonRoot: true',
      files: plusNoEnsure,
      errors: [
        {
          ...span(plusNoEnsure, 'main.ts', '{ privileged: true, user: 0, allowPrivilegeEscalation: true }'),
          message: ['cdk8s-plus writes runAsNonRoot: true into its securityContext unless ensureNonRoot: false is set', "breaks non-root policy", 'set ensureNonRoot: false'],
        },
      ],
    },
  ],
});

ruleTests(agentNotPrivileged, {
  valid: [{ name: 'cdk8s-plus with allowPrivilegeEscalation: true', files: { 'main.ts': cdk8sPlusProgram() } }],
  invalid: [
    {
      name: 'cdk8s-plus writes allowPrivilegeEscalation: false',
      files: plusNoApe,
      errors: [
        {
          ...span(plusNoApe, 'main.ts', '{ privileged: true, ensureNonRoot: false, user: 0 }'),
          message: ['cdk8s-plus writes allowPrivilegeEscalation: false unless the container sets allowPrivilegeEscalation: true'],
        },
      ],
    },
  ],
});

test.run();
