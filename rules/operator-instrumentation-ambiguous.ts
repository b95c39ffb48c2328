import type { Rule } from '../src/engine/types.ts';
import type { Instrumentation } from '../src/model/workload.ts';
import { at } from '../src/engine/report-helpers.ts';
import { sharedDepth } from '../src/link/nearest.ts';
import { dirOf, instrumentationsInNamespace, isTrue, operatorDeployments } from './operator/shared.ts';

export const operatorInstrumentationAmbiguous: Rule = {
  meta: {
    id: 'operator-instrumentation-ambiguous',
    description: 'inject-go is "true" but the namespace has several Instrumentations, so the Operator injects nothing',
    defaultSeverity: 'error',
    fixable: false,
    category: 'operator',
  },
  check({ model, report }) {
    for (const d of operatorDeployments(model.deployments)) {
      const v = d.operator.injectGo;
      if (v.unknown || !isTrue(v.value)) continue;
      const w = d.workload;
      const inNs = instrumentationsInNamespace(model.instrumentations, w);
      if (inNs.length < 2 || inNs.some((i) => !i.name || i.name.unknown)) continue;
      // A repository may hold one Instrumentation per environment (overlays in sibling directories): only those
      // nearest to the workload count, and of those only ones in one directory (applied together) conflict.
      const depth = Math.max(...inNs.map((i) => sharedDepth(i.file, w.file)));
      const nearest = inNs.filter((i) => sharedDepth(i.file, w.file) === depth);
      const byDir = new Map<string, Instrumentation[]>();
      for (const i of nearest) byDir.set(dirOf(i.file), [...(byDir.get(dirOf(i.file)) ?? []), i]);
      const clash = [...byDir.values()].find((g) => new Set(g.map((i) => i.name!.value)).size > 1);
      if (!clash) continue;
      const names = [...new Map(clash.map((i) => [i.name!.value, i])).values()];
      const ns = w.namespace?.value ? `namespace ${w.namespace.value}` : 'the namespace';
      report({
        range: v.range,
        message: `inject-go is "${v.value}", which asks for the single Instrumentation in the pod's namespace, but ${ns} gets ${names.length} from this repository: ${names.map((i) => `${i.name!.value} (${at(i.name!.range)})`).join(', ')}; the Operator refuses to choose ("multiple OpenTelemetry Instrumentation instances available, cannot determine which one to select") and the pod starts without the agent. Name one instead, e.g. "${names[0]!.name!.value}".`,
        related: names.map((i) => ({ range: i.name!.range, message: `Instrumentation ${i.name!.value}` })),
      });
    }
  },
};
