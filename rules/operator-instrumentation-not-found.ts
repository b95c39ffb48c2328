import type { Evidence } from '../src/model/source.ts';
import type { Instrumentation, Scalar } from '../src/model/workload.ts';
import type { ReportInput, Rule } from '../src/engine/types.ts';
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
    // Names must be known; a namespace a template writes matches any (resolveInstrumentation), so only "true"
    // (the single Instrumentation of the pod's namespace) cannot be judged then.
    if (all.length === 0 || all.some((i) => !i.name || i.name.unknown)) return;
    const someNsUnknown = all.some((i) => i.namespace?.unknown);
    for (const d of operatorDeployments(model.deployments)) {
      const op = d.operator;
      const v = op.injectGo;
      if (v.unknown || op.instrumentation) continue;
      const w = d.workload;
      if (op.instrumentationIssue === 'renamed' && op.renamed?.renamedFrom) {
        reportRenamed(op.renamed, v, w.namespace?.value, report);
        continue;
      }
      if (op.instrumentationIssue !== 'not-found') continue;
      const related: Evidence[] = all.slice(0, 5).map((i) => ({ range: i.name!.range, message: `Instrumentation ${i.name!.value}` }));
      if (isTrue(v.value)) {
        if (someNsUnknown) continue;
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

/**
 * inject-go names an Instrumentation by the name a kustomize build's namePrefix / nameSuffix took from it. The
 * annotation is shared with the build's base (and its other overlays), so there is no fix that is right for all of
 * them; the message says what to write in this build.
 */
function reportRenamed(inst: Instrumentation, v: Scalar, podNs: string | undefined, report: (d: ReportInput) => void): void {
  const from = inst.renamedFrom!;
  const now = inst.name!.value;
  const last = from.by[from.by.length - 1]!;
  const kustomization = last.range.file;
  const where = podNs ? ` in namespace ${podNs}` : '';
  report({
    range: v.range,
    message:
      `inject-go names Instrumentation "${from.name.value}", but the kustomize build of ${kustomization} renames it "${now}" ` +
      `(${from.by.map((e) => at(e.range)).join(', ')}). kustomize rewrites name references such as a pod's ConfigMap names, not annotations: ` +
      `the webhook finds no Instrumentation "${from.name.value}"${where}, logs "failed to select an OpenTelemetry Instrumentation instance for this pod" ` +
      `and lets the pod start without the agent. Set inject-go to "${now}" in a patch of ${kustomization}, or to "true" if it is the only Instrumentation${where || ' of the namespace'}.`,
    related: [{ range: from.name.range, message: `Instrumentation ${from.name.value}, renamed ${now} in this build` }, ...from.by],
  });
}
