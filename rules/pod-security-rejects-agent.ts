import type { Rule } from '../src/engine/types.ts';
import type { Evidence, Range } from '../src/model/source.ts';
import type { NamespaceObject } from '../src/model/workload.ts';
import { at } from '../src/engine/report-helpers.ts';
import { capName } from './agent-not-privileged.ts';
import { agentKindLabel, workloadLabel } from './sidecar/agents.ts';
import { annotation } from './operator/shared.ts';
import { GO_TARGET_ENV, TARGET_ANNOTATION } from '../src/link/deployments.ts';

const ENFORCE = 'pod-security.kubernetes.io/enforce';

/** Capabilities the baseline Pod Security Standard lets a container add (restricted: NET_BIND_SERVICE only). */
const BASELINE_CAPS = new Set([
  'AUDIT_WRITE',
  'CHOWN',
  'DAC_OVERRIDE',
  'FOWNER',
  'FSETID',
  'KILL',
  'MKNOD',
  'NET_BIND_SERVICE',
  'SETFCAP',
  'SETGID',
  'SETPCAP',
  'SETUID',
  'SYS_CHROOT',
]);

/**
 * The level a Namespace enforces, when it is one that rejects what the agents need, and the version it is enforced at
 * (`pod-security.kubernetes.io/enforce-version`, `latest` when not set): the API server names both in its error.
 */
function enforcedLevel(ns: NamespaceObject): { level: 'baseline' | 'restricted'; version: string; range: Range } | undefined {
  const label = ns.labels.entries.find((e) => e.key.value === ENFORCE);
  if (!label || label.value.unknown) return undefined;
  const level = label.value.value;
  const v = ns.labels.entries.find((e) => e.key.value === `${ENFORCE}-version`);
  const version = v && !v.value.unknown && v.value.value !== '' ? v.value.value : 'latest';
  return level === 'baseline' || level === 'restricted' ? { level, version, range: label.value.range } : undefined;
}

export const podSecurityRejectsAgent: Rule = {
  meta: {
    id: 'pod-security-rejects-agent',
    description: 'The namespace enforces the baseline or restricted Pod Security Standard, which rejects the pod with the agent',
    defaultSeverity: 'error',
    fixable: false,
    category: 'sidecar',
  },
  check({ model, report }) {
    for (const d of model.deployments) {
      const w = d.workload;
      const ns = d.namespace;
      if (d.kind !== 'pod' || !w || !ns) continue;
      const enforced = enforcedLevel(ns);
      if (!enforced) continue;
      const { level, version } = enforced;
      const nsRelated: Evidence = { range: enforced.range, message: `Namespace ${ns.name?.value ?? ''} enforces the ${level} Pod Security Standard` };
      const rejected = (what: string, range: Range, violation: string, related: Evidence[] = []) =>
        report({
          range,
          message: `Namespace ${ns.name?.value ?? ''} enforces the ${level} Pod Security Standard (${at(enforced.range)}), which forbids ${what}: the API server rejects every pod of ${workloadLabel(w)} (its error includes "violates PodSecurity \\"${level}:${version}\\": ${violation}"), so neither the application nor the agent runs; the error shows only in the events of the ${w.kind === 'Pod' ? 'Pod' : 'controller'}. Run the instrumented workload in a namespace labelled ${ENFORCE}: privileged, or exempt it from Pod Security Admission.`,
          related: [nsRelated, ...related],
        });

      // A sidecar agent: privileged, host PID namespace, or capabilities the level does not allow.
      let reported = false;
      for (const a of d.agents) {
        const c = a.container;
        if (a.platform !== 'k8s' || !c) continue;
        const sc = c.securityContext;
        const label = `the agent container "${a.name}" (${agentKindLabel(a)})`;
        if (sc?.privileged && !sc.privileged.unknown && sc.privileged.value) {
          rejected(`privileged containers, and ${label} sets privileged: true`, sc.privileged.range, `privileged (container "${a.name}" must not set securityContext.privileged=true)`);
          reported = true;
          continue;
        }
        const allowed = level === 'baseline' ? BASELINE_CAPS : new Set(['NET_BIND_SERVICE']);
        const caps = (sc?.capabilitiesAdd ?? []).filter((x) => !x.unknown && !allowed.has(capName(x.value)));
        if (caps.length > 0) {
          const names = caps.map((x) => `"${capName(x.value)}"`).join(', ');
          rejected(`adding capabilities such as ${names}, and ${label} adds them`, caps[0]!.range, `non-default capabilities (container "${a.name}" must not include ${names} in securityContext.capabilities.add)`);
          reported = true;
        }
      }
      const hostPID = w.pod.hostPID;
      if (!reported && d.agents.length > 0 && hostPID && !hostPID.unknown && hostPID.value) {
        rejected('the host PID namespace, and the pod sets hostPID: true', hostPID.range, 'host namespaces (hostPID=true)');
        reported = true;
      }
      // The Operator's injected sidecar is privileged and mounts a hostPath (agent-facts §5). A pod it does not inject
      // into (shareProcessNamespace: false, no target anywhere: operator-share-process-namespace-false and
      // operator-target-missing say so) is created unchanged, and admitted.
      const op = d.operator;
      const spn = w.pod.shareProcessNamespace;
      const inst = op?.instrumentation;
      const noTarget =
        inst !== undefined &&
        !inst.incomplete &&
        !annotation(w.podAnnotations, TARGET_ANNOTATION) &&
        ![...inst.goEnv, ...inst.env].some((e) => e.name.value === GO_TARGET_ENV);
      const skipped = (spn !== undefined && !spn.unknown && spn.value === false) || noTarget;
      if (!reported && op && !skipped && op.on !== 'workload' && (op.instrumentation || op.instrumentationIssue === 'outside-repo')) {
        rejected(
          'privileged containers and hostPath volumes, and the OpenTelemetry Operator injects a privileged Go agent container with a hostPath volume (/sys/kernel/debug)',
          op.injectGo.range,
          'privileged (container "opentelemetry-auto-instrumentation" must not set securityContext.privileged=true), hostPath volumes ...',
        );
      }
    }
  },
};
