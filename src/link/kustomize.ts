// Kustomize overlays: the workloads a kustomization builds, with its patches applied, as the variants the cluster
// gets. A kustomization's resources are files (their objects) and directories (the output of the kustomization
// there, recursively); each strategic-merge patch (a file, or inline) is merged into the workloads it names (by kind
// and name, or its `target:`), the way kubectl's strategic merge does it for the fields the model has:
//
// - containers and initContainers merge by `name` (a patch container with `$patch: delete` removes one; a new name
//   is appended); env merges by `name`; image, command, args and restartPolicy are replaced; envFrom (a list without a
//   merge key) is replaced when the patch has one; securityContext fields merge one by one;
// - shareProcessNamespace and hostPID are replaced; annotations merge by key;
// - `images:` gives container images their new name, tag or digest; `commonAnnotations` go on every workload and
//   pod template.
//
// JSON 6902 patches (a file, or inline, with a kind/name `target:`) are applied by kustomize-json-patch.ts.
//
// Ranges keep pointing where each value is written: in the base file, or in the patch (an inline patch's values are
// in the kustomization file). A fix for a finding on a variant edits the file that holds the value; a field a
// strategic-merge patch adds to a container or the pod spec is inserted into the patch.
//
// `components:` are applied in order after the resources, each adding its own resources and transforming everything
// accumulated so far, as kustomize does; a component is never built on its own.
//
// `configMapGenerator:` entries make ConfigMaps after the components (as kustomize runs generators before
// transformers), `namespace:` moves every namespaced object into its namespace, and `namePrefix:` / `nameSuffix:`
// rename its Instrumentations (the only renaming that changes what the target depends on: annotations naming them
// are not rewritten); the workloads of a build with any of these resolve their ConfigMap and Instrumentation
// references in that build first.
//
// Conservative by design: a kustomization using anything not applied here (replacements into kinds the model reads,
// selectors other than kind and name, JSON 6902 operations kustomize-json-patch.ts cannot follow, generators kustomize
// would fail on ...) builds no variant, and neither does any kustomization built on it. Patch files are never read as objects of their
// own (they are partial objects, or operations).

import { posix } from 'node:path';
import type { Evidence, Range } from '../model/source.ts';
import type { KustomizeEnvFile } from '../parsers/kustomize-env.ts';
import type {
  Annotations,
  ConfigMap,
  ConfigMapGenerator,
  Container,
  EnvVar,
  Instrumentation,
  JsonPatchOp,
  KubeObject,
  KustomizationFile,
  PatchTarget,
  Scalar,
  SelectorRequirement,
  SecurityContext,
  Workload,
} from '../model/workload.ts';
import { splitImageRef } from '../parsers/image-ref.ts';
import { applyJsonPatch } from './kustomize-json-patch.ts';

export interface KustomizeResult {
  /** Workloads as patched by some kustomization (not the unpatched originals, which are linted as they are). */
  variants: Workload[];
  /** Files some kustomization uses as a patch: their objects are not workloads of their own. */
  patchFiles: Set<string>;
  /** Kustomizations whose build is not worked out because of what they themselves ask for, with the first reason. */
  notBuilt: { range: Range; why: string }[];
}

type Output = { objects: KubeObject[]; complete: boolean };

/** What kustomize reads of a YAML file: its objects, or the JSON 6902 operations it holds. */
export type KustomizeInput = Map<string, { objects: KubeObject[]; patchOps?: JsonPatchOp[] }>;

/** An env file of a configMapGenerator, parsed; undefined when it cannot be read. */
export type KustomizeEnvReader = (path: string) => KustomizeEnvFile | undefined;

