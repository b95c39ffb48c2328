import type { Fix, Rule } from '../src/engine/types.ts';
import type { AppContainer, Deployment, ProjectModel } from '../src/model/project.ts';
import type { Evidence } from '../src/model/source.ts';
import type { Instrumentation, Workload } from '../src/model/workload.ts';
import { at } from '../src/engine/report-helpers.ts';
import { GO_TARGET_ENV } from '../src/link/deployments.ts';
import {
  CONTAINER_NAMES,
  GO_CONTAINER_NAMES,
  TARGET_ANNOTATION,
  annotation,
  instrumentationLabel,
  instrumentationsInNamespace,
  operatorDeployments,
  splitContainerNames,
  workloadLabel,
} from './operator/shared.ts';
import { addPodAnnotations, editableYaml } from './operator/yaml-edit.ts';

/** The container the Operator instruments: the first one the names annotation lists, else the first container. */
function instrumentedApp(d: Deployment, w: Workload): AppContainer | undefined {
  const names = annotation(w.podAnnotations, GO_CONTAINER_NAMES) ?? annotation(w.podAnnotations, CONTAINER_NAMES);
  const first = names && !names.value.unknown ? splitContainerNames(names.value.value)[0]?.trim() : undefined;
  return (first ? d.apps.find((a) => a.name === first) : undefined) ?? d.apps.find((a) => a.container === w.pod.containers[0]);
}

/** The file's indentation unit, from two nested keys the model has ranges for (default 2). */
function indentStep(w: Workload): number {
  const m = w.podMetadataRange;
  const k = w.podMetadataKeyRange;
  if (m && k && m.line > k.line && m.column > k.column) return m.column - k.column;
  const own = w.annotations;
  const e = own.entries[0];
  if (own.keyRange && e && e.key.range.line > own.keyRange.line && e.key.range.column > own.keyRange.column) return e.key.range.column - own.keyRange.column;
  return 2;
}

function addTargetFix(model: ProjectModel, w: Workload, exe: string): Fix | undefined {
  const f = editableYaml(model, w.file);
  if (!f) return undefined;
  const edit = addPodAnnotations(f, w, [`${TARGET_ANNOTATION}: ${JSON.stringify(exe)}`], indentStep(w));
  return edit ? { description: `Add ${TARGET_ANNOTATION}: "${exe}" to the pod template`, edits: [edit] } : undefined;
}

/** The env entry the Operator would take the target from: spec.go.env when named there, else spec.env. */
function targetEntry(i: Instrumentation) {
  const go = i.goEnv.find((e) => e.name.value === GO_TARGET_ENV);
  if (go) return { e: go, where: 'spec.go.env' };
  const env = i.env.find((e) => e.name.value === GO_TARGET_ENV);
  return env ? { e: env, where: 'spec.env' } : undefined;
}

