import type { Rule, TextEdit } from '../src/engine/types.ts';
import { setScalarFix } from '../src/engine/report-helpers.ts';
import { agentKindLabel, workloadLabel } from './sidecar/agents.ts';
import { appendToMapping, yamlFile } from './sidecar/text.ts';

export const agentInInitContainer: Rule = {
  meta: {
    id: 'agent-in-init-container',
    description: 'The agent is an ordinary init container: the pod waits for it to exit, and it polls for its target forever',
    defaultSeverity: 'error',
    fixable: true,
    category: 'sidecar',
  },
  check({ model, report }) {
    for (const d of model.deployments) {
      const w = d.workload;
      if (d.kind !== 'pod' || !w) continue;
      for (const a of d.initAgents ?? []) {
        const c = a.container;
        if (!c) continue;
        const rp = c.restartPolicy;
        const now = rp ? `sets restartPolicy: ${rp.value}` : 'has no restartPolicy: Always';
        let edit: TextEdit | undefined;
        if (rp) edit = setScalarFix(model, rp, 'Always', '')?.edits[0];
        else {
          const file = yamlFile(model, c.range);
          if (file && !c.templated) edit = appendToMapping(file, c.range, ['restartPolicy: Always']);
        }
        report({
          range: a.range,
          message: `The agent "${a.name}" (${agentKindLabel(a)}: ${a.recognisedBy}) is an init container of ${workloadLabel(w)} and ${now}: Kubernetes starts the app containers only after every init container has exited, and the agent polls for its target every 2 s and never exits, so the pod stays in Init and the app never starts. Add restartPolicy: Always to make it a native sidecar that runs beside the app (Kubernetes 1.29+), or move it to containers:.`,
          related: w.pod.containers[0] ? [{ range: w.pod.containers[0].range, message: `the app containers start after the init containers: ${w.pod.containers.map((x) => x.name?.value ?? `#${x.index}`).join(', ')}` }] : [],
          ...(edit ? { fix: { description: 'Add restartPolicy: Always (a native sidecar)', edits: [edit] } } : {}),
        });
      }
    }
  },
};
