import type { Rule } from '../src/engine/types.ts';
import type { Deployment } from '../src/model/project.ts';
import type { Evidence, Range } from '../src/model/source.ts';
import type { Annotations, Scalar } from '../src/model/workload.ts';
import { at } from '../src/engine/report-helpers.ts';
import { injectOff } from '../src/link/deployments.ts';
import { ANNOTATION_PREFIX, INJECT_GO, OPERATOR_ANNOTATION_NAMES, TARGET_ANNOTATION, annotation, workloadLabel } from './operator/shared.ts';
import { judgeAnnotationKey } from './operator/annotation-judge.ts';

/**
 * What decides whether the Operator injects Go into one workload that has the target annotation:
 * - `on`: it does (or may: the value is unknown), or another rule reports the inject-go that is meant
 *   (on the workload's own metadata, a misspelt key), or injection is switched off on purpose;
 * - `none`: no inject-go on the pod template, and its Namespace is in the repository without one;
 * - `unknown-namespace`: no inject-go on the pod template, and its Namespace is not in the repository.
 */
type State = 'on' | 'none' | 'unknown-namespace';

/** A key that is inject-go misspelt (operator-annotation-key reports it), or one a template action writes. */
function meansInjectGo(a: Annotations): boolean {
  return a.entries.some((e) => e.key.unknown || judgeAnnotationKey(e.key.value, a)?.key === INJECT_GO);
}

function stateOf(d: Deployment): State {
  const w = d.workload!;
  if (w.incomplete || w.podAnnotations.unknown || w.annotations.unknown) return 'on';
  if (annotation(w.podAnnotations, INJECT_GO) || annotation(w.annotations, INJECT_GO)) return 'on';
  if (meansInjectGo(w.podAnnotations) || meansInjectGo(w.annotations)) return 'on';
  const ns = d.namespace;
  if (!ns) return 'unknown-namespace';
  if (ns.incomplete || ns.annotations.unknown || annotation(ns.annotations, INJECT_GO) || meansInjectGo(ns.annotations)) return 'on';
  return 'none';
}

/** The other languages the pod template asks the Operator to inject (`inject-nodejs: "true"` ...). */
function otherInjections(a: Annotations): Scalar[] {
  return a.entries
    .filter((e) => {
      const k = e.key.value;
      if (!k.startsWith(ANNOTATION_PREFIX + 'inject-') || k === INJECT_GO) return false;
      return OPERATOR_ANNOTATION_NAMES.has(k.slice(ANNOTATION_PREFIX.length)) && (e.value.unknown || !injectOff(e.value.value));
    })
    .map((e) => e.key);
}

function key(r: Range): string {
  return `${r.file}:${r.line}:${r.column}`;
}

export const operatorTargetWithoutInjectGo: Rule = {
  meta: {
    id: 'operator-target-without-inject-go',
    description: 'The otel-go-auto-target-exe annotation on a pod template that nothing asks the Operator to inject Go into: the annotation is never read',
    defaultSeverity: 'warning',
    fixable: false,
    category: 'operator',
  },
  check({ model, report }) {
    // One annotation can reach several workloads (a kustomize base and the variants its overlays build): it is
    // reported when none of them gets Go injected, once, at the strictest level all of them allow.
    const byAnnotation = new Map<string, { target: { key: Scalar; value: Scalar }; uses: { d: Deployment; state: State }[] }>();
    for (const d of model.deployments) {
      const w = d.workload;
      if (d.kind !== 'pod' || !w) continue;
      const target = annotation(w.podAnnotations, TARGET_ANNOTATION);
      if (!target) continue;
      const k = key(target.key.range);
      const group = byAnnotation.get(k) ?? { target, uses: [] };
      group.uses.push({ d, state: stateOf(d) });
      byAnnotation.set(k, group);
    }
    for (const { target, uses } of byAnnotation.values()) {
      if (uses.some((u) => u.state === 'on')) continue;
      const first = uses[0]!;
      const d = first.d;
      const w = d.workload!;
      const known = uses.every((u) => u.state === 'none');
      const related: Evidence[] = [];
      let head: string;
      if (known) {
        const ns = d.namespace!;
        related.push({ range: ns.name?.range ?? ns.kindRange, message: `Namespace ${ns.name?.value ?? ''} has no ${INJECT_GO} annotation` });
        head = `has no effect: the Operator reads it only when it injects the Go agent into the pod, and neither the pod template nor its Namespace ${ns.name?.value ?? ''} (${at(ns.name?.range ?? ns.kindRange)}) has ${INJECT_GO}`;
      } else {
        const ns = w.namespace && !w.namespace.unknown ? `the Namespace ${w.namespace.value} is` : 'its Namespace is';
        head = `has no effect unless its Namespace has ${INJECT_GO}: the Operator reads it only when it injects the Go agent into the pod, and the pod template has no ${INJECT_GO} annotation (${ns} not in this repository)`;
      }
      const others = otherInjections(w.podAnnotations);
      for (const o of others) related.push({ range: o.range, message: `the pod template asks for ${o.value.slice(ANNOTATION_PREFIX.length)}` });
      const asks = others.length > 0 ? ` The pod template asks for ${others.map((o) => o.value.slice(ANNOTATION_PREFIX.length)).join(', ')} instead.` : '';
      const sidecar = d.agents.find((a) => a.kind === 'go-auto' && a.platform === 'k8s');
      if (sidecar) related.push({ range: sidecar.range, message: `agent container "${sidecar.name}"` });
      const sidecarNote = sidecar
        ? ` The agent container "${sidecar.name}" (${at(sidecar.range)}) is not the Operator's: it reads its target from its own environment and command line, never from an annotation.`
        : '';
      const shown = target.value.unknown ? 'the path' : `"${target.value.value}"`;
      const advice = sidecar
        ? ` Set OTEL_GO_AUTO_TARGET_EXE to ${shown} in the env of container "${sidecar.name}" and remove the annotation.`
        : ` To instrument the pod, add ${INJECT_GO}: "true" (or an Instrumentation's name) beside it; otherwise remove the annotation.`;
      const value = target.value.unknown ? '' : ` ("${target.value.value}")`;
      report({
        range: target.key.range,
        // A pod with an agent of its own gets no target from the annotation, whatever its Namespace says.
        ...(known || sidecar ? {} : { severity: 'info' as const }),
        message:
          `${TARGET_ANNOTATION}${value} on ${workloadLabel(w)} ${head}.` +
          asks +
          sidecarNote +
          advice,
        related,
      });
    }
  },
};
