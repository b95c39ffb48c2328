// Workloads as the Kubernetes, Compose and TypeScript (cdk8s / Pulumi) parsers produce them. Each value keeps the
// range of the scalar that holds it (for messages and --fix) and, where useful, the range of its key.

import type { Directive, Evidence, ParseProblem, Range } from './source.ts';

/** A scalar from a manifest: its value (as a string, after YAML decoding), its range, and the key's range. */
/** Stands for a Helm action in `Scalar.template` (a private-use character: YAML reads it as text). */
export const TEMPLATE_ACTION = '\uE000';

export interface Scalar<T = string> {
  value: T;
  range: Range;
  keyRange?: Range;
  /** The value is not a literal (a template expression, a computed TypeScript value): do not build findings on it. */
  unknown?: boolean;
  /**
   * A Helm-templated string: its value as YAML decodes it, each `{{ … }}` action replaced by one TEMPLATE_ACTION
   * character, so the literal text around the actions can be read.
   */
  template?: string;
  /**
   * Not written in the file: a default the generating library applies (cdk8s-plus sets `runAsNonRoot: true` on every
   * container unless told otherwise). `range` is the object that receives it; there is no literal for a fix to edit.
   */
  implicit?: boolean;
  /**
   * Compose interpolation made the value (`${VAR:-default}`, a variable from `.env`): the steps that show it, and
   * what a fix may edit at `range`: 'scalar' a whole literal, 'raw' text inside a literal (only a value that needs
   * no quoting), 'none' nothing (the value is pieced together from several places).
   */
  via?: { evidence: Evidence[]; edit: 'scalar' | 'raw' | 'none' };
}

export interface EnvVar {
  name: Scalar;
  /** Plain `value:` (absent with valueFrom). */
  value?: Scalar;
  valueFrom?:
    | { kind: 'configMapKeyRef' | 'secretKeyRef'; name: Scalar; key: Scalar; optional?: boolean; range: Range }
    | { kind: 'other'; range: Range };
  range: Range;
  /** Helm: the item is written by `toYaml .Values.<path>` at `range` in the template (its own ranges are values.yaml's). */
  fromValues?: { range: Range; path: string };
}

export interface EnvFrom {
  kind: 'configMapRef' | 'secretRef';
  name: Scalar;
  prefix?: Scalar;
  range: Range;
}

export interface SecurityContext {
  privileged?: Scalar<boolean>;
  runAsUser?: Scalar<number>;
  runAsNonRoot?: Scalar<boolean>;
  /**
   * Kubernetes rejects a container with `privileged: true` and `allowPrivilegeEscalation: false` ("cannot set
   * `allowPrivilegeEscalation` to false and `privileged` to true"); cdk8s-plus writes false unless told otherwise.
   */
  allowPrivilegeEscalation?: Scalar<boolean>;
  capabilitiesAdd?: Scalar[];
  /** privileged, runAsUser or runAsNonRoot is written with a value of the wrong type (a parse problem says so). */
  unreadable?: boolean;
  range: Range;
  keyRange?: Range;
}

/** A container's `volumeMounts` item (only what finds a mounted file: the eBPF agents' config files). */
export interface VolumeMount {
  name: Scalar;
  mountPath: Scalar;
  /** Mount one file or directory of the volume: `mountPath` is then that file itself. */
  subPath?: Scalar;
  range: Range;
}

/** A pod's `volumes` item; only ConfigMap volumes are read further. */
export interface Volume {
  name: Scalar;
  configMap?: {
    name: Scalar;
    /** `items:` (only these keys, each at its own path); absent: every key, as a file of its own name. */
    items?: { key: Scalar; path: Scalar }[];
    range: Range;
  };
  range: Range;
}

