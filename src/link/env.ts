// Container environment as Kubernetes computes it: `$(VAR)` expansion from variables defined earlier in the list,
// `$$(VAR)` as a literal, ConfigMap lookups for valueFrom / envFrom within the repository.

import type { Evidence } from '../model/source.ts';
import type { ProjectModel } from '../model/project.ts';
import type { ConfigMap, Container, Scalar, Workload } from '../model/workload.ts';
import { NearestIndex } from './nearest.ts';

export interface EnvValue {
  name: string;
  /** The value, or undefined when it cannot be known (a Secret, a ConfigMap outside the repository, a field ref). */
  value?: string;
  /** The scalar that holds the literal value (the env `value:` or the ConfigMap data entry): what a fix edits. */
  scalar?: Scalar;
  evidence: Evidence[];
  /** Why the value is unknown. */
  reason?: string;
}

/**
 * Expands `$(VAR)` references the way Kubernetes does: `$$` escapes, unresolved references stay as written.
 * Returns the value and the names it referenced; `unknown` names a referenced variable whose value is unknown.
 */
export function expandK8s(input: string, vars: Map<string, string | undefined>): { value: string; refs: string[]; unknown?: string } {
  let out = '';
  const refs: string[] = [];
  let unknown: string | undefined;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (c === '$' && input[i + 1] === '$') {
      out += '$';
      i++;
      continue;
    }
    if (c === '$' && input[i + 1] === '(') {
      const close = input.indexOf(')', i + 2);
      if (close > i + 2) {
        const name = input.slice(i + 2, close);
        if (vars.has(name)) {
          refs.push(name);
          const v = vars.get(name);
          if (v === undefined) unknown ??= name;
          out += v ?? '';
          i = close;
          continue;
        }
      }
    }
    out += c;
  }
  return unknown === undefined ? { value: out, refs } : { value: out, refs, unknown };
}

/** Per ConfigMap list: a NearestIndex for each (name, namespace) pool, built on first use. */
const poolCache = new WeakMap<ConfigMap[], { byName: Map<string, ConfigMap[]>; pools: Map<string, NearestIndex<ConfigMap>> }>();

/**
 * The ConfigMap a reference from `from` (a manifest path) means: same name and namespace, nearest first.
 * Lookups in the same array are indexed (a monorepo has thousands of references and of ConfigMaps): pass the same
 * array every time, e.g. modelConfigMaps(model).
 */
export function findConfigMap(configMaps: ConfigMap[], name: string, namespace: string | undefined, from: string): ConfigMap | undefined {
  let cache = poolCache.get(configMaps);
  if (!cache) {
    const byName = new Map<string, ConfigMap[]>();
    for (const c of configMaps) {
      const n = c.name?.value;
      if (n === undefined) continue;
      const list = byName.get(n);
      if (list) list.push(c);
      else byName.set(n, [c]);
    }
    cache = { byName, pools: new Map() };
    poolCache.set(configMaps, cache);
  }
  const key = `${name}\0${namespace === undefined ? '\u0001' : namespace}`;
  let index = cache.pools.get(key);
  if (!index) {
    const named = cache.byName.get(name) ?? [];
    const sameNs = named.filter((c) => c.namespace?.value === namespace);
    const pool = sameNs.length > 0 ? sameNs : named.filter((c) => c.namespace === undefined || namespace === undefined);
    index = new NearestIndex(pool, (c) => c.file);
    cache.pools.set(key, index);
  }
  return index.nearest(from);
}

const modelConfigMapsCache = new WeakMap<ProjectModel, ConfigMap[]>();

/** Every ConfigMap of the model, in file order: the same array on every call (findConfigMap indexes it). */
export function modelConfigMaps(model: ProjectModel): ConfigMap[] {
  let out = modelConfigMapsCache.get(model);
  if (!out) {
    out = [];
    for (const f of model.kube) for (const o of f.objects) if (o.type === 'configmap') out.push(o);
    modelConfigMapsCache.set(model, out);
  }
  return out;
}

/** What a ConfigMap reference is resolved from: the workload's namespace and file, and a kustomize build's own. */
export type ConfigMapScope = Pick<Workload, 'namespace' | 'file' | 'configMaps'>;

/**
 * The ConfigMap a workload's reference names: for a kustomize variant, its build's own of that name first (a
 * generated ConfigMap, or one of its resources); else the repository's nearest (findConfigMap).
 */
export function workloadConfigMap(w: ConfigMapScope, configMaps: ConfigMap[], name: string): ConfigMap | undefined {
  return w.configMaps?.find((c) => c.name?.value === name) ?? findConfigMap(configMaps, name, w.namespace?.value, w.file);
}

/** The last containerEnv() of each container, with its inputs: the model builder and several rules ask alike. */
const envCache = new WeakMap<
  Container,
  { configMaps: ConfigMap[]; namespace: string | undefined; file: string; scoped: ConfigMap[] | undefined; env: ReadonlyMap<string, EnvValue> }