export function kustomizeVariants(kustomizations: KustomizationFile[], filesByPath: KustomizeInput, readEnv: KustomizeEnvReader): KustomizeResult {
  if (kustomizations.length === 0) return { variants: [], patchFiles: new Set(), notBuilt: [] };
  /** ConfigMaps a generator made (or merged into), in any build. */
  const generated = new Set<ConfigMap>();
  /** Kustomizations that set `namespace:`. */
  const namespaced = new Set<KustomizationFile>();
  /** Kustomizations that set `namePrefix:` or `nameSuffix:`. */
  const renaming = new Set<KustomizationFile>();
  const byDir = new Map<string, KustomizationFile>();
  for (const k of kustomizations) {
    const dir = k.file.includes('/') ? k.file.slice(0, k.file.lastIndexOf('/')) : '.';
    if (!byDir.has(dir)) byDir.set(dir, k);
  }
  const patchFiles = new Set<string>();
  for (const k of kustomizations) for (const p of k.patches) if (p.file) patchFiles.add(p.file);
  /** A transformer configuration file holding only builtin LabelTransformers (labels change nothing the linter reads). */
  const labelsOnly = (t: { path: string }): boolean => {
    const objects = filesByPath.get(t.path)?.objects;
    return objects !== undefined && objects.length > 0 && objects.every((o) => o.kind === 'LabelTransformer');
  };

  const memo = new Map<KustomizationFile, Output>();
  const visiting = new Set<KustomizationFile>();
  const build = (k: KustomizationFile): Output => {
    const done = memo.get(k);
    if (done) return done;
    const out = accumulate(k, []);
    memo.set(k, out);
    return out;
  };
  // As kustomize accumulates a kustomization: its resources are added to what it is given (nothing, or for a
  // component what the kustomization listing it has so far), then each of its components adds and transforms, then
  // its own patches, images and annotations transform the lot.
  const accumulate = (k: KustomizationFile, input: KubeObject[]): Output => {
    if (visiting.has(k)) return { objects: input, complete: false }; // a cycle: kustomize refuses it
    visiting.add(k);
    let complete = k.unsupported.length === 0 && k.patches.every((p) => !p.unsupported) && k.transformers.every(labelsOnly);
    let objects: KubeObject[] = [...input];
    for (const res of k.resources) {
      const fileObjects = filesByPath.get(res.path)?.objects;
      if (fileObjects) objects.push(...fileObjects);
      else {
        const sub = byDir.get(res.path);
        if (!sub) continue; // not in the repository (or not read): nothing to build on
        // kustomize refuses a component listed as a resource.
        const out = sub.component ? { objects: [], complete: false } : build(sub);
        complete &&= out.complete;
        objects.push(...out.objects);
      }
    }
    for (const c of k.components) {
      const sub = byDir.get(c.path);
      // What a component not read (or not a component) would change is not known.
      const out = sub?.component ? accumulate(sub, objects) : { objects, complete: false };
      complete &&= out.complete;
      objects = out.objects;
    }
    for (const g of k.configMapGenerators) {
      const made = generateConfigMap(k, g, readEnv);
      const i = objects.findIndex((o) => o.type === 'configmap' && o.name?.value === g.name.value);
      // kustomize fails on a `create` of a name that exists, and on a `merge` / `replace` of one that does not.
      if (!made || (g.behavior === 'create') !== (i < 0)) {
        complete = false;
        continue;
      }
      const cm = g.behavior === 'merge' ? mergeConfigMap(objects[i] as ConfigMap, made) : made;
      generated.add(cm);
      if (i < 0) objects.push(cm);
      else objects[i] = cm;
    }
    if (complete) {
      for (const p of k.patches) {
        const file = p.file ? filesByPath.get(p.file) : undefined;
        const ops = p.ops ?? file?.patchOps;
        if (ops || p.json6902) {
          // JSON 6902: applied to the workloads the target selects, for the fields the model has.
          if (!ops || !p.target?.kind) {
            complete = false;
            break;
          }
          const target = p.target;
          const picked = objects.map((o) => (o.type === 'workload' ? selects(target, o) : false));
          const patched = objects.map((o, i) => (picked[i] && o.type === 'workload' ? applyJsonPatch(o, ops) : o));
          if (picked.some((x) => x === undefined) || patched.some((o) => o === undefined)) {
            complete = false;
            break;
          }
          objects = patched as KubeObject[];
          continue;
        }
        const patchObjects = p.objects ?? file?.objects;
        if (!patchObjects) {
          // A missing file is kustomize's own error.
          complete = false;
          break;
        }
        for (const po of patchObjects) {
          if (po.type !== 'workload') continue;
          const picked = objects.map((o) => (o.type === 'workload' ? patches(p.target, po, o) : false));
          if (picked.some((x) => x === undefined)) complete = false;
          // `$patch: delete` at the top removes the workloads it names; another directive replaces them (not applied).
          if (po.patchDirective === 'delete') objects = objects.filter((_, i) => !picked[i]);
          else if (po.patchDirective !== undefined && po.patchDirective !== 'merge' && picked.some(Boolean)) complete = false;
          else objects = objects.map((o, i) => (picked[i] && o.type === 'workload' ? mergeWorkload(o, po) : o));
        }
      }
    }
    if (complete && k.images.length > 0) {
      objects = objects.map((o) => (o.type === 'workload' ? withImages(o, k.images) : o));
    }
    if (complete && k.commonAnnotations.length > 0) {
      objects = objects.map((o) => (o.type === 'workload' ? withAnnotations(o, k.commonAnnotations) : o));
    }
    // `namespace:` goes on every namespaced object (a Namespace itself is cluster-scoped).
    const ns = k.namespace;
    if (complete && ns) {
      objects = objects.map((o) => {
        if (o.type === 'namespace' || o.namespace?.value === ns.value) return o;
        const moved = { ...o, namespace: ns };
        if (o.type === 'configmap' && generated.has(o)) generated.add(moved as ConfigMap);
        return moved;
      });
      namespaced.add(k);
    }
    // `namePrefix` / `nameSuffix` rename every object but Namespaces (and CRDs): the name references kustomize knows
    // follow (a ConfigMap's, in pod specs), annotations do not. Only Instrumentations are renamed here, as only
    // annotations (the Operator's inject-go) name them.
    if (complete && (k.namePrefix || k.nameSuffix)) {
      objects = objects.map((o) => (o.type === 'instrumentation' ? renamed(o, k) : o));
      renaming.add(k);
    }
    visiting.delete(k);
    return { objects, complete };
  };

  const originals = new Set<KubeObject>();
  for (const f of filesByPath.values()) for (const o of f.objects) originals.add(o);
  const variants = new Set<Workload>();
  const builders = new Map<Workload, string[]>();
  for (const k of kustomizations) {
    if (k.component) continue; // built only as part of a kustomization that lists it
    const out = build(k);
    if (!out.complete) continue;
    // A build with generated ConfigMaps, or that moves objects into a namespace or renames them: its workloads look
    // their ConfigMaps and Instrumentations up in the build first.
    const configMaps = out.objects.filter((o): o is ConfigMap => o.type === 'configmap');
    const instrumentations = out.objects.filter((o): o is Instrumentation => o.type === 'instrumentation');
    const scoped = configMaps.some((c) => generated.has(c)) || builtOn(k).some((x) => namespaced.has(x) || renaming.has(x));
    for (const o of out.objects) {
      if (o.type !== 'workload') continue;
      const v = scoped ? { ...o, configMaps, instrumentations } : originals.has(o) ? undefined : o;
      if (!v) continue;
      variants.add(v);
      // One patched copy may be the output of several builds (an overlay that leaves its base's variant as it is).
      const by = builders.get(v);
      if (by) by.push(k.file);
      else builders.set(v, [k.file]);
    }
  }
  // Set once every build is done: a build copies the objects it is given, and a copy is not its original's output.
  for (const [v, by] of builders) v.builtBy = by;
  // The kustomizations whose own fields stop a build (not those that only build on one): said once each.
  const notBuilt: KustomizeResult['notBuilt'] = [];
  for (const k of kustomizations) {
    const u = k.unsupported.find((x) => x.key !== 'a syntax error');
    const p = k.patches.find((x) => x.unsupported);
    const t = k.transformers.find((x) => !labelsOnly(x));
    if (k.unsupported.length > 0 && !u) continue; // a broken file: its parse errors say so
    if (u) notBuilt.push({ range: u.range, why: `it uses ${u.key}` });
    else if (p) notBuilt.push({ range: p.range, why: `of ${p.unsupported}` });
    else if (t) notBuilt.push({ range: t.range, why: `it uses the transformer configuration ${t.path}, which is not a builtin LabelTransformer` });
  }
  return { variants: [...variants], patchFiles, notBuilt };

  /** The kustomization and those it builds on (resources and components, recursively). */
  function builtOn(k: KustomizationFile, seen = new Set<KustomizationFile>()): KustomizationFile[] {
    if (seen.has(k)) return [];
    seen.add(k);
    const subs = [...k.resources, ...k.components].map((x) => byDir.get(x.path)).filter((x): x is KustomizationFile => !!x);
    return [k, ...subs.flatMap((x) => builtOn(x, seen))];
  }
}

