import type { Rule } from '../src/engine/types.ts';
import { at } from '../src/engine/report-helpers.ts';
import { operatorDeployments, workloadLabel } from './operator/shared.ts';

export const operatorHostPid: Rule = {
  meta: {
    id: 'operator-host-pid',
    description: 'hostPID: true on a pod the Operator injects Go into: with the shareProcessNamespace the Operator adds, Kubernetes rejects the pod',
    defaultSeverity: 'error',
    fixable: false,
    category: 'operator',
  },
  check({ model, report }) {
    for (const d of operatorDeployments(model.deployments)) {
      const w = d.workload;
      const hostPID = w.pod.hostPID;
      if (!hostPID || hostPID.unknown || hostPID.value !== true) continue;
      // shareProcessNamespace: false makes the Operator skip the injection (operator-share-process-namespace-false).
      if (w.pod.shareProcessNamespace?.value === false) continue;
      const inject = d.operator.injectGo;
      report({
        range: hostPID.range,
        message: `${workloadLabel(w)} sets hostPID: true and asks the Operator for Go instrumentation (inject-go "${inject.value}" at ${at(inject.range)}): the Operator adds shareProcessNamespace: true to the pod, and Kubernetes rejects a pod with both ("ShareProcessNamespace and HostPID cannot both be enabled"), so no pod of ${workloadLabel(w)} is created. Remove hostPID: true, or run the agent yourself (a sidecar with shareProcessNamespace, or a node-wide agent with hostPID) instead of injection.`,
        related: [{ range: inject.range, message: `inject-go is "${inject.value}"` }],
      });
    }
  },
};
