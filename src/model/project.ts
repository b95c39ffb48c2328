// The linked model of a whole repository: what rules read. Built by src/link/ from the parsers' output.

import type { AgentConfigFile } from './ebpf.ts';
import type { DockerfileDoc } from './dockerfile.ts';
import type { FsEntry, ImageModel } from './image.ts';
import type { Evidence, ParseProblem, Directive, Range, SourceFile } from './source.ts';
import type {
  ComposeFile,
  ComposeService,
  Container,
  ImageBuildSpec,
  Instrumentation,
  KubeFile,
  LintConfig,
  NamespaceObject,
  Scalar,
  Workload,
} from './workload.ts';

/** The process a container really runs, as the kernel will show it in `/proc/<pid>/exe`. */
export interface ResolvedProcess {
  status: 'resolved' | 'unknown';
  /** Absolute, symlink- and merged-/usr-resolved path of the Go process's executable. */
  exe?: string;
  /** The path as the image invokes it, when it differs from `exe` (a symlink, /bin on a merged-/usr image). */
  invokedAs?: string;
  /**
   * The other path the kernel may report for `exe`, on a base image whose merged /usr is not known
   * (BaseImageFacts.usrMergeUnknown): `/usr/bin/app` for `/bin/app`, and why.
   */
  usrMergeAlias?: { path: string; why: string };
  /** The chain that proves it, in execution order: manifest command, ENTRYPOINT, script exec, build line ... */
  steps: Evidence[];
  /** Processes passed through on the way (PID 1 shell, tini, an entrypoint script ...). */
  wrappers: {
    name: string;
    /** What /proc/<pid>/exe shows for that wrapper (the interpreter, for a script). */
    exe?: string;
    /** The path by which it was started (the script path for a script). */
    path: string;
    kind: 'script' | 'shell' | 'init' | 'setuid' | 'env' | 'other';
    evidence: Evidence;
  }[];
  /** Started by `go run` or a live reloader: no stable path can be targeted. */
  goRun?: { tool: string; evidence: Evidence };
  /** Unknown because the program is a bare name not on any PATH directory the Dockerfile writes to: a program of the base image. */
  baseImageProgram?: string;
  /** The image file that is run, if it is known. */
  binary?: FsEntry;
  /**
   * An image that is one of several builds (ImageLink.candidates), each starting this executable: the file each of
   * the other builds runs, when their Go facts agree with `binary`'s (with none, `binary` is absent too).
   */
  otherBinaries?: FsEntry[];
  /** Why the exe could not be resolved (status 'unknown'). */
  reason?: string;
  /**
   * Other programs the container's script leaves running beside this one (background `&` launches): the agent
   * matches its target against every process, so naming one of these is no mismatch.
   */
  siblings?: { exe: string; steps: Evidence[] }[];
  /**
   * The container cannot start: the script the kernel is asked to run has a `#!` line ending in a carriage return
   * (Windows line endings), so the interpreter it names does not exist ('crlf'), or the file is not executable
   * ('not-executable': written by a heredoc or a redirect with no chmod). `script`: its path in the image; `range`:
   * the `#!` line; `origin`: how the file got its mode.
   */
  startFails?: { cause: 'crlf' | 'not-executable'; script: string; range: Range; interpreter: string; origin?: Evidence[] };
}

/** How an image reference was connected to a Dockerfile in the repository. */
export interface ImageLink {
  image: string;
  spec: ImageBuildSpec;
  /** One phrase for messages, e.g. `built by compose.yaml:5 (build.context ./api)`. */
  how: string;
  /**
   * The link is a guess from where the Dockerfiles are, not from the image's name or a build definition: the only
   * Dockerfile of the repository, the one nearest to the manifest, or the only one building Go.
   */
  guess?: 'only-dockerfile' | 'nearest' | 'only-go' | 'component';
  evidence: Evidence;
  model?: ImageModel;
  /** Set when the Dockerfile could not be evaluated. */
  error?: string;
  /**
   * The image is one of these builds (variants its tag does not choose between, Dockerfiles named alike), and each
   * starts the container's executable: `spec` is the first's, `model` is absent, and `how` names them all.
   */
  candidates?: ImageLink[];
}

/** A container that runs (or may run) the Go application. */
export interface AppContainer {
  platform: 'k8s' | 'compose';
  /** Name of the container / compose service. */
  name: string;
  workload?: Workload;
  container?: Container;
  service?: ComposeService;
  image?: Scalar;
  /**
   * The reference the image is linked by: `image` as written, or a Helm template as the chart's values.yaml renders it;
   * absent when that is not known (a template the values do not fill in).
   */
  imageRef?: string;
  link?: ImageLink;
  /** Why no link was made, when there is none. */
  unlinkedReason?: string;
  process: ResolvedProcess;
  /** Range to report container-level findings at (the image value, else the container). */
  range: Range;
}

