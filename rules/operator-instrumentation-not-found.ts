import type { Evidence } from '../src/model/source.ts';
import type { Rule } from '../src/engine/types.ts';
import { at, setScalarFix } from '../src/engine/report-helpers.ts';
import { instrumentationLabel, isTrue, operatorDeployments } from './operator/shared.ts';
import { suggest } from './operator/instrumentation-ref.ts';
import { misplacedAnnotations, workloadMoveFix } from './operator/move-annotations.ts';

export const operatorInstrumentationNotFound: Rule = {
  meta: {
    id: 'operator-instrumentation-not-found',
    description: 'inject-go names an Instrumentation the repository does not define (while it defines others)',
    defaultSeverity: 'error',
    fixable: true,
    category: 'operator',
  },
  check({ model, report }) {
    const all = model.instrumentations;
    if (all.length === 0 || all.some((i) => !i.name || i.name.unknown || i.namespace?.unknown)) return;
    for (const d of operatorDeployments(model.deployments)) {
      const op = d.operator;
      const v = op.injectGo;
      if (v.unknown || op.instrumentation || op.instrumentationIssue !== 'not-found') continue;
      const w = d.workload;
      const related: Evidence[] = all.slice(0, 5).map((i) => ({ range: i.name!.range, message: `Instrumentation ${i.name!.value}` }));
      if (isTrue(v.value)) {
        // "true": the single Instrumentation of the pod's namespace, and the repository has none there.
        const podNs = w.namespace?.value ?? '';
        const elsewhere = all.map((i) => `${i.namespace?.value ?? '?'}/${i.name!.value}`);
        const one = all.length === 1 ? ` Name it with its namespace: "${elsewhere[0]}".` : ` Name one with its namespace, e.g. "${elsewhere[0]}".`;
        report({
          range: v.range,
          message: `inject-go is "${v.value}", which selects the single Instrumentation in the pod's namespace ${podNs}, but the repository defines none there (only ${elsewhere.join(', ')}); the Operator logs "no OpenTelemetry Instrumentation instances available" and the pod starts without the agent.${one}`,
          related,
        });
        continue;
      }
      const s = suggest(v.value, w, all);
      const defined = all.slice(0, 3).map((i) => instrumentationLabel(i)).join(', ') + (all.length > 3 ? ', ...' : '');
      const base = `inject-go names Instrumentation "${v.value}", which the repository does not define`;
      const effect = 'the webhook cannot find it, logs "failed to select an OpenTelemetry Instrumentation instance for this pod" (in the Operator only) and lets the pod start without the agent';
      if (s) {
        // On the workload's own metadata the annotation is moved to the pod template by
        // operator-annotation-on-workload, whose fix writes the corrected name: the same edits serve here.
        const moved = op.on === 'workload' && misplacedAnnotations(w).move.some((e) => e.value === v);
        const fix = moved ? workloadMoveFix(model, w) : op.on === 'workload' ? undefined : setScalarFix(model, v, s.value, `Set inject-go to "${s.value}"`);
        report({
          range: v.range,
          message: `${base}: ${s.why}. ${effect[0]!.toUpperCase()}${effect.slice(1)}. Set it to "${s.value}" (${at(s.target.name?.range ?? s.target.kindRange)}).`,
          related: [{ range: s.target.name?.range ?? s.target.kindRange, message: `Instrumentation ${s.target.name?.value}` }],
          ...(fix ? { fix } : {}),
        });
      } else {
        report({ range: v.range, message: `${base} (it defines ${defined}); ${effect}. Name one of them, as "<name>" or "<namespace>/<name>".`, related });
      }
    }
  },
};
