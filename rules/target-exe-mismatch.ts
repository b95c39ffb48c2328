import type { Rule } from '../src/engine/types.ts';
import type { Evidence } from '../src/model/source.ts';
import { checkTarget, soleResolved, targetLabel, appLabel } from '../src/link/target-check.ts';
import { cite, setScalarFix } from '../src/engine/report-helpers.ts';

export const targetExeMismatch: Rule = {
  meta: {
    id: 'target-exe-mismatch',
    description: 'The target executable differs from the path the kernel reports for the Go process',
    defaultSeverity: 'error',
    fixable: true,
    category: 'target',
  },
  check({ model, report }) {
    for (const d of model.deployments) {
      for (const t of d.targets) {
        const o = checkTarget(t);
        if (o.kind !== 'mismatch') continue;
        const value = t.resolved!;
        const related: Evidence[] = [...t.valueEvidence];
        const runs = o.apps.map((a) => {
          related.push(...a.process.steps);
          return `${appLabel(a)} runs "${a.process.exe}" (${cite(a.process.steps, 3)})`;
        });
        const sole = soleResolved(o.apps);
        let why = 'the agent compares the two paths exactly, so it will never attach';
        if (sole?.process.invokedAs === value) {
          why = `${value} is a ${sole.process.invokedAs.startsWith('/bin/') || sole.process.invokedAs.startsWith('/sbin/') || sole.process.invokedAs.startsWith('/lib') ? 'path through the merged-/usr symlink' : 'symlink'}; the kernel reports the resolved path, and the agent compares exactly`;
        }
        const fix = sole ? setScalarFix(model, t.value, sole.process.exe!, `Set ${t.key} to "${sole.process.exe}"`) : undefined;
        const advice = sole ? ` Set it to "${sole.process.exe}".` : ` Set it to the path of the process it should instrument.`;
        report({
          range: t.value.range,
          message: `${targetLabel(t)} is "${value}", but ${runs.join(' and ')}; ${why}.${advice}`,
          related,
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
};
