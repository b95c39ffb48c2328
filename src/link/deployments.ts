// From workloads and compose services to Deployments: which containers run the agent, which run the application,
// which process each target setting must name, and what process each application container really runs.

import { posix } from 'node:path';
import type { FsEntry, ImageModel } from '../model/image.ts';
import type {
  AgentContainer,
  AgentKind,
  AppContainer,
  Deployment,
  ImageLink,
  ResolvedProcess,
  TargetSetting,
  TargetSource,
} from '../model/project.ts';
import type { Evidence, Range, SourceFile } from '../model/source.ts';
import type {
  ComposeFile,
  ComposeService,
  ConfigMap,
  Container,
  Instrumentation,
  NamespaceObject,
  Scalar,
  Workload,
} from '../model/workload.ts';
import { baseImageFacts } from '../infer/base-images.ts';
import { splitImageRef } from '../parsers/image-ref.ts';
import { resolveProcess, type ArgItem, type ProcessOverride, type ResolveContext } from '../infer/process.ts';
import { containerEnv, expandK8s, knownValues, unreadEnvFrom, type EnvValue } from './env.ts';
import { beylaBeforeGlobs, composeAgentConfig, composeEnvLookup, expandConfigVars, k8sEnvLookup, podAgentConfig, type AgentEnvLookup, type ConfigFileAccess } from './ebpf-config.ts';
import { imageHasGoBinary, type ImageLinker, type ImageUnlinked } from './images.ts';
import { goFlagValue, splitCommandString } from './command.ts';
import { nearest } from './nearest.ts';
import { pidOwner } from './compose-pid.ts';
import { isRemoteContext } from '../parsers/build-context.ts';
import type { HelmCharts } from './helm.ts';

export const GO_TARGET_ENV = 'OTEL_GO_AUTO_TARGET_EXE';
export const OBI_TARGET_ENV = 'OTEL_EBPF_AUTO_TARGET_EXE';
export const BEYLA_TARGET_ENV = 'BEYLA_AUTO_TARGET_EXE';
export const AGENT_BINARY = '/otel-go-instrumentation';

export const ANNOTATION_PREFIX = 'instrumentation.opentelemetry.io/';
export const INJECT_GO = `${ANNOTATION_PREFIX}inject-go`;
export const TARGET_ANNOTATION = `${ANNOTATION_PREFIX}otel-go-auto-target-exe`;
export const CONTAINER_NAMES = `${ANNOTATION_PREFIX}container-names`;
export const GO_CONTAINER_NAMES = `${ANNOTATION_PREFIX}go-container-names`;

export interface LinkInput {
  linker: ImageLinker;
  configMaps: ConfigMap[];
  instrumentations: Instrumentation[];
  namespaces: NamespaceObject[];
  files: Map<string, SourceFile>;
  /** Compose build links by compose file and service name. */
  composeLinks: Map<string, ImageLink>;
  /** Helm charts, to read a templated image reference with the chart's values.yaml. */
  helm?: HelmCharts;
  /** The repository's files a compose agent's config file may be (bind mounts, `configs:`). */
  configFiles?: ConfigFileAccess;
}

function resolveCtx(files: Map<string, SourceFile>): ResolveContext {
  return { fileOf: (r: Range) => files.get(r.file) };
}

/**
 * The variables only OBI or Beyla read that select processes to instrument: the executable glob, the deprecated
 * regular expression, the open ports. (Not the config file's path alone: OBI run for network metrics only sets it
 * too, and instruments no process.)
 */
const AGENT_VARS: readonly (readonly [string, AgentKind])[] = [
  [OBI_TARGET_ENV, 'obi'],
  [BEYLA_TARGET_ENV, 'beyla'],
  ['OTEL_EBPF_EXECUTABLE_PATH', 'obi'],
  ['BEYLA_EXECUTABLE_NAME', 'beyla'],
  ['OTEL_EBPF_OPEN_PORT', 'obi'],
  ['BEYLA_OPEN_PORT', 'beyla'],
];

/** OBI or Beyla, by a variable that selects processes (AGENT_VARS). */
function agentFromEnv(has: (name: string) => boolean): { kind: AgentKind; by: string } | undefined {
  for (const [name, kind] of AGENT_VARS) {
    if (has(name)) return { kind, by: `it sets ${name}` };
  }
  return undefined;
}

/**
 * The variables that name an agent's target: the Go agent's (or, with no agent, the application's) exact path; for
 * OBI and Beyla their own glob, and OTEL_GO_AUTO_TARGET_EXE only when neither glob variable is set (it is their
 * default). `has`: whether the container or service sets a variable.
 */
function targetKeys(kind: AgentKind | undefined, has: (name: string) => boolean): [string, TargetSource, 'exact' | 'glob'][] {
  if (kind !== 'obi' && kind !== 'beyla') return [[GO_TARGET_ENV, 'env', 'exact']];
  const keys: [string, TargetSource, 'exact' | 'glob'][] = [[kind === 'obi' ? OBI_TARGET_ENV : BEYLA_TARGET_ENV, kind, 'glob']];
  if (!has(OBI_TARGET_ENV) && !has(BEYLA_TARGET_ENV)) keys.push([GO_TARGET_ENV, kind, 'glob']);
  return keys;
}

/**
 * The Go agent copied into the application's image reads the image's own `ENV OTEL_GO_AUTO_TARGET_EXE` when the
 * manifest does not set it: a target in the Dockerfile, checked against that same container (fixed there when the
 * ENV writes the value literally).
 */
