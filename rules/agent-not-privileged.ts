import type { Fix, Rule, TextEdit } from '../src/engine/types.ts';
import type { Evidence } from '../src/model/source.ts';
import { at } from '../src/engine/report-helpers.ts';
import { agentKindLabel } from './sidecar/agents.ts';
import { appendToMapping, insertIntoMapping, setBoolFix, yamlFile } from './sidecar/text.ts';

const GO_NEEDS =
  'the Go agent loads eBPF programs, mounts bpffs, and uses ptrace and remote mmap on the target process; its docs ask for privileged: true and runAsUser: 0';
const EBPF_NEEDS = 'loading eBPF programs needs privileges (privileged: true, or capabilities such as BPF, PERFMON and SYS_PTRACE)';

/** `cap_sys_ptrace` -> `SYS_PTRACE` */
export function capName(v: string): string {
  const u = v.toUpperCase();
  return u.startsWith('CAP_') ? u.slice(4) : u;
}

export const agentNotPrivileged: Rule = {
  meta: {
    id: 'agent-not-privileged',
    description: 'The agent container is not privileged (securityContext.privileged: true), so it cannot load its eBPF programs',
    defaultSeverity: 'error',
    fixable: true,
    category: 'sidecar',
  },
  check({ model, report }) {
    for (const d of model.deployments) {
      if (d.kind !== 'pod') continue;
      for (const a of d.agents) {
        const c = a.container;
        if (a.platform !== 'k8s' || !c) continue;
        const sc = c.securityContext;
        const priv = sc?.privileged;
        if (priv?.unknown) continue;
        if (!sc && c.templated) continue;
        const caps = (sc?.capabilitiesAdd ?? []).filter((x) => !x.unknown).map((x) => capName(x.value));
        const label = `The agent container "${a.name}" (${agentKindLabel(a)})`;
        const file = yamlFile(model, c.range);
        const related: Evidence[] = [];

        if (priv?.value) {
          // privileged: true with allowPrivilegeEscalation: false is rejected by the API server.
          const ape = sc?.allowPrivilegeEscalation;
          if (!ape || ape.unknown || ape.value) continue;
          const edit = setBoolFix(model, ape, true);
          report({
            range: ape.range,
            message: `${label} sets privileged: true (${at(priv.range)}) but ${ape.implicit ? 'cdk8s-plus writes allowPrivilegeEscalation: false unless the container sets allowPrivilegeEscalation: true' : 'allowPrivilegeEscalation: false'}; the API server rejects that combination ("cannot set \`allowPrivilegeEscalation\` to false and \`privileged\` to true"), so the pod is never created. Set allowPrivilegeEscalation: true.`,
            related: [{ range: priv.range, message: 'privileged: true' }],
            ...(edit ? { fix: { description: 'Set allowPrivilegeEscalation to true', edits: [edit] } } : {}),
          });
          continue;
        }
        // OBI and Beyla can run with capabilities instead of privileged: report only when they have neither.
        if (a.kind !== 'go-auto' && caps.length > 0) continue;

        let what: string;
        if (priv && !priv.implicit) what = 'sets privileged: false';
        else if (priv) what = 'is not privileged: cdk8s-plus writes privileged: false unless the container sets privileged: true';
        else if (sc) what = 'has a securityContext without privileged: true';
        else what = 'has no securityContext with privileged: true';
        let why: string;
        if (a.kind === 'go-auto' && caps.includes('SYS_PTRACE')) {
          why = `SYS_PTRACE alone is not enough: ${GO_NEEDS} (they stopped asking for SYS_PTRACE in v0.8.0)`;
        } else if (a.kind === 'go-auto') why = GO_NEEDS;
        else why = EBPF_NEEDS;

        const edits: TextEdit[] = [];
        if (file) {
          if (priv && !priv.implicit) {
            const e = setBoolFix(model, priv, true);
            if (e) edits.push(e);
          } else if (!priv && sc?.keyRange) {
            const e = insertIntoMapping(file, sc.keyRange, sc.range, ['privileged: true']);
            if (e) edits.push(e);
          } else if (!priv && !sc) {
            const e = appendToMapping(file, c.range, ['securityContext:', '  privileged: true']);
            if (e) edits.push(e);
          }
          const ape = sc?.allowPrivilegeEscalation;
          if (edits.length > 0 && ape && !ape.unknown && !ape.value) {
            const e = setBoolFix(model, ape, true);
            if (e) edits.push(e);
            else edits.length = 0;
          }
        }
        const fix: Fix | undefined = edits.length > 0 ? { description: 'Set privileged: true in the agent container', edits } : undefined;
        if (sc?.capabilitiesAdd?.length) related.push({ range: sc.capabilitiesAdd[0]!.range, message: `capabilities.add: ${caps.join(', ')}` });
        report({
          range: priv?.range ?? sc?.keyRange ?? a.range,
          message: `${label} ${what}; ${why}. Without it the agent cannot instrument anything. Set securityContext.privileged: true.`,
          related,
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
};