/**
 * The ConfigMap a configMapGenerator makes: env files first, then literals (a later key wins), then `files:` keys
 * (values not read). Undefined when an env file cannot be read or kustomize would fail to read it.
 */
function generateConfigMap(k: KustomizationFile, g: ConfigMapGenerator, readEnv: KustomizeEnvReader): ConfigMap | undefined {
  const data = new Map<string, Scalar>();
  const made = (from: string): Evidence => ({ range: g.name.range, message: `ConfigMap ${g.name.value} is generated here (configMapGenerator) from ${from}` });
  for (const e of g.envs) {
    const f = readEnv(e.path);
    if (!f || f.problems.some((p) => p.severity === 'error')) return undefined;
    // A fix writes the new value into the env file as it is (kustomize removes no quotes there).
    const evidence = [made(posix.relative(posix.dirname(k.file), e.path))];
    for (const { key, value } of f.entries) data.set(key.value, { ...value, via: { evidence, edit: 'raw' } });
  }
  for (const l of g.literals) data.set(l.key.value, { ...l.value, via: { evidence: [made('its literals')], edit: l.value.via?.edit ?? 'none' } });
  for (const key of g.fileKeys) data.set(key.value, { value: '', range: key.range, unknown: true });
  return {
    type: 'configmap',
    kind: 'ConfigMap',
    apiVersion: 'v1',
    name: g.name,
    annotations: { entries: [] },
    range: g.range,
    kindRange: g.name.range,
    file: k.file,
    docIndex: -1,
    data,
  };
}

