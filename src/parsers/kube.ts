// Kubernetes manifests (plain YAML or Helm templates) -> KubeFile.
//
// Every document (and every item of a `kind: List` / `*List`) that has `apiVersion` and `kind` becomes an object:
// workloads (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, ReplicationController, Argo Rollout,
// OpenShift DeploymentConfig), ConfigMap, Instrumentation (opentelemetry.io), Namespace, anything else 'other' (a
// chainsaw test with the assertion files it names).
// Wrongly shaped values never throw: they are skipped with a 'partial' ParseProblem (silently when null or Helm).

import { isMap as yamlIsMap, isSeq as yamlIsSeq } from 'yaml';
import type { ParsedNode, YAMLMap, YAMLSeq } from 'yaml';
import type { ParseProblem, Range, SourceFile } from '../model/source.ts';
import type {
  Annotations,
  ConfigMap,
  Container,
  EnvFrom,
  EnvVar,
  Instrumentation,
  K8sObject,
  KubeFile,
  JsonPatchOp,
  KubeObject,
  PatchValue,
  PodSpec,
  Scalar,
  SecurityContext,
  Volume,
  VolumeMount,
  Workload,
} from '../model/workload.ts';
import { hasSyntaxErrors, parseYaml, sortProblems } from './yaml.ts';
import { chainsawAssertionFiles, isChainsawTest } from './chainsaw.ts';
import type { MapEntry, YamlReader } from './yaml.ts';

// Read once: in the bundle, every use of a CommonJS package's named export goes through a getter (esbuild's interop).
const isMap = yamlIsMap;
const isSeq = yamlIsSeq;

type YMap = YAMLMap<unknown, unknown>;

/** Every field of core/v1 Container (kubernetes/api core/v1/types.go, 2026-07). Other keys are `strayKeys`. */
export const CONTAINER_FIELDS: ReadonlySet<string> = new Set([
  'name',
  'image',
  'command',
  'args',
  'workingDir',
  'ports',
  'envFrom',
  'env',
  'resources',
  'resizePolicy',
  'restartPolicy',
  'restartPolicyRules',
  'volumeMounts',
  'volumeDevices',
  'livenessProbe',
  'readinessProbe',
  'startupProbe',
  'lifecycle',
  'terminationMessagePath',
  'terminationMessagePolicy',
  'imagePullPolicy',
  'securityContext',
  'stdin',
  'stdinOnce',
  'tty',
]);

/** Where the pod template sits in an object of a workload kind ([] for a Pod). */
export function podTemplatePath(kind: string): string[] | undefined {
  const path = POD_TEMPLATE_PATH[kind];
  return path === 'self' ? [] : path;
}

/** Where the pod template sits, per workload kind. 'self' = the object is the pod. */
const POD_TEMPLATE_PATH: Record<string, string[] | 'self'> = {
  Pod: 'self',
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
  Rollout: ['spec', 'template'],
  DeploymentConfig: ['spec', 'template'],
};

/** API groups each workload kind is recognised in ('' = core `v1`). */
const WORKLOAD_GROUPS: Record<string, string[]> = {
  Pod: [''],
  ReplicationController: [''],
  Deployment: ['apps', 'extensions'],
  StatefulSet: ['apps'],
  DaemonSet: ['apps', 'extensions'],
  ReplicaSet: ['apps', 'extensions'],
  Job: ['batch'],
  CronJob: ['batch'],
  Rollout: ['argoproj.io'],
  DeploymentConfig: ['apps.openshift.io', ''],
};

/**
 * The kinds the model reads fields of (workloads, ConfigMap, Instrumentation, Namespace), whatever their API group: a
 * transformation of any other kind changes nothing the target depends on.
 */
export function isModelledKind(kind: string): boolean {
  return Object.hasOwn(WORKLOAD_GROUPS, kind) || kind === 'ConfigMap' || kind === 'Instrumentation' || kind === 'Namespace';
}

function apiGroup(apiVersion: string): string {
  const slash = apiVersion.indexOf('/');
  return slash < 0 ? '' : apiVersion.slice(0, slash);
}

/** The workload kind an object is, or undefined (the apiVersion must be a group that defines it). */
function workloadKind(kind: string, apiVersion: Scalar): string | undefined {
  const groups = WORKLOAD_GROUPS[kind];
  if (!groups) return undefined;
  if (apiVersion.unknown) return kind;
  return groups.includes(apiGroup(apiVersion.value)) ? kind : undefined;
}

