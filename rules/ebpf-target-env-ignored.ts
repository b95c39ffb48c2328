import type { Rule } from '../src/engine/types.ts';
import type { Evidence } from '../src/model/source.ts';
import { at } from '../src/engine/report-helpers.ts';
import type { Scalar } from '../src/model/workload.ts';
import { beylaBeforeGlobs, envSelectorIgnored } from '../src/link/ebpf-config.ts';
import { BEYLA_TARGET_ENV, GO_TARGET_ENV } from '../src/link/deployments.ts';

export const ebpfTargetEnvIgnored: Rule = {
  meta: {
    id: 'ebpf-target-env-ignored',
    description: "OBI's or Beyla's executable glob variable is ignored: the config file selects with the deprecated discovery.services only, or the Beyla release predates the variable",
    defaultSeverity: 'error',
    fixable: false,
    category: 'settings',
  },
  check({ model, report }) {
    const seen = new Set<string>();
    for (const d of model.deployments) {
      for (const t of d.targets) {
        const a = t.agent;
        if (!a || t.match !== 'glob' || t.configItem || !envSelectorIgnored(a)) continue;
        const key = `${t.value.range.file}:${t.value.range.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const cfg = a.configFile!;
        const c = cfg.config!;
        const tool = a.kind === 'obi' ? 'OBI' : 'Beyla';
        const regexVar = a.kind === 'obi' ? 'OTEL_EBPF_EXECUTABLE_PATH' : 'BEYLA_EXECUTABLE_NAME';
        const portVar = a.kind === 'obi' ? 'OTEL_EBPF_OPEN_PORT' : 'BEYLA_OPEN_PORT';
        const services: Evidence[] = c.servicesKey ? [{ range: c.servicesKey, message: 'discovery.services (deprecated)' }] : [];
        report({
          range: t.value.range,
          message:
            `${t.key} is "${t.value.unknown ? '…' : t.value.value}", but ${tool} ignores it: its config file ${cfg.path.value} (${cfg.where ?? c.file}) selects processes ` +
            `with the deprecated discovery.services section${c.servicesKey ? ` (${at(c.servicesKey)})` : ''} and has no discovery.instrument, and then ${tool} adds only ` +
            `${regexVar} and ${portVar} to it, never the glob variable. Move the selection into discovery.instrument (its exe_path is a glob like this variable), ` +
            `or remove discovery.services from the file.`,
          related: [...cfg.evidence, ...services],
        });
      }
      // Beyla before 2.5.0 has no glob variable at all, nor discovery.instrument.
      for (const a of d.agents) {
        if (!beylaBeforeGlobs(a)) continue;
        const cf = a.configFile?.config;
        if (cf?.instrumentKey && cf.instrument.length > 0 && !a.configFile!.reason) {
          const key = `${cf.instrumentKey.file}:${cf.instrumentKey.start}`;
          if (!seen.has(key)) {
            seen.add(key);
            report({
              range: cf.instrumentKey,
              message:
                `discovery.instrument came with Beyla 2.5.0, and Beyla ${a.version} (the agent's image tag) does not read it: this release selects executables by ` +
                `discovery.services (exe_path an unanchored regular expression) and BEYLA_EXECUTABLE_NAME or BEYLA_OPEN_PORT; with nothing else to select, ` +
                'it exits at start ("missing at least one of BEYLA_NETWORK_METRICS, BEYLA_EXECUTABLE_NAME or BEYLA_OPEN_PORT", Beyla issue #2461). ' +
                'Write the selection under discovery.services, or run Beyla 2.5.0 or later.',
              related: [{ range: a.range, message: `${a.name}: ${a.recognisedBy}` }],
            });
          }
        }
        const env: { name: Scalar; value?: Scalar | undefined }[] = a.container?.env ?? a.service?.environment ?? [];
        const e = env.find((x) => x.name.value === BEYLA_TARGET_ENV);
        if (!e) continue;
        const range = e.value?.range ?? e.name.range;
        const key = `${range.file}:${range.start}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const value = e.value && !e.value.unknown ? ` is "${e.value.value}", but` : ',';
        report({
          range,
          message:
            `${BEYLA_TARGET_ENV}${value} Beyla ${a.version} (the agent's image tag) does not read it: the variable came with Beyla 2.5.0. ` +
            `This release selects executables by BEYLA_EXECUTABLE_NAME (or ${GO_TARGET_ENV}), an unanchored regular expression, and the config file's discovery.services. ` +
            `Set BEYLA_EXECUTABLE_NAME instead, or run Beyla 2.5.0 or later.`,
          related: [{ range: a.range, message: `${a.name}: ${a.recognisedBy}` }],
        });
      }
    }
  },
};