export interface Container {
  name?: Scalar;
  image?: Scalar;
  /** `command:` list (Kubernetes) — replaces ENTRYPOINT and drops CMD. */
  command?: { items: Scalar[]; range: Range; keyRange?: Range };
  /** `args:` list — replaces CMD. */
  args?: { items: Scalar[]; range: Range; keyRange?: Range };
  env: EnvVar[];
  /** Helm: `env:` is written by `toYaml` of this `.Values` path (its items are added to `env` when linked). */
  envValues?: HelmValuesRef;
  envFrom: EnvFrom[];
  securityContext?: SecurityContext;
  /** `volumeMounts:` (absent when none is written). */
  volumeMounts?: VolumeMount[];
  /** Keys of the container mapping that Kubernetes does not define there (e.g. `shareProcessNamespace`). */
  strayKeys: { key: string; keyRange: Range; value: Scalar<unknown> }[];
  init: boolean;
  /**
   * The container's own `restartPolicy` (only `Always` is allowed, on init containers): a native sidecar (Kubernetes
   * 1.29+), which starts before the app containers and runs beside them for the pod's whole life.
   */
  restartPolicy?: Scalar;
  range: Range;
  /** Position in the pod's containers (or initContainers) list. */
  index: number;
  /**
   * Helm: a template action writes structure inside this container (keys, list items, or a whole mapping/list such
   * as `env: {{ toYaml .Values.env }}`), so its fields may be incomplete. An action inside a string value does not
   * set this: that Scalar is `unknown` instead.
   */
  templated?: boolean;
}

export interface Annotations {
  entries: { key: Scalar; value: Scalar }[];
  /** The `annotations:` mapping (or the `metadata:` mapping when there is none yet: where a fix inserts). */
  range?: Range;
  /** The `annotations:` key, when it is written (its value may be empty: then `range` is the empty value's). */
  keyRange?: Range;
  /** Helm: a template action writes (part of) the annotations (`toYaml .Values.podAnnotations`). */
  unknown?: boolean;
  /**
   * Helm: the action that writes them all is `toYaml` of this `.Values` path (src/link/helm.ts reads it from the
   * chart's values.yaml).
   */
  values?: HelmValuesRef;
}

/** A Helm template's `toYaml .Values.<path>` that writes a whole value, and where the action is. */
export interface HelmValuesRef {
  path: string[];
  range: Range;
}

export interface PodSpec {
  shareProcessNamespace?: Scalar<boolean>;
  hostPID?: Scalar<boolean>;
  securityContext?: SecurityContext;
  containers: Container[];
  initContainers: Container[];
  /** `volumes:` (absent when none is written). */
  volumes?: Volume[];
  range: Range;
  /** Range of the `spec:` key of the pod spec (where a fix inserts a field). */
  keyRange?: Range;
  /**
   * Helm: a template action may write keys of the pod spec itself (an `include` between its keys) or the values of
   * securityContext / shareProcessNamespace / hostPID; those fields may be set although nothing was read.
   */
  templated?: boolean;
}

export interface K8sObject {
  /**
   * Part of the object could not be read (a computed TypeScript value or spread) beyond what the `templated` /
   * `unknown` flags of its parts say, e.g. a ConfigMap's data or an Instrumentation's env: do not report that a
   * field or entry is missing from it.
   */
  incomplete?: boolean;
  apiVersion?: string;
  kind: string;
  name?: Scalar;
  namespace?: Scalar;
  /** `metadata.annotations` of the object itself. */
  annotations: Annotations;
  /** `metadata.labels` of the object itself (kustomize selects patch targets by them). */
  labels?: Annotations;
  /** A top-level `$patch:` directive (`delete`, `replace` ...): the object is a strategic-merge patch that says so. */
  patchDirective?: string;
  /** The whole document (or List item). */
  range: Range;
  /** Range of the `kind:` value, the default place to report object-level findings. */
  kindRange: Range;
  file: string;
  /** Index of the YAML document in the file. */
  docIndex: number;
}

export interface Workload extends K8sObject {
  type: 'workload';
  /**
   * A kustomize variant: the ConfigMaps its build makes (from `configMapGenerator:`) and holds. Its ConfigMap
   * references resolve against these first, by name, before the repository's nearest ConfigMap of that name.
   */
  configMaps?: ConfigMap[];
  /** A kustomize variant: the Instrumentations its build holds (the Operator's `inject-go` resolves among these first). */
  instrumentations?: Instrumentation[];
  /** A kustomize variant: the kustomization files whose build outputs it (`--print-targets <overlay>` lists it). */
  builtBy?: string[];
  /** The pod template's `metadata.annotations` (for a Pod: its own metadata). */
  podAnnotations: Annotations;
  /** The pod template's `metadata` range, if present (for fixes that move annotations). */
  podMetadataRange?: Range;
  /**
   * The pod template's `metadata:` key, when it is written (also when its value is empty, where `podMetadataRange`
   * is absent): a fix that adds annotations must not write a second `metadata:` key.
   */
  podMetadataKeyRange?: Range;
  pod: PodSpec;
}

