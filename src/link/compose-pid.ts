// Which PID namespace a compose service runs in. `pid: "service:<name>"` and `pid: "container:<name>"` (the
// `container_name:` of a service) put the service into the other's namespace, whichever of the two is the agent: an
// application with `pid: "service:<agent>"` shares its namespace with the agent as much as the reverse does. Chains are
// followed; `pid: host` is the host's namespace (it sees every process).

import type { ComposeService } from '../model/workload.ts';

/** The service that owns a service's PID namespace, `'host'`, or undefined when that is not known. */
export type PidOwner = ComposeService | 'host' | undefined;

export function pidOwner(services: readonly ComposeService[], s: ComposeService): PidOwner {
  const seen = new Set<ComposeService>();
  let cur = s;
  for (;;) {
    if (seen.has(cur)) return undefined; // a cycle: Compose rejects the project
    seen.add(cur);
    const pid = cur.pid;
    if (!pid) return cur;
    if (pid.unknown || pid.value.includes('$')) return undefined;
    if (pid.value === 'host') return 'host';
    let next: ComposeService | undefined;
    if (pid.value.startsWith('service:')) {
      const name = pid.value.slice('service:'.length);
      next = services.find((x) => x.name.value === name);
    } else if (pid.value.startsWith('container:')) {
      const name = pid.value.slice('container:'.length);
      next = services.find((x) => x.containerName && !x.containerName.unknown && x.containerName.value === name);
    }
    if (!next) return undefined;
    cur = next;
  }
}
