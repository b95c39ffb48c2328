import type { Fix, Rule } from '../src/engine/types.ts';
import type { Evidence } from '../src/model/source.ts';
import type { Container } from '../src/model/workload.ts';
import { at } from '../src/engine/report-helpers.ts';
import { compareVersions } from '../src/link/go-versions.ts';
import type { GoVersion } from '../src/link/go-versions.ts';
import { operatorManagers } from './operator/shared.ts';
import { workloadLabel } from './sidecar/agents.ts';
import { prependListItem, yamlFile } from './sidecar/text.ts';

const FLAG = '--enable-go-instrumentation';
/** Before v0.99.0 Go instrumentation was this feature gate. */
const GATE = 'operator.autoinstrumentation.go';

/** A flag without its leading dashes (`--x=1` -> `x=1`); undefined for an argument that is not a flag. */
function undashed(arg: string): string | undefined {
  let k = 0;
  while (arg[k] === '-') k++;
  return k === 0 ? undefined : arg.slice(k);
}

/** The Operator release that turned the feature gate into the flag. */
const FLAG_SINCE: GoVersion = [0, 99, 0];

/** An Operator older than v0.99.0 (from its image tag): Go instrumentation is the feature gate there. */
function gated(v: GoVersion): boolean {
  return compareVersions(v, FLAG_SINCE) < 0;
}

/**
 * Whether the manager container enables Go instrumentation: 'yes', 'no', or 'unknown' (an argument, the environment
 * or a config file the linter cannot read). The Operator reads the flag, the ENABLE_GO_AUTO_INSTRUMENTATION variable
 * and its config file (internal/config: cli.go, env.go, file.go); before v0.99.0, the feature gate.
 */
function goEnabled(c: Container, v: GoVersion | undefined): 'yes' | 'no' | 'unknown' {
  if (c.templated || c.envFrom.length > 0) return 'unknown';
  const words = [...(c.command?.items ?? []), ...(c.args?.items ?? [])];
  if (words.some((w) => w.unknown)) return 'unknown';
  let flag = false;
  let gate = false;
  for (const { value } of words) {
    // Go's flag package takes `-name` and `--name`; the last setting wins.
    const w = undashed(value);
    if (w === undefined) continue;
    if (w.startsWith('config')) return 'unknown';
    if (w === 'enable-go-instrumentation' || w === 'enable-go-instrumentation=true') flag = true;
    else if (w === 'enable-go-instrumentation=false') flag = false;
    else if (w.startsWith('feature-gates=')) gate = w.slice('feature-gates='.length).split(',').includes(GATE);
  }
  let env = false;
  const e = c.env.find((x) => x.name.value === 'ENABLE_GO_AUTO_INSTRUMENTATION');
  if (e) {
    if (!e.value || e.value.unknown) return 'unknown';
    // strconv.ParseBool
    env = ['1', 't', 'T', 'TRUE', 'true', 'True'].includes(e.value.value);
  }
  const on = v === undefined ? flag || env || gate : gated(v) ? gate : flag || env;
  return on ? 'yes' : 'no';
}

export const operatorGoInstrumentationDisabled: Rule = {
  meta: {
    id: 'operator-go-instrumentation-disabled',
    description: 'Workloads ask the OpenTelemetry Operator for Go injection, but the Operator in the repository runs with Go instrumentation disabled',
    // A warning: the repository may hold an Operator manifest it does not deploy (an upgrade test's old version).
    defaultSeverity: 'warning',
    fixable: true,
    category: 'operator',
  },
  check({ model, report }) {
    const asking = model.deployments.filter((d) => d.operator && d.operator.on !== 'workload' && d.workload);
    if (asking.length === 0) return;
    const managers = operatorManagers(model.deployments);
    // Only when every Operator the repository holds has Go off: with one that has it on, that one may serve them.
    if (managers.length === 0 || managers.some((m) => goEnabled(m.c, m.v) !== 'no')) return;
    const related: Evidence[] = asking.slice(0, 3).map((d) => ({
      range: d.operator!.injectGo.range,
      message: `${workloadLabel(d.workload!)} asks for Go injection (inject-go "${d.operator!.injectGo.value}")`,
    }));
    const named = asking.slice(0, 3).map((d, i) => (i === 0 ? `${workloadLabel(d.workload!)} (${at(d.operator!.injectGo.range)})` : workloadLabel(d.workload!)));
    const more = asking.length > 3 ? ` and ${asking.length - 3} more` : '';
    const who = named.length === 1 ? named[0]! : `${named.slice(0, -1).join(', ')}${more ? ', ' : ' and '}${named[named.length - 1]}${more}`;
    for (const { w, c, v } of managers) {
      const old = v !== undefined && gated(v);
      const how = old
        ? `add --feature-gates=${GATE} to its args (Operator ${v!.join('.')} predates ${FLAG}, added in v0.99.0)`
        : `add ${FLAG} to its args (the Helm chart: manager.autoInstrumentation.go.enabled: true)`;
      let fix: Fix | undefined;
      const file = c.args ? yamlFile(model, c.args.range) : undefined;
      // An explicit `--enable-go-instrumentation=false` is the user's to change: a flag added before it would lose.
      const explicit = c.args?.items.some((a) => undashed(a.value)?.startsWith('enable-go-instrumentation'));
      if (!old && !explicit && c.args && file) {
        const edit = prependListItem(file, c.args, FLAG);
        if (edit) fix = { description: `Add ${FLAG} to the Operator's args`, edits: [edit] };
      }
      report({
        range: c.args?.keyRange ?? c.image!.range,
        message: `The OpenTelemetry Operator of ${workloadLabel(w)} runs with Go instrumentation disabled (it is off unless enabled), so it injects no Go agent: ${who} ${asking.length > 1 ? 'ask' : 'asks'} for it, and the webhook only records a "support for Go auto instrumentation is not enabled" warning event on each pod. To enable it, ${how}.`,
        related,
        ...(fix ? { fix } : {}),
      });
    }
  },
};