/**
 * An Instrumentation with the kustomization's prefix and suffix added to its name. What it was called is kept (with
 * the evidence of each renaming) unless a kustomization of the build has transformer `configurations:`, which can
 * make an annotation a name reference that follows the new name.
 */
function renamed(o: Instrumentation, k: KustomizationFile): Instrumentation {
  if (!o.name || o.name.unknown) return o;
  const value = `${k.namePrefix?.value ?? ''}${o.name.value}${k.nameSuffix?.value ?? ''}`;
  const keys = [k.namePrefix && `namePrefix "${k.namePrefix.value}"`, k.nameSuffix && `nameSuffix "${k.nameSuffix.value}"`].filter(Boolean).join(' and ');
  const why: Evidence = { range: (k.namePrefix ?? k.nameSuffix)!.range, message: `${keys} (${k.file}) renames Instrumentation ${o.name.value} to ${value}` };
  const before = o.renamedFrom ?? { name: o.name, by: [] };
  const from: NonNullable<Instrumentation['renamedFrom']> = { name: before.name, by: [...before.by, why] };
  if (before.uncertain || k.transformerConfigs) from.uncertain = true;
  return { ...o, name: { ...o.name, value }, renamedFrom: from };
}

/** `behavior: merge`: the generated keys over the existing ConfigMap's. */
function mergeConfigMap(base: ConfigMap, made: ConfigMap): ConfigMap {
  return { ...base, data: new Map([...base.data, ...made.data]) };
}

/** Does a patch object (with the patch's `target:`, if any) apply to this workload? undefined: cannot tell. */
function patches(target: PatchTarget | undefined, patch: Workload, w: Workload): boolean | undefined {
  if (target) return selects({ ...target, kind: target.kind ?? patch.kind }, w);
  if (patch.kind !== w.kind) return false;
  const name = patch.name?.value;
  if (name !== undefined && (w.name?.unknown || w.name?.value !== name)) return false;
  if (patch.namespace && !patch.namespace.unknown && w.namespace?.value !== patch.namespace.value) return false;
  return true;
}

/**
 * Does a patch's `target:` select this workload (kind, name, namespace, label and annotation selectors)?
 * undefined when it cannot be told (labels a Helm action writes ...).
 */
function selects(target: PatchTarget, w: Workload): boolean | undefined {
  // A resource without a namespace is in `default` as far as kustomize's matching goes.
  const fields: [string | undefined, string | undefined][] = [
    [target.kind, w.kind],
    [target.name, w.name?.unknown ? undefined : w.name?.value],
    [target.namespace, w.namespace?.unknown ? undefined : (w.namespace?.value ?? 'default')],
  ];
  for (const [pattern, value] of fields) {
    if (pattern === undefined || pattern === '') continue;
    if (value === undefined) return undefined;
    const m = wholeMatch(pattern, value);
    if (m !== true) return m;
  }
  for (const [sel, map] of [
    [target.labelSelector, w.labels],
    [target.annotationSelector, w.annotations],
  ] as const) {
    if (!sel) continue;
    if (map?.unknown || map?.entries.some((e) => e.key.unknown || e.value.unknown)) return undefined;
    const values = new Map((map?.entries ?? []).map((e) => [e.key.value, e.value.value]));
    if (!sel.every((req) => matches(req, values))) return false;
  }
  return true;
}

