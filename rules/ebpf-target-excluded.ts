import type { Rule } from '../src/engine/types.ts';
import type { AgentContainer, AppContainer, Deployment, TargetSetting } from '../src/model/project.ts';
import { cite } from '../src/engine/report-helpers.ts';
import { globPatternMatches } from '../src/link/ebpf-glob.ts';
import { appEvidence, appLabel, linkClause, stableExe } from '../src/link/target-check.ts';
import { envSelectorIgnored } from '../src/link/ebpf-config.ts';
import { defaultExcludedExe, defaultExclusions } from '../src/link/ebpf-defaults.ts';

/** Does the glob (when it compiles) match the path? */
function matches(glob: string, exe: string): boolean {
  return globPatternMatches(glob, exe) === true;
}

/**
 * The agent's selection: its config file's discovery.instrument items and its glob variables (unless the file makes
 * OBI ignore them), each with a known glob.
 */
function selection(d: Deployment, a: AgentContainer): (TargetSetting & { resolved: string })[] {
  return d.targets.filter((t): t is TargetSetting & { resolved: string } => t.agent === a && t.match === 'glob' && t.resolved !== undefined && (t.configItem || !envSelectorIgnored(a)));
}

export const ebpfTargetExcluded: Rule = {
  meta: {
    id: 'ebpf-target-excluded',
    description:
      "OBI or Beyla excludes the process its own selection names: an item of discovery.exclude_instrument, or a built-in exclusion (its own executables, collectors, system namespaces)",
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
        const selected = selection(d, a);
        const apps = new Set<AppContainer>(selected.flatMap((t) => t.apps));
        for (const app of apps) {
          const exe = stableExe(app);
          if (exe === undefined) continue;
          const by = selected.find((t) => t.apps.includes(app) && matches(t.resolved, exe));
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

    // The built-in exclusions (discovery.default_exclude_instrument), unless the agent's config file writes its own
    // list or cannot be read.
    const hostAppsOf = new Map<'k8s' | 'compose', AppContainer[]>();
    const hostApps = (platform: 'k8s' | 'compose'): AppContainer[] => {
      let apps = hostAppsOf.get(platform);
      if (!apps) hostAppsOf.set(platform, (apps = model.deployments.flatMap((x) => x.apps.filter((app) => app.platform === platform))));
      return apps;
    };
    for (const d of model.deployments) {
      for (const a of d.agents) {
        if (a.kind !== 'obi' && a.kind !== 'beyla') continue;
        const cf = a.configFile;
        if (cf && (cf.reason || !cf.config || cf.config.unreadable || cf.config.defaultExcludeKey)) continue;
        const tool = a.kind === 'obi' ? 'OBI' : 'Beyla';
        const keep = `write discovery.default_exclude_instrument in ${tool}'s config file: the list it writes replaces the built-in one`;
        for (const t of selection(d, a)) {
          // A DaemonSet (or a compose service with `pid: host`) selects processes of every pod of its node.
          const apps = t.apps.length > 0 ? t.apps : hostApps(a.platform);
          for (const app of apps) {
            const exe = stableExe(app);
            if (exe === undefined || !matches(t.resolved, exe)) continue;
            const selects = { range: t.value.range, message: `${t.key} selects "${exe}"` };
            const pattern = defaultExcludedExe(exe, { kind: a.kind, ...(a.version ? { version: a.version } : {}) });
            if (pattern) {
              const key = `exe:${t.value.range.file}:${t.value.range.start}:${exe}`;
              if (!seen.has(key)) {
                seen.add(key);
                report({
                  range: t.value.range,
                  message:
                    `${t.key} selects "${exe}" (${appLabel(app)}; ${cite(app.process.steps, 2)}${linkClause(app)}), but that path matches ` +
                    `"${pattern}" of ${tool}'s built-in discovery.default_exclude_instrument, which keeps it from instrumenting itself, ` +
                    `the other eBPF agents and OpenTelemetry Collectors. An exclusion wins over every selection, so ${tool} never instruments ` +
                    `this process. To instrument it, ${keep} (without "${pattern}").`,
                  related: [selects, ...appEvidence(app)],
                });
              }
            }
            const w = app.workload ?? d.workload;
            const ns = app.platform === 'k8s' ? w?.namespace : undefined;
            if (ns && !ns.unknown && defaultExclusions({ kind: a.kind, ...(a.version ? { version: a.version } : {}) }).namespaces.includes(ns.value)) {
              const key = `ns:${ns.range.file}:${ns.range.start}:${t.value.range.file}:${t.value.range.start}`;
              if (seen.has(key)) continue;
              seen.add(key);
              const owner = w?.name && !w.name.unknown ? `${w.kind} "${w.name.value}"` : (w?.kind ?? 'the pod');
              report({
                range: ns.range,
                severity: 'warning',
                message:
                  `${owner} is in namespace "${ns.value}", one of the Kubernetes system and monitoring namespaces ${tool}'s built-in ` +
                  `discovery.default_exclude_instrument leaves out. ${t.key} "${t.value.value}" (${t.value.range.file}:${t.value.range.line}) selects ` +
                  `its ${appLabel(app)} ("${exe}"), but with the Kubernetes metadata ${tool} reads in a cluster, the exclusion wins and the ` +
                  `process is never instrumented. Deploy it to another namespace, or ${keep} (without "${ns.value}").`,
                related: [selects, ...appEvidence(app)],
              });
            }
          }
        }
      }
    }
  },
};
