import type { Fix, Rule, RuleContext, TextEdit } from '../src/engine/types.ts';
import type { Deployment } from '../src/model/project.ts';
import { at } from '../src/engine/report-helpers.ts';
import type { Evidence, Range } from '../src/model/source.ts';
import { compareVersions } from '../src/link/go-versions.ts';
import type { GoVersion } from '../src/link/go-versions.ts';
import { instrumentationLabel, operatorDeployments, operatorManagers, workloadLabel } from './operator/shared.ts';
import { insertIntoMapping, setBoolFix, yamlFile } from './sidecar/text.ts';

/** The Operator release whose Instrumentation first has `spec.go.securityContext` (older CRDs prune the field). */
const SINCE: GoVersion = [0, 150, 0];

/**
 * A pod-level `runAsNonRoot: true` (kubebuilder's scaffold has it) is inherited by the agent container the Operator
 * injects, which sets runAsUser: 0 (or, with a spec.go.securityContext without runAsUser, runs as the image's root
 * user) and no runAsNonRoot of its own: the kubelet refuses to start it, and the pod never becomes ready.
 */
function podRunAsNonRoot(deployments: Deployment[], noField: boolean, report: RuleContext['report']): void {
  for (const d of operatorDeployments(deployments)) {
    const w = d.workload;
    const psc = w.pod.securityContext;
    const nonRoot = psc?.runAsNonRoot;
    if (!nonRoot || nonRoot.unknown || nonRoot.value !== true) continue;
    // The Instrumentation decides the agent's context: it must be known.
    const inst = d.operator.instrumentation;
    if (!inst || inst.incomplete) continue;
    const sc = noField ? undefined : inst.goSecurityContext;
    if (sc?.unreadable || sc?.runAsNonRoot) continue;
    // The agent's user: 0 by default; with spec.go.securityContext, its runAsUser, else the pod's, else the image's (root).
    const user = sc ? (sc.runAsUser ?? psc.runAsUser) : undefined;
    if (user && (user.unknown || user.value !== 0)) continue;
    const inject = d.operator.injectGo;
    const source = nonRoot.implicit
      ? `cdk8s-plus writes runAsNonRoot: true into the pod securityContext of ${workloadLabel(w)} unless ensureNonRoot: false is set`
      : `the pod securityContext of ${workloadLabel(w)} sets runAsNonRoot: true`;
    const agentUser = sc
      ? `its securityContext comes from spec.go.securityContext of ${instrumentationLabel(inst)}, which sets no runAsNonRoot${user ? ', with runAsUser: 0' : ', so it runs as the agent image\'s root user'}`
      : 'the Operator gives it runAsUser: 0 and privileged: true and no runAsNonRoot';
    const kubelet = user || !sc ? `"container's runAsUser breaks non-root policy"` : `"container has runAsNonRoot and image will run as root"`;
    report({
      range: nonRoot.range,
      message:
        `${nonRoot.implicit ? source : `${source[0]!.toUpperCase()}${source.slice(1)}`}, and it asks the Operator for Go instrumentation (inject-go at ${at(inject.range)}): the agent container the Operator injects ` +
        `inherits runAsNonRoot (${agentUser}), so the kubelet refuses to start it (${kubelet}) and the pod never becomes ready. ` +
        `The agent must run as root: set runAsNonRoot: false${sc ? '' : ' with privileged: true and runAsUser: 0'} in spec.go.securityContext (Operator v0.150.0 and later) of ` +
        `${instrumentationLabel(inst)}, or move runAsNonRoot: true from the pod to its own containers.`,
      related: [
        { range: inject.range, message: `inject-go is "${inject.value}"` },
        ...(sc ? [{ range: sc.keyRange ?? sc.range, message: `spec.go.securityContext of ${instrumentationLabel(inst)}` }] : []),
      ],
    });
  }
}

export const operatorAgentSecurityContext: Rule = {
  meta: {
    id: 'operator-agent-security-context',
    description:
      "The Go agent the Operator injects cannot run privileged as root: spec.go.securityContext replaces its context with one it cannot run in, or the pod's runAsNonRoot: true makes the kubelet refuse it",
    defaultSeverity: 'error',
    fixable: true,
    category: 'operator',
  },
  check({ model, report }) {
    // Every Operator the repository holds predates the field: the CRD drops it and the default context applies.
    const managers = operatorManagers(model.deployments);
    const noField = managers.length > 0 && managers.every((m) => m.v && compareVersions(m.v, SINCE) < 0);
    podRunAsNonRoot(model.deployments, noField, report);
    if (noField) return;
    for (const inst of model.instrumentations) {
      const sc = inst.goSecurityContext;
      // A field of the wrong type is a parse-error already (the API server rejects the object): not "missing" here.
      if (!sc || inst.incomplete || sc.unreadable) continue;
      const priv = sc.privileged;
      const user = sc.runAsUser;
      const nonRoot = sc.runAsNonRoot;
      if (priv?.unknown || user?.unknown || nonRoot?.unknown) continue;
      const wrong: string[] = [];
      const edits: TextEdit[] = [];
      const file = sc.keyRange ? yamlFile(model, sc.keyRange) : undefined;
      let range: Range | undefined;
      if (!priv?.value) {
        wrong.push(priv ? 'sets privileged: false' : 'leaves out privileged: true');
        range = priv?.range;
        const e = priv ? setBoolFix(model, priv, true) : file && sc.keyRange ? insertIntoMapping(file, sc.keyRange, sc.range, ['privileged: true']) : undefined;
        if (e) edits.push(e);
      }
      if (user && user.value !== 0) {
        wrong.push(`runs it as user ${user.value}`);
        range ??= user.range;
        if (file) edits.push({ range: user.range, text: '0' });
      }
      if (nonRoot?.value) {
        wrong.push('sets runAsNonRoot: true');
        range ??= nonRoot.range;
        const e = setBoolFix(model, nonRoot, false);
        if (e) edits.push(e);
      }
      if (wrong.length === 0) continue;
      // runAsNonRoot: true for a container that runs as root (no runAsUser, the image's root user, or 0).
      const blocked = nonRoot?.value === true && (!user || user.value === 0);
      const users = model.deployments.filter((d) => d.operator?.instrumentation === inst && d.workload);
      const related: Evidence[] = users.slice(0, 3).map((d) => ({
        range: d.operator!.injectGo.range,
        message: `${workloadLabel(d.workload!)} gets the Go agent from ${instrumentationLabel(inst)}`,
      }));
      const complete = edits.length === wrong.length;
      const fix: Fix | undefined = complete ? { description: 'Give the injected agent privileged: true and user 0', edits } : undefined;
      const said = wrong.length === 1 ? wrong[0]! : `${wrong.slice(0, -1).join(', ')} and ${wrong[wrong.length - 1]}`;
      report({
        range: range ?? sc.keyRange ?? sc.range,
        message:
          `spec.go.securityContext of ${instrumentationLabel(inst)} replaces the whole securityContext of the agent container the Operator injects ` +
          `(privileged: true and runAsUser: 0 without it, Operator v0.150.0 and later), and this one ${said}. ` +
          `${blocked ? 'The agent image runs as root, which runAsNonRoot: true forbids: the kubelet refuses to start the agent container, and the pods it is injected into never start' : 'The Go agent loads eBPF programs, mounts bpffs and uses ptrace on the target, which needs privileged: true as root: without that, it cannot attach, and the pods it instruments run without traces'}. ` +
          'Set privileged: true and runAsUser: 0 there, or remove spec.go.securityContext.',
        related,
        ...(fix ? { fix } : {}),
      });
    }
  },
};
