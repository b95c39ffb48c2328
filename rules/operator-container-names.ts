import type { Rule } from '../src/engine/types.ts';
import type { Scalar } from '../src/model/workload.ts';
import type { Deployment } from '../src/model/project.ts';
import { at } from '../src/engine/report-helpers.ts';
import { checkTarget } from '../src/link/target-check.ts';
import { CONTAINER_NAMES, GO_CONTAINER_NAMES, annotation, closest, operatorDeployments, splitContainerNames } from './operator/shared.ts';

/** The characters the Operator accepts in a container-names annotation (isValidContainersAnnotation, helper.go). */
function badChar(value: string): string | undefined {
  for (const c of value) {
    const ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '-' || c === ',';
    if (!ok) return c;
  }
  return undefined;
}

function show(c: string): string {
  return c === ' ' ? 'a blank' : c === '\t' ? 'a tab' : `"${c}"`;
}

/**
 * Which container to name instead of a list: the listed one that runs the target annotation's program (its resolved
 * executable, or its absolute `command:`), when exactly one does. The Operator takes the service name and resource
 * attributes from the container it injects for, so a guess (the first listed) would label the spans wrongly.
 */
function nameTheGoContainer(d: Deployment, list: string[]): string {
  const target = d.targets.find((t) => t.source === 'annotation')?.resolved;
  if (target === undefined) return 'Name only the container that runs the Go binary.';
  const runs = d.apps.filter((a) => {
    if (!list.includes(a.name)) return false;
    if (a.process.exe === target || a.process.invokedAs === target) return true;
    const first = a.container?.command?.items[0];
    return first !== undefined && !first.unknown && first.value === target;
  });
  const only = runs.length === 1 ? runs[0]! : undefined;
  return only
    ? `Name only "${only.name}", the container that runs ${target} (${at(only.range)}).`
    : `Name only the container that runs the Go binary, ${target}.`;
}

