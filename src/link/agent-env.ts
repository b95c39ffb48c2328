// The environment the Go agent really sees, for the settings rules: the env of an agent container (with ConfigMap
// lookups and `$(VAR)` expansion), the environment of an agent compose service, or what the OpenTelemetry Operator
// puts on the sidecar it injects from an Instrumentation: `spec.go.env` first, then `spec.env` entries not set yet,
// then OTEL_EXPORTER_OTLP_ENDPOINT from `spec.exporter.endpoint` and OTEL_TRACES_SAMPLER(_ARG) from `spec.sampler`
// when not set (opentelemetry-operator internal/instrumentation/golang.go, sdk.go, exporter.go).

import type { AgentContainer, ProjectModel } from '../model/project.ts';
import type { Evidence, Range } from '../model/source.ts';
import type { ConfigMap, EnvVar, Instrumentation, Scalar } from '../model/workload.ts';
import { baseImageFacts } from '../infer/base-images.ts';
import { containerEnv, modelConfigMaps } from './env.ts';
import { parseAgentVersion, type GoVersion } from './go-versions.ts';

export type AgentEnvSource = 'container' | 'service' | 'go-env' | 'env' | 'exporter' | 'sampler-type' | 'sampler-argument';

export interface AgentEnvVar {
  name: string;
  /** The value the agent gets; undefined when it is not known statically (a Secret, a template). */
  value?: string;
  /** The literal that holds the value (an env value, a ConfigMap entry, an Instrumentation field). */
  scalar?: Scalar;
  /**
   * The value as written, before Kubernetes `$(VAR)` or Compose `${VAR}` expansion, for checks that need only a
   * literal part of it (the port of `http://$(HOST_IP):4317`).
   */
  raw?: string;
  /** Where a finding about the value goes: the value's literal, else the variable's name. */
  range: Range;
  /** The variable name's range, when it is written as an env entry. */
  nameRange?: Range;
  source: AgentEnvSource;
  /** `env of container "otel-go-agent"`, `spec.go.env of Instrumentation go`, `spec.sampler.type of ...` */
  where: string;
  evidence: Evidence[];
  /**
   * The value is read by the Go agent only: a fix may change it. False for an Instrumentation's `spec.env` and
   * `spec.sampler`, which the Operator also gives to the Java, Python, Node.js and .NET agents.
   */
  goOnly: boolean;
}

export interface GoAgentEnv {
  /** `agent container "otel-go-agent"`, `agent service "agent"`, `Instrumentation go-instrumentation`. */
  label: string;
  agent?: AgentContainer;
  instrumentation?: Instrumentation;
  /** Agent version from the image tag (the container's image or the Instrumentation's `spec.go.image`). */
  version?: GoVersion;
  /** The image reference and where it is written. */
  image?: Scalar;
  /** The variables, by name, with the value that wins. */
  vars: Map<string, AgentEnvVar>;
}

/** Every ConfigMap of the model (memoised per model: findConfigMap indexes the array it is given). */
function configMapsOf(model: ProjectModel): ConfigMap[] {
  return modelConfigMaps(model);
}

function imageVersion(image: Scalar | undefined): GoVersion | undefined {
  if (!image || image.unknown) return undefined;
  return parseAgentVersion(baseImageFacts(image.value).tag);
}

function containerVars(agent: AgentContainer, configMaps: ConfigMap[]): Map<string, AgentEnvVar> {
  const vars = new Map<string, AgentEnvVar>();
  const c = agent.container!;
  const w = agent.workload!;
  const where = `the env of container "${agent.name}"`;
  for (const [name, v] of containerEnv(c, w, configMaps)) {
    const entry = [...c.env].reverse().find((e) => e.name.value === name);
    const scalar = v.scalar;
    const x: AgentEnvVar = {
      name,
      range: scalar?.range ?? entry?.name.range ?? c.range,
      source: 'container',
      where,
      evidence: v.evidence,
      goOnly: true,
    };
    if (v.value !== undefined && !scalar?.unknown) x.value = v.value;
    if (scalar) x.scalar = scalar;
    if (scalar && !scalar.unknown) x.raw = scalar.value;
    if (entry) x.nameRange = entry.name.range;
    vars.set(name, x);
  }
  return vars;
}

function serviceVars(agent: AgentContainer): Map<string, AgentEnvVar> {
  const vars = new Map<string, AgentEnvVar>();
  const s = agent.service!;
  const where = `the environment of service "${agent.name}"`;
  for (const e of s.environment) {
    const x: AgentEnvVar = { name: e.name.value, range: e.value?.range ?? e.name.range, nameRange: e.name.range, source: 'service', where, evidence: [], goOnly: true };
    if (e.value) {
      x.scalar = e.value;
      // Interpolated already (compose-interpolate.ts); a value it could not interpolate keeps its text as `raw`.
      x.raw = e.value.value;
      if (!e.value.unknown) x.value = e.value.value;
    }
    vars.set(e.name.value, x);
  }
  return vars;
}

