import type { Rule } from '../src/engine/types.ts';
import { at } from '../src/engine/report-helpers.ts';
import { workloadLabel } from './sidecar/agents.ts';

export const hostPidWithShareProcessNamespace: Rule = {
  meta: {
    id: 'host-pid-with-share-process-namespace',
    description: 'The pod sets both hostPID: true and shareProcessNamespace: true, which the API server rejects',
    defaultSeverity: 'error',
    fixable: false,
    category: 'sidecar',
  },
  check({ model, report }) {
    for (const d of model.deployments) {
      const w = d.workload;
      if (d.kind !== 'pod' || !w) continue;
      const { hostPID, shareProcessNamespace: spn } = w.pod;
      // hostPID with the Operator's injection (which sets shareProcessNamespace itself) is operator-host-pid's.
      if (!hostPID || hostPID.unknown || !hostPID.value || !spn || spn.unknown || !spn.value) continue;
      const advice =
        w.pod.containers.length > 1
          ? 'For an agent sidecar remove hostPID: the shared process namespace of the pod is what lets it see the application.'
          : 'For an instrumenting DaemonSet keep hostPID and remove shareProcessNamespace.';
      report({
        range: hostPID.range,
        message: `${workloadLabel(w)} sets hostPID: true together with shareProcessNamespace: true at ${at(spn.range)}; the API server rejects such a pod ("ShareProcessNamespace and HostPID cannot both be enabled"), so it is never created. ${advice}`,
        related: [{ range: spn.range, message: 'shareProcessNamespace: true' }],
      });
    }
  },
};