export function parseKube(file: SourceFile, opts: { helm: boolean }): KubeFile {
  const parsed = parseYaml(file, opts);
  const out: KubeFile = {
    file: file.path,
    objects: [],
    problems: parsed.problems,
    directives: parsed.directives,
    helm: opts.helm,
  };
  if (hasSyntaxErrors(parsed)) out.syntaxErrors = true;
  for (const d of parsed.docs) {
    const r = d.reader;
    const root = d.root;
    if (root && isSeq(root)) {
      // A kustomize JSON 6902 patch file: a list of operations.
      const ops = readPatchOps(r, root);
      if (ops) (out.patchOps ??= []).push(...ops);
      continue;
    }
    if (!root || !isMap(root)) continue;
    const before = out.objects.length;
    try {
      readTop(r, root as YMap, d.index, out.objects, 0);
    } catch (e) {
      out.problems.push(internalProblem(r, root, e));
    }
    // A document with syntax errors (a tab in the indentation): what the library recovered may lack fields that
    // are written. They are read as fields a template may write (`templated`): the values read are checked, no field
    // is reported missing; the parse-error finding says what is wrong.
    if (d.hasErrors) for (const o of out.objects.slice(before)) markIncomplete(o);
  }
  if (out.objects.length === 0 && !out.patchOps && parsed.docs.length > 0 && parsed.docs.every((d) => foreignTop(d.reader, d.root))) {
    out.notManifest = true;
  }
  sortProblems(out.problems);
  return out;
}

function markIncomplete(o: KubeObject): void {
  o.incomplete = true;
  if (o.type !== 'workload') return;
  o.pod.templated = true;
  for (const c of [...o.pod.containers, ...o.pod.initContainers]) c.templated = true;
  o.podAnnotations.unknown = true;
}

/** Keys of a top-level mapping that make a YAML file one this linter reads (Kubernetes objects, compose services). */
const MANIFEST_KEYS: ReadonlySet<string> = new Set(['apiVersion', 'kind', 'services']);

/** A document whose top level is a mapping with keys, none of them MANIFEST_KEYS. */
function foreignTop(r: YamlReader, root: ParsedNode | null): boolean {
  if (!root || !isMap(root)) return false;
  const keys = r.entries(root as YMap);
  return keys.length > 0 && keys.every((e) => typeof e.key === 'string' && !MANIFEST_KEYS.has(e.key));
}

function internalProblem(r: YamlReader, node: ParsedNode, e: unknown): ParseProblem {
  return {
    range: r.range(node),
    message: `This document could not be read: ${e instanceof Error ? e.message : String(e)}`,
    severity: 'partial',
  };
}

/** A document or List item: an object, or a List whose items are objects. */
function readTop(r: YamlReader, map: YMap, docIndex: number, objects: KubeObject[], depth: number): void {
  const kindE = r.get(map, 'kind');
  const apiE = r.get(map, 'apiVersion');
  if (!kindE || !apiE) return;
  const kind = r.entryStr(kindE, { what: 'kind' });
  const api = r.entryStr(apiE, { what: 'apiVersion' });
  if (!kind || !api) return;
  const itemsE = r.get(map, 'items');
  if (depth === 0 && kind.value.endsWith('List') && itemsE) {
    for (const it of r.items(r.seq(itemsE.value, `${kind.value} items`))) {
      const m = r.map(it, `an item of ${kind.value}`);
      if (!m) continue;
      try {
        readTop(r, m, docIndex, objects, depth + 1);
      } catch (e) {
        r.problem(it, internalProblem(r, it, e).message);
      }
    }
    return;
  }
  objects.push(readObject(r, map, docIndex, kind, api));
}

