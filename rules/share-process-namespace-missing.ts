import type { Fix, Rule } from '../src/engine/types.ts';
import { at } from '../src/engine/report-helpers.ts';
import { agentIsAlsoApp, agentKindLabel, workloadLabel } from './sidecar/agents.ts';
import { insertIntoMapping, setBoolFix, yamlFile } from './sidecar/text.ts';

export const shareProcessNamespaceMissing: Rule = {
  meta: {
    id: 'share-process-namespace-missing',
    description: 'An agent sidecar runs in a pod that does not share its process namespace (no shareProcessNamespace: true)',
    defaultSeverity: 'error',
    fixable: true,
    category: 'sidecar',
  },
  check({ model, report }) {
    for (const d of model.deployments) {
      const w = d.workload;
      // With Operator injection the Operator sets shareProcessNamespace itself (agent-facts §5).
      if (d.kind !== 'pod' || !w || d.operator) continue;
      const agents = d.agents.filter((a) => a.platform === 'k8s' && !agentIsAlsoApp(d, a));
      if (agents.length === 0) continue;
      const pod = w.pod;
      if (pod.hostPID && (pod.hostPID.unknown || pod.hostPID.value)) continue;
      const spn = pod.shareProcessNamespace;
      if (spn && (spn.unknown || spn.value)) continue;

      const others = pod.containers.filter((c) => !agents.some((a) => a.container === c));
      const lone = others.length === 0;
      const many = agents.length > 1;
      const who = `the agent${many ? 's' : ''} in container${many ? 's' : ''} ${agents.map((a) => `"${a.name}" (${agentKindLabel(a)}, ${at(a.range)})`).join(' and ')}`;
      const sees = lone
        ? `${who} ${many ? 'are' : 'is'} alone in the pod and ${many ? 'see' : 'sees'} only ${many ? 'their' : 'its'} own processes`
        : `${who} ${many ? 'see' : 'sees'} only ${many ? 'their' : 'its'} own processes, never those of ${others.map((c) => `container "${c.name?.value ?? `#${c.index}`}"`).join(', ')}`;
      const effect = `${sees}: ${many ? 'they' : 'it'} never ${many ? 'find' : 'finds'} a process to attach to.`;
      const advice = lone
        ? w.kind === 'DaemonSet'
          ? 'Set hostPID: true in the pod spec (the usual way for an instrumenting DaemonSet).'
          : 'Run the agent beside the application container with shareProcessNamespace: true, or as a DaemonSet with hostPID: true.'
        : 'Set shareProcessNamespace: true in the pod spec (a PodSpec field, beside containers:).';
      const field = lone ? (w.kind === 'DaemonSet' ? 'hostPID: true' : undefined) : 'shareProcessNamespace: true';
      const related = agents.map((a) => ({ range: a.range, message: `${agentKindLabel(a)} runs in container "${a.name}"` }));

      if (spn) {
        // Explicitly false (written, or the default cdk8s-plus writes).
        const how = spn.implicit
          ? `cdk8s-plus writes shareProcessNamespace: false for this pod unless the program sets shareProcessNamespace: true`
          : `shareProcessNamespace is false in ${workloadLabel(w)}`;
        let fix: Fix | undefined;
        if (!lone) {
          const edit = setBoolFix(model, spn, true);
          if (edit) fix = { description: 'Set shareProcessNamespace to true', edits: [edit] };
        }
        report({
          range: spn.range,
          message: `${how}, so ${effect} ${lone ? advice : spn.implicit ? 'Set shareProcessNamespace: true in its props.' : 'Set it to true.'}`,
          related,
          ...(fix ? { fix } : {}),
        });
        continue;
      }

      // Not written. Helm may write it; a stray copy inside a container is the other rule's finding.
      if (pod.templated) continue;
      if ([...pod.containers, ...pod.initContainers].some((c) => c.strayKeys.some((k) => k.key === 'shareProcessNamespace'))) continue;
      const range = pod.keyRange ?? w.kindRange;
      let fix: Fix | undefined;
      const file = yamlFile(model, pod.range);
      if (field && file && pod.keyRange) {
        const edit = insertIntoMapping(file, pod.keyRange, pod.range, [field]);
        if (edit) fix = { description: `Add ${field} to the pod spec`, edits: [edit] };
      }
      report({
        range,
        message: `The pod of ${workloadLabel(w)} sets neither shareProcessNamespace: true nor hostPID: true, so ${effect} ${advice}`,
        related,
        ...(fix ? { fix } : {}),
      });
    }
  },
};