export type AgentKind = 'go-auto' | 'obi' | 'beyla';

/** A container (or compose service) that runs the Go auto-instrumentation agent, OBI or Beyla. */
export interface AgentContainer {
  kind: AgentKind;
  platform: 'k8s' | 'compose';
  name: string;
  workload?: Workload;
  container?: Container;
  service?: ComposeService;
  /** How it was recognised, for messages. */
  recognisedBy: string;
  /** Agent version from the image tag, e.g. `v0.24.0`. */
  version?: string;
  /**
   * The agent's binary is built in the repository (its image holds /otel-go-instrumentation not copied from an agent
   * image): which release or fork it is, is not known, so rules about a release's behaviour say nothing.
   */
  builtFromSource?: true;
  /** OBI / Beyla: the config file it is told to read. */
  configFile?: AgentConfigFile;
  /**
   * Compose: the application services that joined this agent service's PID namespace (`pid: "service:<agent>"` on
   * the application, the agent with no `pid:`): it sees their processes.
   */
  joinedBy?: AppContainer[];
  range: Range;
}

export type TargetSource =
  | 'env' // OTEL_GO_AUTO_TARGET_EXE on an agent container / service
  | 'flag' // -target-exe on the agent's command line
  | 'annotation' // instrumentation.opentelemetry.io/otel-go-auto-target-exe
  | 'instrumentation-go-env' // Instrumentation spec.go.env
  | 'instrumentation-env' // Instrumentation spec.env
  | 'app-env' // set on the app container (the agent never sees it)
  | 'obi' // OTEL_EBPF_AUTO_TARGET_EXE (glob)
  | 'beyla'; // BEYLA_AUTO_TARGET_EXE (glob)

/** One place that says which executable the agent should attach to, with the app container(s) it must match. */
export interface TargetSetting {
  source: TargetSource;
  /** The value, with the range of the scalar that holds it (the fix replaces it). */
  value: Scalar;
  /** Exact string compare (Go agent) or whole-path glob (OBI / Beyla). */
  match: 'exact' | 'glob';
  /** The variable or annotation name, for messages. */
  key: string;
  /** Value after Kubernetes `$(VAR)` expansion / ConfigMap lookup; undefined when it cannot be known. */
  resolved?: string;
  /** Evidence for how the value was obtained (a ConfigMap entry, a $(VAR) it refers to). */
  valueEvidence: Evidence[];
  agent?: AgentContainer;
  /** The app container(s) whose process this target must name. Empty when the target is outside the repository. */
  apps: AppContainer[];
  /** Why `apps` is empty, for an info finding. */
  noAppReason?: string;
  /**
   * An `exe_path` item of an OBI / Beyla config file's `discovery.instrument` list: one selector among several (a
   * file several pods mount may list the programs of all of them), so it need not match this pod's program when
   * another item does.
   */
  configItem?: boolean;
}

/** A unit whose containers share (or should share) a PID namespace: one pod, or one compose project. */
export interface Deployment {
  kind: 'pod' | 'compose';
  workload?: Workload;
  compose?: ComposeFile;
  apps: AppContainer[];
  agents: AgentContainer[];
  /**
   * Agents (recognised by image or command) in ordinary init containers (no `restartPolicy: Always`): they run
   * before the app starts and never beside it. Not in `agents`: nothing else is checked for them.
   */
  initAgents?: AgentContainer[];
  targets: TargetSetting[];
  /** The Namespace object of the workload's `metadata.namespace`, when the repository has it. */
  namespace?: NamespaceObject;
  /** Operator injection, if the pod asks for it. */
  operator?: {
    injectGo: Scalar;
    /** Where the inject-go annotation sits. */
    on: 'pod' | 'workload' | 'namespace';
    instrumentation?: Instrumentation;
    /**
     * Why no Instrumentation resolved, e.g. 'not-found', 'ambiguous', 'outside-repo', 'renamed' (the name is one a
     * kustomize build renamed: `renamed`).
     */
    instrumentationIssue?: string;
    /** The Instrumentation the value names by its name before the kustomize build renamed it. */
    renamed?: Instrumentation;
    containerNames?: Scalar;
  };
}

export interface ProjectModel {
  /** Every file read (requested and context). */
  files: Map<string, SourceFile>;
  dockerfiles: Map<string, DockerfileDoc>;
  kube: KubeFile[];
  compose: ComposeFile[];
  config: LintConfig;
  buildSpecs: ImageBuildSpec[];
  instrumentations: Instrumentation[];
  /** Parse problems of every file, by file. */
  problems: { file: string; problem: ParseProblem }[];
  directives: Map<string, Directive[]>;
  deployments: Deployment[];
  /** Image references seen in manifests that could not be linked to a Dockerfile, with where they were seen. */
  unlinkedImages: { image: Scalar; reason: string }[];
  /** Images linked, by image reference. */
  links: Map<string, ImageLink>;
}