function readObject(r: YamlReader, map: YMap, docIndex: number, kind: Scalar, api: Scalar): KubeObject {
  const metaE = r.get(map, 'metadata');
  const meta = metaE ? r.map(metaE.value, 'metadata') : undefined;
  const base: K8sObject = {
    kind: kind.value,
    annotations: readAnnotations(r, metaE),
    range: r.range(map as unknown as ParsedNode),
    kindRange: kind.range,
    file: r.file.path,
    docIndex,
  };
  base.apiVersion = api.value;
  const name = r.entryStr(r.get(meta, 'name'), { what: 'metadata.name', k8sString: true });
  if (name) base.name = name;
  const labelsE = r.get(meta, 'labels');
  if (labelsE) base.labels = readAnnotationMap(r, labelsE, { entries: [] }, 'labels');
  const directive = r.entryStr(r.get(map, '$patch'), { what: '$patch' });
  if (directive && !directive.unknown) base.patchDirective = directive.value;
  const ns = r.entryStr(r.get(meta, 'namespace'), { what: 'metadata.namespace', k8sString: true });
  if (ns) base.namespace = ns;

  const wk = workloadKind(kind.value, api);
  if (wk) return readWorkload(r, map, base, wk);
  if (kind.value === 'ConfigMap' && apiGroup(api.value) === '') return readConfigMap(r, map, base);
  if (kind.value === 'Instrumentation' && (api.unknown || apiGroup(api.value) === 'opentelemetry.io')) {
    return readInstrumentation(r, map, base);
  }
  if (kind.value === 'Namespace' && apiGroup(api.value) === '') return { ...base, type: 'namespace', labels: base.labels ?? { entries: [] } };
  if (!api.unknown && isChainsawTest(apiGroup(api.value), kind.value)) {
    const files = chainsawAssertionFiles(r, map, kind.value);
    if (files.length > 0) return { ...base, type: 'other', assertionFiles: files };
  }
  return { ...base, type: 'other' };
}

// ---- metadata

function readAnnotations(r: YamlReader, metaE: MapEntry | undefined): Annotations {
  const out: Annotations = { entries: [] };
  if (!metaE) return out;
  const meta = r.map(metaE.value, 'metadata');
  const annE = r.get(meta, 'annotations');
  if (annE) readAnnotationMap(r, annE, out);
  else {
    if (metaE.value && meta) out.range = r.range(metaE.value);
    // A Helm action directly in `metadata:` (an `include` of the metadata) may write annotations.
    if (r.freeTemplated(metaE)) out.unknown = true;
  }
  return out;
}

/** The `annotations:` (or `labels:`) mapping, or a JSON patch's `value:` that is one, into `out`. */
export function readAnnotationMap(r: YamlReader, annE: MapEntry, out: Annotations, field: 'annotations' | 'labels' = 'annotations'): Annotations {
  out.keyRange = r.range(annE.keyNode);
  const ann = r.map(annE.value, `metadata.${field}`);
  out.range = r.valueRange(annE);
  const noun = field === 'labels' ? 'label' : 'annotation';
  for (const e of r.entries(ann)) {
    const value = r.entryStr(e, { what: `${noun} ${e.key}`, k8sString: true });
    if (value) out.entries.push({ key: r.keyScalar(e), value });
  }
  if (r.slotTemplated(annE)) {
    out.unknown = true;
    // Annotations stay unknown as a whole: another action beside the toYaml (an `include` of more) only adds to them.
    const values = r.valuesWritten(annE, true);
    if (values) out.values = values;
  }
  return out;
}

// ---- workloads

function readWorkload(r: YamlReader, map: YMap, base: K8sObject, kind: string): Workload {
  const path = POD_TEMPLATE_PATH[kind]!;
  let podAnnotations: Annotations;
  let podMetadataRange: Range | undefined;
  let podMetadataKeyRange: Range | undefined;
  let specE: MapEntry | undefined;
  if (path === 'self') {
    podAnnotations = base.annotations;
    const metaE = r.get(map, 'metadata');
    if (metaE?.value && isMap(metaE.value)) podMetadataRange = r.range(metaE.value);
    if (metaE) podMetadataKeyRange = r.range(metaE.keyNode);
    specE = r.get(map, 'spec');
  } else {
    let cur: YMap | undefined = map;
    let where = '';
    let templateE: MapEntry | undefined;
    for (const step of path) {
      templateE = r.get(cur, step);
      where = where ? `${where}.${step}` : step;
      cur = templateE ? r.map(templateE.value, where) : undefined;
    }
    const tmeta = r.get(cur, 'metadata');
    podAnnotations = readAnnotations(r, tmeta);
    if (!tmeta && r.freeTemplated(templateE)) podAnnotations.unknown = true;
    if (tmeta?.value && isMap(tmeta.value)) podMetadataRange = r.range(tmeta.value);
    if (tmeta) podMetadataKeyRange = r.range(tmeta.keyNode);
    specE = r.get(cur, 'spec');
  }
  const w: Workload = {
    ...base,
    type: 'workload',
    podAnnotations,
    pod: readPodSpec(r, specE, base.range),
  };
  if (podMetadataRange) w.podMetadataRange = podMetadataRange;
  if (podMetadataKeyRange) w.podMetadataKeyRange = podMetadataKeyRange;
  return w;
}

