import type { Rule } from '../src/engine/types.ts';
import type { Evidence } from '../src/model/source.ts';
import type { Scalar } from '../src/model/workload.ts';
import { at } from '../src/engine/report-helpers.ts';

const NEEDS = 'the Go agent must run as root (runAsUser: 0, as its docs say) to read the target\'s /proc entries, use ptrace and load eBPF programs';

/** Describes where a securityContext value comes from, for messages. */
function where(s: Scalar<unknown>, level: 'container' | 'pod'): string {
  if (s.implicit) return level === 'pod' ? 'the pod securityContext cdk8s-plus writes' : 'the securityContext cdk8s-plus writes';
  return level === 'pod' ? `the pod securityContext (${at(s.range)})` : at(s.range);
}

/** A compose `user:` that is root: `0`, `root`, `0:0`, `root:root`, `0:1000`. */
function composeUserIsRoot(user: string): boolean {
  const name = user.split(':')[0]!.trim();
  return name === '0' || name === 'root';
}

export const agentNotRoot: Rule = {
  meta: {
    id: 'agent-not-root',
    description: 'The Go agent container would not run as root (runAsUser, an inherited pod runAsUser, or runAsNonRoot)',
    defaultSeverity: 'error',
    fixable: false,
    category: 'sidecar',
  },
  check({ model, report }) {
    for (const d of model.deployments) {
      for (const a of d.agents) {
        if (a.kind !== 'go-auto') continue;
        if (a.platform === 'compose') {
          const user = a.service?.user;
          if (!user || user.unknown || user.value.includes('$') || composeUserIsRoot(user.value)) continue;
          report({
            range: user.range,
            message: `The agent service "${a.name}" runs as user "${user.value}"; ${NEEDS}. Remove user: or set it to "0".`,
          });
          continue;
        }
        const c = a.container;
        const w = a.workload;
        if (!c || !w) continue;
        const csc = c.securityContext;
        if (!csc && c.templated) continue;
        const psc = w.pod.securityContext;
        if (!psc && w.pod.templated && !csc) continue;
        const cUser = csc?.runAsUser;
        const pUser = psc?.runAsUser;
        const user = cUser ?? pUser;
        const cNonRoot = csc?.runAsNonRoot;
        const pNonRoot = psc?.runAsNonRoot;
        const nonRoot = cNonRoot ?? pNonRoot;
        const label = `The agent container "${a.name}"`;

        if (user && !user.unknown && user.value !== 0) {
          const inherited = !cUser;
          const related: Evidence[] = inherited ? [{ range: user.range, message: `pod securityContext runAsUser: ${user.value}` }] : [];
          report({
            range: inherited ? (csc?.keyRange ?? a.range) : user.range,
            message: inherited
              ? `${label} sets no runAsUser, so it inherits runAsUser: ${user.value} from ${where(user, 'pod')}; ${NEEDS}. Set runAsUser: 0 in the agent container's securityContext.`
              : `${label} runs as user ${user.value} (runAsUser at ${where(user, 'container')}); ${NEEDS}. Set runAsUser: 0.`,
            related,
          });
          continue;
        }
        if (!nonRoot || nonRoot.unknown || !nonRoot.value) continue;
        if (user?.unknown) continue;
        const fromPod = !cNonRoot;
        const related: Evidence[] = [];
        if (fromPod) related.push({ range: nonRoot.range, message: 'pod securityContext runAsNonRoot: true' });
        if (user) related.push({ range: user.range, message: `runAsUser: ${user.value}` });
        const kubelet = user
          ? `the kubelet refuses to start it ("container's runAsUser breaks non-root policy")`
          : `the agent image runs as root, so the kubelet refuses to start it ("container has runAsNonRoot and image will run as root")`;
        const source = nonRoot.implicit
          ? `cdk8s-plus writes runAsNonRoot: true ${fromPod ? 'into the pod securityContext' : 'into its securityContext'} unless ensureNonRoot: false is set`
          : `runAsNonRoot: true ${fromPod ? `is set in ${where(nonRoot, 'pod')}` : `is set at ${at(nonRoot.range)}`}`;
        report({
          range: fromPod ? (user && cUser ? user.range : (csc?.keyRange ?? a.range)) : nonRoot.range,
          message: `${label}: ${source}${user ? `, with runAsUser: 0 (${at(user.range)})` : ''}; ${kubelet}. ${NEEDS[0]!.toUpperCase()}${NEEDS.slice(1)}: set ${nonRoot.implicit ? 'ensureNonRoot: false' : 'runAsNonRoot: false'} in the agent container's securityContext${fromPod ? ' (it overrides the pod setting)' : ''}.`,
          related: fromPod ? related : related.filter((r) => r.range !== nonRoot.range),
        });
      }
    }
  },
};