/**
 * kustomize matches a target's kind, name and namespace as regular expressions anchored at both ends (Go RE2; the
 * plain names and simple patterns people write read the same in JavaScript). undefined for a pattern JavaScript
 * cannot compile.
 */
function wholeMatch(pattern: string, value: string): boolean | undefined {
  if (![...pattern].some((c) => '.*+?()[]{}|^$\\'.includes(c))) return pattern === value;
  // A quantified group (`(a+)+`) can backtrack for ever in JavaScript, unlike Go's RE2: not evaluated.
  for (let i = 0; i + 1 < pattern.length; i++) if (pattern[i] === ')' && '+*?{'.includes(pattern[i + 1]!)) return undefined;
  try {
    return new RegExp(`^(?:${pattern})$`).test(value);
  } catch {
    return undefined;
  }
}

function matches(req: SelectorRequirement, values: Map<string, string>): boolean {
  const v = values.get(req.key);
  switch (req.op) {
    case '=':
      return v === req.values[0];
    case '!=':
      return v !== req.values[0];
    case 'in':
      return v !== undefined && req.values.includes(v);
    case 'notin':
      return v === undefined || !req.values.includes(v);
    case 'exists':
      return v !== undefined;
    case '!exists':
      return v === undefined;
  }
}

function mergeWorkload(base: Workload, patch: Workload): Workload {
  const pod = base.pod;
  const p = patch.pod;
  // The patch writes a pod spec when it has one: what it adds to the pod spec goes there.
  const patchHasPod = p.keyRange !== undefined;
  const merged: Workload = {
    ...base,
    annotations: mergeAnnotations(base.annotations, patch.annotations),
    podAnnotations: mergeAnnotations(base.podAnnotations, patch.podAnnotations),
    pod: {
      containers: mergeContainers(pod.containers, p.containers),
      initContainers: mergeContainers(pod.initContainers, p.initContainers),
      range: patchHasPod ? p.range : pod.range,
    },
  };
  if (base.kind === 'Pod') merged.podAnnotations = merged.annotations;
  const keyRange = patchHasPod ? p.keyRange : pod.keyRange;
  if (keyRange) merged.pod.keyRange = keyRange;
  const share = p.shareProcessNamespace ?? pod.shareProcessNamespace;
  if (share) merged.pod.shareProcessNamespace = share;
  const hostPID = p.hostPID ?? pod.hostPID;
  if (hostPID) merged.pod.hostPID = hostPID;
  const sc = mergeSecurityContext(pod.securityContext, p.securityContext);
  if (sc) merged.pod.securityContext = sc;
  if (pod.templated || p.templated) merged.pod.templated = true;
  if (base.incomplete || patch.incomplete) merged.incomplete = true;
  return merged;
}

function mergeAnnotations(base: Annotations, patch: Annotations): Annotations {
  if (patch.entries.length === 0 && !patch.unknown) return base;
  const entries = base.entries.filter((e) => !patch.entries.some((x) => x.key.value === e.key.value));
  const out: Annotations = { entries: [...entries, ...patch.entries] };
  const range = patch.keyRange ? patch.range : base.range;
  const keyRange = patch.keyRange ?? base.keyRange;
  if (range) out.range = range;
  if (keyRange) out.keyRange = keyRange;
  if (base.unknown || patch.unknown) out.unknown = true;
  return out;
}

function withAnnotations(w: Workload, common: { key: Scalar; value: Scalar }[]): Workload {
  // As a patch that writes only these annotations.
  const patch: Annotations = { entries: common };
  const out: Workload = { ...w, annotations: mergeAnnotations(w.annotations, patch), podAnnotations: mergeAnnotations(w.podAnnotations, patch) };
  if (w.kind === 'Pod') out.podAnnotations = out.annotations;
  return out;
}

