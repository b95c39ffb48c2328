import type { Rule } from '../src/engine/types.ts';
import { appEvidence, checkTarget, linkClause, targetLabel, appLabel } from '../src/link/target-check.ts';
import { cite, setScalarFix } from '../src/engine/report-helpers.ts';

export const targetExeWrapper: Rule = {
  meta: {
    id: 'target-exe-wrapper',
    description: 'The target names a wrapper (entrypoint script, shell, tini, gosu …) instead of the Go binary it starts',
    defaultSeverity: 'error',
    fixable: true,
    category: 'target',
    perContainer: true,
  },
  check({ model, report }) {
    for (const d of model.deployments) {
      for (const t of d.targets) {
        const o = checkTarget(t);
        if (o.kind !== 'wrapper') continue;
        const w = o.wrapper;
        const p = o.app.process;
        let what: string;
        if (w?.kind === 'script') what = `the script ${w.path}; the kernel reports a script as its interpreter${w.exe ? ` (${w.exe})` : ''}, never the script's path`;
        else if (w?.kind === 'shell') what = `the shell ${w.path}, which only starts the program`;
        else if (w?.kind === 'init') what = `the init ${w.name}, which starts the program as its child`;
        else if (w) what = `the wrapper ${w.name}, which starts the program`;
        else what = `a wrapper (${o.named}), not a Go program`;
        const target = p.status === 'resolved' && p.exe && !p.goRun ? p.exe : undefined;
        const tail = target
          ? ` The Go process of ${appLabel(o.app)} is "${target}" (${cite(p.steps)}${linkClause(o.app)}); set it to that.`
          : ` Set it to the absolute path of the Go binary the wrapper execs.`;
        const fix = target ? setScalarFix(model, t.value, target, `Set ${t.key} to "${target}"`) : undefined;
        report({
          range: t.value.range,
          message: `${targetLabel(t)} is "${t.resolved}", ${what}.${tail}`,
          related: [...(w ? [w.evidence] : []), ...appEvidence(o.app)],
          ...(fix ? { fix } : {}),
        });
      }
    }
  },
};
