import { posix } from 'node:path';
import type { Rule } from '../src/engine/types.ts';
import { closest } from './sidecar/closest.ts';

export const composePidServiceUnknown: Rule = {
  meta: {
    id: 'compose-pid-service-unknown',
    description: 'pid: "service:<name>" names a service the compose project does not define',
    defaultSeverity: 'error',
    fixable: false,
    category: 'compose',
  },
  check({ model, report }) {
    for (const cf of model.compose) {
      // Compose merges the files of one project (compose.yaml + compose.override.yaml ...): services of every
      // compose file in the same directory count.
      const dir = posix.dirname(cf.file);
      const names = new Set<string>();
      let unknownNames = false;
      for (const other of model.compose) {
        if (posix.dirname(other.file) !== dir) continue;
        for (const s of other.services) {
          if (s.name.unknown) unknownNames = true;
          else names.add(s.name.value);
        }
      }
      if (unknownNames || cf.servicesIncomplete) continue;
      for (const s of cf.services) {
        const pid = s.pid;
        if (!pid || pid.unknown || pid.value.includes('$') || !pid.value.startsWith('service:')) continue;
        const name = pid.value.slice('service:'.length);
        if (names.has(name)) continue;
        const candidates = [...names].filter((n) => n !== s.name.value);
        const near = closest(name, candidates);
        const hint = near
          ? ` Did you mean "service:${near}"?`
          : candidates.length > 0
            ? ` The services are ${candidates.map((n) => `"${n}"`).join(', ')}.`
            : '';
        report({
          range: pid.range,
          message: `pid: "${pid.value}" names the service "${name}", which no compose file of this project defines; Compose turns pid: "service:…" into a dependency and rejects the project (\`service "${s.name.value}" depends on undefined service "${name}": invalid compose project\`) before starting anything.${hint}`,
        });
      }
    }
  },
};
