import type { Rule } from '../src/engine/types.ts';
import { goAgentEnvs } from '../src/link/agent-env.ts';
import { compareVersions } from '../src/link/go-versions.ts';
import { describeVar } from './agent-env-invalid.ts';

export const agentEnvNoEffect: Rule = {
  meta: {
    id: 'agent-env-no-effect',
    description: 'A Go agent setting that the agent (v0.22+) does not read',
    defaultSeverity: 'info',
    fixable: false,
    category: 'settings',
  },
  check({ model, report }) {
    for (const g of goAgentEnvs(model)) {
      if (g.version && compareVersions(g.version, [0, 22, 0]) < 0) continue;
      if (!g.version && g.agent?.builtFromSource) continue;
      for (const v of g.vars.values()) {
        let why: string | undefined;
        if (v.name === 'OTEL_PROPAGATORS' && v.source !== 'env') {
          // spec.env is also read by the other languages' agents, where OTEL_PROPAGATORS works.
          why = 'the Go agent does not read it and always propagates the W3C traceparent header, whatever the value';
        } else if (v.name === 'OTEL_GO_AUTO_GLOBAL') {
          why = 'the agent stopped reading it in v0.22.0, when instrumentation of the OpenTelemetry global API became always on (and the -global-impl flag was removed: passing it now makes the agent exit)';
        }
        if (!why) continue;
        report({
          range: v.nameRange ?? v.range,
          message: `${describeVar(v, g.label)} has no effect: ${why}.`,
          related: v.evidence,
        });
      }
    }
  },
};
