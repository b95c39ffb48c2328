import type { Rule } from '../src/engine/types.ts';
import { appEvidence, checkTarget, targetLabel, appLabel } from '../src/link/target-check.ts';

export const targetExeUnresolved: Rule = {
  meta: {
    id: 'target-exe-unresolved',
    description: 'The executable the application container runs could not be worked out, so the target cannot be checked',
    defaultSeverity: 'info',
    fixable: false,
    category: 'target',
  },
  check({ model, report }) {
    for (const d of model.deployments) {
      for (const t of d.targets) {
        const o = checkTarget(t);
        if (o.kind !== 'unresolved' || !o.apps.some((a) => a.link || !a.image)) continue;
        const why = o.apps.map((a) => `${appLabel(a)}: ${a.process.reason ?? 'unknown'}`).join('; ');
        report({
          range: t.value.range,
          message: `Cannot check ${targetLabel(t)} "${t.resolved}": ${why}.`,
          related: o.apps.flatMap((a) => [{ range: a.range, message: `${appLabel(a)}${a.process.reason ? `: ${a.process.reason}` : ''}` }, ...appEvidence(a)]),
        });
      }
    }
  },
};