function imageEnvTarget(agent: AgentContainer, app: AppContainer, model: ImageModel | undefined): TargetSetting | undefined {
  const e = model?.env.get(GO_TARGET_ENV);
  if (agent.kind !== 'go-auto' || !e || !e.evidence) return undefined;
  const value: Scalar = e.valueRange
    ? { value: e.value, range: e.valueRange, via: { evidence: [e.evidence], edit: 'raw' } }
    : { value: e.value, range: e.evidence.range, via: { evidence: [e.evidence], edit: 'none' } };
  return { source: 'env', value, match: 'exact', key: GO_TARGET_ENV, valueEvidence: [e.evidence], apps: [app], agent, resolved: e.value };
}

/** How a container was recognised as an agent: its kind, for messages, and the version its image says. */
type AgentOrigin = { kind: AgentKind; by: string; version?: string; built?: true };

/** What an agent's origin says of its release: the version its image gives, or that it is built from source. */
function fromOrigin(a: AgentContainer, o: AgentOrigin): void {
  if (o.version) a.version = o.version;
  if (o.built) a.builtFromSource = true;
}

function agentFromImage(image: string | undefined, model: ImageModel | undefined): AgentOrigin | undefined {
  if (image) {
    const facts = baseImageFacts(image);
    if (facts.agent) {
      const out: AgentOrigin = { kind: facts.agent, by: `its image ${image}` };
      if (facts.tag) out.version = facts.tag;
      return out;
    }
  }
  if (model) {
    if (model.base.agent) {
      const out: AgentOrigin = { kind: model.base.agent, by: `its image is built FROM ${model.base.ref}` };
      if (model.base.tag) out.version = model.base.tag;
      return out;
    }
    const bin = model.fs.get(AGENT_BINARY);
    if (bin) {
      // Copied from the agent's image (whose tag gives the version), or built in the repository (version not known).
      const from = bin.type === 'file' ? bin.agentImage : undefined;
      if (from === undefined) return { kind: 'go-auto', by: `its image (${model.dockerfile}) contains ${AGENT_BINARY}`, built: true };
      const out: AgentOrigin = { kind: 'go-auto', by: `its image (${model.dockerfile}) copies ${AGENT_BINARY} from ${from}` };
      const tag = baseImageFacts(from).tag;
      if (tag) out.version = tag;
      return out;
    }
  }
  return undefined;
}

/**
 * A pod or compose project with a container whose image is linked for certain (by a build definition, the config or
 * the image's name) keeps a guessed link for another container only when that image is of the same namespace (its
 * registry and path up to the last element) as a container linked for certain: another namespace's image
 * (`jaegertracing/all-in-one`, `envoyproxy/envoy` beside `ghcr.io/acme/api`) is from elsewhere, and a guess would give
 * it a program of the repository. (A Dockerfile linked for certain is no guess for any other image anyway.)
 */
function dropGuesses<T extends { link?: ImageLink; unlinkedReason?: string }>(items: T[], label: (x: T) => string): T[] {
  const sure = items.filter((x) => x.link && !x.link.guess);
  if (sure.length === 0) return items;
  const namespaces = new Set(sure.map((x) => imageNamespace(x.link!.image)));
  for (const x of items) {
    if (!x.link?.guess || namespaces.has(imageNamespace(x.link.image))) continue;
    x.unlinkedReason = `${label(sure[0]!)} is the one linked to ${sure[0]!.link!.spec.dockerfile}, and this image is of another namespace than its ${sure[0]!.link!.image}, so it is not assumed to be ${x.link.how}`;
    delete x.link;
  }
  return items;
}

/** `ghcr.io/acme/api:1.0` -> `ghcr.io/acme`; `envoyproxy/envoy` -> `envoyproxy`; `nginx` -> ``. */
function imageNamespace(ref: string): string {
  const { name } = splitImageRef(ref);
  const slash = name.lastIndexOf('/');
  return slash < 0 ? '' : name.slice(0, slash);
}

/**
 * A target a Helm template writes (`value: {{ .Values.otel.target }}`): its value with the chart's values.yaml. When
 * the template is that one value, the finding and its fix move to values.yaml, where the value is written; the
 * template's line is evidence.
 */
function fromHelmValues(t: TargetSetting, helm: HelmCharts, file: string): void {
  const template = t.value;
  const r = helm.valueOf(template, file);
  if (!r) return;
  t.resolved = r.value;
  if (r.source) {
    t.value = r.source;
    t.valueEvidence = [...t.valueEvidence, { range: template.range, message: `${t.key} is .Values.${r.path} of the chart (${r.source.range.file}:${r.source.range.line})` }];
  }
}

/** The agents' binaries in their images: what a command that runs one starts (a mirrored or locally built image). */
const AGENT_BINARIES: ReadonlyMap<string, AgentKind> = new Map([
  ['otel-go-instrumentation', 'go-auto'],
  ['ebpf-instrument', 'obi'],
  ['beyla', 'beyla'],
]);

/** The agent a command (its first item) runs, as `AgentOrigin`; undefined for any other command. */
function commandAgent(items: Scalar[] | undefined): AgentOrigin | undefined {
  const first = items?.[0];
  if (!first || first.unknown) return undefined;
  const kind = AGENT_BINARIES.get(posix.basename(first.value));
  return kind ? { kind, by: `its command runs ${first.value}` } : undefined;
}

function appRange(image: Scalar | undefined, fallback: Range): Range {
  return image?.range ?? fallback;
}

function toArgs(items: Scalar[], env: Map<string, string>, isK8s: boolean): ArgItem[] {
  return items.map((s) => {
    if (s.unknown) return { value: s.value, range: s.range, unknown: true, ...(s.template !== undefined ? { template: s.template } : {}) };
    if (!isK8s) return { value: s.value, range: s.range };
    const x = expandK8s(s.value, new Map([...env].map(([k, v]) => [k, v])));
    return x.unknown ? { value: s.value, range: s.range, unknown: true } : { value: x.value, range: s.range };
  });
}

// ---------------------------------------------------------------- Kubernetes

