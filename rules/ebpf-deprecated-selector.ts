import type { Rule } from '../src/engine/types.ts';
import type { Range } from '../src/model/source.ts';
import type { Scalar } from '../src/model/workload.ts';
import type { EbpfConfig } from '../src/model/ebpf.ts';
import type { AgentContainer } from '../src/model/project.ts';
import { BEYLA_TARGET_ENV, GO_TARGET_ENV, OBI_TARGET_ENV } from '../src/link/deployments.ts';
import { beylaBeforeGlobs, envSelectorIgnored } from '../src/link/ebpf-config.ts';

/** The deprecated regular-expression selectors and the glob variables that replace them. */
const DEPRECATED: Record<string, { tool: string; replacement: string }> = {
  OTEL_EBPF_EXECUTABLE_PATH: { tool: 'OBI', replacement: OBI_TARGET_ENV },
  BEYLA_EXECUTABLE_NAME: { tool: 'Beyla', replacement: BEYLA_TARGET_ENV },
};

/** A regular expression without metacharacters: it means "the path contains this text". */
function plainText(re: string): boolean {
  return [...re].every((c) => !'\\^$.|?*+()[]{}'.includes(c));
}

/** A program name for an example glob: the first plain `exe_path` of discovery.services, else "myapp". */
function exampleName(c: EbpfConfig): string {
  const v = c.services.map((x) => x.exePath).find((x) => x && !x.unknown && x.value !== '' && plainText(x.value) && !x.value.includes('/'));
  return v ? v.value : 'myapp';
}

export const ebpfDeprecatedSelector: Rule = {
  meta: {
    id: 'ebpf-deprecated-selector',
    description: "OBI's or Beyla's deprecated executable selector (a variable or the config file's discovery.services): an unanchored regular expression",
    defaultSeverity: 'warning',
    fixable: false,
    category: 'settings',
  },
  check({ model, report }) {
    // Containers whose agent's config file selects with discovery.services only: there the old variable is read
    // (added to that list) and the glob variable is the ignored one (ebpf-target-env-ignored).
    const deprecatedConfig = new Set<object>();
    const configs = new Map<string, { agent: AgentContainer; config: EbpfConfig }>();
    // Beyla before 2.5.0 selects with these only (nothing to deprecate them in favour of): not reported.
    const older = new Set<object>();
    for (const d of model.deployments) {
      for (const a of d.agents) {
        if (beylaBeforeGlobs(a)) {
          if (a.container) older.add(a.container);
          if (a.service) older.add(a.service);
          continue;
        }
        const c = a.configFile?.config;
        if (!c || a.configFile?.reason) continue;
        if (envSelectorIgnored(a)) {
          if (a.container) deprecatedConfig.add(a.container);
          if (a.service) deprecatedConfig.add(a.service);
        }
        if (c.servicesKey && c.services.length > 0) configs.set(`${c.servicesKey.file}:${c.servicesKey.start}`, { agent: a, config: c });
      }
    }
    for (const { agent, config } of configs.values()) {
      const tool = agent.kind === 'obi' ? 'OBI' : 'Beyla';
      const ignoredToo = config.instrument.length > 0 || config.exclusions.length > 0;
      report({
        range: config.servicesKey!,
        message:
          `discovery.services is deprecated in ${tool}: the exe_path of its items is an unanchored regular expression searched for anywhere in the executable path, ` +
          `so it also selects any other program whose path contains it.` +
          (ignoredToo
            ? ' The file also has discovery.instrument, which takes precedence, so this section is ignored: remove it.'
            : ` Use discovery.instrument, whose exe_path is a glob over the whole path (e.g. "*/${exampleName(config)}").` +
              (config.services.some((x) => x.otherAttributes)
                ? ' Kubernetes attributes change too: k8s_namespace, k8s_deployment_name and the like are globs there, not regular expressions (k8s_namespace: "." matches only a namespace named ".").'
                : '')),
        related: agent.configFile!.evidence,
      });
    }
    const check = (
      env: { name: Scalar; value?: Scalar | undefined }[],
      range: (e: { name: Scalar; value?: Scalar | undefined }) => Range,
      owner: object,
    ): void => {
      if (older.has(owner)) return;
      const names = new Set(env.map((e) => e.name.value));
      for (const e of env) {
        const d = DEPRECATED[e.name.value];
        if (!d) continue;
        const value = e.value && !e.value.unknown ? e.value.value : undefined;
        const shown = value !== undefined ? ` "${value}"` : '';
        const example = value !== undefined && plainText(value) && value !== '' ? value : 'myapp';
        const glob = value !== undefined && plainText(value) && value !== '' && !value.includes('/') ? `"*/${example}"` : `"*/${example}" or the full path`;
        const newer = deprecatedConfig.has(owner) ? undefined : names.has(d.replacement) ? d.replacement : names.has(GO_TARGET_ENV) ? GO_TARGET_ENV : undefined;
        const tail = deprecatedConfig.has(owner)
          ? ` The config file selects with the deprecated discovery.services, which this variable is added to: move both into discovery.instrument, whose exe_path is a glob over the whole path, e.g. ${glob}.`
          : newer
            ? ` ${newer} is also set and takes precedence, so this one is ignored: remove it.`
            : ` Use ${d.replacement}, a glob over the whole path, e.g. ${glob}.`;
        report({
          range: range(e),
          message:
            `${e.name.value}${shown} is deprecated in ${d.tool}: it is an unanchored regular expression searched for anywhere in the executable path, ` +
            `so it also selects any other program whose path contains it (${value !== undefined && plainText(value) && value !== '' ? `"${value}" matches /usr/bin/${value}-migrate too` : 'e.g. a helper named after the app'}).${tail}`,
          related: [],
        });
      }
    };
    for (const f of model.kube) {
      for (const o of f.objects) {
        if (o.type !== 'workload') continue;
        for (const c of [...o.pod.containers, ...o.pod.initContainers]) check(c.env, (e) => e.name.range, c);
      }
    }
    for (const cf of model.compose) for (const s of cf.services) check(s.environment, (e) => e.name.range, s);
  },
};
