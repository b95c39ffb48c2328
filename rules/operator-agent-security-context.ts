import type { Fix, Rule, TextEdit } from '../src/engine/types.ts';
import type { Evidence, Range } from '../src/model/source.ts';
import { compareVersions } from '../src/link/go-versions.ts';
import type { GoVersion } from '../src/link/go-versions.ts';
import { instrumentationLabel, operatorManagers, workloadLabel } from './operator/shared.ts';
import { insertIntoMapping, setBoolFix, yamlFile } from './sidecar/text.ts';

/** The Operator release whose Instrumentation first has `spec.go.securityContext` (older CRDs prune the field). */
const SINCE: GoVersion = [0, 150, 0];

export const operatorAgentSecurityContext: Rule = {
  meta: {
    id: 'operator-agent-security-context',
    description: "An Instrumentation's spec.go.securityContext replaces the injected agent's privileged, root context with one the agent cannot run in",
    defaultSeverity: 'error',
    fixable: true,
    category: 'operator',
  },
  check({ model, report }) {
    // Every Operator the repository holds predates the field: the CRD drops it and the default context applies.
    const managers = operatorManagers(model.deployments);
    if (managers.length > 0 && managers.every((m) => m.v && compareVersions(m.v, SINCE) < 0)) return;
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
