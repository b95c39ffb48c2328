// Kubernetes manifests written as TypeScript / JavaScript programs: cdk8s (the generated `imports/k8s` classes and
// cdk8s-plus) and Pulumi (`@pulumi/kubernetes`). The program is parsed with @typescript-eslint/typescript-estree,
// never run; `ts-values.ts` evaluates what can be known statically (literals, constants, spreads, sibling constants).
// The result is the same KubeFile / KubeObject model the YAML parser produces, so every rule works unchanged:
//   - each object is one `new X(...)` (its range) with `kindRange` on the constructor callee;
//   - every value keeps the range of the literal that holds it (quotes included), so --fix edits the literal;
//   - a value computed at run time is a Scalar with `unknown: true` (range: the expression);
//   - parts that cannot be read (unknown spreads, computed lists) set the model's `templated` / `unknown` /
//     `incomplete` flags instead of guessing;
//   - defaults that cdk8s-plus applies without them being written are Scalars with `implicit: true`.
// Pulumi `k8s.yaml.ConfigFile` / `ConfigGroup` and cdk8s `Include` point at YAML files: those paths are returned in
// `referencedYaml` for the caller to parse as YAML.

import { posix } from 'node:path';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { Directive, ParseProblem, Range, SourceFile } from '../model/source.ts';
import type {
  Annotations,
  ConfigMap,
  Container,
  EnvFrom,
  EnvVar,
  Instrumentation,
  K8sObject,
  KubeFile,
  KubeObject,
  PodSpec,
  Scalar,
  SecurityContext,
  Workload,
} from '../model/workload.ts';
import { parseDirective } from './directives.ts';
import { MAX_TS_NESTING, tooDeeplyNested } from './ts-depth.ts';
import { CONTAINER_FIELDS } from './kube.ts';
import { Program, isCdk8sImportsSpecifier } from './ts-values.ts';
import type { ArrayValue, ModuleHost, ObjectValue, Prop, SymbolRef, Value } from './ts-values.ts';

type Node = TSESTree.Node;
type Estree = typeof import('@typescript-eslint/typescript-estree');
type Ts = typeof import('typescript');

/** A YAML file a program deploys (Pulumi `k8s.yaml.ConfigFile` / `ConfigGroup`, cdk8s `Include`). */
export interface ReferencedYaml {
  /**
   * The path (for ConfigGroup `files` possibly a glob) as written, with the literal's range; `unknown` when the
   * program computes it. URLs are left out.
   */
  path: Scalar;
  /**
   * What the path is relative to: Pulumi runs the program in the project directory (the one with `Pulumi.yaml`),
   * `cdk8s synth` in the directory with `cdk8s.yaml`; neither is necessarily the directory of this file.
   */
  relativeTo: 'pulumi-project' | 'cdk8s-project';
}

export interface TypeScriptManifests extends KubeFile {
  referencedYaml: ReferencedYaml[];
}

export interface ParseTypeScriptOptions {
  /**
   * Reads a sibling file for `import { X } from './constants'`. The path is relative to the working directory,
   * `/`-separated (the same convention as SourceFile.path), e.g. `deploy/constants.ts`; ranges of values read from
   * it carry that path. Return undefined when the file does not exist, and for a path outside the repository
   * (`../` beyond the working directory can appear).
   */
  readSibling?: (relPath: string) => string | undefined;
}

/** Files larger than this are not parsed (a ParseProblem says so). */
export const MAX_TS_CHARS = 2_000_000;
/** At most this many sibling files are read per parsed file. */
const MAX_SIBLINGS = 20;

// ---------------------------------------------------------------------------------------------------------------
// Pre-check (in its own module so that deciding costs no parser load: the caller imports this file only after it)

export { looksLikeInfraProgram } from './ts-precheck.ts';

// ---------------------------------------------------------------------------------------------------------------
// Entry point

let estreePromise: Promise<Estree> | undefined;

/** typescript-estree costs ~300 ms to import: loaded on the first TypeScript file only. */
function loadEstree(): Promise<Estree> {
  estreePromise ??= import('@typescript-eslint/typescript-estree');
  return estreePromise;
}

let tsPromise: Promise<Ts> | undefined;

/** TypeScript itself (its scanner, for tooDeeplyNested()); typescript-estree loads it anyway. */
function loadTs(): Promise<Ts> {
  tsPromise ??= import('typescript').then((m) => ((m as { default?: Ts }).default ?? m) as Ts);
  return tsPromise;
}

