import type { Rule } from '../src/engine/types.ts';
import type { AppContainer } from '../src/model/project.ts';
import { cite } from '../src/engine/report-helpers.ts';
import { globPatternMatches } from '../src/link/ebpf-glob.ts';
import { appEvidence, appLabel, linkClause } from '../src/link/target-check.ts';
import { envSelectorIgnored } from '../src/link/ebpf-config.ts';

/** Does the glob (when it compiles) match the path? */
function matches(glob: string, exe: string): boolean {
  return globPatternMatches(glob, exe) === true;
}

export const ebpfTargetExcluded: Rule = {
  meta: {
    id: 'ebpf-target-excluded',
    description: "OBI's or Beyla's config file excludes (discovery.exclude_instrument) the process its own selection names",
    defaultSeverity: 'error',
    fixable: false,
    category: 'settings',
  },
  check({ model, report }) {
    const seen = new Set<string>();
    for (const d of model.deployments) {
      for (const a of d.agents) {
        const cfg = a.configFile;
        if (!cfg?.exclusions || cfg.exclusions.length === 0 || cfg.reason) continue;
        const tool = a.kind === 'obi' ? 'OBI' : 'Beyla';
        // The agent's selection: its config file's discovery.instrument items and its glob variables (unless the file
        // makes OBI ignore them).
        const selection = d.targets.filter((t) => t.agent === a && t.match === 'glob' && t.resolved && (t.configItem || !envSelectorIgnored(a)));
        const apps = new Set<AppContainer>(selection.flatMap((t) => t.apps));
        for (const app of apps) {
          const exe = app.process.status === 'resolved' && !app.process.goRun ? app.process.exe : undefined;
          if (exe === undefined) continue;
          const by = selection.find((t) => t.apps.includes(app) && matches(t.resolved!, exe));
          if (!by) continue;
          for (const x of cfg.exclusions) {
            if (x.resolved === undefined || !matches(x.resolved, exe)) continue;
            const key = `${x.value.range.file}:${x.value.range.start}:${exe}`;
            if (seen.has(key)) continue;
            seen.add(key);
            const shown = x.value.value !== x.resolved ? `"${x.value.value}", which is "${x.resolved}"` : `"${x.resolved}"`;
            report({
              range: x.value.range,
              message:
                `discovery.exclude_instrument[${x.index}].exe_path is ${shown}, which matches the process ${by.key} selects: ` +
                `${appLabel(app)} runs "${exe}" (${cite(app.process.steps, 2)}${linkClause(app)}). ${tool} leaves out every process an ` +
                `exclude_instrument item matches, whatever selects it, so it never instruments this one. Remove the item, or narrow it so that it ` +
                `no longer matches "${exe}".`,
              related: [...cfg.evidence, ...x.evidence, { range: by.value.range, message: `${by.key} selects "${exe}"` }, ...appEvidence(app)],
            });
          }
        }
      }
    }
  },
};