export interface ConfigMap extends K8sObject {
  type: 'configmap';
  data: Map<string, Scalar>;
}

export interface Instrumentation extends K8sObject {
  type: 'instrumentation';
  goImage?: Scalar;
  goEnv: EnvVar[];
  env: EnvVar[];
  exporterEndpoint?: Scalar;
  samplerType?: Scalar;
  samplerArgument?: Scalar;
  /** Raw spec.go keys, for rules that check unknown fields such as `resources`. */
  goKeys: { key: string; keyRange: Range }[];
  /**
   * `spec.go.securityContext` when it is a mapping (Operator v0.150.0+): it replaces the injected agent's whole
   * securityContext, `privileged: true` and `runAsUser: 0` otherwise. A null value is no override.
   */
  goSecurityContext?: SecurityContext;
  /**
   * A kustomize build renamed it (`namePrefix` / `nameSuffix`): `name` holds the new name, this the name as written
   * and the kustomizations that changed it. Annotations that name it are not rewritten (they are no name references),
   * unless a kustomization of the build has transformer `configurations:` (`uncertain`), which can make them so.
   */
  renamedFrom?: { name: Scalar; by: Evidence[]; uncertain?: boolean };
}

export interface NamespaceObject extends K8sObject {
  type: 'namespace';
  /** `metadata.labels` (Pod Security Admission reads `pod-security.kubernetes.io/enforce` there). */
  labels: Annotations;
}

export interface OtherObject extends K8sObject {
  type: 'other';
  /**
   * A chainsaw Test or TestStep: the files its `assert` and `error` operations name (as written, relative to its
   * file). They hold assertions, not manifests: the model sets them aside.
   */
  assertionFiles?: Scalar[];
}

export type KubeObject = Workload | ConfigMap | Instrumentation | NamespaceObject | OtherObject;

export interface KubeFile {
  file: string;
  objects: KubeObject[];
  problems: ParseProblem[];
  directives: Directive[];
  /** The file is a Helm template (a Chart.yaml above it); template expressions were blanked. */
  helm: boolean;
  /**
   * A document had syntax errors, reported or not (a Helm template's are not: it is YAML only once rendered). What
   * the parser recovered is still in `objects`.
   */
  syntaxErrors?: boolean;
  /**
   * No object, and every document's top level, as far as it parses, is a mapping without `apiVersion`, `kind` or
   * `services`: a YAML file of something else (a tool's configuration, a test fixture).
   */
  notManifest?: true;
  /** The file holds a JSON 6902 patch (a list of operations) rather than objects: a kustomize patch file. */
  patchOps?: JsonPatchOp[];
}

// ---- Compose ----

export interface ComposeService {
  name: Scalar;
  image?: Scalar;
  build?: {
    context: Scalar;
    dockerfile?: Scalar;
    target?: Scalar;
    args: { name: string; value?: Scalar }[];
    range: Range;
    /** `dockerfile_inline:` (the Dockerfile's text is in the compose file; no Dockerfile path). */
    dockerfileInline?: Scalar;
    /** `additional_contexts:` (map or `name=value` list): named build contexts, as written. */
    additionalContexts?: { name: string; value: Scalar }[];
  };
  /** String (shell form: compose splits it like a shell) or list. */
  entrypoint?: { items: Scalar[]; string?: Scalar; range: Range; keyRange?: Range };
  command?: { items: Scalar[]; string?: Scalar; range: Range; keyRange?: Range };
  environment: { name: Scalar; value?: Scalar; range: Range }[];
  /**
   * `env_file:` paths. The parser lists them all; linking (compose-interpolate.ts) adds the variables of those it can
   * read to `environment` and leaves here only those it could not read.
   */
  envFiles: Scalar[];
  pid?: Scalar;
  /** `container_name:`: what `pid: "container:<name>"` of another service names. */
  containerName?: Scalar;
  privileged?: Scalar<boolean>;
  /** `privileged:` written as a string to interpolate (`${PRIV}`); `privileged` is unknown until it is. */
  privilegedText?: Scalar;
  user?: Scalar;
  capAdd: Scalar[];
  /**
   * `volumes:` and `configs:` (absent when neither is written): what is mounted where, as far as finding a file the
   * container reads (the eBPF agents' config files).
   */
  mounts?: ComposeMount[];
  range: Range;
  /** `extends:` as written (linking merges the base service in and removes it: see compose-extends.ts). */
  extends?: { service: Scalar; file?: Scalar; range: Range };
  /**
   * Some settings may come from where the linter cannot read them (an `extends:` base outside the repository): a
   * setting missing here may be set there.
   */
  incomplete?: boolean;
}