>();

/**
 * The environment of one container, in list order, with `envFrom` first as Kubernetes applies it (`$(VAR)`
 * expanded), with where each value comes from. The result is shared between callers: read it, do not change it.
 */
export function containerEnv(container: Container, w: ConfigMapScope, configMaps: ConfigMap[]): ReadonlyMap<string, EnvValue> {
  const hit = envCache.get(container);
  const namespace = w.namespace?.value;
  if (hit && hit.configMaps === configMaps && hit.namespace === namespace && hit.file === w.file && hit.scoped === w.configMaps) return hit.env;
  const env = computeContainerEnv(container, w, configMaps);
  envCache.set(container, { configMaps, namespace, file: w.file, scoped: w.configMaps, env });
  return env;
}

/**
 * What may set variables the linter cannot see in a container: its first `envFrom` of a Secret (never read), or of a
 * ConfigMap that is not in the repository; undefined when every `envFrom` is read.
 */
export function unreadEnvFrom(container: Container, w: ConfigMapScope, configMaps: ConfigMap[]): string | undefined {
  for (const ref of container.envFrom) {
    if (ref.kind === 'secretRef') return `envFrom Secret ${ref.name.value}`;
    if (ref.name.unknown || !workloadConfigMap(w, configMaps, ref.name.value)) return `envFrom ConfigMap ${ref.name.value}, which is not in the repository,`;
  }
  return undefined;
}

function computeContainerEnv(container: Container, w: ConfigMapScope, configMaps: ConfigMap[]): Map<string, EnvValue> {
  const env = new Map<string, EnvValue>();
  for (const ref0 of container.envFrom) {
    if (ref0.kind !== 'configMapRef') continue;
    const cm = workloadConfigMap(w, configMaps, ref0.name.value);
    if (!cm) continue;
    const prefix = ref0.prefix?.value ?? '';
    for (const [key, scalar] of cm.data) {
      env.set(prefix + key, {
        name: prefix + key,
        value: scalar.value,
        scalar,
        evidence: [{ range: scalar.range, message: `${prefix + key} comes from ConfigMap ${ref0.name.value} (envFrom)` }, ...(scalar.via?.evidence ?? [])],
      });
    }
  }
  const known = (): Map<string, string | undefined> => new Map([...env].map(([k, v]) => [k, v.value]));
  for (const e of container.env) {
    const name = e.name.value;
    if (e.value) {
      if (e.value.unknown) {
        env.set(name, { name, scalar: e.value, evidence: [], reason: 'the value is a template expression' });
        continue;
      }
      // Without a `$` there is nothing to expand: skip copying every variable known so far into a new Map.
      const x = e.value.value.includes('$') ? expandK8s(e.value.value, known()) : { value: e.value.value, refs: [] as string[] };
      const evidence: Evidence[] = x.refs.map((r) => {
        const src = env.get(r);
        const at = src?.scalar?.range ?? e.value!.range;
        return { range: at, message: `$(${r}) is "${src?.value ?? '?'}"` };
      });
      const v: EnvValue = { name, scalar: e.value, evidence };
      if (x.unknown) v.reason = `$(${x.unknown}) has no value known statically`;
      else v.value = x.value;
      env.set(name, v);
    } else if (e.valueFrom?.kind === 'configMapKeyRef') {
      const ref = e.valueFrom;
      const cm = workloadConfigMap(w, configMaps, ref.name.value);
      const scalar = cm?.data.get(ref.key.value);
      if (scalar && !scalar.unknown) {
        env.set(name, {
          name,
          value: scalar.value,
          scalar,
          evidence: [{ range: scalar.range, message: `${name} comes from ConfigMap ${ref.name.value}, key ${ref.key.value}` }, ...(scalar.via?.evidence ?? [])],
        });
      } else {
        env.set(name, {
          name,
          evidence: [],
          reason: cm ? `ConfigMap ${ref.name.value} has no key ${ref.key.value}` : `ConfigMap ${ref.name.value} is not in the repository`,
        });
      }
    } else if (e.valueFrom) {
      env.set(name, { name, evidence: [], reason: e.valueFrom.kind === 'secretKeyRef' ? 'the value comes from a Secret' : 'the value comes from a field or resource reference' });
    } else {
      env.set(name, { name, value: '', evidence: [] });
    }
    const set = env.get(name);
    if (e.fromValues && set) {
      set.evidence.push({ range: e.fromValues.range, message: `${name} is set in .Values.${e.fromValues.path} (${e.range.file}:${e.range.line}), which the template writes here` });
    }
  }
  return env;
}

/** Known values only, for process inference. */
export function knownValues(env: ReadonlyMap<string, EnvValue>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of env) if (v.value !== undefined) out.set(k, v.value);
  return out;
}
