import type { Rule } from '../src/engine/types.ts';
import { agentCommandLine, agentLabel, agentVersion, compareVersion, namesAgentBinary, parseFlags } from './sidecar/agents.ts';
import { closest } from './sidecar/closest.ts';

type V = [number, number, number];

/** The agent's command-line flags by release (cli/main.go at each tag). `until` is the first release without it. */
const FLAGS: { name: string; since: V; until?: V; note?: string }[] = [
  { name: 'global-impl', since: [0, 9, 0], until: [0, 22, 0], note: 'instrumenting the global OpenTelemetry implementation is always on since then' },
  { name: 'log-level', since: [0, 14, 0] },
  { name: 'target-exe', since: [0, 22, 0] },
  { name: 'target-pid', since: [0, 22, 0] },
];
/** Defined by Go's flag package itself (they print the usage). */
const BUILTIN = new Set(['h', 'help']);

const show = (v: V): string => `v${v.join('.')}`;

export const agentUnknownFlag: Rule = {
  meta: {
    id: 'agent-unknown-flag',
    description: 'The agent is given a flag its version does not define (e.g. -global-impl, removed in v0.22.0), so it exits with status 2',
    defaultSeverity: 'error',
    fixable: false,
    category: 'sidecar',
  },
  check({ model, report }) {
    for (const d of model.deployments) {
      for (const a of d.agents) {
        if (a.kind !== 'go-auto') continue;
        const cl = agentCommandLine(a);
        if (!cl) continue;
        if (cl.program && !namesAgentBinary(cl.program)) continue;
        // An agent built in the repository may be any release or a fork: its flags are not known.
        if (!a.version && a.builtFromSource) continue;
        const version = agentVersion(a.version);
        const tag = a.version ? `image tag ${a.version}` : 'an image without a version tag';
        for (const f of parseFlags(cl.words)) {
          if (BUILTIN.has(f.name)) continue;
          const known = FLAGS.find((x) => x.name === f.name);
          const fails = `Go's flag package stops at it ("flag provided but not defined: -${f.name}") and the agent exits with status 2`;
          let message: string | undefined;
          if (!known) {
            const current = version ? FLAGS.filter((x) => compareVersion(version, x.since) >= 0 && (!x.until || compareVersion(version, x.until) < 0)) : FLAGS.filter((x) => !x.until);
            const near = closest(f.name, current.map((x) => x.name));
            message = `"${f.word.value}" is not a flag of the Go agent (${tag} defines ${current.map((x) => `-${x.name}`).join(', ')}); ${fails}.${near ? ` Did you mean -${near}?` : ''}`;
          } else if (known.until && (!version || compareVersion(version, known.until) >= 0)) {
            const which = version ? `this agent (${tag})` : `${tag}, which cannot say the version, and every release since ${show(known.until)}`;
            message = `-${f.name} was removed from the agent in ${show(known.until)}${known.note ? ` (${known.note})` : ''}; with ${which} ${fails}. Remove the flag.`;
          } else if (version && compareVersion(version, known.since) < 0) {
            message = `-${f.name} was added to the agent in ${show(known.since)}; this agent (${tag}) does not define it, so ${fails}. Use an agent image of ${show(known.since)} or later${f.name === 'target-exe' ? ', or set OTEL_GO_AUTO_TARGET_EXE instead' : ''}.`;
          }
          if (!message) continue;
          report({ range: f.word.range, message, related: [{ range: a.range, message: `the agent image of ${agentLabel(a)}` }] });
        }
      }
    }
  },
};