/**
 * A compose service's mount: a `volumes:` item (short `source:target[:mode]` or long syntax) or a `configs:` item.
 */
export interface ComposeMount {
  /**
   * 'bind': a host path; 'volume': a named or anonymous volume; 'config': a top-level `configs:` entry; 'other':
   * tmpfs, a named pipe, an image or cluster volume.
   */
  type: 'bind' | 'volume' | 'config' | 'other';
  /** The host path as written (bind: relative to the compose file's directory), the volume's or the config's name. */
  source?: Scalar;
  /** The path in the container. */
  target: Scalar;
  range: Range;
}

/** A top-level `configs:` entry: where its content comes from (only a file or inline content are read). */
export interface ComposeConfig {
  name: Scalar;
  /** `file:`: a path relative to the directory of the compose file that writes it. */
  file?: Scalar;
  /** `content:`: the text itself. */
  content?: Scalar;
  range: Range;
}

export interface ComposeFile {
  file: string;
  /** Top-level `configs:` (absent when none is written). */
  configs?: ComposeConfig[];
  /** Compose project name: top-level `name:` or the file's directory name, normalised as Compose does. */
  projectName?: string;
  services: ComposeService[];
  /** Top-level `include:` (linking imports the included files' services: see compose-include.ts). */
  include?: { path: Scalar[]; projectDirectory?: Scalar; envFile?: Scalar[]; range: Range }[];
  /** The project may have services the linter could not read (an include it could not follow). */
  servicesIncomplete?: boolean;
  /**
   * Read as a Go template (a compose file a test harness renders, `{{ .ConfigDir }}:/configs`): its actions were set
   * aside, and a value an action writes is not known.
   */
  template?: boolean;
  /** A document had syntax errors, reported or not (a template's are not); what the parser recovered is still read. */
  syntaxErrors?: boolean;
  problems: ParseProblem[];
  directives: Directive[];
}

// ---- Build configuration ----

/** An image built from a Dockerfile in the repository (from skaffold, compose or the config file). */
/**
 * A named build context of a build (bake `contexts`, compose `additional_contexts`, a `--build-context` flag), as the
 * build definition resolves it: a FROM or `COPY --from` of its name reads it instead of a stage or an image.
 * `image`: `docker-image://<ref>`; `dir`: a local directory (relative to cwd); `build`: another bake target
 * (`target:<name>`) or compose service (`service:<name>`), with how it is built; `other`: a Git or HTTP URL, an OCI
 * layout, or a target or service that is not there.
 */
export type BuildContextSpec = { value: string; range: Range } & (
  | { kind: 'image'; ref: string }
  | { kind: 'dir'; path: string }
  | { kind: 'build'; spec: ImageBuildSpec; how: string }
  | { kind: 'other' }
);

