import type { Rule } from '../src/engine/types.ts';
import { at } from '../src/engine/report-helpers.ts';
import { operatorDeployments, workloadLabel } from './operator/shared.ts';
import { editableYaml } from './operator/yaml-edit.ts';

export const operatorShareProcessNamespaceFalse: Rule = {
  meta: {
    id: 'operator-share-process-namespace-false',
    description: 'shareProcessNamespace: false on a pod the Operator should inject Go into: the Operator skips the injection',
    defaultSeverity: 'error',
    fixable: true,
    category: 'operator',
  },
  check({ model, report }) {
    for (const d of operatorDeployments(model.deployments)) {
      const w = d.workload;
      const spn = w.pod.shareProcessNamespace;
      if (!spn || spn.unknown || spn.value !== false) continue;
      const inject = d.operator.injectGo;
      const fix = !spn.implicit && editableYaml(model, spn.range.file)
        ? { description: 'Set shareProcessNamespace to true', edits: [{ range: spn.range, text: 'true' }] }
        : undefined;
      report({
        range: spn.range,
        message: `${spn.implicit ? `cdk8s-plus writes shareProcessNamespace: false for ${workloadLabel(w)} unless the program sets shareProcessNamespace: true` : `${workloadLabel(w)} sets shareProcessNamespace: false`}, but asks the Operator for Go instrumentation (inject-go "${inject.value}" at ${at(inject.range)}): the agent must see the application's processes, so the Operator skips the injection ("shared process namespace has been explicitly disabled") and the pod starts without the agent. ${spn.implicit ? 'Set shareProcessNamespace: true in its props.' : 'The Operator sets shareProcessNamespace: true itself; set it to true or remove the line.'}`,
        related: [{ range: inject.range, message: `inject-go is "${inject.value}"` }],
        ...(fix ? { fix } : {}),
      });
    }
  },
};
