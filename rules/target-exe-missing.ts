import type { Rule } from '../src/engine/types.ts';
import type { AgentContainer, Deployment, ProjectModel } from '../src/model/project.ts';
import type { Evidence, Range } from '../src/model/source.ts';
import { cite } from '../src/engine/report-helpers.ts';
import { containerEnv, workloadConfigMap } from '../src/link/env.ts';
import { appEvidence, linkClause, soleResolved, appLabel } from '../src/link/target-check.ts';
import { agentCommandLine, agentLabel, configMapsOf, namesAgentBinary, parseFlags, runsOfficialImage } from './sidecar/agents.ts';

const EXE = 'OTEL_GO_AUTO_TARGET_EXE';
const PID = 'OTEL_GO_AUTO_TARGET_PID';

type Verdict = { kind: 'has-target' } | { kind: 'unknowable' } | { kind: 'missing'; empty?: { key: string; range: Range } };

/** Whether the agent's command line names a target (`-target-exe`, `-target-pid`), or cannot be known. */
function flagVerdict(a: AgentContainer): 'yes' | 'no' | 'unknown' {
  const cl = agentCommandLine(a);
  if (!cl || cl.unknown) return 'unknown';
  // Another program (a shell ...) is agent-args-without-binary's finding; what it would run is not known here.
  if (cl.program && !namesAgentBinary(cl.program)) return 'unknown';
  for (const f of parseFlags(cl.words)) {
    if (f.name !== 'target-exe' && f.name !== 'target-pid') continue;
    const v = f.inline ?? f.value?.value;
    if (f.value?.unknown) return 'unknown';
    if (v === undefined || v === '' || (f.name === 'target-pid' && v.startsWith('-'))) continue;
    return 'yes';
  }
  // Words the flag parser did not reach (after a non-flag word) are ignored by the agent.
  return 'no';
}

function k8sVerdict(model: ProjectModel, a: AgentContainer): Verdict {
  const c = a.container!;
  const w = a.workload!;
  if (c.templated) return { kind: 'unknowable' };
  const configMaps = configMapsOf(model);
  for (const ef of c.envFrom) {
    if (ef.kind === 'secretRef' || ef.name.unknown) return { kind: 'unknowable' };
    const cm = workloadConfigMap(w, configMaps, ef.name.value);
    if (!cm || cm.incomplete) return { kind: 'unknowable' };
  }
  const env = containerEnv(c, w, configMaps);
  let empty: { key: string; range: Range } | undefined;
  for (const key of [PID, EXE]) {
    const v = env.get(key);
    if (!v) continue;
    if (v.value === undefined) return { kind: 'unknowable' };
    if (v.value !== '') return { kind: 'has-target' };
    if (v.scalar) empty ??= { key, range: v.scalar.range };
  }
  return empty ? { kind: 'missing', empty } : { kind: 'missing' };
}

function composeVerdict(a: AgentContainer): Verdict {
  const s = a.service!;
  // env_file files the linker could not read, an `extends:` base it could not read, and variables without a value
  // (taken from the shell), are not known.
  if (s.envFiles.length > 0 || s.incomplete) return { kind: 'unknowable' };
  let empty: { key: string; range: Range } | undefined;
  for (const key of [PID, EXE]) {
    const e = s.environment.find((x) => x.name.value === key);
    if (!e) continue;
    if (!e.value || e.value.unknown) return { kind: 'unknowable' };
    if (e.value.value !== '') return { kind: 'has-target' };
    empty ??= { key, range: e.value.range };
  }
  return empty ? { kind: 'missing', empty } : { kind: 'missing' };
}

function suggestion(d: Deployment, a: AgentContainer): { text: string; related: Evidence[] } {
  const others = d.apps.filter((x) => x.container !== a.container || x.service !== a.service);
  const sole = soleResolved(others);
  if (sole && others.length === 1) {
    return {
      text: ` Set ${EXE} to "${sole.process.exe}", the executable of ${appLabel(sole)} (${cite(sole.process.steps)}${linkClause(sole)}).`,
      related: appEvidence(sole),
    };
  }
  return { text: ` Set ${EXE} to the path of the application's executable (or pass -target-exe).`, related: [] };
}

export const targetExeMissing: Rule = {
  meta: {
    id: 'target-exe-missing',
    description: 'The Go agent has no target: no -target-exe/-target-pid flag and no OTEL_GO_AUTO_TARGET_EXE/_PID, so it exits at once',
    defaultSeverity: 'error',
    fixable: false,
    category: 'sidecar',
  },
  check({ model, report }) {
    for (const d of model.deployments) {
      // A target written on the application container instead is reported by target-exe-on-app-container.
      if (d.targets.some((t) => t.source === 'app-env')) continue;
      for (const a of d.agents) {
        // A custom agent image may set the target in its own ENV or ENTRYPOINT: only the official image is known.
        if (a.kind !== 'go-auto' || !runsOfficialImage(a)) continue;
        const flags = flagVerdict(a);
        if (flags !== 'no') continue;
        const v = a.platform === 'k8s' ? (a.container && a.workload ? k8sVerdict(model, a) : { kind: 'unknowable' as const }) : a.service ? composeVerdict(a) : { kind: 'unknowable' as const };
        if (v.kind !== 'missing') continue;
        const s = suggestion(d, a);
        const what = v.empty
          ? `${v.empty.key} is empty in ${agentLabel(a)}, and the agent treats an empty value as unset; with no -target-exe/-target-pid flag and no other target variable it has no target`
          : `${agentLabel(a)} runs the Go agent without a target: no -target-exe or -target-pid flag, and neither ${EXE} nor ${PID} in its environment`;
        report({
          range: v.empty?.range ?? a.range,
          message: `${what[0]!.toUpperCase()}${what.slice(1)}. The agent logs "failed to find target" and exits with status 0, instrumenting nothing.${s.text}`,
          related: s.related,
        });
      }
    }
  },
};