function instrumentationVars(inst: Instrumentation): Map<string, AgentEnvVar> {
  const vars = new Map<string, AgentEnvVar>();
  const name = inst.name?.value ?? '';
  const add = (list: EnvVar[], source: 'go-env' | 'env', field: string): void => {
    for (const e of list) {
      // appendIfNotSet: the first entry of a name wins, and spec.go.env wins over spec.env.
      if (vars.has(e.name.value)) continue;
      const x: AgentEnvVar = {
        name: e.name.value,
        range: e.value?.range ?? e.name.range,
        nameRange: e.name.range,
        source,
        where: `${field} of Instrumentation ${name}`,
        evidence: [],
        goOnly: source === 'go-env',
      };
      if (e.value) {
        x.scalar = e.value;
        if (!e.value.unknown && !e.valueFrom) x.value = x.raw = e.value.value;
      } else if (!e.valueFrom) x.value = '';
      vars.set(e.name.value, x);
    }
  };
  add(inst.goEnv, 'go-env', 'spec.go.env');
  // A computed part of the Instrumentation may hold spec.go.env entries that override spec.env.
  if (inst.incomplete) return vars;
  add(inst.env, 'env', 'spec.env');
  const field = (varName: string, s: Scalar | undefined, source: 'exporter' | 'sampler-type' | 'sampler-argument', path: string): void => {
    if (!s || vars.has(varName)) return;
    const x: AgentEnvVar = { name: varName, range: s.range, scalar: s, source, where: `${path} of Instrumentation ${name}`, evidence: [], goOnly: false };
    if (s.keyRange) x.nameRange = s.keyRange;
    if (!s.unknown) x.value = x.raw = s.value;
    vars.set(varName, x);
  };
  field('OTEL_EXPORTER_OTLP_ENDPOINT', inst.exporterEndpoint, 'exporter', 'spec.exporter.endpoint');
  // The Operator sets the sampler only when neither variable is set already.
  if (!vars.has('OTEL_TRACES_SAMPLER') && !vars.has('OTEL_TRACES_SAMPLER_ARG') && inst.samplerType && inst.samplerType.value !== '') {
    field('OTEL_TRACES_SAMPLER', inst.samplerType, 'sampler-type', 'spec.sampler.type');
    if (inst.samplerArgument && inst.samplerArgument.value !== '') field('OTEL_TRACES_SAMPLER_ARG', inst.samplerArgument, 'sampler-argument', 'spec.sampler.argument');
  }
  return vars;
}

/** Several rules read the same configurations: computed once per model. */
const envCache = new WeakMap<ProjectModel, GoAgentEnv[]>();

/**
 * Every Go agent configuration of the repository: each go-auto agent container or compose service, and each
 * Instrumentation that a pod in the repository uses for Go injection (or that configures `spec.go`).
 */
export function goAgentEnvs(model: ProjectModel): GoAgentEnv[] {
  const cached = envCache.get(model);
  if (cached) return cached;
  const out: GoAgentEnv[] = [];
  const seen = new Set<object>();
  const configMaps = configMapsOf(model);
  for (const d of model.deployments) {
    for (const a of d.agents) {
      if (a.kind !== 'go-auto') continue;
      const key = a.container ?? a.service;
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const vars = a.container && a.workload ? containerVars(a, configMaps) : a.service ? serviceVars(a) : new Map<string, AgentEnvVar>();
      const image = a.container?.image ?? a.service?.image;
      const g: GoAgentEnv = { label: `${a.platform === 'k8s' ? 'agent container' : 'agent service'} "${a.name}"`, agent: a, vars };
      const version = parseAgentVersion(a.version);
      if (version) g.version = version;
      if (image) g.image = image;
      out.push(g);
    }
  }
  const usedForGo = new Set<Instrumentation>();
  for (const d of model.deployments) if (d.operator?.instrumentation) usedForGo.add(d.operator.instrumentation);
  for (const inst of model.instrumentations) {
    if (!usedForGo.has(inst) && !inst.goImage && inst.goEnv.length === 0) continue;
    const g: GoAgentEnv = { label: `Instrumentation ${inst.name?.value ?? ''}`.trim(), instrumentation: inst, vars: instrumentationVars(inst) };
    const version = imageVersion(inst.goImage);
    if (version) g.version = version;
    if (inst.goImage) g.image = inst.goImage;
    out.push(g);
  }
  envCache.set(model, out);
  return out;
}
