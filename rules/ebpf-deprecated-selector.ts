import type { Rule } from '../src/engine/types.ts';
import type { Range } from '../src/model/source.ts';
import type { Scalar } from '../src/model/workload.ts';
import { BEYLA_TARGET_ENV, GO_TARGET_ENV, OBI_TARGET_ENV } from '../src/link/deployments.ts';

/** The deprecated regular-expression selectors and the glob variables that replace them. */
const DEPRECATED: Record<string, { tool: string; replacement: string }> = {
  OTEL_EBPF_EXECUTABLE_PATH: { tool: 'OBI', replacement: OBI_TARGET_ENV },
  BEYLA_EXECUTABLE_NAME: { tool: 'Beyla', replacement: BEYLA_TARGET_ENV },
};

/** A regular expression without metacharacters: it means "the path contains this text". */
function plainText(re: string): boolean {
  return [...re].every((c) => !'\\^$.|?*+()[]{}'.includes(c));
}

export const ebpfDeprecatedSelector: Rule = {
  meta: {
    id: 'ebpf-deprecated-selector',
    description: "OBI's or Beyla's deprecated executable selector: an unanchored regular expression",
    defaultSeverity: 'warning',
    fixable: false,
    category: 'settings',
  },
  check({ model, report }) {
    const check = (env: { name: Scalar; value?: Scalar | undefined }[], range: (e: { name: Scalar; value?: Scalar | undefined }) => Range): void => {
      const names = new Set(env.map((e) => e.name.value));
      for (const e of env) {
        const d = DEPRECATED[e.name.value];
        if (!d) continue;
        const value = e.value && !e.value.unknown ? e.value.value : undefined;
        const shown = value !== undefined ? ` "${value}"` : '';
        const example = value !== undefined && plainText(value) && value !== '' ? value : 'myapp';
        const glob = value !== undefined && plainText(value) && value !== '' && !value.includes('/') ? `"*/${example}"` : `"*/${example}" or the full path`;
        const newer = names.has(d.replacement) ? d.replacement : names.has(GO_TARGET_ENV) ? GO_TARGET_ENV : undefined;
        const tail = newer
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
        for (const c of [...o.pod.containers, ...o.pod.initContainers]) check(c.env, (e) => e.name.range);
      }
    }
    for (const cf of model.compose) for (const s of cf.services) check(s.environment, (e) => e.name.range);
  },
};
