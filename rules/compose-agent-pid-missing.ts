import type { Fix, Rule } from '../src/engine/types.ts';
import { agentKindLabel } from './sidecar/agents.ts';
import { insertIntoMapping, yamlFile } from './sidecar/text.ts';

/** Compose `pid:` values that share a PID namespace: `host`, `service:<name>`, `container:<name>`. */
export function sharesPid(pid: string): boolean {
  return pid === 'host' || (pid.startsWith('service:') && pid.length > 8) || (pid.startsWith('container:') && pid.length > 10);
}

export const composeAgentPidMissing: Rule = {
  meta: {
    id: 'compose-agent-pid-missing',
    description: 'The agent service does not share a PID namespace with the application (pid: "service:<app>" or pid: host)',
    defaultSeverity: 'error',
    fixable: true,
    category: 'compose',
  },
  check({ model, report }) {
    for (const d of model.deployments) {
      if (d.kind !== 'compose' || !d.compose) continue;
      for (const a of d.agents) {
        const s = a.service;
        if (!s) continue;
        const pid = s.pid;
        if (pid && (pid.unknown || pid.value.includes('$') || sharesPid(pid.value))) continue;
        // An `extends:` base the linter could not read may set it.
        if (!pid && s.incomplete) continue;
        // The applications joined the agent's namespace (`pid: "service:<agent>"` on them): one namespace all the same.
        if (a.joinedBy?.length) continue;
        // The agent runs in the application's own container (copied into its image): it sees the application.
        if (d.apps.some((x) => x.service === s)) continue;
        const apps = d.apps;
        const suggest = apps.length === 1 ? `pid: "service:${apps[0]!.name}"` : apps.length > 1 ? 'pid: "service:<the application service>"' : 'pid: "service:<the application service>" or pid: host';
        const sees = `sees only its own processes${apps.length > 0 ? `, never those of ${apps.map((x) => `service "${x.name}"`).join(', ')}` : ''}`;
        const who = `the agent service "${a.name}" (${agentKindLabel(a)})`;
        if (pid) {
          report({
            range: pid.range,
            message: `pid: "${pid.value}" does not share a PID namespace (the sharing values are host, service:<name> and container:<name>), so ${who} ${sees}: it never finds a process to attach to. Use ${suggest}.`,
          });
          continue;
        }
        let fix: Fix | undefined;
        const file = yamlFile(model, s.range);
        if (apps.length === 1 && file) {
          const edit = insertIntoMapping(file, s.name.range, s.range, [`pid: "service:${apps[0]!.name}"`]);
          if (edit) fix = { description: `Add pid: "service:${apps[0]!.name}"`, edits: [edit] };
        }
        report({
          range: s.name.range,
          message: `${who[0]!.toUpperCase()}${who.slice(1)} has no pid: setting, so it runs in its own PID namespace and ${sees}: it never finds a process to attach to. Add ${suggest}${apps.length === 1 ? ' (or pid: host)' : ''}.`,
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
};
