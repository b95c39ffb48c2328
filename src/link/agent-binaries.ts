// The Go binaries the Go agent must read, each with the agent that reads it: the executable of every application
// container a Go agent target names (a sidecar's OTEL_GO_AUTO_TARGET_EXE or -target-exe, the Operator's annotation or
// Instrumentation env), when the image builds it in the repository and so its GoBuildInfo is known.

import type { FsEntry, GoBuildInfo } from '../model/image.ts';
import type { AppContainer, ProjectModel } from '../model/project.ts';
import type { Evidence, Range } from '../model/source.ts';
import type { Instrumentation, Scalar } from '../model/workload.ts';
import { baseImageFacts } from '../infer/base-images.ts';
import { appLabel } from './target-check.ts';
import { formatAgentVersion, parseAgentVersion, type GoVersion } from './go-versions.ts';

export interface AgentOfBinary {
  /** `agent container "otel-go-agent" (otel/autoinstrumentation-go:v0.24.0, deploy.yaml:21)`. */
  label: string;
  version?: GoVersion;
  /** Where the agent's image (and so its version) is written. */
  evidence: Evidence;
  /** Built in the repository: its release (or fork) is not known (AgentContainer.builtFromSource). */
  builtFromSource?: true;
}

export interface InstrumentedBinary {
  app: AppContainer;
  file: Extract<FsEntry, { type: 'file' }>;
  go: GoBuildInfo;
  agent: AgentOfBinary;
}

function at(r: Range): string {
  return `${r.file}:${r.line}`;
}

/** The agent named by its image; `tag` overrides the image's own tag (an image built FROM the agent image). */
function imageAgent(label: string, image: Scalar | undefined, fallback: Evidence, tag?: string): AgentOfBinary {
  if (!image || image.unknown) {
    const a: AgentOfBinary = { label: `${label} (${at(fallback.range)})`, evidence: fallback };
    const v = parseAgentVersion(tag);
    if (v) a.version = v;
    return a;
  }
  const version = parseAgentVersion(tag ?? baseImageFacts(image.value).tag);
  const a: AgentOfBinary = {
    label: `${label} (${image.value}, ${at(image.range)})`,
    evidence: { range: image.range, message: `the agent image ${image.value}${version ? `: agent ${formatAgentVersion(version)}` : ''}` },
  };
  if (version) a.version = version;
  return a;
}

function operatorAgent(inst: Instrumentation): AgentOfBinary {
  const name = inst.name?.value ?? '';
  return imageAgent(`the Go agent the Operator injects from Instrumentation ${name}`.trim(), inst.goImage, {
    range: inst.kindRange,
    message: `Instrumentation ${name} has no spec.go.image: the Operator's default agent image, version unknown`,
  });
}

const binariesCache = new WeakMap<ProjectModel, InstrumentedBinary[]>();

/** Every (binary, agent) pair, once each (computed once per model: five rules read it). */
export function instrumentedBinaries(model: ProjectModel): InstrumentedBinary[] {
  const cached = binariesCache.get(model);
  if (cached) return cached;
  const out: InstrumentedBinary[] = [];
  const seen = new Set<string>();
  for (const d of model.deployments) {
    for (const t of d.targets) {
      if (t.match !== 'exact' || t.source === 'app-env') continue;
      let agent: AgentOfBinary | undefined;
      if (t.agent) {
        if (t.agent.kind !== 'go-auto') continue;
        const image = t.agent.container?.image ?? t.agent.service?.image;
        const label = `${t.agent.platform === 'k8s' ? 'agent container' : 'agent service'} "${t.agent.name}"`;
        // The version is the agent image's tag (AgentContainer.version), also for an image built FROM it.
        agent = imageAgent(label, image, { range: t.agent.range, message: `${label}: ${t.agent.recognisedBy}` }, t.agent.version ?? '');
        if (t.agent.builtFromSource) agent.builtFromSource = true;
      } else if (d.operator?.instrumentation) {
        agent = operatorAgent(d.operator.instrumentation);
      }
      if (!agent) continue;
      // The agent attaches to the process whose executable is its target: when some of the target's possible apps
      // (every service of a `pid: host` project) run exactly that, only they are instrumented. When none does, the
      // target is wrong (target-exe-mismatch), and the build of each app is what a corrected target would meet.
      const exact = t.resolved !== undefined ? t.apps.filter((a) => a.process.status === 'resolved' && a.process.exe === t.resolved) : [];
      for (const app of exact.length > 0 ? exact : t.apps) {
        // An image that is one of several builds: the binary of each (their Go facts agree).
        for (const file of [app.process.binary, ...(app.process.otherBinaries ?? [])]) {
          if (!file || file.type !== 'file' || !file.go || app.process.goRun) continue;
          const r = file.go.evidence.range;
          const key = `${r.file}:${r.start}:${file.path}|${agent.evidence.range.file}:${agent.evidence.range.start}`;
          if (seen.has(key)) continue;
          seen.add(key);
          out.push({ app, file, go: file.go, agent });
        }
      }
    }
  }
  binariesCache.set(model, out);
  return out;
}

/** How a binary is stripped, and how to keep its symbol table, for messages. */
export function stripText(go: GoBuildInfo): { how: string; fix: string } {
  return go.strip ?? { how: '-ldflags -s or strip', fix: 'drop -s from -ldflags and any strip' };
}

/** Where a binary's stripping is written: the stripped-binary rules report there. */
export function stripRange(go: GoBuildInfo): Range {
  return go.strip?.at ?? go.evidence.range;
}

/** `/app/server (container "app")` */
export function binaryLabel(b: InstrumentedBinary): string {
  return `${b.file.path} (${appLabel(b.app)})`;
}

/** The build line, the steps that brought the binary into the image, and the agent's image, for `related`. */
export function binaryRelated(b: InstrumentedBinary, extra: Evidence[] = []): Evidence[] {
  const out: Evidence[] = [];
  const push = (e: Evidence): void => {
    if (!out.some((x) => x.range.file === e.range.file && x.range.start === e.range.start && x.message === e.message)) out.push(e);
  };
  for (const e of extra) push(e);
  for (const e of b.file.origin) push(e);
  push(b.agent.evidence);
  return out;
}
