import { posix } from 'node:path';
import type { Rule } from '../src/engine/types.ts';
import type { AppContainer } from '../src/model/project.ts';
import type { Evidence } from '../src/model/source.ts';
import { appEvidence, checkTarget, linkClause, soleResolved, targetLabel, appLabel } from '../src/link/target-check.ts';
import { cite, setScalarFix } from '../src/engine/report-helpers.ts';

export const targetExeMismatch: Rule = {
  meta: {
    id: 'target-exe-mismatch',
    description: 'The target executable differs from the path the kernel reports for the Go process',
    defaultSeverity: 'error',
    fixable: true,
    category: 'target',
    perContainer: true,
  },
  check({ model, report }) {
    for (const d of model.deployments) {
      for (const t of d.targets) {
        const o = checkTarget(t);
        if (o.kind !== 'mismatch') continue;
        const value = t.resolved!;
        const related: Evidence[] = [...t.valueEvidence];
        const runs = o.apps.map((a) => {
          related.push(...appEvidence(a));
          return `${appLabel(a)} runs "${a.process.exe}" (${cite(a.process.steps, 3)}${linkClause(a)})`;
        });
        const sole = soleResolved(o.apps);
        let why = 'the agent compares the two paths exactly, so it will never attach';
        if (sole?.process.invokedAs === value) {
          why = `${value} is a ${sole.process.invokedAs.startsWith('/bin/') || sole.process.invokedAs.startsWith('/sbin/') || sole.process.invokedAs.startsWith('/lib') ? 'path through the merged-/usr symlink' : 'symlink'}; the kernel reports the resolved path, and the agent compares exactly`;
        }
        // An Instrumentation's value serves every workload that uses it: name the workload, and do not rewrite the
        // shared value when another workload needs something else (the pod annotation takes precedence).
        const shared = t.source === 'instrumentation-go-env' || t.source === 'instrumentation-env';
        const w = shared ? o.apps[0]?.workload : undefined;
        const subject = w ? `${w.kind} ${w.name?.value ?? ''} uses this Instrumentation; its ${runs.join(' and ')}` : runs.join(' and ');
        const others = shared
          ? model.deployments.flatMap((d2) => d2.targets.filter((t2) => t2 !== t && t2.value.range.file === t.value.range.file && t2.value.range.start === t.value.range.start))
          : [];
        const conflict = others.some((t2) => soleResolved(t2.apps)?.process.exe !== sole?.process.exe);
        // Another application container runs a program the linter cannot work out, and the value is not named like
        // any program it can: the value may name that one (the agent matches any process it sees). A warning, and no
        // fix rewrites a value that may be right.
        const base = posix.basename(value);
        const unsure = o.unknown.length > 0 && !o.apps.some((a) => posix.basename(a.process.exe!) === base);
        if (unsure) {
          why = `the agent compares the two paths exactly, so it will not attach to ${o.apps.length === 1 ? 'that container' : 'those containers'}`;
          for (const a of o.unknown) related.push({ range: a.range, message: `${appLabel(a)}: ${unknownWhy(a)}` });
        }
        // The kernel may report either spelling (a merged /usr not known): no fix picks one.
        const alias = sole?.process.usrMergeAlias;
        const fix = sole && !conflict && !unsure && !alias ? setScalarFix(model, t.value, sole.process.exe!, `Set ${t.key} to "${sole.process.exe}"`) : undefined;
        const advice = unsure
          ? ` ${capitalize(o.unknown.map((a) => `${appLabel(a)} runs a program that is not known (${unknownWhy(a)})`).join('; '))}: if the value names it, map its image in .otel-target-lint.yaml so it can be checked${sole ? `; if the value is meant for ${appLabel(sole)}, set it to "${sole.process.exe}"` : ''}.`
          : sole && conflict && w
          ? ` Other workloads use this Instrumentation too: set the annotation instrumentation.opentelemetry.io/otel-go-auto-target-exe: "${sole.process.exe}" on the pod template of ${w.kind} ${w.name?.value ?? ''} (it takes precedence).`
          : sole && alias ? ` Set it to "${sole.process.exe}", or to "${alias.path}" ${alias.why}.`
          : sole ? ` Set it to "${sole.process.exe}".` : ` Set it to the path of the process it should instrument.`;
        report({
          range: t.value.range,
          message: `${targetLabel(t)} is "${value}", but ${subject}; ${why}.${advice}`,
          related,
          ...(fix ? { fix } : {}),
          ...(unsure ? { severity: 'warning' as const } : {}),
        });
      }
    }
  },
};

/** Why an application container's program is not known: its image's missing link first, the cause of the rest. */
function unknownWhy(a: AppContainer): string {
  if (!a.link && a.unlinkedReason) return `its image is not linked to a Dockerfile: ${a.unlinkedReason}`;
  return a.process.reason ?? 'unknown';
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
