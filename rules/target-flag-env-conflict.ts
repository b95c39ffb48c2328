import type { Rule } from '../src/engine/types.ts';
import { at } from '../src/engine/report-helpers.ts';
import { agentLabel, agentVersion, compareVersion } from './sidecar/agents.ts';

export const targetFlagEnvConflict: Rule = {
  meta: {
    id: 'target-flag-env-conflict',
    description: 'The agent gets both -target-exe and a different OTEL_GO_AUTO_TARGET_EXE; the flag wins and the variable is ignored',
    defaultSeverity: 'warning',
    fixable: false,
    category: 'sidecar',
  },
  check({ model, report }) {
    for (const d of model.deployments) {
      for (const a of d.agents) {
        if (a.kind !== 'go-auto') continue;
        // Before v0.22.0 there was no -target-exe flag (agent-unknown-flag reports it).
        const v = agentVersion(a.version);
        if (v && compareVersion(v, [0, 22, 0]) < 0) continue;
        const flag = d.targets.find((t) => t.agent === a && t.source === 'flag');
        const env = d.targets.find((t) => t.agent === a && t.source === 'env');
        if (!flag || !env || flag.resolved === undefined || env.resolved === undefined) continue;
        if (flag.resolved === '' || flag.resolved === env.resolved) continue;
        report({
          range: env.value.range,
          message:
            `${env.key} is "${env.resolved}", but ${agentLabel(a)} also gets -target-exe "${flag.resolved}" (${at(flag.value.range)}), and the flag takes precedence ` +
            `(the agent checks -target-pid, then -target-exe, then OTEL_GO_AUTO_TARGET_PID, then OTEL_GO_AUTO_TARGET_EXE): it looks for "${flag.resolved}" and ignores this value. ` +
            `Keep one of the two so the manifest says what the agent does.`,
          related: [{ range: flag.value.range, message: `-target-exe "${flag.resolved}" (used)` }],
        });
      }
    }
  },
};