export interface ImageBuildSpec {
  /** The image reference it builds; '' for a build whose image name is not known (a workflow's `${{ env.TAGS }}`). */
  image: string;
  /** Dockerfile path relative to cwd. */
  dockerfile: string;
  /** Build context relative to cwd. */
  context: string;
  target?: string;
  args: Map<string, string>;
  /** Named build contexts, by name. */
  contexts?: Map<string, BuildContextSpec>;
  /**
   * The image name as a pattern, when the definition writes it with template actions whose value is not known
   * (GoReleaser's `{{ .Env.REGISTRY }}/api`): `*` stands for each of them and matches any text, `/` included.
   */
  imageGlob?: string;
  /**
   * The tags the definition makes, as a pattern (`*` for a template action), when its image template has a tag with
   * literal parts: GoReleaser's `{{ .Tag }}-arm64v8` is `*-arm64v8`. `image` then has no tag.
   */
  tagGlob?: string;
  /**
   * Where this mapping is written. `ko`: a `ko://<import path>` image reference in a manifest (ko resolve / ko apply
   * build it).
   */
  source: { kind: 'compose' | 'skaffold' | 'bake' | 'config' | 'workflow' | 'make' | 'ko' | 'goreleaser'; range: Range };
  /**
   * Files the build tool puts in the build context before `docker build` runs, which the repository does not hold
   * (GoReleaser copies the binaries it built there): a COPY from the context reads them.
   */
  prebuilt?: PrebuiltBinary[];
  /**
   * A ko-built image (skaffold `ko:` artifact; `dockerfile` is ''): ko runs `/ko-app/<last element of the main
   * package's import path>`. `packageDir` is the main package's directory relative to cwd; `exe` is set when the
   * last element is known without reading go.mod (the package is not the module root).
   */
  /**
   * Built by a tool or from a source the linter does not read (a skaffold `buildpacks:` / `bazel:` / `jib:` /
   * `custom:` artifact, a Git or HTTP build context): what builds it, for messages (`dockerfile` is ''). Such a
   * definition names the image, so no Dockerfile is guessed for it. How it is built, for messages: `by skaffold's
   * buildpacks builder`, `from the remote context https://…`.
   */
  external?: string;
  ko?: {
    packageDir: string;
    exe?: string;
    /** The main package's import path, when the spec names it (`ko://<import path>`) or go.mod gives it (`goMod`). */
    importPath?: string;
    goMod?: string;
    /** The base image, when the spec overrides ko's default (skaffold `fromImage`). */
    baseImage?: string;
    /** `-ldflags` words (`-s`, `-w`, `-X` ...) and other `go build` flags the spec gives. */
    ldflags?: string[];
    flags?: string[];
    /** `KEY=value` items of the build's environment (skaffold `env`). */
    env?: string[];
    /**
     * The directory ko runs in, where it reads `.ko.yaml` (skaffold: the artifact's context joined with its `dir`);
     * absent: the working directory (`ko resolve` of a `ko://` reference).
     */
    workDir?: string;
    /**
     * The spec sets a build configuration of its own (a skaffold artifact with `dir`, `main`, `env`, `flags` or
     * `ldflags`): ko then does not read `.ko.yaml`'s `builds:` (its defaults still apply).
     */
    ownBuild?: boolean;
    /** The build tool gives ko its whole build configuration (GoReleaser's `kos:`): `.ko.yaml` is not read at all. */
    ignoresKoYaml?: boolean;
    /**
     * What the build configuration adds (`.ko.yaml`, filled in by the linker; GoReleaser's `kos:`): the entries it
     * used, and where a stripped binary's `-s` is.
     */
    config?: {
      evidence: Evidence[];
      strip?: { how: string; fix: string; evidence: Evidence };
      /** Where the environment in effect is written, when it sets GOTOOLCHAIN (else the build spec is the evidence). */
      env?: Evidence;
    };
  };
}

/**
 * A ko configuration (`.ko.yaml`), as ko reads it from the directory it runs in (ko's pkg/commands/options/build.go):
 * the defaults for every build and the per-package `builds:` entries. Keys are case-insensitive (viper).
 */
export interface KoConfig {
  /** The file (relative to cwd). */
  file: string;
  /** The directory ko reads it from when it runs there. */
  dir: string;
  /** `defaultBaseImage` (ko's default: cgr.dev/chainguard/static). */
  defaultBaseImage?: { value: string; range: Range };
  /** `baseImageOverrides`: the base image by import path. */
  baseImageOverrides: Map<string, { value: string; range: Range }>;
  /** `defaultFlags`, `defaultLdflags`, `defaultEnv`: for a build whose entry sets none of its own. */
  defaultFlags?: KoFlagList;
  defaultLdflags?: KoFlagList;
  defaultEnv?: KoFlagList;
  builds: KoBuildEntry[];
}

/** A list of `go build` flags, `-ldflags` words or `KEY=value` items, split at blanks, with the entry that sets it. */
export interface KoFlagList {
  /** The key as written (`defaultLdflags`, `ldflags`). */
  key: string;
  /** The items as written (each may hold several flags: `-s -w`). */
  items: string[];
  /** The items split at blanks. */
  words: string[];
  /** The whole `key: value` entry. */
  range: Range;
}