export async function parseTypeScriptManifests(
  file: SourceFile,
  opts: ParseTypeScriptOptions = {},
): Promise<TypeScriptManifests> {
  const out: TypeScriptManifests = { file: file.path, objects: [], problems: [], directives: [], helm: false, referencedYaml: [] };
  const whole = file.lines.range(file.path, 0, Math.min(file.text.length, 1));
  if (file.text.length > MAX_TS_CHARS) {
    out.problems.push({ range: whole, message: `file is larger than ${MAX_TS_CHARS} characters; not read`, severity: 'error' });
    return out;
  }
  let estree: Estree;
  let ts: Ts;
  try {
    [estree, ts] = await Promise.all([loadEstree(), loadTs()]);
  } catch (e) {
    out.problems.push({ range: whole, message: `cannot load the TypeScript parser: ${errorMessage(e)}`, severity: 'error' });
    return out;
  }
  const deep = tooDeeplyNested(ts, file.text);
  if (deep !== undefined) {
    out.problems.push({
      range: file.lines.range(file.path, deep, Math.min(deep + 1, file.text.length)),
      message: `Brackets nested more than ${MAX_TS_NESTING} levels deep: this program is not read (the linter reads programs nested up to ${MAX_TS_NESTING} levels)`,
      severity: 'error',
    });
    return out;
  }
  let ast: TSESTree.Program;
  try {
    ast = estree.parse(file.text, { loc: true, range: true, comment: true, jsx: false });
  } catch (e) {
    out.problems.push(syntaxProblem(file, e));
    return out;
  }
  out.directives = directivesOf(file, ast);
  try {
    const walk = walker(estree);
    walk(ast, () => undefined, true);
    const host = new SiblingHost(estree, ts, walk, opts.readSibling);
    const prog = new Program(file.path, file.text, ast, host, (root, visit) => walk(root, visit, false));
    host.register(prog);
    new Mapper(prog, out).run();
  } catch (e) {
    // A bug here must not stop the other files: report it on this file.
    out.objects = [];
    out.referencedYaml = [];
    out.problems.push({ range: whole, message: `internal error while reading this program: ${errorMessage(e)}`, severity: 'error' });
  }
  return out;
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

function syntaxProblem(file: SourceFile, e: unknown): ParseProblem {
  const loc = (e as { location?: { start?: { offset?: number }; end?: { offset?: number } } }).location;
  const start = typeof loc?.start?.offset === 'number' ? loc.start.offset : 0;
  let end = typeof loc?.end?.offset === 'number' ? loc.end.offset : start;
  if (end <= start) end = Math.min(file.text.length, start + 1);
  // Chains without brackets (1,000 `a ? b :` in one expression) can still exhaust the parser's stack.
  const message = e instanceof RangeError ? 'Nested too deeply for the TypeScript parser (it ran out of stack): this program is not read' : `TypeScript syntax error: ${errorMessage(e)}`;
  return { range: file.lines.range(file.path, start, end), message, severity: 'error' };
}

function directivesOf(file: SourceFile, ast: TSESTree.Program): Directive[] {
  const out: Directive[] = [];
  for (const c of ast.comments ?? []) {
    let body = c.value;
    if (c.type === 'Block' && body.startsWith('*')) body = body.slice(1);
    const d = parseDirective(body, file.lines.range(file.path, c.range[0], c.range[1]));
    if (d) out.push(d);
  }
  return out;
}

type Walk = (root: Node, visit: (n: Node) => void, setParents: boolean) => void;

function walker(estree: Estree): Walk {
  return (root, visit, setParents) => estree.simpleTraverse(root, { enter: (n: Node) => visit(n) }, setParents);
}

/** Reads and parses sibling modules for constant imports (one per parse call). */
class SiblingHost implements ModuleHost {
  private readonly programs = new Map<string, Program | null>();
  constructor(
    private readonly estree: Estree,
    private readonly ts: Ts,
    private readonly walk: Walk,
    private readonly read: ((relPath: string) => string | undefined) | undefined,
  ) {}

  register(p: Program): void {
    this.programs.set(p.file, p);
  }

  load(fromFile: string, specifier: string): Program | undefined {
    if (!this.read) return undefined;
    const base = posix.normalize(posix.join(posix.dirname(fromFile), specifier));
    for (const candidate of moduleCandidates(base)) {
      const known = this.programs.get(candidate);
      if (known) return known;
      if (known === null) continue;
      if (this.programs.size > MAX_SIBLINGS) return undefined;
      let text: string | undefined;
      try {
        text = this.read(candidate);
      } catch {
        text = undefined;
      }
      if (text === undefined || text.length > MAX_TS_CHARS || tooDeeplyNested(this.ts, text) !== undefined) {
        this.programs.set(candidate, null);
        continue;
      }
      try {
        const ast = this.estree.parse(text, { loc: true, range: true, comment: false, jsx: false });
        this.walk(ast, () => undefined, true);
        const prog = new Program(candidate, text, ast, this, (root, visit) => this.walk(root, visit, false));
        this.programs.set(candidate, prog);
        return prog;
      } catch {
        this.programs.set(candidate, null);
        return undefined;
      }
    }
    return undefined;
  }
}

/** Files an import specifier can name (TypeScript's resolution for relative specifiers, ESM and CommonJS styles). */
function moduleCandidates(base: string): string[] {
  const ext = posix.extname(base);
  const stem = base.slice(0, base.length - ext.length);
  switch (ext) {
    case '.js':
      return [stem + '.ts', stem + '.tsx', base];
    case '.mjs':
      return [stem + '.mts', base];
    case '.cjs':
      return [stem + '.cts', base];
    case '.ts':
    case '.mts':
    case '.cts':
    case '.tsx':
      return [base];
    default: {
      const exts = ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'];
      return [...exts.map((e) => base + e), ...['/index.ts', '/index.js'].map((e) => base + e)];
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Libraries and kinds

type Lib =
  | { lib: 'plus'; major: number | undefined; path: string[] }
  | { lib: 'l1'; path: string[] }
  | { lib: 'crd'; group: string; path: string[] }
  | { lib: 'cdk8s'; path: string[] }
  | { lib: 'pulumi'; path: string[] };

function classify(sym: SymbolRef): Lib | undefined {
  const m = sym.module;
  const plus = /^cdk8s-plus(?:-(\d+))?(?:\/.*)?$/.exec(m);
  if (plus) return { lib: 'plus', major: plus[1] ? Number(plus[1]) : undefined, path: sym.path };
  if (m === 'cdk8s') return { lib: 'cdk8s', path: sym.path };
  if (m === '@pulumi/kubernetes' || m.startsWith('@pulumi/kubernetes/')) {
    const sub = m.slice('@pulumi/kubernetes'.length).split('/').filter((s) => s.length > 0);
    return { lib: 'pulumi', path: [...sub, ...sym.path] };
  }
  if (isCdk8sImportsSpecifier(m)) {
    const last = m.split('/').pop()!.replace(/\.(?:js|ts|mjs|mts|cjs|cts)$/, '');
    if (/^k8s(?:[-.@].*)?$/.test(last)) return { lib: 'l1', path: sym.path };
    return { lib: 'crd', group: last, path: sym.path };
  }
  return undefined;
}

/** `@pulumi/kubernetes` namespaces whose classes are not single Kubernetes objects (charts, kustomize, YAML). */
const NON_RESOURCE_GROUPS = new Set(['helm', 'kustomize', 'yaml']);

const CORE_API: Record<string, string> = {
  Pod: 'v1',
  ConfigMap: 'v1',
  Namespace: 'v1',
  ReplicationController: 'v1',
  Secret: 'v1',
  Service: 'v1',
  ServiceAccount: 'v1',
  PersistentVolumeClaim: 'v1',
  Deployment: 'apps/v1',
  StatefulSet: 'apps/v1',
  DaemonSet: 'apps/v1',
  ReplicaSet: 'apps/v1',
  Job: 'batch/v1',
  CronJob: 'batch/v1',
};

/** Where a workload keeps its pod template (a Pod is its own template). */
const TEMPLATE_PATH: Record<string, string[]> = {
  Deployment: ['spec', 'template'],
  StatefulSet: ['spec', 'template'],
  DaemonSet: ['spec', 'template'],
  ReplicaSet: ['spec', 'template'],
  ReplicationController: ['spec', 'template'],
  Job: ['spec', 'template'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template'],
  Pod: [],
};

/** cdk8s-plus `ContainerProps` (cdk8s-plus-32 2.5.92 lib/container.d.ts). */
const PLUS_CONTAINER_FIELDS = new Set([
  'image',
  'name',
  'port',
  'portNumber',
  'ports',
  'command',
  'args',
  'workingDir',
  'envVariables',
  'envFrom',
  'volumeMounts',
  'imagePullPolicy',
  'readiness',
  'liveness',
  'startup',
  'lifecycle',
  'resources',
  'securityContext',
  'restartPolicy',
]);

const PLUS_WORKLOADS: Record<string, string> = {
  Deployment: 'apps/v1',
  StatefulSet: 'apps/v1',
  DaemonSet: 'apps/v1',
  Job: 'batch/v1',
  CronJob: 'batch/v1',
  Pod: 'v1',
};

/** Other cdk8s-plus constructs that synthesise one object (class -> kind). */
const PLUS_OTHERS: Record<string, string> = {
  ConfigMap: 'ConfigMap',
  Namespace: 'Namespace',
  Secret: 'Secret',
  BasicAuthSecret: 'Secret',
  DockerConfigSecret: 'Secret',
  ServiceAccountTokenSecret: 'Secret',
  SshAuthSecret: 'Secret',
  TlsSecret: 'Secret',
  Service: 'Service',
  ServiceAccount: 'ServiceAccount',
  Ingress: 'Ingress',
  Role: 'Role',
  ClusterRole: 'ClusterRole',
  RoleBinding: 'RoleBinding',
  ClusterRoleBinding: 'ClusterRoleBinding',
  NetworkPolicy: 'NetworkPolicy',
  PersistentVolumeClaim: 'PersistentVolumeClaim',
  HorizontalPodAutoscaler: 'HorizontalPodAutoscaler',
};

/**
 * What cdk8s-plus writes into the synthesised manifest when a prop is not given. Read from the library's source:
 *  - container `securityContext`: `ensureNonRoot ?? true`, `privileged ?? false`, `allowPrivilegeEscalation ?? false`
 *    (and readOnlyRootFilesystem ?? true, not in the model), always emitted as `runAsNonRoot` / `privileged` / ...:
 *    cdk8s-team/cdk8s-plus src/container.ts `ContainerSecurityContext` on branches k8s-22/main .. k8s-31/main
 *    (feat #1143 "default runAsNonRoot to true"), and lib/container.js of the npm releases cdk8s-plus-30@2.4.10,
 *    -31@2.6.43, -32@2.5.92, -33@2.5.57. cdk8s-plus-20 and -21 default `ensureNonRoot` to false.
 *  - `user ?? 25000` / `group ?? 26000` (feat #1094) was reverted by fix #1437 in Nov 2022 on k8s-23 and later;
 *    the k8s-22/main branch still has it, so only cdk8s-plus-22 sets `runAsUser: 25000` by default.
 *  - pod `securityContext`: `ensureNonRoot ?? true` (k8s-22 and later; false on 20/21), emitted as `runAsNonRoot`.
 *  - `shareProcessNamespace ?? false`, emitted as `shareProcessNamespace: false`: added by PR #4902 (merged
 *    2025-02-25), present in the current releases of cdk8s-plus-30/31/32/33 checked above; older releases do not
 *    have the prop. Either way the pod does not share its PID namespace unless the program sets it to true.
 * So an agent sidecar written with cdk8s-plus runs with `runAsNonRoot: true` unless `ensureNonRoot: false` is set
 * (with `user: 0` the kubelet refuses to start it), and `privileged: true` without `allowPrivilegeEscalation: true`
 * is rejected by the API server. Majors not listed (no number, 17) get no implicit values.
 */
interface PlusDefaults {
  runAsNonRoot?: boolean;
  allowPrivilegeEscalation?: boolean;
  runAsUser?: number;
  privileged?: boolean;
  podRunAsNonRoot?: boolean;
  shareProcessNamespace?: boolean;
}

function plusDefaults(major: number | undefined): PlusDefaults {
  if (major === undefined || major < 20) return {};
  const d: PlusDefaults = { privileged: false, runAsNonRoot: major >= 22, podRunAsNonRoot: major >= 22 };
  // allowPrivilegeEscalation ?? false arrived with the prop (not in cdk8s-plus-20/21: k8s-21/main has no such prop).
  if (major >= 22) d.allowPrivilegeEscalation = false;
  if (major === 22) d.runAsUser = 25000;
  if (major >= 30) d.shareProcessNamespace = false;
  return d;
}

// ---------------------------------------------------------------------------------------------------------------
// Value -> Scalar helpers

type Flag = () => void;
const noFlag: Flag = () => undefined;

function withKey<T>(s: Scalar<T>, keyRange: Range | undefined): Scalar<T> {
  if (keyRange) s.keyRange = keyRange;
  return s;
}

function unknownText(v: Value): string {
  switch (v.kind) {
    case 'unknown':
      return v.text;
    case 'symbol':
      return v.symbol.path.join('.');
    case 'call':
    case 'instance':
      return v.text;
    default:
      return '';
  }
}

function absent(v: Value | undefined): v is undefined | { kind: 'undefined' | 'null'; range: Range } {
  return v === undefined || v.kind === 'undefined' || v.kind === 'null';
}

/** A string field: literal strings (numbers and booleans as their text); anything else unknown. */
function strOf(v: Value | undefined, keyRange?: Range): Scalar | undefined {
  if (absent(v)) return undefined;
  if (v.kind === 'string') return withKey({ value: v.value, range: v.range }, keyRange);
  if (v.kind === 'number' || v.kind === 'boolean') return withKey({ value: String(v.value), range: v.range }, keyRange);
  return withKey({ value: unknownText(v), range: v.range, unknown: true }, keyRange);
}

function str(p: Prop | undefined): Scalar | undefined {
  return p ? strOf(p.value, p.keyRange) : undefined;
}

function boolOf(v: Value | undefined, keyRange?: Range): Scalar<boolean> | undefined {
  if (absent(v)) return undefined;
  if (v.kind === 'boolean') return withKey({ value: v.value, range: v.range }, keyRange);
  return withKey({ value: false, range: v.range, unknown: true }, keyRange);
}

function bool(p: Prop | undefined): Scalar<boolean> | undefined {
  return p ? boolOf(p.value, p.keyRange) : undefined;
}

function num(p: Prop | undefined): Scalar<number> | undefined {
  if (!p || absent(p.value)) return undefined;
  const v = p.value;
  if (v.kind === 'number') return withKey({ value: v.value, range: v.range }, p.keyRange);
  return withKey({ value: 0, range: v.range, unknown: true }, p.keyRange);
}

function implicit<T>(value: T | undefined, range: Range, uncertain: boolean): Scalar<T> | undefined {
  if (value === undefined) return undefined;
  const s: Scalar<T> = { value, range, implicit: true };
  if (uncertain) s.unknown = true;
  return s;
}

/** Plain JS for a fully known value (stray keys), or undefined with `known: false`. */
function plain(v: Value): { known: boolean; value: unknown } {
  switch (v.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return { known: true, value: v.value };
    case 'null':
      return { known: true, value: null };
    case 'undefined':
      return { known: true, value: undefined };
    case 'array': {
      if (v.unresolved.length > 0) return { known: false, value: undefined };
      const items: unknown[] = [];
      for (const i of v.items) {
        const p = plain(i);
        if (!p.known) return p;
        items.push(p.value);
      }
      return { known: true, value: items };
    }
    case 'object': {
      if (v.unresolved.length > 0) return { known: false, value: undefined };
      const o: Record<string, unknown> = {};
      for (const [k, p] of v.props) {
        const x = plain(p.value);
        if (!x.known) return x;
        o[k] = x.value;
      }
      return { known: true, value: o };
    }
    default:
      return { known: false, value: undefined };
  }
}

/** An object value; `flag` when the value is computed (not an object literal). */
function objOf(v: Value | undefined, flag: Flag): ObjectValue | undefined {
  if (absent(v)) return undefined;
  if (v.kind === 'object') return v;
  flag();
  return undefined;
}

/** All properties of an object; `flag` when unknown spreads may add more. */
function allProps(o: ObjectValue | undefined, flag: Flag): Prop[] {
  if (!o) return [];
  if (o.unresolved.length > 0) flag();
  return [...o.props.values()];
}

function arrOf(v: Value | undefined, flag: Flag): ArrayValue | undefined {
  if (absent(v)) return undefined;
  if (v.kind === 'array') {
    if (v.unresolved.length > 0) flag();
    return v;
  }
  flag();
  return undefined;
}

/** A property of an object; when absent from an object with unknown spreads, `flag` says the answer is incomplete. */
function field(o: ObjectValue | undefined, key: string, flag: Flag = noFlag): Prop | undefined {
  if (!o) return undefined;
  const p = o.props.get(key);
  if (!p && o.unresolved.length > 0) flag();
  return p;
}

/** A list of strings (`command`, `args`): unknown items (and an unknown list) appear as unknown Scalars in place. */
function stringList(p: Prop | undefined, flag: Flag): { items: Scalar[]; range: Range; keyRange?: Range } | undefined {
  if (!p || absent(p.value)) return undefined;
  const v = p.value;
  if (v.kind !== 'array') {
    flag();
    return { items: [{ value: unknownText(v), range: v.range, unknown: true }], range: v.range, keyRange: p.keyRange };
  }
  if (v.unresolved.length > 0) flag();
  const items = v.items.map((i) => strOf(i) ?? { value: '', range: i.range, unknown: true });
  return { items, range: v.range, keyRange: p.keyRange };
}

function emptyAnnotations(): Annotations {
  return { entries: [] };
}

function annotationsFrom(meta: ObjectValue | undefined, target: Annotations): void {
  const flag = () => {
    target.unknown = true;
  };
  const p = field(meta, 'annotations', flag);
  const a = objOf(p?.value, flag);
  if (p) target.keyRange = p.keyRange;
  const range = a?.range ?? meta?.range;
  if (range) target.range = range;
  for (const e of allProps(a, flag)) {
    const value = strOf(e.value, e.keyRange);
    if (!value) continue;
    target.entries.push({ key: { value: e.key, range: e.keyRange }, value });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The mapper

interface Built {
  obj: KubeObject;
  lib: 'plus' | 'l1' | 'k8s';
  plusMajor?: number;
  /** JSON pointers for `addJsonPatch` (workloads). */
  podSpecPointer?: string;
  podMetaPointer?: string;
}

interface ContainerHandle {
  built: Built;
  container: Container;
}

type Receiver =
  | { kind: 'object'; built: Built; apiObject: boolean }
  | { kind: 'podMetadata'; built: Built }
  | { kind: 'metadata'; built: Built }
  | { kind: 'container'; handle: ContainerHandle }
  | { kind: 'containerEnv'; handle: ContainerHandle };

class Mapper {
  private readonly built = new Map<Node, Built | null>();
  private readonly containerCalls = new Map<Node, ContainerHandle>();

  constructor(
    private readonly prog: Program,
    private readonly out: TypeScriptManifests,
  ) {
    prog.instanceMember = (node, key, at) => this.instanceMember(node, key, at);
  }

  /** `cm.name` (cdk8s) and `cm.metadata.name` (cdk8s, Pulumi) of an object built here: its metadata.name. */
  private instanceMember(node: TSESTree.NewExpression, key: string, at: Range): Value | undefined {
    const b = this.onNew(node);
    if (!b) return undefined;
    const asValue = (s: Scalar | undefined): Value => {
      if (!s) return { kind: 'undefined', range: at };
      return s.unknown ? { kind: 'unknown', range: s.range, text: s.value } : { kind: 'string', value: s.value, range: s.range };
    };
    if (key === 'name' && b.lib !== 'k8s') return asValue(b.obj.name);
    if (key === 'metadata') {
      const props = new Map<string, Prop>();
      props.set('name', { key: 'name', keyRange: at, value: asValue(b.obj.name), range: at });
      if (b.obj.namespace) props.set('namespace', { key: 'namespace', keyRange: at, value: asValue(b.obj.namespace), range: at });
      // Other metadata (labels ...) is not modelled: unknown, never "absent".
      return { kind: 'object', props, range: at, unresolved: [at] };
    }
    return undefined;
  }

  run(): void {
    this.prog.forEachNode((n) => {
      if (n.type === 'NewExpression') this.onNew(n);
    });
    this.prog.forEachNode((n) => {
      if (n.type === 'CallExpression') this.onCall(n);
    });
    this.out.objects.sort((a, b) => a.range.start - b.range.start || a.docIndex - b.docIndex);
    this.out.objects.forEach((o, i) => (o.docIndex = i));
  }

  private range(n: Node): Range {
    return this.prog.range(n);
  }

  /** The object a `new` expression creates (built on first use, so references can precede it). */
  private onNew(n: TSESTree.NewExpression): Built | undefined {
    if (this.built.has(n)) return this.built.get(n) ?? undefined;
    this.built.set(n, null);
    const v = this.prog.evaluate(n);
    if (v.kind !== 'instance') return undefined;
    const lib = classify(v.symbol);
    if (!lib) return undefined;
    const b = this.build(lib, v.args, n);
    if (b) {
      this.built.set(n, b);
      this.out.objects.push(b.obj);
    }
    return b;
  }

  private build(lib: Lib, args: Value[], n: TSESTree.NewExpression): Built | undefined {
    const base = { range: this.range(n), kindRange: this.range(n.callee) };
    const path = lib.path;
    switch (lib.lib) {
      case 'plus': {
        if (path.length !== 1) return undefined;
        const cls = path[0]!;
        if (!(cls in PLUS_WORKLOADS) && !(cls in PLUS_OTHERS)) return undefined;
        return this.buildPlus(cls, lib.major, args, base);
      }
      case 'l1': {
        if (path.length !== 1 || !path[0]!.startsWith('Kube')) return undefined;
        const k = kindOfClass(path[0]!.slice(4));
        if (!k.kind) return undefined;
        const group = CORE_API[k.kind];
        const apiVersion = k.version ? (group?.includes('/') ? group.split('/')[0] + '/' + k.version : k.version) : group;
        return this.buildK8s({ apiVersion, kind: k.kind }, args[2], base, 'l1', generatedName(args[1]));
      }
      case 'crd': {
        if (path.length !== 1 || lib.group !== 'opentelemetry.io') return undefined;
        const k = kindOfClass(path[0]!);
        if (k.kind !== 'Instrumentation') return undefined;
        return this.buildK8s(
          { apiVersion: `opentelemetry.io/${k.version ?? 'v1alpha1'}`, kind: 'Instrumentation' },
          args[2],
          base,
          'l1',
          generatedName(args[1]),
        );
      }
      case 'cdk8s': {
        if (path.length !== 1) return undefined;
        if (path[0] === 'Include') {
          const props = args[2];
          const url = props?.kind === 'object' ? strOf(props.props.get('url')?.value, props.props.get('url')?.keyRange) : undefined;
          if (url && !/^[a-z]+:\/\//i.test(url.value)) this.out.referencedYaml.push({ path: url, relativeTo: 'cdk8s-project' });
          return undefined;
        }
        if (path[0] === 'ApiObject') return this.buildGeneric(args[2], base, generatedName(args[1]));
        return undefined;
      }
      case 'pulumi':
        return this.buildPulumi(path, args, base);
    }
  }

  // ---- Pulumi ----

  private buildPulumi(path: string[], args: Value[], base: { range: Range; kindRange: Range }): Built | undefined {
    const name = args[0];
    const autoName = (): Scalar | undefined => {
      // Without metadata.name Pulumi names the object `<resource name>-<random suffix>`.
      if (!name || absent(name)) return undefined;
      return { value: name.kind === 'string' ? name.value : unknownText(name), range: name.range, unknown: true };
    };
    const last = path[path.length - 1] ?? '';
    if (path[0] === 'yaml' && (last === 'ConfigFile' || last === 'ConfigGroup')) {
      this.pulumiYaml(last, path.length === 3 && path[1] === 'v2', args);
      return undefined;
    }
    let built: Built | undefined;
    if (path.length === 2 && path[0] === 'apiextensions' && path[1] === 'CustomResource') {
      built = this.buildGeneric(args[1], base, autoName());
    } else if (
      path.length === 3 &&
      !NON_RESOURCE_GROUPS.has(path[0]!) &&
      /^v\d+(?:(?:alpha|beta)\d+)?$/.test(path[1]!) &&
      !/(?:Patch|List)$/.test(last)
    ) {
      const group = path[0]!;
      const apiVersion = group === 'core' ? path[1]! : group === 'apps' || group === 'batch' ? `${group}/${path[1]}` : undefined;
      built = this.buildK8s({ apiVersion, kind: last }, args[1], base, 'k8s', autoName());
    }
    const opts = args[2];
    if (built && opts && !absent(opts)) {
      // Transformations rewrite the object before it is sent: what is written here is not final.
      if (opts.kind !== 'object' || opts.unresolved.length > 0 || opts.props.has('transformations') || opts.props.has('transforms')) {
        built.obj.incomplete = true;
      }
    }
    return built;
  }

  /** Pulumi `yaml.ConfigFile` / `ConfigGroup` (v1 and v2): YAML files for the caller, inline `objs` as objects. */
  private pulumiYaml(cls: 'ConfigFile' | 'ConfigGroup', v2: boolean, args: Value[]): void {
    const props = args[1]?.kind === 'object' ? args[1] : undefined;
    const add = (v: Value | undefined, keyRange?: Range) => {
      const s = strOf(v, keyRange);
      if (s && !/^[a-z]+:\/\//i.test(s.value)) this.out.referencedYaml.push({ path: s, relativeTo: 'pulumi-project' });
    };
    if (cls === 'ConfigFile') {
      const f = props?.props.get('file');
      // v1 ConfigFile reads the resource name as the file when `file` is not given (sdk/nodejs/yaml/yaml.ts:
      // `const fileId = config && config.file || name`, after `resourcePrefix` was prepended to the name).
      if (f) add(f.value, f.keyRange);
      else if (!v2 && !props?.props.has('resourcePrefix')) add(args[0]);
      return;
    }
    const files = props?.props.get('files');
    if (files) {
      if (files.value.kind === 'array') for (const i of files.value.items) add(i, files.keyRange);
      else add(files.value, files.keyRange);
    }
    const objs = props?.props.get('objs');
    if (objs?.value.kind === 'array') {
      for (const o of objs.value.items) {
        if (o.kind !== 'object') continue;
        const kindProp = o.props.get('kind');
        const b = this.buildGeneric(o, { range: o.range, kindRange: kindProp?.value.range ?? o.range }, undefined);
        if (b) this.out.objects.push(b.obj);
      }
    }
  }

  // ---- generic Kubernetes-shaped objects (Pulumi args, cdk8s L1 props, ApiObject, CustomResource) ----

  /** An object whose props carry `apiVersion` and `kind` (cdk8s ApiObject, Pulumi CustomResource, ConfigGroup objs). */
  private buildGeneric(props: Value | undefined, base: { range: Range; kindRange: Range }, defaultName: Scalar | undefined): Built | undefined {
    if (props?.kind !== 'object') return undefined;
    const kind = props.props.get('kind')?.value;
    const apiVersion = props.props.get('apiVersion')?.value;
    if (kind?.kind !== 'string') return undefined;
    return this.buildK8s({ apiVersion: apiVersion?.kind === 'string' ? apiVersion.value : undefined, kind: kind.value }, props, base, 'k8s', defaultName);
  }

  private buildK8s(
    head: { apiVersion: string | undefined; kind: string },
    props: Value | undefined,
    base: { range: Range; kindRange: Range },
    dialect: 'k8s' | 'l1',
    defaultName: Scalar | undefined,
  ): Built {
    const common = this.common(head, base);
    const obj = common as K8sObject;
    const incomplete = () => {
      obj.incomplete = true;
    };
    const root = objOf(props, incomplete);
    const metaFlag = () => {
      obj.annotations.unknown = true;
      obj.incomplete = true;
    };
    // Props computed at run time: nothing below is known.
    const rootUnknown = props !== undefined && !absent(props) && props.kind !== 'object';
    if (rootUnknown) metaFlag();
    const meta = objOf(field(root, 'metadata', metaFlag)?.value, metaFlag);
    this.nameAndNamespace(obj, meta, root, defaultName);
    annotationsFrom(meta, obj.annotations);
    const kind = head.kind;
    const templatePath = TEMPLATE_PATH[kind];
    if (templatePath) {
      const w = obj as Workload;
      w.type = 'workload';
      let podSpecProp: Prop | undefined;
      let podMeta: ObjectValue | undefined;
      let podIncomplete = rootUnknown;
      const podFlag = () => {
        podIncomplete = true;
      };
      if (kind === 'Pod') {
        w.podAnnotations = obj.annotations;
        if (meta) w.podMetadataRange = meta.range;
        podSpecProp = field(root, 'spec', podFlag);
      } else {
        let cur: ObjectValue | undefined = root;
        for (const key of templatePath) cur = objOf(field(cur, key, podFlag)?.value, podFlag);
        const template = cur;
        w.podAnnotations = emptyAnnotations();
        const pmFlag = () => {
          w.podAnnotations.unknown = true;
        };
        if (podIncomplete) pmFlag();
        podMeta = objOf(field(template, 'metadata', pmFlag)?.value, pmFlag);
        if (podMeta) w.podMetadataRange = podMeta.range;
        annotationsFrom(podMeta, w.podAnnotations);
        podSpecProp = field(template, 'spec', podFlag);
      }
      w.pod = this.podSpec(podSpecProp, dialect, base.range);
      if (podIncomplete) w.pod.templated = true;
      const ptr = '/' + templatePath.join('/');
      const built: Built = { obj: w, lib: dialect === 'l1' ? 'l1' : 'k8s', podSpecPointer: (kind === 'Pod' ? '' : ptr) + '/spec' };
      built.podMetaPointer = kind === 'Pod' ? '/metadata' : ptr + '/metadata';
      return built;
    }
    if (kind === 'ConfigMap') {
      const cm = obj as ConfigMap;
      cm.type = 'configmap';
      cm.data = new Map();
      const data = objOf(field(root, 'data', incomplete)?.value, incomplete);
      for (const p of allProps(data, incomplete)) {
        const s = strOf(p.value, p.keyRange);
        if (s) cm.data.set(p.key, s);
      }
      return { obj: cm, lib: dialect === 'l1' ? 'l1' : 'k8s' };
    }
    if (kind === 'Instrumentation' && (head.apiVersion === undefined || head.apiVersion.startsWith('opentelemetry.io/'))) {
      return { obj: this.instrumentation(obj, root, incomplete), lib: dialect === 'l1' ? 'l1' : 'k8s' };
    }
    (obj as unknown as { type: string }).type = kind === 'Namespace' ? 'namespace' : 'other';
    return { obj: obj as KubeObject, lib: dialect === 'l1' ? 'l1' : 'k8s' };
  }

  private common(head: { apiVersion: string | undefined; kind: string }, base: { range: Range; kindRange: Range }): K8sObject {
    const o: K8sObject = {
      kind: head.kind,
      annotations: emptyAnnotations(),
      range: base.range,
      kindRange: base.kindRange,
      file: this.out.file,
      docIndex: this.out.objects.length,
    };
    if (head.apiVersion !== undefined) o.apiVersion = head.apiVersion;
    return o;
  }

  private nameAndNamespace(obj: K8sObject, meta: ObjectValue | undefined, root: ObjectValue | undefined, defaultName: Scalar | undefined): void {
    let nameUnknown = false;
    const name = str(field(meta, 'name', () => (nameUnknown = true)));
    if (name) obj.name = name;
    else if (nameUnknown) obj.name = { value: '', range: meta!.range, unknown: true };
    else if (defaultName) obj.name = defaultName;
    else if (!root) obj.name = { value: '', range: obj.range, unknown: true };
    const ns = str(field(meta, 'namespace'));
    if (ns) obj.namespace = ns;
  }

  private podSpec(specProp: Prop | undefined, dialect: 'k8s' | 'l1', fallback: Range): PodSpec {
    let templated = false;
    const flag = () => {
      templated = true;
    };
    const spec = objOf(specProp?.value, flag);
    const pod: PodSpec = { containers: [], initContainers: [], range: spec?.range ?? specProp?.range ?? fallback };
    if (specProp) pod.keyRange = specProp.keyRange;
    const share = bool(field(spec, 'shareProcessNamespace', flag));
    if (share) pod.shareProcessNamespace = share;
    const hostPID = bool(field(spec, dialect === 'l1' ? 'hostPid' : 'hostPID', flag));
    if (hostPID) pod.hostPID = hostPID;
    const sc = this.securityContext(field(spec, 'securityContext', flag), flag);
    if (sc) pod.securityContext = sc;
    for (const [key, init] of [
      ['containers', false],
      ['initContainers', true],
    ] as const) {
      const list = arrOf(field(spec, key, flag)?.value, flag);
      const target = init ? pod.initContainers : pod.containers;
      for (const item of list?.items ?? []) {
        const c = this.k8sContainer(item, target.length, init, flag);
        if (c) target.push(c);
      }
    }
    if (templated) pod.templated = true;
    return pod;
  }

  private k8sContainer(v: Value, index: number, init: boolean, podFlag: Flag): Container | undefined {
    const o = objOf(v, podFlag);
    if (!o) return undefined;
    const c: Container = { env: [], envFrom: [], strayKeys: [], init, range: o.range, index };
    const flag = () => {
      c.templated = true;
    };
    if (o.unresolved.length > 0) flag();
    const name = str(field(o, 'name'));
    if (name) c.name = name;
    const image = str(field(o, 'image'));
    if (image) c.image = image;
    const command = stringList(field(o, 'command'), flag);
    if (command) c.command = command;
    const args = stringList(field(o, 'args'), flag);
    if (args) c.args = args;
    c.env = this.envList(field(o, 'env'), flag);
    c.envFrom = this.envFromList(field(o, 'envFrom'), flag);
    const sc = this.securityContext(field(o, 'securityContext'), flag);
    if (sc) c.securityContext = sc;
    const restartPolicy = str(field(o, 'restartPolicy'));
    if (restartPolicy) c.restartPolicy = restartPolicy;
    c.strayKeys = strayKeys(o, CONTAINER_FIELDS);
    return c;
  }

  private envList(p: Prop | undefined, flag: Flag): EnvVar[] {
    const out: EnvVar[] = [];
    const list = arrOf(p?.value, flag);
    for (const item of list?.items ?? []) {
      const o = objOf(item, flag);
      if (!o) continue;
      const name = str(field(o, 'name', flag));
      if (!name) continue;
      const e: EnvVar = { name, range: o.range };
      const value = str(field(o, 'value', flag));
      if (value) e.value = value;
      const vfProp = field(o, 'valueFrom', flag);
      if (vfProp && !absent(vfProp.value)) {
        const vf = objOf(vfProp.value, flag);
        if (vf) {
          const ref = (k: 'configMapKeyRef' | 'secretKeyRef') => {
            const r = objOf(field(vf, k)?.value, flag);
            if (!r) return undefined;
            const n = str(field(r, 'name'));
            const key = str(field(r, 'key'));
            if (!n || !key) return undefined;
            const opt = field(r, 'optional')?.value;
            const out: NonNullable<EnvVar['valueFrom']> = { kind: k, name: n, key, range: vf.range };
            if (opt?.kind === 'boolean') out.optional = opt.value;
            return out;
          };
          e.valueFrom = ref('configMapKeyRef') ?? ref('secretKeyRef') ?? { kind: 'other', range: vf.range };
        } else e.valueFrom = { kind: 'other', range: vfProp.value.range };
      }
      out.push(e);
    }
    return out;
  }

  private envFromList(p: Prop | undefined, flag: Flag): EnvFrom[] {
    const out: EnvFrom[] = [];
    const list = arrOf(p?.value, flag);
    for (const item of list?.items ?? []) {
      const o = objOf(item, flag);
      if (!o) continue;
      for (const kind of ['configMapRef', 'secretRef'] as const) {
        const r = objOf(field(o, kind)?.value, flag);
        if (!r) continue;
        const name = str(field(r, 'name')) ?? { value: '', range: r.range, unknown: true };
        const e: EnvFrom = { kind, name, range: o.range };
        const prefix = str(field(o, 'prefix'));
        if (prefix) e.prefix = prefix;
        out.push(e);
        break;
      }
    }
    return out;
  }

  private securityContext(p: Prop | undefined, flag: Flag): SecurityContext | undefined {
    if (!p || absent(p.value)) return undefined;
    const o = objOf(p.value, flag);
    if (!o) return undefined;
    const sc: SecurityContext = { range: o.range, keyRange: p.keyRange };
    const privileged = bool(field(o, 'privileged', flag));
    if (privileged) sc.privileged = privileged;
    const runAsUser = num(field(o, 'runAsUser', flag));
    if (runAsUser) sc.runAsUser = runAsUser;
    const runAsNonRoot = bool(field(o, 'runAsNonRoot', flag));
    if (runAsNonRoot) sc.runAsNonRoot = runAsNonRoot;
    const ape = bool(field(o, 'allowPrivilegeEscalation', flag));
    if (ape) sc.allowPrivilegeEscalation = ape;
    const caps = objOf(field(o, 'capabilities', flag)?.value, flag);
    const add = field(caps, 'add', flag);
    if (add) sc.capabilitiesAdd = stringList(add, flag)?.items ?? [];
    return sc;
  }

  private instrumentation(obj: K8sObject, root: ObjectValue | undefined, incomplete: Flag): Instrumentation {
    const inst = obj as Instrumentation;
    inst.type = 'instrumentation';
    inst.goEnv = [];
    inst.env = [];
    inst.goKeys = [];
    const spec = objOf(field(root, 'spec', incomplete)?.value, incomplete);
    const go = objOf(field(spec, 'go', incomplete)?.value, incomplete);
    const image = str(field(go, 'image', incomplete));
    if (image) inst.goImage = image;
    inst.goEnv = this.envList(field(go, 'env', incomplete), incomplete);
    inst.env = this.envList(field(spec, 'env', incomplete), incomplete);
    for (const p of allProps(go, incomplete)) inst.goKeys.push({ key: p.key, keyRange: p.keyRange });
    const exporter = objOf(field(spec, 'exporter', incomplete)?.value, incomplete);
    const endpoint = str(field(exporter, 'endpoint', incomplete));
    if (endpoint) inst.exporterEndpoint = endpoint;
    const sampler = objOf(field(spec, 'sampler', incomplete)?.value, incomplete);
    const type = str(field(sampler, 'type', incomplete));
    if (type) inst.samplerType = type;
    const argument = str(field(sampler, 'argument', incomplete));
    if (argument) inst.samplerArgument = argument;
    return inst;
  }

  // ---- cdk8s-plus ----

  private buildPlus(cls: string, major: number | undefined, args: Value[], base: { range: Range; kindRange: Range }): Built {
    const kind = PLUS_WORKLOADS[cls] ? cls : PLUS_OTHERS[cls]!;
    const apiVersion = PLUS_WORKLOADS[cls] ?? CORE_API[kind];
    const obj = this.common({ apiVersion, kind }, base);
    const incomplete = () => {
      obj.incomplete = true;
    };
    const root = objOf(args[2], incomplete);
    const metaFlag = () => {
      obj.annotations.unknown = true;
    };
    const rootUnknown = args[2] !== undefined && !absent(args[2]) && args[2].kind !== 'object';
    if (rootUnknown) metaFlag();
    const meta = objOf(field(root, 'metadata', metaFlag)?.value, metaFlag);
    this.nameAndNamespace(obj, meta, root, generatedName(args[1]));
    annotationsFrom(meta, obj.annotations);
    const d = plusDefaults(major);
    if (PLUS_WORKLOADS[cls]) {
      const w = obj as Workload;
      w.type = 'workload';
      let templated = rootUnknown;
      const flag = () => {
        templated = true;
      };
      if (cls === 'Pod') {
        w.podAnnotations = obj.annotations;
        if (meta) w.podMetadataRange = meta.range;
      } else {
        w.podAnnotations = emptyAnnotations();
        const pmFlag = () => {
          w.podAnnotations.unknown = true;
        };
        if (rootUnknown) pmFlag();
        const pm = objOf(field(root, 'podMetadata', pmFlag)?.value, pmFlag);
        if (pm) w.podMetadataRange = pm.range;
        // cdk8s-plus ApiObjectMetadata: `annotations` as in Kubernetes metadata.
        annotationsFrom(pm, w.podAnnotations);
      }
      const rootRange = root?.range ?? base.range;
      const uncertain = (root?.unresolved.length ?? 0) > 0 || templated;
      const pod: PodSpec = { containers: [], initContainers: [], range: rootRange };
      const share = bool(field(root, 'shareProcessNamespace', flag));
      const shareDefault = implicit(d.shareProcessNamespace, rootRange, uncertain);
      if (share ?? shareDefault) pod.shareProcessNamespace = (share ?? shareDefault)!;
      const sc = this.plusPodSecurityContext(field(root, 'securityContext', flag), rootRange, d, uncertain, flag);
      if (sc) pod.securityContext = sc;
      for (const [key, init] of [
        ['containers', false],
        ['initContainers', true],
      ] as const) {
        const list = arrOf(field(root, key, flag)?.value, flag);
        const target = init ? pod.initContainers : pod.containers;
        for (const item of list?.items ?? []) {
          const c = this.plusContainer(item, target.length, init, d, flag);
          if (c) target.push(c);
        }
      }
      if (templated) pod.templated = true;
      w.pod = pod;
      const ptr = cls === 'Pod' ? '' : cls === 'CronJob' ? '/spec/jobTemplate/spec/template' : '/spec/template';
      return { obj: w, lib: 'plus', plusMajor: major, podSpecPointer: ptr + '/spec', podMetaPointer: ptr + '/metadata' } as Built;
    }
    if (kind === 'ConfigMap') {
      const cm = obj as ConfigMap;
      cm.type = 'configmap';
      cm.data = new Map();
      const data = objOf(field(root, 'data', incomplete)?.value, incomplete);
      for (const p of allProps(data, incomplete)) {
        const s = strOf(p.value, p.keyRange);
        if (s) cm.data.set(p.key, s);
      }
      return { obj: cm, lib: 'plus', plusMajor: major } as Built;
    }
    (obj as unknown as { type: string }).type = kind === 'Namespace' ? 'namespace' : 'other';
    return { obj: obj as KubeObject, lib: 'plus', plusMajor: major } as Built;
  }

  private plusPodSecurityContext(p: Prop | undefined, rootRange: Range, d: PlusDefaults, uncertain: boolean, flag: Flag): SecurityContext | undefined {
    const given = p && !absent(p.value);
    const o = given ? objOf(p.value, flag) : undefined;
    if (given && !o) return undefined;
    const range = o?.range ?? rootRange;
    const unsure = uncertain || (o?.unresolved.length ?? 0) > 0;
    if ((o?.unresolved.length ?? 0) > 0) flag();
    const sc: SecurityContext = { range };
    if (p) sc.keyRange = p.keyRange;
    const runAsUser = num(field(o, 'user'));
    if (runAsUser) sc.runAsUser = runAsUser;
    const runAsNonRoot = bool(field(o, 'ensureNonRoot')) ?? implicit(d.podRunAsNonRoot, range, unsure);
    if (runAsNonRoot) sc.runAsNonRoot = runAsNonRoot;
    if (!o && !runAsNonRoot) return undefined;
    return sc;
  }

  private plusContainer(v: Value, index: number, init: boolean, d: PlusDefaults, podFlag: Flag): Container | undefined {
    const o = objOf(v, podFlag);
    if (!o) return undefined;
    const c: Container = { env: [], envFrom: [], strayKeys: [], init, range: o.range, index };
    const flag = () => {
      c.templated = true;
    };
    const uncertain = o.unresolved.length > 0;
    if (uncertain) flag();
    // cdk8s-plus names a container `main` when no name is given (lib/container.js: `props.name ?? 'main'`).
    const name = str(field(o, 'name')) ?? implicit('main', o.range, uncertain);
    if (name) c.name = name;
    const image = str(field(o, 'image'));
    if (image) c.image = image;
    const command = stringList(field(o, 'command'), flag);
    if (command) c.command = command;
    const args = stringList(field(o, 'args'), flag);
    if (args) c.args = args;
    const vars = objOf(field(o, 'envVariables')?.value, flag);
    for (const p of allProps(vars, flag)) c.env.push(this.plusEnvVar({ value: p.key, range: p.keyRange }, p.value, p.keyRange, p.range));
    const from = arrOf(field(o, 'envFrom')?.value, flag);
    for (const item of from?.items ?? []) {
      const e = this.plusEnvFrom(item);
      if (e) c.envFrom.push(e);
      else flag();
    }
    const sc = this.plusContainerSecurityContext(field(o, 'securityContext'), o.range, d, uncertain, flag);
    if (sc) c.securityContext = sc;
    const restart = field(o, 'restartPolicy');
    if (restart) c.restartPolicy = this.restartPolicy(restart.value);
    c.strayKeys = strayKeys(o, PLUS_CONTAINER_FIELDS);
    return c;
  }

  private plusContainerSecurityContext(p: Prop | undefined, containerRange: Range, d: PlusDefaults, uncertain: boolean, flag: Flag): SecurityContext | undefined {
    const given = p && !absent(p.value);
    const o = given ? objOf(p.value, flag) : undefined;
    if (given && !o) return undefined;
    const range = o?.range ?? containerRange;
    const unsure = uncertain || (o?.unresolved.length ?? 0) > 0;
    if ((o?.unresolved.length ?? 0) > 0) flag();
    const sc: SecurityContext = { range };
    if (p) sc.keyRange = p.keyRange;
    const privileged = bool(field(o, 'privileged')) ?? implicit(d.privileged, range, unsure);
    if (privileged) sc.privileged = privileged;
    const runAsUser = num(field(o, 'user')) ?? implicit(d.runAsUser, range, unsure);
    if (runAsUser) sc.runAsUser = runAsUser;
    const runAsNonRoot = bool(field(o, 'ensureNonRoot')) ?? implicit(d.runAsNonRoot, range, unsure);
    if (runAsNonRoot) sc.runAsNonRoot = runAsNonRoot;
    const ape = bool(field(o, 'allowPrivilegeEscalation')) ?? implicit(d.allowPrivilegeEscalation, range, unsure);
    if (ape) sc.allowPrivilegeEscalation = ape;
    const caps = objOf(field(o, 'capabilities')?.value, flag);
    const add = field(caps, 'add', flag);
    if (add) {
      const list = arrOf(add.value, flag);
      sc.capabilitiesAdd = (list?.items ?? []).map((i) => this.capability(i));
    }
    if (!o && !privileged && !runAsUser && !runAsNonRoot) return undefined;
    return sc;
  }

  /** `kplus.Capability.SYS_PTRACE` is the string `SYS_PTRACE` (the enum's values equal its names). */
  private capability(v: Value): Scalar {
    if (v.kind === 'symbol') {
      const lib = classify(v.symbol);
      if (lib?.lib === 'plus' && lib.path.length === 2 && lib.path[0] === 'Capability') return { value: lib.path[1]!, range: v.range };
    }
    return strOf(v) ?? { value: '', range: v.range, unknown: true };
  }

  /** `kplus.ContainerRestartPolicy.ALWAYS` is the string `Always` (the enum's only member). */
  private restartPolicy(v: Value): Scalar {
    if (v.kind === 'symbol') {
      const lib = classify(v.symbol);
      if (lib?.lib === 'plus' && lib.path.length === 2 && lib.path[0] === 'ContainerRestartPolicy' && lib.path[1] === 'ALWAYS') return { value: 'Always', range: v.range };
    }
    return strOf(v) ?? { value: '', range: v.range, unknown: true };
  }

  private plusSymbol(v: Value): string | undefined {
    if (v.kind !== 'call') return undefined;
    const lib = classify(v.symbol);
    return lib?.lib === 'plus' ? lib.path.join('.') : undefined;
  }

  /** One `name: EnvValue.fromX(...)` entry of `envVariables` (or an `env.addVariable(name, value)` call). */
  private plusEnvVar(name: Scalar, v: Value, keyRange: Range | undefined, range: Range): EnvVar {
    const e: EnvVar = { name, range };
    const sym = this.plusSymbol(v);
    const args = v.kind === 'call' ? v.args : [];
    switch (sym) {
      case 'EnvValue.fromValue':
        e.value = strOf(args[0], keyRange) ?? withKey({ value: '', range: v.range, unknown: true }, keyRange);
        break;
      case 'EnvValue.fromConfigMap':
      case 'EnvValue.fromSecretValue': {
        const isCm = sym === 'EnvValue.fromConfigMap';
        let refName: Scalar;
        let key: Scalar | undefined;
        let optsArg: Value | undefined;
        if (isCm) {
          refName = this.referencedName(args[0], v.range);
          key = strOf(args[1]);
          optsArg = args[2];
        } else {
          const sv = args[0]?.kind === 'object' ? args[0] : undefined;
          refName = this.referencedName(sv?.props.get('secret')?.value, v.range);
          key = strOf(sv?.props.get('key')?.value);
          optsArg = args[1];
        }
        if (!key) {
          e.valueFrom = { kind: 'other', range: v.range };
          break;
        }
        const vf: NonNullable<EnvVar['valueFrom']> = { kind: isCm ? 'configMapKeyRef' : 'secretKeyRef', name: refName, key, range: v.range };
        const opt = optsArg?.kind === 'object' ? optsArg.props.get('optional')?.value : undefined;
        if (opt?.kind === 'boolean') vf.optional = opt.value;
        e.valueFrom = vf;
        break;
      }
      case 'EnvValue.fromFieldRef':
      case 'EnvValue.fromResource':
        e.valueFrom = { kind: 'other', range: v.range };
        break;
      default:
        // EnvValue.fromProcess reads the synthesising machine's environment; anything else is computed.
        e.value = withKey({ value: unknownText(v), range: v.range, unknown: true }, keyRange);
    }
    return e;
  }

  private plusEnvFrom(v: Value): EnvFrom | undefined {
    const sym = this.plusSymbol(v);
    if (v.kind !== 'call') return undefined;
    if (sym === 'Env.fromConfigMap') {
      const e: EnvFrom = { kind: 'configMapRef', name: this.referencedName(v.args[0], v.range), range: v.range };
      const prefix = strOf(v.args[1]);
      if (prefix) e.prefix = prefix;
      return e;
    }
    if (sym === 'Env.fromSecret') return { kind: 'secretRef', name: this.referencedName(v.args[0], v.range), range: v.range };
    return undefined;
  }

  /** The Kubernetes name of a ConfigMap / Secret construct a program refers to. */
  private referencedName(v: Value | undefined, fallback: Range): Scalar {
    if (v?.kind === 'instance') {
      const b = this.onNew(v.node);
      if (b?.obj.name) return b.obj.name;
    }
    if (v?.kind === 'call') {
      const sym = this.plusSymbol(v);
      if (sym === 'ConfigMap.fromConfigMapName' || sym === 'Secret.fromSecretName') {
        const s = strOf(v.args[2]);
        if (s) return s;
      }
    }
    return { value: v ? unknownText(v) : '', range: v?.range ?? fallback, unknown: true };
  }

  // ---- method calls on constructs: dep.addContainer(...), dep.podMetadata.addAnnotation(...), addJsonPatch ----

  private onCall(n: TSESTree.CallExpression): void {
    const callee = unwrap(n.callee);
    if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return;
    const method = callee.property.name;
    const target = this.receiver(callee.object, 0);
    if (!target) return;
    const args = n.arguments.map((a) => (a.type === 'SpreadElement' ? undefined : this.prog.evaluate(a)));
    switch (target.kind) {
      case 'object': {
        const b = target.built;
        if (method === 'addJsonPatch') {
          for (const a of args) this.jsonPatch(b, a, n);
          return;
        }
        if (target.apiObject || b.lib !== 'plus') return;
        if ((method === 'addContainer' || method === 'addInitContainer') && b.obj.type === 'workload') {
          const w = b.obj;
          const init = method === 'addInitContainer';
          const list = init ? w.pod.initContainers : w.pod.containers;
          const c = this.plusContainer(args[0] ?? { kind: 'unknown', range: this.range(n), text: '' }, list.length, init, plusDefaults(b.plusMajor), () => {
            w.pod.templated = true;
          });
          if (c) {
            list.push(c);
            this.containerCalls.set(n, { built: b, container: c });
          }
          return;
        }
        if (method === 'addData' && b.obj.type === 'configmap') {
          const k = args[0];
          const s = strOf(args[1]);
          if (k?.kind === 'string' && s) b.obj.data.set(k.value, s);
          else b.obj.incomplete = true;
        }
        return;
      }
      case 'podMetadata':
      case 'metadata': {
        if (method !== 'addAnnotation') return;
        const obj = target.built.obj;
        const ann = target.kind === 'podMetadata' && obj.type === 'workload' ? obj.podAnnotations : obj.annotations;
        this.addAnnotation(ann, args[0], args[1], n);
        return;
      }
      case 'containerEnv':
      case 'container': {
        const c = target.handle.container;
        if ((target.kind === 'containerEnv' && method === 'addVariable') || (target.kind === 'container' && method === 'addEnv')) {
          const name = strOf(args[0]) ?? { value: '', range: this.range(n), unknown: true };
          c.env.push(this.plusEnvVar(name, args[1] ?? { kind: 'unknown', range: this.range(n), text: '' }, undefined, this.range(n)));
        } else if (target.kind === 'containerEnv' && method === 'copyFrom') {
          for (const a of args) {
            const e = a && this.plusEnvFrom(a);
            if (e) c.envFrom.push(e);
            else c.templated = true;
          }
        }
        return;
      }
    }
  }

  private addAnnotation(ann: Annotations, k: Value | undefined, v: Value | undefined, n: Node): void {
    const key = strOf(k) ?? { value: '', range: this.range(n), unknown: true };
    const value = strOf(v) ?? { value: '', range: this.range(n), unknown: true };
    ann.entries.push({ key, value });
  }

  /** What a method call's receiver is: a construct (or `ApiObject.of(construct)`), its metadata, a container. */
  private receiver(e: Node, depth: number): Receiver | undefined {
    if (depth > 20) return undefined;
    const x = unwrap(e);
    switch (x.type) {
      case 'Identifier': {
        const init = this.prog.initializerOf(x);
        return init ? this.receiver(init, depth + 1) : undefined;
      }
      case 'NewExpression': {
        const b = this.onNew(x);
        return b ? { kind: 'object', built: b, apiObject: false } : undefined;
      }
      case 'CallExpression': {
        const handle = this.containerCalls.get(x);
        if (handle) return { kind: 'container', handle };
        const c = this.prog.evaluate(x.callee);
        if (c.kind === 'symbol' && x.arguments[0]) {
          const lib = classify(c.symbol);
          if (lib?.lib === 'cdk8s' && lib.path.join('.') === 'ApiObject.of') {
            const r = this.receiver(x.arguments[0], depth + 1);
            if (r?.kind === 'object') return { kind: 'object', built: r.built, apiObject: true };
          }
        }
        return undefined;
      }
      case 'MemberExpression': {
        if (x.computed || x.property.type !== 'Identifier') return undefined;
        const base = this.receiver(x.object, depth + 1);
        const name = x.property.name;
        if (base?.kind === 'object') {
          if (name === 'podMetadata' && base.built.lib === 'plus' && !base.apiObject) return { kind: 'podMetadata', built: base.built };
          if (name === 'metadata') return { kind: 'metadata', built: base.built };
        }
        if (base?.kind === 'container' && name === 'env') return { kind: 'containerEnv', handle: base.handle };
        return undefined;
      }
      default:
        return undefined;
    }
  }

  /** cdk8s escape hatch: `ApiObject.of(dep).addJsonPatch(JsonPatch.add('/spec/template/spec/shareProcessNamespace', true))`. */
  private jsonPatch(b: Built, v: Value | undefined, n: Node): void {
    const obj = b.obj;
    const giveUp = () => {
      obj.incomplete = true;
      if (obj.type === 'workload') obj.pod.templated = true;
    };
    if (!v || v.kind !== 'call') return giveUp();
    const lib = classify(v.symbol);
    if (lib?.lib !== 'cdk8s' || lib.path.length !== 2 || lib.path[0] !== 'JsonPatch') return giveUp();
    const op = lib.path[1]!;
    if (op === 'test') return;
    const pathV = v.args[0];
    if (pathV?.kind !== 'string' || (op !== 'add' && op !== 'replace' && op !== 'remove')) return giveUp();
    const path = pathV.value;
    const value = v.args[1];
    const annotationTarget = (prefix: string | undefined, ann: Annotations): boolean => {
      if (prefix === undefined) return false;
      if (path === prefix + '/annotations') {
        ann.entries = [];
        if (op !== 'remove') {
          const flag = () => {
            ann.unknown = true;
          };
          for (const e of allProps(objOf(value, flag), flag)) {
            const s = strOf(e.value, e.keyRange);
            if (s) ann.entries.push({ key: { value: e.key, range: e.keyRange }, value: s });
          }
        }
        return true;
      }
      const p = prefix + '/annotations/';
      if (!path.startsWith(p)) return false;
      const key = path.slice(p.length).replaceAll('~1', '/').replaceAll('~0', '~');
      ann.entries = ann.entries.filter((e) => e.key.unknown || e.key.value !== key);
      if (op !== 'remove') {
        const s = strOf(value) ?? { value: '', range: this.range(n), unknown: true };
        ann.entries.push({ key: { value: key, range: pathV.range }, value: s });
      }
      return true;
    };
    if (annotationTarget('/metadata', obj.annotations)) return;
    if (obj.type === 'workload') {
      if (b.podMetaPointer !== '/metadata' && annotationTarget(b.podMetaPointer, obj.podAnnotations)) return;
      // L1 classes (and cdk8s-plus, built on them) render the patched JSON again through their typed props
      // (imports/k8s.ts `toJson_KubeDeploymentProps(resolved)` after `super.toJson()` applied the patches): a patch
      // must use the prop's spelling (`hostPid`), and one with the Kubernetes spelling (`hostPID`) is dropped. A
      // plain ApiObject writes the patched JSON as it is. Measured with cdk8s 2.70.106 / cdk8s-plus-31 2.6.43.
      const viaProps = b.lib === 'l1' || b.lib === 'plus';
      for (const [prop, kubeKey, propKey] of [
        ['shareProcessNamespace', 'shareProcessNamespace', 'shareProcessNamespace'],
        ['hostPID', 'hostPID', 'hostPid'],
      ] as const) {
        const key = viaProps ? propKey : kubeKey;
        const dropped = viaProps ? kubeKey : propKey;
        // Without effect: dropped by the props mapper, or a field Kubernetes does not know (ignored by the API server).
        if (dropped !== key && path === `${b.podSpecPointer}/${dropped}`) return;
        if (path !== `${b.podSpecPointer}/${key}`) continue;
        if (op === 'remove') delete obj.pod[prop];
        else {
          const s = boolOf(value) ?? { value: false, range: this.range(n), unknown: true };
          obj.pod[prop] = s;
        }
        return;
      }
    }
    giveUp();
  }
}

function unwrap(n: Node): Node {
  let cur = n;
  for (let i = 0; i < 20; i++) {
    if (
      cur.type === 'TSAsExpression' ||
      cur.type === 'TSSatisfiesExpression' ||
      cur.type === 'TSNonNullExpression' ||
      cur.type === 'TSTypeAssertion' ||
      cur.type === 'ChainExpression'
    ) {
      cur = cur.expression;
    } else break;
  }
  return cur;
}

/** `Deployment` -> {kind}; `CronJobV1Beta1` -> {kind: CronJob, version: v1beta1}. */
function kindOfClass(name: string): { kind: string; version?: string } {
  const m = /^(.*?)(V\d+(?:(?:Alpha|Beta)\d+)?)$/.exec(name);
  if (m && m[1]) return { kind: m[1], version: m[2]!.toLowerCase() };
  return { kind: name };
}

/** cdk8s names an object `<chart>-<path>-<hash>` when metadata.name is not given: unknown, at the construct id. */
function generatedName(id: Value | undefined): Scalar | undefined {
  if (!id || absent(id)) return undefined;
  return { value: id.kind === 'string' ? id.value : unknownText(id), range: id.range, unknown: true };
}

function strayKeys(o: ObjectValue, known: ReadonlySet<string>): Container['strayKeys'] {
  const out: Container['strayKeys'] = [];
  for (const p of o.props.values()) {
    if (known.has(p.key)) continue;
    const x = plain(p.value);
    const value: Scalar<unknown> = { value: x.value, range: p.value.range };
    if (!x.known) value.unknown = true;
    out.push({ key: p.key, keyRange: p.keyRange, value });
  }
  return out;
}