interface PodContainer {
  container: Container;
  env: ReadonlyMap<string, EnvValue>;
  link?: ImageLink;
  unlinkedReason?: string;
  /** Not linked, but the image is one of a few builds (evaluated): see agreedProcess. */
  undecided?: ImageUnlinked;
  agent?: AgentOrigin;
  /** An init container with `restartPolicy: Always` (a native sidecar). */
  native?: boolean;
  /** The image reference as written, or as the chart's values.yaml renders a Helm template (podImageRef). */
  ref?: string;
}

/**
 * The reference a pod container's image is linked by: the value as written, or a Helm template's
 * (`{{ .Values.image.repository }}:{{ .Values.image.tag }}`) as the chart's own values.yaml renders it; undefined
 * when there is none.
 */
export function podImageRef(image: Scalar | undefined, file: string, helm: HelmCharts | undefined): string | undefined {
  if (!image) return undefined;
  const ref = !image.unknown ? image.value : helm ? helm.render(image, file) : undefined;
  return ref !== undefined && (ref !== '' || !image.unknown) ? ref : undefined;
}

/** The reference kubeDeployment links a pod container's image by: none for no image, or for an agent image. */
export function linkedPodImageRef(c: Container, file: string, helm: HelmCharts | undefined): string | undefined {
  const ref = podImageRef(c.image, file, helm);
  return ref === undefined || baseImageFacts(ref).agent ? undefined : ref;
}

