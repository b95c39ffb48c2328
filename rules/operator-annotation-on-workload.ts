import type { Rule } from '../src/engine/types.ts';
import { at } from '../src/engine/report-helpers.ts';
import { INJECT_GO, TARGET_ANNOTATION, annotation, workloadLabel } from './operator/shared.ts';
import { misplacedAnnotations, templatePath, workloadMoveFix } from './operator/move-annotations.ts';

export const operatorAnnotationOnWorkload: Rule = {
  meta: {
    id: 'operator-annotation-on-workload',
    description: "An instrumentation.opentelemetry.io/ annotation is on the workload's own metadata, where the Operator never sees it",
    defaultSeverity: 'error',
    fixable: true,
    category: 'operator',
  },
  check({ model, report }) {
    for (const kf of model.kube) {
      for (const w of kf.objects) {
        if (w.type !== 'workload' || w.podAnnotations === w.annotations) continue;
        // Same key on the pod template too: the workload's copy is only dropped (the pod's value is what counts).
        const { all: misplaced, move, drop } = misplacedAnnotations(w);
        if (misplaced.length === 0) continue;
        const path = templatePath(w);
        const fix = workloadMoveFix(model, w);
        for (const e of misplaced) {
          const onPod = annotation(w.podAnnotations, e.key.value);
          const op = model.deployments.find((d) => d.workload === w)?.operator;
          const consequence =
            e.key.value === INJECT_GO
              ? op?.on === 'namespace'
                ? `only the Namespace's inject-go ("${op.injectGo.value}", ${at(op.injectGo.range)}) applies`
                : 'the Go agent is not injected'
              : e.key.value === TARGET_ANNOTATION
                ? 'it does not set the target'
                : 'it has no effect';
          let message = `${e.key.value} is set on the metadata of ${workloadLabel(w)} itself, which the Operator's webhook never sees: it reads the annotations of each Pod as the Pod is created (${path}) and of the Namespace, so ${consequence}.`;
          let severity: 'warning' | undefined;
          const related = [];
          if (onPod) {
            related.push({ range: onPod.key.range, message: `the pod template sets ${e.key.value}` });
            if (drop.includes(e)) {
              message = `${e.key.value} on the metadata of ${workloadLabel(w)} itself has no effect: the Operator reads the Pod's annotations, and ${path} already sets the same value (${at(onPod.value.range)}). Remove it.`;
              severity = 'warning' as const;
            } else {
              message += ` The pod template sets it to "${onPod.value.value}" (${at(onPod.value.range)}), the value that counts: remove this one, or put its value on the pod template.`;
            }
          } else message += ` Move it to ${path}.`;
          report({
            range: e.key.range,
            message,
            related,
            ...(severity ? { severity } : {}),
            ...(fix && (move.includes(e) || drop.includes(e)) ? { fix } : {}),
          });
        }
      }
    }
  },
};
