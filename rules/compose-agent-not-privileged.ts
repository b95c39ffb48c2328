import type { Fix, Rule, TextEdit } from '../src/engine/types.ts';
import { agentKindLabel } from './sidecar/agents.ts';
import { capName } from './agent-not-privileged.ts';
import { appendToMapping, setBoolFix, yamlFile } from './sidecar/text.ts';

export const composeAgentNotPrivileged: Rule = {
  meta: {
    id: 'compose-agent-not-privileged',
    description: 'The agent service is not privileged (privileged: true), so it cannot load its eBPF programs',
    defaultSeverity: 'error',
    fixable: true,
    category: 'compose',
  },
  check({ model, report }) {
    for (const d of model.deployments) {
      if (d.kind !== 'compose') continue;
      for (const a of d.agents) {
        const s = a.service;
        if (!s) continue;
        const priv = s.privileged;
        if (priv && (priv.unknown || priv.value)) continue;
        // An `extends:` base the linter could not read may set it.
        if (!priv && s.incomplete) continue;
        const caps = s.capAdd.filter((c) => !c.unknown).map((c) => capName(c.value));
        // OBI and Beyla can run with capabilities instead of privileged: report only when they have neither.
        if (a.kind !== 'go-auto' && s.capAdd.length > 0) continue;
        let why: string;
        if (a.kind === 'go-auto') {
          why = 'the Go agent loads eBPF programs, mounts bpffs, and uses ptrace and remote mmap on the target process, and its docs ask for privileged: true';
          if (caps.includes('SYS_PTRACE')) why = `cap_add: SYS_PTRACE alone is not enough: ${why} (they stopped asking for SYS_PTRACE in v0.8.0)`;
        } else why = `${agentKindLabel(a)} loads eBPF programs, which needs privileged: true or capabilities such as BPF, PERFMON and SYS_PTRACE`;
        let edit: TextEdit | undefined;
        const file = yamlFile(model, s.range);
        if (priv) edit = setBoolFix(model, priv, true);
        else if (file) edit = appendToMapping(file, s.range, ['privileged: true']);
        const fix: Fix | undefined = edit ? { description: 'Set privileged: true', edits: [edit] } : undefined;
        report({
          range: priv?.range ?? s.name.range,
          message: `The agent service "${a.name}" ${priv ? 'sets privileged: false' : 'is not privileged'}; ${why}. Without it the agent cannot instrument anything. Set privileged: true.`,
          ...(s.capAdd.length > 0 ? { related: [{ range: s.capAdd[0]!.range, message: `cap_add: ${caps.join(', ')}` }] } : {}),
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
};