export const operatorTargetMissing: Rule = {
  meta: {
    id: 'operator-target-missing',
    description: 'Operator Go injection without OTEL_GO_AUTO_TARGET_EXE (annotation or Instrumentation env): the Operator skips the injection',
    defaultSeverity: 'error',
    fixable: true,
    category: 'operator',
  },
  check({ model, report }) {
    for (const d of operatorDeployments(model.deployments)) {
      const op = d.operator;
      const w = d.workload;
      if (op.injectGo.unknown || w.podAnnotations.unknown) continue;
      const app = instrumentedApp(d, w);
      const exe = app && app.process.status === 'resolved' && app.process.exe && !app.process.goRun ? app.process.exe : undefined;
      const path = w.kind === 'Pod' ? 'metadata.annotations' : w.kind === 'CronJob' ? 'spec.jobTemplate.spec.template.metadata.annotations' : 'spec.template.metadata.annotations';
      // The variable set on the application container instead (a common mistake): the Operator's agent never reads it.
      const onApp = d.targets.find((t) => t.source === 'app-env' && t.key === GO_TARGET_ENV);
      const onAppName = onApp ? w.pod.containers.find((c) => c.env.some((e) => e.value === onApp.value))?.name?.value : undefined;
      const onAppLabel = onAppName !== undefined ? `container "${onAppName}"` : 'an application container';
      const onAppWhere = onApp ? `${onAppLabel} (${at(onApp.value.range)})` : '';
      const fromApp = !exe && onApp?.resolved?.startsWith('/') ? onApp.resolved : undefined;
      // The target annotation on the Namespace (where inject-go may be): the Operator reads it from the pod only.
      const onNs = d.namespace ? annotation(d.namespace.annotations, TARGET_ANNOTATION) : undefined;
      const onAppNote =
        (onApp
          ? ` ${GO_TARGET_ENV}${onApp.resolved !== undefined ? ` ("${onApp.resolved}")` : ''} is set in the env of ${onAppWhere}, which the agent the Operator injects never reads.`
          : '') +
        (onNs ? ` ${TARGET_ANNOTATION} is set on the Namespace (${at(onNs.value.range)}), where the Operator never reads it: it reads the target from the pod only.` : '');
      const advice = exe
        ? `Add ${TARGET_ANNOTATION}: "${exe}" to ${path} (the path ${app!.name ? `container "${app!.name}"` : 'the container'} runs)${onApp ? `, and remove ${GO_TARGET_ENV} from the env of ${onAppLabel}` : ''}`
        : fromApp
          ? `Add ${TARGET_ANNOTATION}: "${fromApp}" to ${path} (the value ${onAppLabel} sets in its env, ${at(onApp!.value.range)}) and remove that env entry`
          : `Add ${TARGET_ANNOTATION} with the absolute path of the Go binary to ${path}, or OTEL_GO_AUTO_TARGET_EXE to the Instrumentation's spec.go.env`;

      const podTarget = annotation(w.podAnnotations, TARGET_ANNOTATION);
      if (podTarget) {
        if (!podTarget.value.unknown && podTarget.value.value.trim() === '') {
          report({
            range: podTarget.value.range,
            message: `${TARGET_ANNOTATION} is empty: the Operator injects the agent with an empty OTEL_GO_AUTO_TARGET_EXE, and the agent exits at start ("no target: -target-pid or -target-exe not provided ..."). ${exe ? `Set it to "${exe}".` : 'Set it to the absolute path of the Go binary.'}`,
            ...(exe && editableYaml(model, podTarget.value.range.file) ? { fix: { description: `Set ${TARGET_ANNOTATION} to "${exe}"`, edits: [{ range: podTarget.value.range, text: JSON.stringify(exe) }] } } : {}),
          });
        }
        continue;
      }
      // An annotation on the workload's own metadata is reported (and moved) by operator-annotation-on-workload.
      if (op.on === 'workload' && annotation(w.annotations, TARGET_ANNOTATION)) continue;

      let insts: Instrumentation[];
      let which: string;
      if (op.instrumentation) {
        insts = [op.instrumentation];
        which = instrumentationLabel(op.instrumentation);
      } else if (op.instrumentationIssue === 'ambiguous' || op.instrumentationIssue === 'not-found') {
        // The Instrumentation is not known; report only when every candidate of the namespace lacks the target.
        insts = instrumentationsInNamespace(model.instrumentations, w);
        if (insts.length === 0) continue;
        which = insts.length === 1 ? instrumentationLabel(insts[0]!) : `the Instrumentations of its namespace in this repository (${insts.map((i) => i.name?.value ?? '?').join(', ')})`;
      } else continue;
      if (insts.some((i) => i.incomplete)) continue;
      const entries = insts.map(targetEntry);

      if (entries.every((e) => e === undefined)) {
        const related: Evidence[] = [
          { range: op.injectGo.range, message: `inject-go is "${op.injectGo.value}"` },
          ...insts.map((i) => ({ range: i.name?.range ?? i.kindRange, message: `Instrumentation ${i.name?.value ?? ''} without ${GO_TARGET_ENV}` })),
          ...(onApp ? [{ range: onApp.value.range, message: `${GO_TARGET_ENV} on ${onAppLabel}, not read by the Operator's agent` }] : []),
        ];
        const value = exe ?? fromApp;
        const fix = value && op.on !== 'workload' ? addTargetFix(model, w, value) : undefined;
        report({
          range: op.on === 'namespace' ? w.kindRange : op.injectGo.range,
          message: `${workloadLabel(w)} asks the Operator for Go instrumentation (inject-go "${op.injectGo.value}" at ${at(op.injectGo.range)}), but nothing sets the target: the ${w.kind === 'Pod' ? 'pod' : 'pod template'} has no ${TARGET_ANNOTATION} annotation, and ${which} ${insts.length > 1 ? 'have' : 'has'} no ${GO_TARGET_ENV} in spec.go.env or spec.env.${onAppNote} The Operator then logs "Skipping Go SDK injection ... OTEL_GO_AUTO_TARGET_EXE not set" and creates the pod without the agent. ${advice}.`,
          related,
          ...(fix ? { fix } : {}),
        });
        continue;
      }
      // A known Instrumentation whose value is empty: the agent is injected and exits.
      const only = entries.length === 1 ? entries[0] : undefined;
      const v = only?.e.value;
      if (op.instrumentation && only && v && !v.unknown && v.value.trim() === '' && !only.e.valueFrom) {
        report({
          range: v.range,
          message: `${GO_TARGET_ENV} in ${instrumentationLabel(op.instrumentation)} ${only.where} is empty, and ${workloadLabel(w)} has no ${TARGET_ANNOTATION} annotation: the Operator injects the agent with the empty value, and the agent exits at start ("no target: -target-pid or -target-exe not provided ..."). ${advice}.`,
          related: [{ range: op.injectGo.range, message: `${workloadLabel(w)} uses this Instrumentation` }],
        });
      }
    }
  },
};
