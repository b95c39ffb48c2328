import type { Rule } from '../src/engine/types.ts';
import type { Evidence } from '../src/model/source.ts';
import { cite } from '../src/engine/report-helpers.ts';
import { appLabel, appsRunningTarget, targetLabel } from '../src/link/target-check.ts';

export const targetExeAmbiguous: Rule = {
  meta: {
    id: 'target-exe-ambiguous',
    description: "The Go agent's target is the executable of several containers of one pod; it instruments the first process it finds",
    defaultSeverity: 'warning',
    fixable: false,
    category: 'target',
  },
  check({ model, report }) {
    for (const d of model.deployments) {
      // A pod's containers share its PID namespace with the agent (compose `pid: host` has its own rule).
      if (d.kind !== 'pod') continue;
      for (const t of d.targets) {
        if (t.match !== 'exact' || t.source === 'app-env' || t.agent?.kind === 'obi' || t.agent?.kind === 'beyla') continue;
        // The agent the Operator injects sees every container of the pod, not only the one it is injected for.
        const operator = t.source === 'annotation' || t.source === 'instrumentation-go-env' || t.source === 'instrumentation-env';
        const hit = appsRunningTarget(t, operator ? d.apps : t.apps).filter((app) => app.container);
        if (hit.length < 2) continue;
        const related: Evidence[] = hit.map((app) => ({ range: app.range, message: `${appLabel(app)} runs "${app.process.exe}" (${cite(app.process.steps)})` }));
        report({
          range: t.value.range,
          message:
            `${targetLabel(t)} "${t.resolved}" is the executable of ${hit.length} containers of this pod (${hit.map((app) => `"${app.name}"`).join(', ')}), ` +
            'which share its PID namespace: the Go agent instruments the first matching process it finds, only one of them, and which one is left to ' +
            'chance. Run the containers to instrument in pods of their own, each with its agent, or accept that only one is traced.',
          related,
        });
      }
    }
  },
};
