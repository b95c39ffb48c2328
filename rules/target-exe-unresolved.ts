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
        // An OBI / Beyla glob (ebpf-target-glob-never-matches checks it against the executables worked out): said here
        // when none of its containers' executables is known, so that a clean run does not look like a checked one.
        if (t.match === 'glob') {
          const unknown = t.apps.filter((a) => a.process.status !== 'resolved' || !a.process.exe);
          if (t.resolved === undefined || t.apps.length === 0 || unknown.length < t.apps.length || !unknown.some((a) => a.link || !a.image)) continue;
          report({
            range: t.value.range,
            message: `Cannot check ${targetLabel(t)} "${t.resolved}" against the executables it should match: ${unknown.map((a) => `${appLabel(a)}: ${a.process.reason ?? 'unknown'}`).join('; ')}.`,
            related: unknown.flatMap((a) => [{ range: a.range, message: `${appLabel(a)}${a.process.reason ? `: ${a.process.reason}` : ''}` }, ...appEvidence(a)]),
          });
          continue;
        }
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
