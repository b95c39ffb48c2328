// Kustomize JSON 6902 patches applied to a workload, for the fields the model has: containers and init containers
// (whole lists, one container, and in a container `name`, `image`, `command`, `args`, `env` (the list, one variable,
// a variable's `value` or `name`), `envFrom`, `restartPolicy`, `securityContext`), the pod's
// `shareProcessNamespace`, `hostPID` and `securityContext`, and the annotations of the object and of its pod template.
//
// An operation on any other field that the model reads, or that moves what it reads (the whole `spec`, `template` or
// `metadata`, a name or namespace, `move` and `copy` involving such fields, `valueFrom`), cannot be applied here: the
// patch builds no variant (undefined), like an unsupported kustomization. So does `remove` of anything but whole
// containers: a field a patch removes is still written in the base, where a fix that adds it back would be wrong. An operation on a field the model does not
// read at all (`replicas`, `resources`, `ports`, labels ...) changes nothing the rules see and is skipped; so is
// `test`, which only makes kustomize fail.
//
// Ranges: a value the patch writes has its range in the patch (its `value:`), so findings on it point there and fix
// it there. A key written only as part of a JSON pointer (an annotation's key) has the `path:` value's range and no
// fix (the pointer escapes `/` as `~1`).

import { isListIndex, podTemplatePath } from '../parsers/kube.ts';
import type { Annotations, Container, EnvVar, JsonPatchOp, PatchValue, PodSpec, Scalar, SecurityContext, Workload } from '../model/workload.ts';

type Op = 'add' | 'replace' | 'remove';
/** `remove` is applied to containers only (see above). */
type Change = 'add' | 'replace';

/** The workload with the operations applied, or undefined when one cannot be applied here. */
export function applyJsonPatch(w: Workload, ops: JsonPatchOp[]): Workload | undefined {
  const template = podTemplatePath(w.kind);
  if (!template) return undefined;
  let cur: Workload | undefined = w;
  for (const op of ops) {
    if (op.op === 'test') continue;
    cur = applyOne(cur, op, template);
    if (!cur) return undefined;
  }
  return cur;
}

const CONTAINER_LISTS: ReadonlySet<string> = new Set(['containers', 'initContainers']);
const CONTAINER_FIELDS_READ: ReadonlySet<string> = new Set(['name', 'image', 'command', 'args', 'env', 'envFrom', 'restartPolicy', 'securityContext']);

/** Whether a path under the pod template (`rest`) addresses something the model reads. */
function readsUnderTemplate(rest: string[], isPod: boolean): boolean {
  const [a, b, , field] = rest;
  if (a === undefined) return true;
  if (a === 'metadata') return b === undefined || b === 'annotations' || (isPod && (b === 'name' || b === 'namespace'));
  if (a !== 'spec') return false;
  if (b === undefined || b === 'shareProcessNamespace' || b === 'hostPID' || b === 'securityContext') return true;
  if (!CONTAINER_LISTS.has(b)) return false;
  return field === undefined || CONTAINER_FIELDS_READ.has(field);
}

/** Whether a path of the object addresses something the model reads (for `move` / `copy`, and unhandled shapes). */
function reads(path: string[], template: string[], isPod: boolean): boolean {
  if (path.length <= template.length && template.slice(0, path.length).every((s, i) => s === path[i])) return true;
  if (template.every((s, i) => path[i] === s)) return readsUnderTemplate(path.slice(template.length), isPod);
  const [a, b] = path;
  if (a === 'kind' || a === 'apiVersion') return true;
  return a === 'metadata' && (b === undefined || b === 'name' || b === 'namespace' || b === 'annotations');
}