/** One entry of `.ko.yaml`'s `builds:`: the flags ko uses for the main package `dir`/`main` names. */
export interface KoBuildEntry {
  /** `id` (only a label: ko matches entries by import path). */
  id?: string;
  /** `dir` (default `.`), relative to the configuration's directory, and `main` (default `.`), relative to `dir`. */
  dir: string;
  main: string;
  ldflags?: KoFlagList;
  flags?: KoFlagList;
  env?: KoFlagList;
  /** The entry. */
  range: Range;
}

/**
 * A Go binary a release tool built outside Docker and put in the build context (GoReleaser's `builds:`), with what
 * its build configuration says about it (agent-facts §3: symbols, PIE, UPX; go.mod bounds its Go version).
 */
export interface PrebuiltBinary {
  /** Its directory in the build context: '' (GoReleaser's `dockers`) or `linux/amd64` (`dockers_v2`). */
  dir: string;
  /** Its file name; undefined when it is not known (named after a project name that comes from the git remote). */
  name?: string;
  /** Why the name is not known. */
  nameUnknown?: string;
  /** The main package as the build writes it (`./cmd/api`, `.`). */
  pkg: string;
  /** The main package's directory in the repository (relative to cwd): go.mod is looked up from there. */
  packageDir: string;
  stripped: boolean;
  /** Where the stripping comes from and how to keep the symbol table (GoBuildInfo.strip). */
  strip?: { how: string; fix: string };
  noDwarf: boolean;
  pie: boolean;
  upx: boolean;
  /** GOTOOLCHAIN from the build's `env:` (or the configuration's), when set to a known value. */
  goToolchain?: string;
  /** The build definition, and how it links the binary (`-ldflags` as set or defaulted). */
  evidence: Evidence;
  /** The `upx:` entry that packs it. */
  upxEvidence?: Evidence;
}

/**
 * A docker-bake definition: one bake file, or the default files of a directory that bake loads together
 * (`docker-bake.hcl` + `docker-bake.override.hcl` ...; `file` is the first of them). Its targets, with the files'
 * layers merged, `inherits` applied and variables at their defaults.
 */
export interface BakeFile {
  file: string;
  targets: BakeTarget[];
}

export interface BakeTarget {
  name: string;
  /** The target's label (`target "api"`). */
  range: Range;
  /** The image references of `tags` whose value is known (a tag that needs an unset variable is left out). */
  tags: { value: string; range: Range }[];
  /** As written (relative to where bake runs), absent when not set (`.`). */
  context?: { value: string; range: Range };
  /** Relative to the context, absent when not set (`Dockerfile`). */
  dockerfile?: { value: string; range: Range };
  target?: { value: string; range: Range };
  args: Map<string, string>;
  /** `contexts = { name = "value" }`, merged along `inherits` as `args` are. */
  contexts: Map<string, { value: string; range: Range }>;
}

export interface LintConfig {
  file?: string;
  rules: Map<string, 'error' | 'warning' | 'info' | 'off'>;
  ignore: string[];
  images: ImageBuildSpec[];
  problems: ParseProblem[];
}

// ---- Kustomize ----

/** A patch a kustomization applies: a strategic-merge patch file, or something the linter does not apply. */
/**
 * What the `value` of a JSON 6902 operation was read as, chosen by the shape of its path (what the path's last
 * segments address in a pod template or object metadata). `other`: a value the model does not hold.
 */
export type PatchValue =
  | { type: 'containers'; containers: Container[] }
  | { type: 'container'; container: Container }
  | { type: 'env'; env: EnvVar[] }
  | { type: 'envVar'; envVar: EnvVar }
  | { type: 'envFrom'; envFrom: EnvFrom[] }
  | { type: 'string'; scalar: Scalar }
  | { type: 'bool'; scalar: Scalar<boolean> }
  | { type: 'int'; scalar: Scalar<number> }
  | { type: 'strList'; list: { items: Scalar[]; range: Range; keyRange?: Range } }
  | { type: 'securityContext'; securityContext: SecurityContext }
  | { type: 'annotations'; annotations: Annotations }
  | { type: 'other' };

/** One requirement of a Kubernetes label selector: `app=api`, `tier!=db`, `env in (a,b)`, `env notin (a)`, `x`, `!x`. */
export interface SelectorRequirement {
  key: string;
  op: '=' | '!=' | 'in' | 'notin' | 'exists' | '!exists';
  values: string[];
}