function readPodSpec(r: YamlReader, specE: MapEntry | undefined, fallback: Range): PodSpec {
  const spec = specE ? r.map(specE.value, 'the pod spec') : undefined;
  const pod: PodSpec = {
    containers: [],
    initContainers: [],
    range: spec ? r.range(spec as unknown as ParsedNode) : specE ? r.valueRange(specE) : fallback,
  };
  if (specE) pod.keyRange = r.range(specE.keyNode);
  if (!spec) {
    if (specE && r.slotTemplated(specE)) pod.templated = true;
    return pod;
  }
  const spn = r.get(spec, 'shareProcessNamespace');
  if (spn) {
    const v = r.bool(spn.value, spn.keyNode, 'k8s', 'shareProcessNamespace');
    if (v) pod.shareProcessNamespace = v;
  }
  const hostPID = r.get(spec, 'hostPID');
  if (hostPID) {
    const v = r.bool(hostPID.value, hostPID.keyNode, 'k8s', 'hostPID');
    if (v) pod.hostPID = v;
  }
  const sc = readSecurityContext(r, r.get(spec, 'securityContext'), 'the pod securityContext');
  if (sc) pod.securityContext = sc;
  pod.containers = readContainers(r, r.get(spec, 'containers'), false);
  pod.initContainers = readContainers(r, r.get(spec, 'initContainers'), true);
  const volumes = readVolumes(r, r.get(spec, 'volumes'));
  if (volumes) pod.volumes = volumes;
  if (r.freeTemplated(specE, ['securityContext', 'shareProcessNamespace', 'hostPID'])) pod.templated = true;
  return pod;
}

function readContainers(r: YamlReader, e: MapEntry | undefined, init: boolean): Container[] {
  if (!e) return [];
  const what = init ? 'initContainers' : 'containers';
  const out: Container[] = [];
  r.items(r.seq(e.value, what)).forEach((item, index) => {
    const m = r.map(item, `an item of ${what}`);
    if (!m) return;
    out.push(readContainer(r, m, item, init, index));
  });
  return out;
}

function readContainer(r: YamlReader, m: YMap, node: ParsedNode, init: boolean, index: number): Container {
  const c: Container = { env: [], envFrom: [], strayKeys: [], init, range: r.range(node), index };
  const name = r.entryStr(r.get(m, 'name'), { what: 'container name', k8sString: true });
  if (name) c.name = name;
  const image = r.entryStr(r.get(m, 'image'), { what: 'image', k8sString: true });
  if (image) c.image = image;
  const command = r.strList(r.get(m, 'command'), { what: 'command', k8sString: true });
  if (command) c.command = command;
  const args = r.strList(r.get(m, 'args'), { what: 'args', k8sString: true });
  if (args) c.args = args;
  const envE = r.get(m, 'env');
  c.env = readEnvList(r, envE);
  const envValues = r.valuesWritten(envE);
  if (envValues) c.envValues = envValues;
  c.envFrom = readEnvFrom(r, r.get(m, 'envFrom'));
  const sc = readSecurityContext(r, r.get(m, 'securityContext'), 'the container securityContext');
  if (sc) c.securityContext = sc;
  const restartPolicy = r.entryStr(r.get(m, 'restartPolicy'), { what: 'restartPolicy', k8sString: true });
  if (restartPolicy) c.restartPolicy = restartPolicy;
  const mounts = readVolumeMounts(r, r.get(m, 'volumeMounts'));
  if (mounts) c.volumeMounts = mounts;
  for (const e of r.entries(m)) {
    if (CONTAINER_FIELDS.has(e.key) || r.isUnknown(e.keyNode)) continue;
    c.strayKeys.push({ key: e.key, keyRange: r.range(e.keyNode), value: r.anyValue(e) });
  }
  if (r.nodeTemplated(node)) c.templated = true;
  return c;
}