export function kubeDeployment(w: Workload, input: LinkInput): Deployment {
  const namespace = w.namespace?.value;
  const toPc = (container: Container): PodContainer => {
    const env = containerEnv(container, w, input.configMaps);
    const pc: PodContainer = { container, env };
    const image = container.image;
    const ref = podImageRef(image, w.file, input.helm);
    if (ref !== undefined) pc.ref = ref;
    if (image && ref !== undefined) {
      const facts = baseImageFacts(ref);
      if (!facts.agent) {
        const l = input.linker.link(ref, image.range);
        if ('reason' in l) {
          pc.unlinkedReason = l.reason;
          if (l.candidates) pc.undecided = l;
        } else pc.link = l;
      }
    } else pc.unlinkedReason = image ? 'the image reference is a template expression' : 'the container has no image';
    return pc;
  };
  const recognise = (pc: PodContainer): PodContainer => {
    const { container, env } = pc;
    // A Helm chart's agent image from values.yaml (`{{ .Values.otel.image.repository }}:{{ ... tag }}`) gives its version.
    const byImage = agentFromImage(pc.ref, pc.link?.model);
    if (byImage) pc.agent = byImage;
    else {
      const byCommand = commandAgent(container.command?.items);
      if (byCommand) {
        pc.agent = byCommand;
        return pc;
      }
      const byEnv = agentFromEnv((n) => env.has(n));
      if (byEnv) pc.agent = byEnv;
    }
    return pc;
  };
  const pcs: PodContainer[] = dropGuesses(w.pod.containers.map(toPc), (p) => `container "${p.container.name?.value ?? `#${p.container.index}`}"`).map(recognise);
  // Native sidecars (init containers with `restartPolicy: Always`) run beside the app for the pod's whole life: an
  // agent there attaches like one in `containers`. Other init containers finish before the app starts.
  const isNative = (c: Container) => c.restartPolicy !== undefined && !c.restartPolicy.unknown && c.restartPolicy.value === 'Always';
  const sidecars = w.pod.initContainers.filter(isNative).map((c) => recognise({ ...toPc(c), native: true }));
  // An agent in an ordinary init container (by its image or command): the pod waits for it to exit, and it never
  // does. Not a candidate when its restartPolicy is a template expression (it may be Always).
  const initAgents: AgentContainer[] = [];
  for (const c of w.pod.initContainers) {
    if (isNative(c) || c.restartPolicy?.unknown) continue;
    const byImage = agentFromImage(podImageRef(c.image, w.file, input.helm), undefined);
    // A command that is not the agent (`cp /otel-go-instrumentation /shared/`: the image only supplies the binary)
    // does not run the agent.
    const cmd = c.command?.items ?? [];
    const byCommand = cmd.length === 0 ? undefined : commandAgent(cmd);
    const agent = cmd.length === 0 ? byImage : byCommand ? { kind: byImage?.kind ?? byCommand.kind, by: byCommand.by } : undefined;
    if (!agent) continue;
    const a: AgentContainer = { kind: agent.kind, platform: 'k8s', name: c.name?.value ?? `#${c.index}`, workload: w, container: c, recognisedBy: agent.by, range: appRange(c.image, c.range) };
    fromOrigin(a, agent);
    initAgents.push(a);
  }

  // A container that sets OTEL_GO_AUTO_TARGET_EXE in a pod without any recognised agent, beside other containers,
  // and whose own image does not build a Go program, is taken for the agent (a mirrored or renamed agent image).
  if (![...pcs, ...sidecars].some((p) => p.agent) && pcs.length + sidecars.length > 1) {
    for (const p of [...pcs, ...sidecars]) {
      const buildsGo = p.link?.model && imageHasGoBinary(p.link.model);
      if (p.env.has(GO_TARGET_ENV) && !buildsGo) p.agent = { kind: 'go-auto', by: `it sets ${GO_TARGET_ENV}` };
    }
  }
  // Only agents are taken from native sidecars (a proxy or log shipper there is not the program to instrument).
  for (const p of sidecars) if (p.agent) pcs.push(p);

  const agents: AgentContainer[] = [];
  const apps: AppContainer[] = [];
  const ctx = resolveCtx(input.files);
  const byContainer = new Map<Container, AppContainer>();

  for (const p of pcs) {
    const c = p.container;
    const name = c.name?.value ?? `#${c.index}`;
    const range = appRange(c.image, c.range);
    if (p.agent) {
      const a: AgentContainer = { kind: p.agent.kind, platform: 'k8s', name, workload: w, container: c, recognisedBy: p.agent.by, range };
      fromOrigin(a, p.agent);
      const cfg = podAgentConfig(a.kind, c, p.env, w, input.configMaps, input.files);
      if (cfg) a.configFile = cfg;
      agents.push(a);
      // The agent copied into the application image: it is also the app (not in a native sidecar). An agent image
      // built from source holds no Go binary but the agent's.
      if (p.native || !(p.link?.model && imageHasGoBinary(p.link.model, AGENT_BINARY))) continue;
    }
    const envValues = knownValues(p.env);
    const override: ProcessOverride = { platform: 'k8s', env: envValues };
    const open = unreadEnvFrom(c, w, input.configMaps);
    if (open !== undefined) override.envOpen = open;
    if (c.command) override.entrypoint = { items: toArgs(c.command.items, envValues, true), range: c.command.keyRange ?? c.command.range, label: `command: of container "${name}"` };
    if (c.args) override.cmd = { items: toArgs(c.args.items, envValues, true), range: c.args.keyRange ?? c.args.range, label: `args: of container "${name}"` };
    const agreed = !p.link && p.undecided && p.ref !== undefined ? agreedProcess(p.ref, p.undecided, override, range, ctx) : undefined;
    const process = agreed?.process ?? resolveProcess(p.link?.model, override, range, ctx);
    if (!p.link && !agreed && process.status === 'resolved' && !process.goRun && !c.command) {
      process.status = 'unknown';
      process.reason = p.unlinkedReason ?? 'the image is not linked to a Dockerfile of the repository';
    }
    linkFailed(process, p.link);
    const app: AppContainer = { platform: 'k8s', name, workload: w, container: c, process, range };
    if (c.image) app.image = c.image;
    if (p.ref !== undefined) app.imageRef = p.ref;
    const link = p.link ?? agreed?.link;
    if (link) app.link = link;
    else if (p.unlinkedReason) app.unlinkedReason = p.unlinkedReason;
    apps.push(app);
    byContainer.set(c, app);
  }

  const deployment: Deployment = { kind: 'pod', workload: w, apps, agents, targets: [] };
  if (initAgents.length > 0) deployment.initAgents = initAgents;

  const nsObject = namespace ? input.namespaces.find((n) => n.name?.value === namespace) : undefined;
  if (nsObject) deployment.namespace = nsObject;
  // The OpenTelemetry Operator's injection (below): with it, a target on a container that is no agent is the
  // application's own env, which the agent it injects never reads.
  const eff = effectiveInjectGo(w, namespaceInject(nsObject));
  const injected = eff !== undefined && !injectOff(eff.value.value);

  // Target settings on containers.
  for (const p of pcs) {
    const c = p.container;
    const agent = agents.find((a) => a.container === c);
    const self = byContainer.get(c);
    const targetApps = (): AppContainer[] => {
      const others = apps.filter((a) => a.container !== c);
      if (others.length > 0) return others;
      return self ? [self] : [];
    };
    for (const [key, source0, match] of agent && beylaBeforeGlobs(agent) ? [] : targetKeys(agent?.kind, (n) => p.env.has(n))) {
      const v = p.env.get(key);
      if (!v || !v.scalar) continue;
      const source: TargetSource = agent ? source0 : agents.length > 0 || injected ? 'app-env' : source0;
      const t: TargetSetting = { source, value: v.scalar, match, key, valueEvidence: v.evidence, apps: [] };
      if (v.value !== undefined) t.resolved = v.value;
      else if (v.scalar.unknown && input.helm) fromHelmValues(t, input.helm, w.file);
      if (agent) t.agent = agent;
      if (source === 'app-env') {
        t.noAppReason =
          agents.length > 0
            ? `it is set on container "${c.name?.value ?? ''}", not on the agent container`
            : `it is set on container "${c.name?.value ?? ''}", and the agent the Operator injects takes its target from the annotation or the Instrumentation, never from the application's env`;
      } else {
        t.apps = targetApps();
        if (t.apps.length === 0) t.noAppReason = 'no application container in this pod';
      }
      deployment.targets.push(t);
    }
    if (agent) deployment.targets.push(...configItemTargets(agent, k8sEnvLookup(p.env), targetApps(), 'no application container in this pod'));
    if (agent && self && !p.env.has(GO_TARGET_ENV)) {
      const t = imageEnvTarget(agent, self, p.link?.model);
      if (t) deployment.targets.push(t);
    }
    if (agent?.kind === 'go-auto') {
      const flag = goFlagValue([...(c.command?.items ?? []), ...(c.args?.items ?? [])], 'target-exe');
      if (flag) {
        const t: TargetSetting = { source: 'flag', value: flag, match: 'exact', key: '-target-exe', valueEvidence: [], apps: targetApps(), agent };
        if (!flag.unknown) t.resolved = flag.value;
        if (t.apps.length === 0) t.noAppReason = 'no application container in this pod';
        deployment.targets.push(t);
      }
    }
  }

  // The OpenTelemetry Operator's injection.
  if (eff && injected) {
    const injectScalar = eff.value;
    const on = eff.on;
    const op: NonNullable<Deployment['operator']> = { injectGo: injectScalar, on };
    const names = findAnnotation(w.podAnnotations.entries, GO_CONTAINER_NAMES) ?? findAnnotation(w.podAnnotations.entries, CONTAINER_NAMES);
    if (names) op.containerNames = names.value;
    if (injectScalar.unknown) op.instrumentationIssue = 'unknown-value';
    else {
      // A kustomize variant resolves among its own build's Instrumentations first (they carry its namespace).
      const own = w.instrumentations && w.instrumentations.length > 0 ? resolveInstrumentation(injectScalar.value, namespace, w.instrumentations, w.file) : undefined;
      // A name the build's namePrefix / nameSuffix took away: not found, whatever else the repository holds under it.
      const renamed = own && !('found' in own) ? renamedInstrumentation(injectScalar.value, namespace, w.instrumentations!, w.file) : undefined;
      const inst = own && 'found' in own ? own : renamed ? { issue: 'renamed' } : resolveInstrumentation(injectScalar.value, namespace, input.instrumentations, w.file);
      if ('found' in inst) op.instrumentation = inst.found;
      else op.instrumentationIssue = inst.issue;
      if (renamed) op.renamed = renamed;
    }
    deployment.operator = op;

    // The instrumented container: the first one the names annotation lists (the Operator's default
    // --enable-multi-instrumentation takes the first; a name it cannot find falls back to the first container),
    // else the first container. It names the spans; the agent itself looks at every process of the pod's PID
    // namespace, which the Operator shares (agent-facts §1, §5): the target may name a program of any container, the
    // instrumented one first (a mismatch is reported against it).
    let targetApps: AppContainer[] = [];
    const listed = names && !names.value.unknown ? names.value.value.split(',').map((s) => s.trim()).filter(Boolean) : [];
    const named = listed.length > 0 ? apps.filter((a) => a.name === listed[0]) : [];
    if (named.length > 0) targetApps = named;
    else if (!(names && (names.value.unknown || w.pod.containers.some((c) => c.name?.unknown))) && w.pod.containers[0]) {
      const first = byContainer.get(w.pod.containers[0]);
      if (first) targetApps = [first];
    }
    if (targetApps.length > 0) targetApps = [...targetApps, ...apps.filter((a) => !targetApps.includes(a))];
    // The target annotation is read from the pod only (a workload-level one is never seen).
    const ann = findAnnotation(w.podAnnotations.entries, TARGET_ANNOTATION);
    const pushTarget = (source: TargetSource, value: Scalar, key: string, evidence: Evidence[]) => {
      const t: TargetSetting = { source, value, match: 'exact', key, valueEvidence: evidence, apps: targetApps };
      if (!value.unknown) t.resolved = value.value;
      else if (input.helm) fromHelmValues(t, input.helm, w.file);
      if (targetApps.length === 0) t.noAppReason = names ? 'the container-names annotation does not name a container of this pod' : 'the pod has no application container';
      deployment.targets.push(t);
    };
    if (ann) pushTarget('annotation', ann.value, TARGET_ANNOTATION, [...(ann.value.via?.evidence ?? [])]);
    else if (op.instrumentation) {
      const i = op.instrumentation;
      // The Operator takes the variable from spec.go.env when it is named there at all (valueFrom included), else
      // from spec.env.
      const goEnv = i.goEnv.find((e) => e.name.value === GO_TARGET_ENV);
      const env = i.env.find((e) => e.name.value === GO_TARGET_ENV);
      const used = goEnv ? { e: goEnv, src: 'instrumentation-go-env' as const } : env ? { e: env, src: 'instrumentation-env' as const } : undefined;
      if (used?.e.value) {
        const name = w.name?.value ?? w.kind;
        pushTarget(used.src, used.e.value, GO_TARGET_ENV, [{ range: injectScalar.range, message: `${w.kind} ${name} uses this Instrumentation` }]);
      }
    }
  }
  // `${var}` is no Kubernetes syntax: a tool substitutes it before the manifest is applied (Flux's postBuild
  // substitution, envsubst in a pipeline). What the agent gets is not known from the file, and a fix would delete the
  // variable.
  for (const t of deployment.targets) {
    if (t.resolved === undefined || !substitutedLater(t.resolved)) continue;
    t.valueEvidence = [...t.valueEvidence, { range: t.value.range, message: `${t.key} is "${t.resolved}": a tool substitutes \${...} before the manifest is applied (Flux postBuild, envsubst)` }];
    delete t.resolved;
  }
  return deployment;
}

/** `${name}` (with or without a default) in a value: a substitution made before the manifest reaches Kubernetes. */
function substitutedLater(value: string): boolean {
  const open = value.indexOf('${');
  return open >= 0 && value.indexOf('}', open + 2) > open + 2;
}

function findAnnotation(entries: { key: Scalar; value: Scalar }[], key: string): { entry: { key: Scalar; value: Scalar }; value: Scalar } | undefined {
  const entry = entries.find((e) => e.key.value === key);
  return entry ? { entry, value: entry.value } : undefined;
}

function namespaceInject(ns: NamespaceObject | undefined): { value: Scalar } | undefined {
  const a = ns ? findAnnotation(ns.annotations.entries, INJECT_GO) : undefined;
  return a ? { value: a.value } : undefined;
}

/** `inject-go` turns injection off: empty or "false" (any case), as the Operator compares. */
export function injectOff(value: string): boolean {
  return value === '' || value.toLowerCase() === 'false';
}

/**
 * The `inject-go` value the Operator's webhook acts on (annotationValue in internal/instrumentation/annotation.go):
 * the pod's unless it is empty; a pod value "true" yields to the Namespace's unless that is "false". An annotation
 * on the workload's own metadata is never seen: it is only taken (as `on: 'workload'`) when neither the pod nor the
 * Namespace sets one, so rules can report it.
 */
export function effectiveInjectGo(w: Workload, ns: { value: Scalar } | undefined): { value: Scalar; on: 'pod' | 'workload' | 'namespace' } | undefined {
  const pod = findAnnotation(w.podAnnotations.entries, INJECT_GO);
  const nsv = ns && ns.value.value !== '' ? ns.value : undefined;
  if (pod && pod.value.value !== '') {
    if (nsv && pod.value.value.toLowerCase() === 'true' && nsv.value.toLowerCase() !== 'false') return { value: nsv, on: 'namespace' };
    return { value: pod.value, on: 'pod' };
  }
  if (nsv) return { value: nsv, on: 'namespace' };
  const own = w.podAnnotations !== w.annotations ? findAnnotation(w.annotations.entries, INJECT_GO) : undefined;
  return own ? { value: own.value, on: 'workload' } : undefined;
}

/** Resolves an `inject-go` value to an Instrumentation of the repository, as the Operator's webhook does. */
export function resolveInstrumentation(
  value: string,
  namespace: string | undefined,
  all: Instrumentation[],
  from: string,
  /** The name a value is matched against (a kustomize-renamed one's old name, say). */
  nameOf: (i: Instrumentation) => string | undefined = (i) => i.name?.value,
): { found: Instrumentation } | { issue: 'none-in-repo' | 'not-found' | 'ambiguous' | 'outside-repo' } {
  if (all.length === 0) return { issue: 'none-in-repo' };
  // A namespace a template writes (`{{ .Release.Namespace }}`) may be any.
  const inNs = (i: Instrumentation, ns: string | undefined) => ns === undefined || i.namespace?.value === undefined || i.namespace.unknown === true || i.namespace.value === ns;
  if (value.toLowerCase() === 'true') {
    // The Operator takes the single Instrumentation of the pod's namespace. A repository may hold one per
    // environment (overlays): the one nearest to the workload stands for its namespace.
    const candidates = all.filter((i) => inNs(i, namespace));
    if (candidates.length === 0) return { issue: 'not-found' };
    const near = nearest(candidates, (i) => i.file, from);
    return near ? { found: near } : { issue: 'ambiguous' };
  }
  let ns = namespace;
  let name = value;
  const slash = value.indexOf('/');
  if (slash >= 0) {
    ns = value.slice(0, slash);
    name = value.slice(slash + 1);
  }
  const named = all.filter((i) => nameOf(i) === name && inNs(i, ns));
  if (named.length === 0) return { issue: 'not-found' };
  return { found: nearest(named, (i) => i.file, from) ?? named[0]! };
}

/**
 * The Instrumentation a kustomize build renamed (namePrefix / nameSuffix) that an inject-go value names by its old
 * name; undefined when none is, or when the build may rewrite the annotation too.
 */
function renamedInstrumentation(value: string, namespace: string | undefined, own: Instrumentation[], from: string): Instrumentation | undefined {
  if (value.toLowerCase() === 'true') return undefined;
  const renamed = own.filter((i) => i.renamedFrom && !i.renamedFrom.uncertain);
  const r = renamed.length > 0 ? resolveInstrumentation(value, namespace, renamed, from, (i) => i.renamedFrom!.name.value) : undefined;
  return r && 'found' in r ? r.found : undefined;
}

/** A config file's exe_path as an agent reads it: its `${VAR}` references replaced with the agent's environment. */
function configValue(raw: Scalar, kind: AgentKind, env: AgentEnvLookup): { value: Scalar; resolved?: string; evidence: Evidence[] } {
  const x = raw.unknown ? undefined : raw.value.includes('$') ? expandConfigVars(raw.value, kind, env) : { value: raw.value, evidence: [] };
  if (!x || !('value' in x)) return { value: raw, evidence: [] };
  // Made from the environment: a fix would have to edit the variable, not this text.
  if (x.value !== raw.value) return { value: { ...raw, via: { evidence: x.evidence, edit: 'none' } }, resolved: x.value, evidence: x.evidence };
  return { value: raw, resolved: x.value, evidence: [] };
}

/**
 * The exe_path globs of the discovery.instrument items of an OBI / Beyla agent's config file, each with the agent's
 * environment replacing its `${VAR}` references (the file may be shared: the same item can have a different value in
 * each container that reads it). Also records, on the agent's config file, its exe_path-only exclusions read alike.
 */
function configItemTargets(agent: AgentContainer, env: AgentEnvLookup, apps: AppContainer[], noAppReason: string | undefined): TargetSetting[] {
  const cfg = agent.configFile;
  if (!cfg?.config || (agent.kind !== 'obi' && agent.kind !== 'beyla') || beylaBeforeGlobs(agent)) return [];
  const kind = agent.kind;
  const out: TargetSetting[] = [];
  cfg.config.instrument.forEach((item, i) => {
    if (!item.exePath) return;
    const v = configValue(item.exePath, kind, env);
    const t: TargetSetting = {
      source: kind,
      value: v.value,
      match: 'glob',
      key: `discovery.instrument[${i}].exe_path`,
      valueEvidence: [...cfg.evidence, ...v.evidence],
      apps,
      agent,
      configItem: true,
    };
    if (v.resolved !== undefined) t.resolved = v.resolved;
    if (apps.length === 0 && noAppReason) t.noAppReason = noAppReason;
    out.push(t);
  });
  cfg.exclusions = cfg.config.exclusions.flatMap((item, index) => {
    if (!item.exePath || item.otherAttributes) return [];
    const v = configValue(item.exePath, kind, env);
    return [{ index, value: v.value, ...(v.resolved !== undefined ? { resolved: v.resolved } : {}), evidence: v.evidence }];
  });
  return out;
}

// ---------------------------------------------------------------- Compose

/** A compose target: its value is interpolated already (compose-interpolate.ts), final unless unknown. */
function composeTarget(t: TargetSetting): TargetSetting {
  t.valueEvidence = t.value.via?.evidence ?? [];
  if (!t.value.unknown) t.resolved = t.value.value;
  return t;
}

export function composeDeployment(cf: ComposeFile, input: LinkInput): Deployment {
  const ctx = resolveCtx(input.files);
  const agents: AgentContainer[] = [];
  const apps: AppContainer[] = [];
  type Rec = { service: ComposeService; link?: ImageLink; unlinkedReason?: string; undecided?: ImageUnlinked; agent?: AgentOrigin };
  const info = new Map<ComposeService, Rec>();

  const recs: Rec[] = cf.services.map((s) => {
    const rec: Rec = { service: s };
    const own = input.composeLinks.get(`${cf.file}\0${s.name.value}`);
    if (own) rec.link = own;
    else if (s.image && !s.image.unknown) {
      if (!baseImageFacts(s.image.value).agent) {
        const l = input.linker.link(s.image.value, s.image.range, true);
        if ('reason' in l) {
          rec.unlinkedReason = l.reason;
          if (l.candidates) rec.undecided = l;
        } else rec.link = l;
      }
    } else rec.unlinkedReason = composeNoLink(s);
    return rec;
  });
  for (const rec of recs) {
    const s = rec.service;
    const byImage = agentFromImage(s.image?.value, rec.link?.model);
    const entryItems = s.entrypoint?.items ?? [];
    const cmdItems = s.command?.items ?? [];
    const envNames = new Set(s.environment.map((e) => e.name.value));
    if (byImage) rec.agent = byImage;
    else {
      const byCommand = commandAgent(entryItems.length ? entryItems : cmdItems);
      if (byCommand) rec.agent = byCommand;
    }
    if (!rec.agent) {
      const byEnv = agentFromEnv((n) => envNames.has(n));
      if (byEnv) rec.agent = byEnv;
    }
    info.set(s, rec);
  }
  if (![...info.values()].some((r) => r.agent) && cf.services.length > 1) {
    for (const s of cf.services) {
      const r = info.get(s)!;
      const buildsGo = r.link?.model && imageHasGoBinary(r.link.model);
      if (s.environment.some((e) => e.name.value === GO_TARGET_ENV) && !buildsGo) r.agent = { kind: 'go-auto', by: `it sets ${GO_TARGET_ENV}` };
    }
  }

  const byService = new Map<ComposeService, AppContainer>();
  for (const s of cf.services) {
    const r = info.get(s)!;
    const name = s.name.value;
    const range = s.image?.range ?? s.name.range;
    if (r.agent) {
      const a: AgentContainer = { kind: r.agent.kind, platform: 'compose', name, service: s, recognisedBy: r.agent.by, range };
      fromOrigin(a, r.agent);
      const cfg = input.configFiles ? composeAgentConfig(a.kind, s, cf, input.configFiles) : undefined;
      if (cfg) a.configFile = cfg;
      agents.push(a);
      // The agent copied into the application image: the service is also the app.
      if (!(r.link?.model && imageHasGoBinary(r.link.model, AGENT_BINARY))) continue;
    }
    const env = new Map<string, string>();
    for (const e of s.environment) if (e.value && !e.value.unknown) env.set(e.name.value, e.value.value);
    const override: ProcessOverride = { platform: 'compose', env };
    const split = (x: NonNullable<ComposeService['entrypoint']>): ArgItem[] =>
      x.string ? splitCommandString(x.string, input.files) : toArgs(x.items, env, false);
    if (s.entrypoint) override.entrypoint = { items: split(s.entrypoint), range: s.entrypoint.keyRange ?? s.entrypoint.range, label: `entrypoint: of service "${name}"` };
    if (s.command) override.cmd = { items: split(s.command), range: s.command.keyRange ?? s.command.range, label: `command: of service "${name}"` };
    const agreed = !r.link && r.undecided && s.image ? agreedProcess(s.image.value, r.undecided, override, range, ctx) : undefined;
    const process = agreed?.process ?? resolveProcess(r.link?.model, override, range, ctx);
    if (!r.link && !agreed && process.status === 'resolved' && !process.goRun && !s.entrypoint) {
      process.status = 'unknown';
      process.reason = r.unlinkedReason ?? 'the image is not linked to a Dockerfile of the repository';
    }
    linkFailed(process, r.link);
    const app: AppContainer = { platform: 'compose', name, service: s, process, range };
    if (s.image) app.image = s.image;
    if (s.image && !s.image.unknown) app.imageRef = s.image.value;
    const link = r.link ?? agreed?.link;
    if (link) app.link = link;
    else if (r.unlinkedReason) app.unlinkedReason = r.unlinkedReason;
    apps.push(app);
    byService.set(s, app);
  }

  const deployment: Deployment = { kind: 'compose', compose: cf, apps, agents, targets: [] };
  const owners = new Map(cf.services.map((x) => [x, pidOwner(cf.services, x)]));
  for (const a of agents) {
    const s = a.service!;
    let targetApps: AppContainer[] = apps;
    let noAppReason: string | undefined;
    const pid = s.pid?.value;
    const self = byService.get(s);
    const owner = owners.get(s);
    const joined = pid ? [] : apps.filter((x) => x.service !== s && owners.get(x.service!) === s);
    if (owner && owner !== 'host' && (pid || joined.length > 0)) {
      // The applications in the agent's PID namespace: the one it joined and those that joined it or that one.
      // The agent's own service is among them only when it runs in its own namespace (the agent in the app's image).
      targetApps = apps.filter((x) => owners.get(x.service!) === owner && (x.service !== s || !pid));
      if (joined.length > 0) a.joinedBy = joined;
      if (targetApps.length === 0) noAppReason = `pid: "${pid}" names no application service of ${cf.file}`;
    } else if (self && !pid) {
      // The agent and the application in one container: it sees that container's processes only.
      targetApps = [self];
    } else if (pid?.startsWith('service:')) {
      const other = cf.services.find((x) => x.name.value === pid.slice('service:'.length));
      const app = other ? byService.get(other) : undefined;
      targetApps = app ? [app] : [];
      if (!app) noAppReason = `pid: "${pid}" names no application service of ${cf.file}`;
    } else if (pid === 'host' && apps.length === 0) {
      noAppReason = 'with pid: host the target may be any process on the host';
    }
    if (targetApps.length === 0 && !noAppReason) noAppReason = `${cf.file} defines no application service`;
    for (const [key, source, match] of beylaBeforeGlobs(a) ? [] : targetKeys(a.kind, (n) => s.environment.some((x) => x.name.value === n))) {
      const e = s.environment.find((x) => x.name.value === key);
      if (!e?.value) continue;
      const t = composeTarget({ source, value: e.value, match, key, valueEvidence: [], agent: a, apps: targetApps });
      if (noAppReason) t.noAppReason = noAppReason;
      deployment.targets.push(t);
    }
    deployment.targets.push(...configItemTargets(a, composeEnvLookup(s), targetApps, noAppReason));
    if (self && !s.environment.some((x) => x.name.value === GO_TARGET_ENV)) {
      const t = imageEnvTarget(a, self, self.link?.model);
      if (t) deployment.targets.push(t);
    }
    if (a.kind === 'go-auto') {
      const items = [...(s.entrypoint?.items ?? []), ...(s.command?.items ?? [])];
      const flag = goFlagValue(items, 'target-exe');
      if (flag) {
        const t = composeTarget({ source: 'flag', value: flag, match: 'exact', key: '-target-exe', valueEvidence: [], agent: a, apps: targetApps });
        if (noAppReason) t.noAppReason = noAppReason;
        deployment.targets.push(t);
      }
    }
  }
  // The target variable on an application service: the agent never reads it.
  for (const s of cf.services) {
    if (info.get(s)?.agent || agents.length === 0) continue;
    const e = s.environment.find((x) => x.name.value === GO_TARGET_ENV);
    if (!e?.value) continue;
    const t = composeTarget({ source: 'app-env', value: e.value, match: 'exact', key: GO_TARGET_ENV, valueEvidence: [], apps: [], noAppReason: `it is set on service "${s.name.value}", not on the agent service` });
    deployment.targets.push(t);
  }
  return deployment;
}

/**
 * The process of an application container whose image is one of a few builds (ImageUnlinked.candidates), when each
 * of them, with the container's command, starts one executable (the same path, the same other spelling on a merged
 * /usr not known, the same background programs): the first's, with a link that names them all. The binary's Go facts
 * (Go version, stripping, PIE ...) are kept only when every build's binary has the same ones (each is then checked:
 * `otherBinaries`); otherwise the binary is not known, and no binary rule reads it. Undefined when they disagree or
 * one is not known: the image stays not linked.
 */
function agreedProcess(ref: string, undecided: ImageUnlinked, override: ProcessOverride, range: Range, ctx: ResolveContext): { process: ResolvedProcess; link: ImageLink } | undefined {
  const candidates = undecided.candidates;
  if (!candidates || candidates.links.length < 2) return undefined;
  const runs: ResolvedProcess[] = [];
  for (const l of candidates.links) {
    if (!l.model) return undefined;
    const r = resolveProcess(l.model, override, range, ctx);
    if (r.status !== 'resolved' || r.exe === undefined || r.goRun) return undefined;
    runs.push(r);
  }
  const first = runs[0]!;
  const same = (r: ResolvedProcess) => JSON.stringify([r.exe, r.usrMergeAlias?.path ?? '', (r.siblings ?? []).map((x) => x.exe).sort()]);
  if (runs.some((r) => same(r) !== same(first))) return undefined;
  const process: ResolvedProcess = { ...first };
  const facts = runs.map((r) => goFacts(r.binary));
  if (facts.some((f) => f !== facts[0])) delete process.binary;
  else if (facts[0] !== undefined) process.otherBinaries = runs.slice(1).map((r) => r.binary!);
  // A start that fails with some of the builds only is not said.
  const fails = (r: ResolvedProcess) => (r.startFails ? `${r.startFails.cause}\0${r.startFails.range.file}\0${r.startFails.range.start}` : '');
  if (runs.some((r) => fails(r) !== fails(first))) delete process.startFails;
  const how = `${candidates.how}; ${runs.length === 2 ? 'both' : `all ${runs.length}`} start ${first.exe}`;
  const link: ImageLink = {
    image: ref,
    spec: candidates.links[0]!.spec,
    how,
    evidence: { range: candidates.links[0]!.evidence.range, message: `${ref} is ${how} (${undecided.reason})` },
    candidates: candidates.links,
  };
  return { process, link };
}

/** The facts of a Go binary the binary rules read, as one string; undefined for a file that is no Go binary we know. */
function goFacts(file: FsEntry | undefined): string | undefined {
  const go = file?.type === 'file' ? file.go : undefined;
  if (!go) return undefined;
  return JSON.stringify([go.stripped, go.noDwarf, go.pie, go.upx, go.goVersion, go.goToolchain?.value, go.goMod?.go?.value, go.goMod?.toolchain?.value, go.goVendor?.name, go.goExperiment?.value]);
}

/** A link whose Dockerfile could not be evaluated (not in the repository, broken): that is why the process is unknown. */
function linkFailed(process: ResolvedProcess, link: ImageLink | undefined): void {
  // An exception while evaluating (`could not evaluate …`) is the safety net's: its reason stays the general one.
  if (!link || link.model || link.error === undefined || link.error.startsWith('could not evaluate') || process.status !== 'unknown') return;
  process.reason = `the image is ${link.how}, but ${link.error}`;
}

/** Why a compose service without an image name has no link: which of its build's parts is not read. */
function composeNoLink(s: ComposeService): string {
  const b = s.build;
  if (!b) return 'the service has neither build nor image';
  if (b.context.unknown) return `its build context ("${b.context.value}") is not known statically`;
  if (isRemoteContext(b.context.value)) return `its build context is a Git or HTTP URL (${b.context.value}), which the linter does not read`;
  if (b.dockerfileInline && !b.dockerfile) return 'its build uses dockerfile_inline, which is not read';
  return 'its build could not be read';
}
