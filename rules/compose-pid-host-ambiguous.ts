import type { Rule } from '../src/engine/types.ts';
import type { Evidence } from '../src/model/source.ts';
import { cite } from '../src/engine/report-helpers.ts';
import { appsRunningTarget, targetLabel } from '../src/link/target-check.ts';
import { agentKindLabel } from './sidecar/agents.ts';

export const composePidHostAmbiguous: Rule = {
  meta: {
    id: 'compose-pid-host-ambiguous',
    description: 'With pid: host the Go agent\'s target matches the executable of several services; it attaches to the first one it finds',
    defaultSeverity: 'warning',
    fixable: false,
    category: 'compose',
  },
  check({ model, report }) {
    for (const d of model.deployments) {
      if (d.kind !== 'compose') continue;
      for (const a of d.agents) {
        // OBI and Beyla instrument every matching process; the Go agent takes the first (agent-facts §1).
        if (a.kind !== 'go-auto') continue;
        const pid = a.service?.pid;
        if (!pid || pid.unknown || pid.value !== 'host') continue;
        // The setting the agent uses: its flag before its variable (agent-facts §1).
        const own = d.targets.filter((t) => t.agent === a);
        const t = own.find((x) => x.source === 'flag') ?? own[0];
        if (!t) continue;
        const hit = appsRunningTarget(t, d.apps);
        if (hit.length < 2) continue;
        const related: Evidence[] = hit.map((app) => ({ range: app.range, message: `service "${app.name}" runs "${app.process.exe}" (${cite(app.process.steps)})` }));
        report({
          range: pid.range,
          message:
            `With pid: host ${agentKindLabel(a)} in service "${a.name}" sees every process on the host, and ${targetLabel(t)} "${t.resolved}" matches the executable of ${hit.length} services ` +
            `(${hit.map((app) => `"${app.name}"`).join(', ')}); it attaches to the first matching PID it finds, so which service is instrumented is left to chance. ` +
            `Use pid: "service:<name>" to share the PID namespace of the one service to instrument.`,
          related,
        });
      }
    }
  },
};