/** A Kubernetes `env:` list (containers, Instrumentation spec.env / spec.go.env). */
export function readEnvList(r: YamlReader, e: MapEntry | undefined): EnvVar[] {
  if (!e) return [];
  const out: EnvVar[] = [];
  for (const item of r.items(r.seq(e.value, 'env'))) {
    const v = readEnvItem(r, item);
    if (v) out.push(v);
  }
  return out;
}

/** One item of an `env:` list; undefined when it is not a mapping with a name. */
function readEnvItem(r: YamlReader, item: ParsedNode): EnvVar | undefined {
  const m = r.map(item, 'an env item');
  if (!m) return undefined;
  const name = r.entryStr(r.get(m, 'name'), { what: 'env name', k8sString: true });
  if (!name) return undefined;
  const v: EnvVar = { name, range: r.range(item) };
  const valueE = r.get(m, 'value');
  const value = r.entryStr(valueE, { what: `the value of ${name.value}`, k8sString: true });
  if (value) v.value = value;
  const vfE = r.get(m, 'valueFrom');
  const vf = vfE ? r.map(vfE.value, 'valueFrom') : undefined;
  if (vfE && vfE.value && !r.isNull(vfE.value)) {
    const range = r.valueRange(vfE);
    const ref = r.get(vf, 'configMapKeyRef') ?? r.get(vf, 'secretKeyRef');
    const refMap = ref ? r.map(ref.value, ref.key) : undefined;
    const refName = r.entryStr(r.get(refMap, 'name'), { what: `${ref?.key}.name`, k8sString: true });
    const refKey = r.entryStr(r.get(refMap, 'key'), { what: `${ref?.key}.key`, k8sString: true });
    if (ref && refName && refKey) {
      const kind = ref.key as 'configMapKeyRef' | 'secretKeyRef';
      const vfr: { kind: typeof kind; name: Scalar; key: Scalar; optional?: boolean; range: Range } = {
        kind,
        name: refName,
        key: refKey,
        range,
      };
      const optE = r.get(refMap, 'optional');
      const opt = optE ? r.bool(optE.value, optE.keyNode, 'k8s', 'optional') : undefined;
      if (opt && !opt.unknown) vfr.optional = opt.value;
      v.valueFrom = vfr;
    } else v.valueFrom = { kind: 'other', range };
  }
  return v;
}

function readVolumeMounts(r: YamlReader, e: MapEntry | undefined): VolumeMount[] | undefined {
  if (!e) return undefined;
  const out: VolumeMount[] = [];
  for (const item of r.items(r.seq(e.value, 'volumeMounts'))) {
    const m = r.map(item, 'a volumeMounts item');
    if (!m) continue;
    const name = r.entryStr(r.get(m, 'name'), { what: 'volumeMounts name', k8sString: true });
    const mountPath = r.entryStr(r.get(m, 'mountPath'), { what: 'mountPath', k8sString: true });
    if (!name || !mountPath) continue;
    const vm: VolumeMount = { name, mountPath, range: r.range(item) };
    const subPath = r.entryStr(r.get(m, 'subPath'), { what: 'subPath', k8sString: true });
    if (subPath) vm.subPath = subPath;
    out.push(vm);
  }
  return out;
}

function readVolumes(r: YamlReader, e: MapEntry | undefined): Volume[] | undefined {
  if (!e) return undefined;
  const out: Volume[] = [];
  for (const item of r.items(r.seq(e.value, 'volumes'))) {
    const m = r.map(item, 'a volumes item');
    if (!m) continue;
    const name = r.entryStr(r.get(m, 'name'), { what: 'volume name', k8sString: true });
    if (!name) continue;
    const v: Volume = { name, range: r.range(item) };
    const cmE = r.get(m, 'configMap');
    const cm = cmE ? r.map(cmE.value, 'configMap') : undefined;
    const cmName = cm ? r.entryStr(r.get(cm, 'name'), { what: 'configMap name', k8sString: true }) : undefined;
    if (cmE && cmName) {
      v.configMap = { name: cmName, range: r.valueRange(cmE) };
      const itemsE = r.get(cm, 'items');
      if (itemsE) {
        const items: { key: Scalar; path: Scalar }[] = [];
        for (const it of r.items(r.seq(itemsE.value, 'configMap items'))) {
          const im = r.map(it, 'a configMap items entry');
          const key = im ? r.entryStr(r.get(im, 'key'), { what: 'key', k8sString: true }) : undefined;
          const path = im ? r.entryStr(r.get(im, 'path'), { what: 'path', k8sString: true }) : undefined;
          if (key && path) items.push({ key, path });
        }
        v.configMap.items = items;
      }
    }
    out.push(v);
  }
  return out;
}