function applyOne(w: Workload, op: JsonPatchOp, template: string[]): Workload | undefined {
  const isPod = template.length === 0;
  if (op.op === 'move' || op.op === 'copy') {
    return reads(op.path, template, isPod) || (op.from && reads(op.from, template, isPod)) ? undefined : w;
  }
  if (op.op !== 'add' && op.op !== 'replace' && op.op !== 'remove') return undefined;
  const o: Op = op.op;
  const path = op.path;
  const underTemplate = template.every((s, i) => path[i] === s);
  const rest = underTemplate ? path.slice(template.length) : path;
  if (o === 'remove' && !(underTemplate && rest[0] === 'spec' && CONTAINER_LISTS.has(rest[1] ?? '') && rest.length <= 3)) {
    return reads(path, template, isPod) ? undefined : w;
  }
  // Object annotations (for a Pod, also its pod annotations).
  if (!underTemplate || isPod) {
    if (path[0] === 'metadata' && path[1] === 'annotations') {
      const annotations = annotationsOp(w.annotations, path.slice(2), op);
      if (!annotations) return undefined;
      return isPod ? { ...w, annotations, podAnnotations: annotations } : { ...w, annotations };
    }
    if (!underTemplate) return reads(path, template, isPod) ? undefined : w;
  }
  if (rest[0] === 'metadata') {
    if (rest[1] !== 'annotations') return readsUnderTemplate(rest, isPod) ? undefined : w;
    const podAnnotations = annotationsOp(w.podAnnotations, rest.slice(2), op);
    return podAnnotations ? { ...w, podAnnotations } : undefined;
  }
  if (rest[0] !== 'spec' || rest.length < 2) return readsUnderTemplate(rest, isPod) ? undefined : w;
  const pod = podOp(w.pod, rest.slice(1), o, op);
  return pod ? { ...w, pod } : undefined;
}

function podOp(pod: PodSpec, rest: string[], o: Op, op: JsonPatchOp): PodSpec | undefined {
  const [field] = rest;
  if (field === 'shareProcessNamespace' || field === 'hostPID') {
    if (rest.length > 1) return undefined;
    return op.value?.type === 'bool' ? { ...pod, [field]: op.value.scalar } : undefined;
  }
  if (field === 'securityContext') {
    const sc = securityContextOp(pod.securityContext, rest.slice(1), op);
    return sc ? { ...pod, securityContext: sc } : undefined;
  }
  if (field === 'containers' || field === 'initContainers') {
    const list = containersOp(pod[field], rest.slice(1), o, op, field === 'initContainers');
    return list ? { ...pod, [field]: list } : undefined;
  }
  return pod; // a pod field the model does not read
}

function containersOp(list: Container[], rest: string[], o: Op, op: JsonPatchOp, init: boolean): Container[] | undefined {
  const reindex = (cs: Container[]) => cs.map((c, index) => (c.index === index && c.init === init ? c : { ...c, index, init }));
  if (rest.length === 0) {
    if (o === 'remove') return [];
    return op.value?.type === 'containers' ? reindex(op.value.containers) : undefined;
  }
  const at = indexIn(list, rest[0]!, o === 'add' && rest.length === 1);
  if (at === undefined) return undefined;
  if (rest.length === 1) {
    const out = [...list];
    if (o === 'remove') out.splice(at, 1);
    else if (op.value?.type !== 'container') return undefined;
    else if (o === 'add') out.splice(at, 0, op.value.container);
    else out[at] = op.value.container;
    return reindex(out);
  }
  if (o === 'remove') return undefined; // not reached: applyOne lets `remove` through for containers only
  const c = containerOp(list[at]!, rest.slice(1), o, op);
  if (!c) return undefined;
  const out = [...list];
  out[at] = c;
  return out;
}

/**
 * The list position a segment addresses: an existing item, or for `add` of an item also the end (`-` or the
 * length). Undefined when kustomize would fail (out of range).
 */
function indexIn(list: unknown[], segment: string, adding: boolean): number | undefined {
  if (!isListIndex(segment)) return undefined;
  const i = segment === '-' ? list.length : Number(segment);
  return i < list.length || (adding && i === list.length) ? i : undefined;
}

