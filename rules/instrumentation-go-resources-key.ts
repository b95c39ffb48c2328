import type { Rule } from '../src/engine/types.ts';
import { setScalarFix } from '../src/engine/report-helpers.ts';
import { editDistance } from './operator/shared.ts';
import { editableYaml } from './operator/yaml-edit.ts';

const RIGHT = 'resourceRequirements';

/** `resources` (the container field's name), or a misspelling of resourceRequirements. */
function meant(key: string): boolean {
  if (key === RIGHT) return false;
  return key === 'resources' || key === 'resource' || editDistance(key, RIGHT) <= 2;
}

export const instrumentationGoResourcesKey: Rule = {
  meta: {
    id: 'instrumentation-go-resources-key',
    description: 'Instrumentation spec.go.resources instead of spec.go.resourceRequirements: the sidecar gets no requests or limits',
    defaultSeverity: 'warning',
    fixable: true,
    category: 'operator',
  },
  check({ model, report }) {
    for (const i of model.instrumentations) {
      const hasRight = i.goKeys.some((k) => k.key === RIGHT);
      for (const k of i.goKeys) {
        if (!meant(k.key)) continue;
        const fix = !hasRight && editableYaml(model, k.keyRange.file) ? setScalarFix(model, { value: k.key, range: k.keyRange }, RIGHT, `Rename spec.go.${k.key} to spec.go.${RIGHT}`) : undefined;
        const advice = hasRight ? ` spec.go.${RIGHT} is also set: merge the two and remove spec.go.${k.key}.` : ` Rename it to spec.go.${RIGHT}.`;
        report({
          range: k.keyRange,
          message: `spec.go.${k.key} is not a field of the Instrumentation resource: the Go sidecar's requests and limits go in spec.go.${RIGHT}. Depending on the client, applying it fails on the unknown field (kubectl's strict field validation) or the API server silently drops it, and the injected sidecar runs without these requests and limits.${advice}`,
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
};