function readEnvFrom(r: YamlReader, e: MapEntry | undefined): EnvFrom[] {
  if (!e) return [];
  const out: EnvFrom[] = [];
  for (const item of r.items(r.seq(e.value, 'envFrom'))) {
    const m = r.map(item, 'an envFrom item');
    if (!m) continue;
    const ref = r.get(m, 'configMapRef') ?? r.get(m, 'secretRef');
    if (!ref) continue;
    const name = r.entryStr(r.get(r.map(ref.value, ref.key), 'name'), { what: `${ref.key}.name`, k8sString: true });
    if (!name) continue;
    const ef: EnvFrom = { kind: ref.key as EnvFrom['kind'], name, range: r.range(item) };
    const prefix = r.entryStr(r.get(m, 'prefix'), { what: 'envFrom prefix', k8sString: true });
    if (prefix) ef.prefix = prefix;
    out.push(ef);
  }
  return out;
}

function readSecurityContext(r: YamlReader, e: MapEntry | undefined, what: string): SecurityContext | undefined {
  if (!e) return undefined;
  const m = r.map(e.value, what);
  const sc: SecurityContext = { range: r.valueRange(e), keyRange: r.range(e.keyNode) };
  if (!m) return sc;
  const priv = r.get(m, 'privileged');
  if (priv) {
    const v = r.bool(priv.value, priv.keyNode, 'k8s', 'privileged');
    if (v) sc.privileged = v;
    else if (!r.isNull(priv.value)) sc.unreadable = true;
  }
  const user = r.get(m, 'runAsUser');
  if (user) {
    const v = r.int(user.value, user.keyNode, 'runAsUser');
    if (v) sc.runAsUser = v;
    else if (!r.isNull(user.value)) sc.unreadable = true;
  }
  const nonRoot = r.get(m, 'runAsNonRoot');
  if (nonRoot) {
    const v = r.bool(nonRoot.value, nonRoot.keyNode, 'k8s', 'runAsNonRoot');
    if (v) sc.runAsNonRoot = v;
    else if (!r.isNull(nonRoot.value)) sc.unreadable = true;
  }
  const ape = r.get(m, 'allowPrivilegeEscalation');
  if (ape) {
    const v = r.bool(ape.value, ape.keyNode, 'k8s', 'allowPrivilegeEscalation');
    if (v) sc.allowPrivilegeEscalation = v;
  }
  const add = r.strList(r.path(m, 'capabilities', 'add'), { what: 'capabilities.add', k8sString: true });
  if (add) sc.capabilitiesAdd = add.items;
  return sc;
}

// ---- other kinds

function readConfigMap(r: YamlReader, map: YMap, base: K8sObject): ConfigMap {
  const data = new Map<string, Scalar>();
  const dataE = r.get(map, 'data');
  for (const e of r.entries(dataE ? r.map(dataE.value, 'ConfigMap data') : undefined)) {
    const v = r.entryStr(e, { what: `ConfigMap key ${e.key}`, k8sString: true });
    if (v) data.set(e.key, v);
  }
  const cm: ConfigMap = { ...base, type: 'configmap', data };
  // Helm: `data:` entries written by an action (`{{- toYaml .Values.config | nindent 2 }}`) cannot be listed.
  if (r.freeTemplated(dataE)) cm.incomplete = true;
  return cm;
}