/**
 * `images:` of a kustomization: a container image named as an entry's `name` gets its `newName`, `newTag` or
 * `digest` (a digest replaces the tag). The Scalar keeps the range of the reference in the base; its value is the
 * image the cluster gets. A workload with no image to change is returned as it is.
 */
function withImages(w: Workload, images: KustomizationFile['images']): Workload {
  let changed = false;
  const retag = (list: Container[]): Container[] =>
    list.map((c) => {
      if (!c.image || c.image.unknown) return c;
      const ref = splitImageRef(c.image.value);
      const rule = images.find((i) => i.name.value === ref.name);
      if (!rule) return c;
      const name = rule.newName && !rule.newName.unknown ? rule.newName.value : ref.name;
      let suffix = ref.digest !== undefined ? `@${ref.digest}` : ref.tag !== undefined ? `:${ref.tag}` : '';
      if (rule.newTag && !rule.newTag.unknown) suffix = `:${rule.newTag.value}`;
      if (rule.digest && !rule.digest.unknown) suffix = `@${rule.digest.value}`;
      const value = name + suffix;
      if (value === c.image.value) return c;
      changed = true;
      return { ...c, image: { ...c.image, value } };
    });
  const containers = retag(w.pod.containers);
  const initContainers = retag(w.pod.initContainers);
  return changed ? { ...w, pod: { ...w.pod, containers, initContainers } } : w;
}

/** `$patch: delete` / `$patch: replace` on a list item of a strategic-merge patch. */
function directive(c: Container): string | undefined {
  const d = c.strayKeys.find((k) => k.key === '$patch');
  return d && typeof d.value.value === 'string' ? d.value.value : undefined;
}

function mergeContainers(base: Container[], patch: Container[]): Container[] {
  if (patch.length === 0) return base;
  const out = [...base];
  for (const pc of patch) {
    const name = pc.name?.value;
    const i = name === undefined ? -1 : out.findIndex((c) => c.name?.value === name);
    if (directive(pc) === 'delete') {
      if (i >= 0) out.splice(i, 1);
      continue;
    }
    const own = { ...pc, strayKeys: pc.strayKeys.filter((k) => !k.key.startsWith('$')) };
    if (i < 0) out.push({ ...own, index: out.length });
    else out[i] = mergeContainer(out[i]!, own);
  }
  return out;
}

function mergeContainer(base: Container, patch: Container): Container {
  const out: Container = {
    ...base,
    env: mergeEnv(base.env, patch.env),
    envFrom: patch.envFrom.length > 0 ? patch.envFrom : base.envFrom,
    strayKeys: [...base.strayKeys, ...patch.strayKeys],
    // What a fix adds to this container goes into the patch, which holds it for this variant.
    range: patch.range,
  };
  if (patch.image) out.image = patch.image;
  if (patch.command) out.command = patch.command;
  if (patch.args) out.args = patch.args;
  if (patch.restartPolicy) out.restartPolicy = patch.restartPolicy;
  const sc = mergeSecurityContext(base.securityContext, patch.securityContext);
  if (sc) out.securityContext = sc;
  if (base.templated || patch.templated) out.templated = true;
  return out;
}

function mergeEnv(base: EnvVar[], patch: EnvVar[]): EnvVar[] {
  if (patch.length === 0) return base;
  const out = [...base];
  for (const e of patch) {
    const i = out.findIndex((x) => x.name.value === e.name.value);
    if (i >= 0) out[i] = e;
    else out.push(e);
  }
  return out;
}

function mergeSecurityContext(base: SecurityContext | undefined, patch: SecurityContext | undefined): SecurityContext | undefined {
  if (!patch) return base;
  if (!base) return patch;
  const out: SecurityContext = { ...base, range: patch.range };
  if (patch.keyRange) out.keyRange = patch.keyRange;
  if (patch.privileged) out.privileged = patch.privileged;
  if (patch.runAsUser) out.runAsUser = patch.runAsUser;
  if (patch.runAsNonRoot) out.runAsNonRoot = patch.runAsNonRoot;
  if (patch.allowPrivilegeEscalation) out.allowPrivilegeEscalation = patch.allowPrivilegeEscalation;
  if (patch.capabilitiesAdd && patch.capabilitiesAdd.length > 0) out.capabilitiesAdd = patch.capabilitiesAdd;
  return out;
}