function containerOp(c: Container, rest: string[], o: Change, op: JsonPatchOp): Container | undefined {
  const [field, ...sub] = rest;
  const v = op.value;
  switch (field) {
    case 'name':
    case 'image':
    case 'restartPolicy': {
      return sub.length === 0 && v?.type === 'string' ? { ...c, [field]: v.scalar } : undefined;
    }
    case 'command':
    case 'args': {
      if (sub.length === 0) return v?.type === 'strList' ? { ...c, [field]: v.list } : undefined;
      const list = c[field];
      if (!list || sub.length > 1) return undefined;
      const items = listItemOp(list.items, sub[0]!, o, v, (x) => (x.type === 'string' ? x.scalar : undefined));
      return items ? { ...c, [field]: { ...list, items } } : undefined;
    }
    case 'env': {
      if (sub.length === 0) return v?.type === 'env' ? { ...c, env: v.env } : undefined;
      if (sub.length === 1) {
        const env = listItemOp(c.env, sub[0]!, o, v, (x) => (x.type === 'envVar' ? x.envVar : undefined));
        return env ? { ...c, env } : undefined;
      }
      const at = indexIn(c.env, sub[0]!, false);
      const key = sub[1];
      if (at === undefined || sub.length > 2 || (key !== 'value' && key !== 'name')) return undefined;
      if (v?.type !== 'string') return undefined;
      const e: EnvVar = { ...c.env[at]!, [key]: v.scalar };
      const env = [...c.env];
      env[at] = e;
      return { ...c, env };
    }
    case 'envFrom': {
      return sub.length === 0 && v?.type === 'envFrom' ? { ...c, envFrom: v.envFrom } : undefined;
    }
    case 'securityContext': {
      const sc = securityContextOp(c.securityContext, sub, op);
      return sc ? { ...c, securityContext: sc } : undefined;
    }
    default:
      return c; // a container field the model does not read
  }
}

/** add (insert) or replace one item of a list; undefined when the index or the value does not fit. */
function listItemOp<T>(list: T[], segment: string, o: Change, v: PatchValue | undefined, read: (v: PatchValue) => T | undefined): T[] | undefined {
  const at = indexIn(list, segment, o === 'add');
  if (at === undefined) return undefined;
  const out = [...list];
  const item = v ? read(v) : undefined;
  if (item === undefined) return undefined;
  if (o === 'add') out.splice(at, 0, item);
  else out[at] = item;
  return out;
}

/** The security context after the operation, or undefined when it cannot be applied. */
function securityContextOp(sc: SecurityContext | undefined, rest: string[], op: JsonPatchOp): SecurityContext | undefined {
  const v = op.value;
  if (rest.length === 0) return v?.type === 'securityContext' ? v.securityContext : undefined;
  // JSON patch adds a member only to an object that exists.
  if (!sc) return undefined;
  const [field] = rest;
  if (field === 'capabilities') return undefined; // capabilities.add is read, but not patched here
  if (field !== 'privileged' && field !== 'runAsNonRoot' && field !== 'allowPrivilegeEscalation' && field !== 'runAsUser') {
    return sc; // a field the model does not read
  }
  if (rest.length > 1) return undefined;
  if (field === 'runAsUser') return v?.type === 'int' ? { ...sc, runAsUser: v.scalar } : undefined;
  return v?.type === 'bool' ? { ...sc, [field]: v.scalar } : undefined;
}

function annotationsOp(ann: Annotations, rest: string[], op: JsonPatchOp): Annotations | undefined {
  const v = op.value;
  if (rest.length === 0) {
    if (v?.type !== 'annotations') return undefined;
    const out: Annotations = { ...v.annotations };
    if (ann.unknown) out.unknown = true;
    return out;
  }
  // JSON patch adds a member only to an object that exists: kustomize fails on a template without annotations.
  if (rest.length > 1 || ann.keyRange === undefined) return undefined;
  const key = rest[0]!;
  const entries = ann.entries.filter((e) => e.key.value !== key);
  if (v?.type !== 'string') return undefined;
  // The key is written only inside the JSON pointer (`~1` for `/`): no fix can rewrite it as a key.
  const keyScalar: Scalar = { value: key, range: op.pathRange, via: { evidence: [], edit: 'none' } };
  return { ...ann, entries: [...entries, { key: keyScalar, value: v.scalar }] };
}