function readInstrumentation(r: YamlReader, map: YMap, base: K8sObject): Instrumentation {
  const specE = r.get(map, 'spec');
  const spec = specE ? r.map(specE.value, 'Instrumentation spec') : undefined;
  const goE = r.get(spec, 'go');
  const go = goE ? r.map(goE.value, 'spec.go') : undefined;
  const inst: Instrumentation = {
    ...base,
    type: 'instrumentation',
    goEnv: readEnvList(r, r.get(go, 'env')),
    env: readEnvList(r, r.get(spec, 'env')),
    goKeys: r.entries(go).map((e) => ({ key: e.key, keyRange: r.range(e.keyNode) })),
  };
  const scE = r.get(go, 'securityContext');
  // What a Helm action writes into it is not known: no override is read then.
  if (scE && !r.isNull(scE.value) && !r.slotTemplated(scE) && r.map(scE.value, 'spec.go.securityContext')) {
    const sc = readSecurityContext(r, scE, 'spec.go.securityContext');
    if (sc) inst.goSecurityContext = sc;
  }
  const goImage = r.entryStr(r.get(go, 'image'), { what: 'spec.go.image', k8sString: true });
  if (goImage) inst.goImage = goImage;
  const endpoint = r.entryStr(r.path(spec, 'exporter', 'endpoint'), { what: 'spec.exporter.endpoint', k8sString: true });
  if (endpoint) inst.exporterEndpoint = endpoint;
  const samplerType = r.entryStr(r.path(spec, 'sampler', 'type'), { what: 'spec.sampler.type', k8sString: true });
  if (samplerType) inst.samplerType = samplerType;
  const samplerArg = r.entryStr(r.path(spec, 'sampler', 'argument'), { what: 'spec.sampler.argument', k8sString: true });
  if (samplerArg) inst.samplerArgument = samplerArg;
  if (r.freeTemplated(specE, ['env', 'go', 'exporter', 'sampler'])) inst.incomplete = true;
  return inst;
}

// ---- kustomize JSON 6902 patches

const CONTAINER_LISTS: ReadonlySet<string> = new Set(['containers', 'initContainers']);
const BOOL_SECURITY_FIELDS: ReadonlySet<string> = new Set(['privileged', 'runAsNonRoot', 'allowPrivilegeEscalation']);

/** A JSON pointer segment that indexes a list: digits, or `-` (after the last item). */
export function isListIndex(segment: string | undefined): boolean {
  if (segment === '-') return true;
  if (segment === undefined || segment === '') return false;
  for (const c of segment) if (c < '0' || c > '9') return false;
  return true;
}