/** What a kustomize patch `target:` selects. */
export interface PatchTarget {
  kind?: string;
  name?: string;
  namespace?: string;
  labelSelector?: SelectorRequirement[];
  annotationSelector?: SelectorRequirement[];
}

/** One operation of a JSON 6902 patch (kustomize `patches:` / `patchesJson6902:`). */
export interface JsonPatchOp {
  /** `add`, `remove`, `replace`, `move`, `copy`, `test` (anything else is kept as written). */
  op: string;
  /** The JSON pointer's segments, `~1` and `~0` unescaped. */
  path: string[];
  /** The `path:` value. */
  pathRange: Range;
  /** `from` of `move` / `copy`. */
  from?: string[];
  /** Absent when the operation has no `value` (or it could not be read as what its path needs). */
  value?: PatchValue;
  /** The operation (its list item). */
  range: Range;
}

export interface KustomizePatch {
  /** The patch file, cwd-relative (absent for an inline patch). */
  file?: string;
  /** An inline strategic-merge patch: its objects, with ranges in the kustomization file. */
  objects?: KubeObject[];
  /** An inline JSON 6902 patch: its operations, with ranges in the kustomization file. */
  ops?: JsonPatchOp[];
  /** Listed under `patchesJson6902:`: the file must hold JSON 6902 operations. */
  json6902?: boolean;
  /** Where the patch is named in the kustomization. */
  range: Range;
  /** `target:` of the patch (a target the linter cannot match makes the patch unsupported). */
  target?: PatchTarget;
  /** Why the linter does not apply it (an inline patch, a selector it does not read), when so. */
  unsupported?: string;
}

/** One `configMapGenerator:` entry of a kustomization: the ConfigMap kustomize makes (its name gets a hash suffix, and
 * references to it in the same build are renamed alike). */
export interface ConfigMapGenerator {
  name: Scalar;
  /** `create` (the default), or `merge` / `replace` of a ConfigMap of that name the resources already have. */
  behavior: 'create' | 'merge' | 'replace';
  /** `envs:` (and the deprecated `env:`): env files, cwd-relative, read first, in order. */
  envs: { path: string; range: Range }[];
  /** `literals:` (`KEY=value`), after the env files. A value's range is exact when it maps onto the text. */
  literals: { key: Scalar; value: Scalar }[];
  /** `files:` keys (a file's name, or `key=path`): their values are file contents, not read here. */
  fileKeys: Scalar[];
  range: Range;
}

/** A kustomization file (`kustomization.yaml`, `kustomization.yml`, `Kustomization`): what it builds from. */
export interface KustomizationFile {
  file: string;
  /** `resources:` (and the deprecated `bases:`): files and directories, cwd-relative, in order; remote ones left out. */
  resources: { path: string; range: Range }[];
  /** `components:`: directories, cwd-relative, in order (a remote one is recorded in `unsupported`). */
  components: { path: string; range: Range }[];
  /** `kind: Component`: applied only by the kustomizations that list it, never built on its own. */
  component: boolean;
  patches: KustomizePatch[];
  /** `images:`: a new name, tag or digest for the container images named `name` (without tag or digest). */
  images: { name: Scalar; newName?: Scalar; newTag?: Scalar; digest?: Scalar; range: Range }[];
  /** `commonAnnotations:`, added to every object and pod template. */
  commonAnnotations: { key: Scalar; value: Scalar }[];
  configMapGenerators: ConfigMapGenerator[];
  /** `namespace:`: set on every namespaced object the kustomization outputs. */
  namespace?: Scalar;
  /** `namePrefix:` / `nameSuffix:`: added to the name of every object it outputs but Namespaces and CRDs. */
  namePrefix?: Scalar;
  nameSuffix?: Scalar;
  /** `configurations:` (transformer configurations, which can add name references): where it is written. */
  transformerConfigs?: Range;
  /**
   * `transformers:` given as files of the repository (cwd-relative): a builtin LabelTransformer changes nothing the
   * linter reads; any other makes the build unknown. An inline or remote one is in `unsupported`.
   */
  transformers: { path: string; range: Range }[];
  /** Keys that change workloads in ways the linter does not apply (components, JSON patches, replacements ...). */
  unsupported: { key: string; range: Range }[];
  problems: ParseProblem[];
  directives: Directive[];
}