export const operatorContainerNames: Rule = {
  meta: {
    id: 'operator-container-names',
    description: 'container-names / go-container-names the Operator rejects for Go (several containers, invalid characters, an init container, a name the pod lacks), or a target run by another container than the instrumented one',
    defaultSeverity: 'error',
    fixable: false,
    category: 'operator',
  },
  check({ model, report }) {
    for (const d of operatorDeployments(model.deployments)) {
      const w = d.workload;
      const common = annotation(w.podAnnotations, CONTAINER_NAMES);
      const goOnly = annotation(w.podAnnotations, GO_CONTAINER_NAMES);
      const pod = w.pod;
      const all = [...pod.containers, ...pod.initContainers];
      const namesKnown = !pod.templated && all.every((c) => c.name && !c.name.unknown);
      const containerNames = pod.containers.map((c) => c.name?.value ?? '');
      const initNames = new Set(pod.initContainers.map((c) => c.name?.value ?? ''));
      const valid: { key: string; value: Scalar; list: string[] }[] = [];
      /** An error above: the Operator does not instrument the pod at all. */
      let refused = false;

      for (const [key, a] of [[CONTAINER_NAMES, common], [GO_CONTAINER_NAMES, goOnly]] as const) {
        if (!a || a.value.unknown || a.value.value === '') continue;
        const v = a.value;
        const bad = badChar(v.value);
        if (bad !== undefined) {
          refused = true;
          const stripped = [...v.value].filter((c) => c !== ' ' && c !== '\t').join('');
          const hint = stripped !== v.value && badChar(stripped) === undefined ? ` Write it as "${stripped}".` : ' Use container names separated by "," only.';
          report({
            range: v.range,
            message: `${key} is "${v.value}", which contains ${show(bad)}: the Operator accepts only letters, digits, "-" and "," there, fails with "not valid characters included in the instrumentation container annotation" and creates the pod without any instrumentation.${hint}`,
          });
          continue;
        }
        const list = splitContainerNames(v.value);
        valid.push({ key, value: v, list });
        if (list.length > 1) {
          const empty = list.some((n) => n === '');
          const what = empty ? `has an empty item ("${v.value}" splits into ${list.length} names)` : `lists ${list.length} containers`;
          if (key === GO_CONTAINER_NAMES) {
            refused = true;
            report({
              range: v.range,
              message: `${key} ${what}, but Go instrumentation supports exactly one container: the Operator refuses ("go instrumentation cannot be injected into a pod, multiple containers configured") and creates the pod without the agent. ${nameTheGoContainer(d, list)}`,
            });
          } else if (!goOnly) {
            report({
              range: v.range,
              severity: 'warning',
              message: `${key} ${what}, but Go instrumentation supports exactly one container: with the Operator's default --enable-multi-instrumentation (since v0.110.0) Go takes the first one${list[0] ? `, "${list[0]}"` : ''}; with --enable-multi-instrumentation=false it refuses ("go instrumentation cannot be injected into a pod, multiple containers configured") and creates the pod without the agent. Name only the Go container, in ${GO_CONTAINER_NAMES} if other languages need this list.`,
            });
          }
        }
      }

      // Names the pod does not have.
      if (namesKnown) {
        for (const { key, value, list } of valid) {
          for (const name of list) {
            if (name === '' || containerNames.includes(name) || initNames.has(name)) continue;
            const near = closest(name, [...containerNames, ...initNames].filter(Boolean), Math.max(2, Math.floor(name.length / 4)));
            report({
              range: value.range,
              severity: 'warning',
              message: `${key} names "${name}", which is not a container of this pod (its containers: ${containerNames.join(', ') || 'none'}): the Operator still injects the agent, but takes the service name and resource attributes from the first container.${near ? ` Did you mean "${near}"?` : ''}`,
            });
          }
        }
      }

      // The container Go is injected for: the first of container-names followed by go-container-names (with the
      // default multi-instrumentation; go-container-names alone otherwise).
      const goList = valid.flatMap((x) => x.list);
      const first = goList[0];
      if (namesKnown && first && initNames.has(first) && !containerNames.includes(first)) {
        refused = true;
        const where = valid.find((x) => x.list.includes(first))!;
        report({
          range: where.value.range,
          message: `${where.key} names "${first}", an init container (${at(pod.initContainers.find((c) => c.name?.value === first)!.range)}): the Operator does not inject Go into init containers ("Skipping Go SDK injection ... is init container") and creates the pod without the agent. Name the container that runs the Go binary.`,
        });
      }
      if (common && goOnly && valid.length === 2) {
        const dup = goList.find((n, i) => n !== '' && goList.indexOf(n) !== i);
        if (dup !== undefined) {
          refused = true;
          report({
            range: goOnly.value.range,
            message: `${CONTAINER_NAMES} and ${GO_CONTAINER_NAMES} both name "${dup}": the Operator adds the two lists together for Go, finds the duplicate ("duplicated container names detected") and skips all instrumentation of the pod. Keep "${dup}" in one of them.`,
            related: [{ range: common.value.range, message: `${CONTAINER_NAMES} is "${common.value.value}"` }],
          });
        } else if (first !== undefined && first !== goOnly.value.value.split(',')[0]) {
          report({
            range: goOnly.value.range,
            severity: 'warning',
            message: `${CONTAINER_NAMES} ("${common.value.value}", ${at(common.value.range)}) applies to every language and ${GO_CONTAINER_NAMES} adds to it for Go: the Operator takes the Go container from the start of the combined list, "${first}", not "${goOnly.value.value}". Do not list other languages' containers in ${CONTAINER_NAMES}; use their own annotations (e.g. instrumentation.opentelemetry.io/java-container-names).`,
            related: [{ range: common.value.range, message: `${CONTAINER_NAMES} is "${common.value.value}"` }],
          });
        }
      }

      // The target runs in another container than the one the Operator injects for: the agent finds it (it looks at
      // every process of the pod), but the spans are named after the instrumented container.
      for (const t of refused ? [] : d.targets) {
        if (t.source !== 'annotation' && t.source !== 'instrumentation-go-env' && t.source !== 'instrumentation-env') continue;
        const o = checkTarget(t);
        const injected = t.apps[0];
        if (o.kind !== 'match' || !injected || o.app === injected) continue;
        const how = goList.length > 0 ? `the first container the names annotation lists` : 'the first container of the pod (no container-names annotation)';
        report({
          range: d.operator?.injectGo.range ?? t.value.range,
          severity: 'warning',
          message: `The target ${t.resolved} runs in container "${o.app.name}" (${at(o.app.range)}), but the Operator injects the agent for "${injected.name}", ${how}: the agent finds the process, and the spans get the service name and k8s.container.name of "${injected.name}". Add ${GO_CONTAINER_NAMES}: "${o.app.name}" to the pod's annotations.`,
          related: [{ range: t.value.range, message: `the target is ${t.resolved}` }],
        });
      }
    }
  },
};