/** RFC 6901: `/a/b~1c` -> ['a', 'b/c']; undefined for a pointer that does not start with `/` (or is not ``). */
export function splitPointer(pointer: string): string[] | undefined {
  if (pointer === '') return [];
  if (!pointer.startsWith('/')) return undefined;
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** A security context field: how its value reads. */
function securityField(field: string | undefined): PatchValue['type'] {
  if (field !== undefined && BOOL_SECURITY_FIELDS.has(field)) return 'bool';
  return field === 'runAsUser' ? 'int' : 'other';
}

/**
 * What a patch path's value is, from the path's last segments alone (which workload kind it patches, and so where
 * its pod template is, is known only when the patch is applied; src/link/kustomize.ts checks the rest of the path).
 */
export function patchValueShape(path: string[]): PatchValue['type'] {
  const at = (k: number): string | undefined => path[path.length - k]; // at(1): the last segment
  // A container is `…/spec/<containers|initContainers>/<index>`; `depth` segments below it.
  const container = (depth: number) => isListIndex(at(depth + 1)) && CONTAINER_LISTS.has(at(depth + 2) ?? '') && at(depth + 3) === 'spec';
  if (CONTAINER_LISTS.has(at(1) ?? '') && at(2) === 'spec') return 'containers';
  if (container(0)) return 'container';
  if (container(1)) {
    const field = at(1);
    if (field === 'env') return 'env';
    if (field === 'envFrom') return 'envFrom';
    if (field === 'image' || field === 'restartPolicy' || field === 'name') return 'string';
    if (field === 'command' || field === 'args') return 'strList';
    if (field === 'securityContext') return 'securityContext';
    return 'other';
  }
  if (container(2)) {
    if (at(2) === 'env' && isListIndex(at(1))) return 'envVar';
    if ((at(2) === 'command' || at(2) === 'args') && isListIndex(at(1))) return 'string';
    if (at(2) === 'securityContext') return securityField(at(1));
    return 'other';
  }
  if (container(3) && at(3) === 'env' && isListIndex(at(2)) && (at(1) === 'value' || at(1) === 'name')) return 'string';
  if (at(2) === 'spec' && (at(1) === 'shareProcessNamespace' || at(1) === 'hostPID')) return 'bool';
  if (at(2) === 'spec' && at(1) === 'securityContext') return 'securityContext';
  if (at(3) === 'spec' && at(2) === 'securityContext') return securityField(at(1));
  if (at(2) === 'metadata' && at(1) === 'annotations') return 'annotations';
  if (at(3) === 'metadata' && at(2) === 'annotations') return 'string';
  return 'other';
}

function readPatchValue(r: YamlReader, valueE: MapEntry, path: string[]): PatchValue | undefined {
  const shape = patchValueShape(path);
  const last = path[path.length - 1] ?? '';
  const what = `the value for ${path.join('/')}`;
  switch (shape) {
    case 'containers':
      return { type: 'containers', containers: readContainers(r, valueE, last === 'initContainers') };
    case 'container': {
      const m = r.map(valueE.value, 'the container');
      if (!m || !valueE.value) return undefined;
      return { type: 'container', container: readContainer(r, m, valueE.value, path[path.length - 2] === 'initContainers', 0) };
    }
    case 'env':
      return { type: 'env', env: readEnvList(r, valueE) };
    case 'envVar': {
      const envVar = valueE.value ? readEnvItem(r, valueE.value) : undefined;
      return envVar ? { type: 'envVar', envVar } : undefined;
    }
    case 'envFrom':
      return { type: 'envFrom', envFrom: readEnvFrom(r, valueE) };
    case 'string': {
      const scalar = r.entryStr(valueE, { what, k8sString: true });
      return scalar ? { type: 'string', scalar } : undefined;
    }
    case 'bool': {
      const scalar = r.bool(valueE.value, valueE.keyNode, 'k8s', last);
      return scalar ? { type: 'bool', scalar } : undefined;
    }
    case 'int': {
      const scalar = r.int(valueE.value, valueE.keyNode, last);
      return scalar ? { type: 'int', scalar } : undefined;
    }
    case 'strList': {
      const list = r.strList(valueE, { what: last, k8sString: true });
      return list ? { type: 'strList', list } : undefined;
    }
    case 'securityContext': {
      const securityContext = readSecurityContext(r, valueE, 'the securityContext');
      return securityContext ? { type: 'securityContext', securityContext } : undefined;
    }
    case 'annotations':
      return { type: 'annotations', annotations: readAnnotationMap(r, valueE, { entries: [] }) };
    default:
      return { type: 'other' };
  }
}

/**
 * A JSON 6902 patch: a list of `{op, path, value?, from?}` mappings. Undefined when the list is not one (an item
 * without `op` and `path`), so that any other list stays what it was.
 */
export function readPatchOps(r: YamlReader, seq: YAMLSeq<unknown> | ParsedNode): JsonPatchOp[] | undefined {
  const items = r.items(r.seq(seq, 'the patch'));
  if (items.length === 0) return undefined;
  const maps = items.map((it) => (isMap(it) ? (it as YMap) : undefined));
  if (maps.some((m) => !m || !r.get(m, 'op') || !r.get(m, 'path'))) return undefined;
  const ops: JsonPatchOp[] = [];
  maps.forEach((m, i) => {
    const item = items[i]!;
    const op = r.entryStr(r.get(m, 'op'), { what: 'op' });
    const pathS = r.entryStr(r.get(m, 'path'), { what: 'path' });
    // An operation that cannot be read keeps its place as `op: ''`: whoever applies the patch gives up on it.
    const path = pathS && !pathS.unknown ? splitPointer(pathS.value) : undefined;
    if (!op || op.unknown || !path) {
      ops.push({ op: '', path: [], pathRange: pathS?.range ?? r.range(item), range: r.range(item) });
      return;
    }
    const out: JsonPatchOp = { op: op.value, path, pathRange: pathS!.range, range: r.range(item) };
    const fromS = r.entryStr(r.get(m, 'from'), { what: 'from' });
    if (fromS) {
      const from = fromS.unknown ? undefined : splitPointer(fromS.value);
      if (!from) {
        ops.push({ op: '', path: [], pathRange: out.pathRange, range: r.range(item) });
        return;
      }
      out.from = from;
    }
    const valueE = r.get(m, 'value');
    if (valueE) {
      const value = readPatchValue(r, valueE, path);
      if (value) out.value = value;
    }
    ops.push(out);
  });
  return ops;
}
