// `--print-targets`: for every application container in the linted files, the executable the kernel will report
// (`/proc/<pid>/exe`, the value OTEL_GO_AUTO_TARGET_EXE must equal) and how the linter worked it out, with the target
// settings that name it. Not findings: what a user asks before adding the agent, or when a finding surprises them.
// A pure function of the model, like a rule.

import type { EbpfConfig } from '../model/ebpf.ts';
import { globPatternMatches } from '../link/ebpf-glob.ts';
import { mayHoldGoBinary } from '../link/images.ts';
import { targetLabel } from '../link/target-check.ts';
import type { AppContainer, Deployment, ProjectModel, TargetSetting } from '../model/project.ts';
import type { Evidence, Range } from '../model/source.ts';

/**
 * Why a container is in the report, or (the last two) why it is left out unless all are asked for:
 * - `targeted`: a target setting names it;
 * - `go`: its image builds a Go binary, or it runs `go run` or a live reloader;
 * - `built-here`: its image is built in the repository and the executable it starts is known (a binary built outside
 *   the Dockerfile and copied in may be a Go program);
 * - `not-built-here`: its image is not linked to a Dockerfile of the repository (redis, a vendor's image, or a link
 *   the config file would have to make);
 * - `not-go`: its image is built here, builds no Go binary, and what it starts could not be worked out (a `python`,
 *   `java` or `node` program).
 */
export type TargetRelevance = 'targeted' | 'go' | 'built-here' | 'not-built-here' | 'not-go';

/** Relevances `--print-targets` shows without `--all`. */
export function isGoCandidate(r: TargetRelevance): boolean {
  return r === 'targeted' || r === 'go' || r === 'built-here';
}

export interface TargetReportEntry {
  /** The container (its image value, else the container), or the compose service's name. */
  range: Range;
  platform: 'k8s' | 'compose';
  /** `Deployment "checkout"`, `compose service "api"`. */
  owner: string;
  container: string;
  image?: string;
  /** How the image was linked to the Dockerfile its process comes from. */
  link?: { dockerfile: string; how: string; guess: boolean; evidence: Evidence };
  /** Why the image was not linked to a Dockerfile, when it was not. */
  unlinkedReason?: string;
  relevance: TargetRelevance;
  /** `resolved`: `exe` is known; `go-run`: started by `go run` or a reloader (no stable executable); `unknown`: see `reason`. */
  status: 'resolved' | 'go-run' | 'unknown';
  exe?: string;
  /** The path the image starts it by, when it differs from `exe` (a symbolic link, /bin on merged /usr). */
  invokedAs?: string;
  reason?: string;
  goRun?: { tool: string; evidence: Evidence };
  /** The processes it starts through (an init, a shell, an entrypoint script), outermost first. */
  wrappers: { name: string; path: string; exe?: string; kind: string; evidence: Evidence }[];
  /** The steps that prove the executable, in execution order. */
  steps: Evidence[];
  /** The target settings that must name this container's process. */
  targets: {
    label: string;
    /** As written. */
    value: string;
    /** After `$(VAR)`, ConfigMap and Helm values resolution; undefined when not known statically. */
    resolved?: string;
    match: 'exact' | 'glob';
    range: Range;
    /** Whether it names `exe` (exactly, or as a glob); undefined when either side is not known. */
    matches?: boolean;
    /**
     * An item of an OBI / Beyla config file that selects by something other than the executable (ports, Kubernetes
     * metadata): what it selects by, not checked (`value` is empty).
     */
    selectsBy?: string;
  }[];
}

function owner(d: Deployment, app: AppContainer): string {
  if (app.platform === 'compose') return `compose service "${app.name}"`;
  const w = app.workload ?? d.workload;
  if (!w) return 'pod';
  if (!w.name) return w.kind;
  return w.name.unknown ? `${w.kind} (its name is a template expression)` : `${w.kind} "${w.name.value}"`;
}

/** The relevance of a container before its target settings are known (`targeted` is set once they are). */
function relevanceOf(app: AppContainer, status: TargetReportEntry['status']): TargetRelevance {
  if (status === 'go-run' || (app.link?.model && mayHoldGoBinary(app.link.model))) return 'go';
  // An image that is one of several builds, each starting the executable.
  if (app.link?.candidates?.some((c) => c.model && mayHoldGoBinary(c.model))) return 'go';
  if (!app.link) return 'not-built-here';
  return status === 'resolved' ? 'built-here' : 'not-go';
}

function matches(t: TargetSetting, exe: string | undefined): boolean | undefined {
  if (t.resolved === undefined || exe === undefined) return undefined;
  return t.match === 'exact' ? t.resolved === exe : globPatternMatches(t.resolved, exe);
}

/**
 * One entry per application container whose manifest or compose file, or whose image's Dockerfile, is linted
 * (`isRequested`), in file order.
 */
export function targetReport(model: ProjectModel, isRequested: (path: string) => boolean): TargetReportEntry[] {
  const out: TargetReportEntry[] = [];
  const seen = new Map<string, TargetReportEntry>();
  // A target may name the apps of other deployments (an OBI or Beyla DaemonSet selects processes of every pod).
  const targetsOf = new Map<AppContainer, TargetSetting[]>();
  /** Glob targets of agents that watch a whole node (no apps of their own): shown where they select the app. */
  const hostWide: TargetSetting[] = [];
  for (const d of model.deployments) {
    for (const t of d.targets) {
      if (t.apps.length === 0 && t.match === 'glob' && t.source !== 'app-env') hostWide.push(t);
      for (const app of t.apps) {
        const list = targetsOf.get(app);
        if (list) list.push(t);
        else targetsOf.set(app, [t]);
      }
    }
  }
  for (const d of model.deployments) {
    for (const app of d.apps) {
      // A compose service is shown at its name: its image value may come from an interpolated `.env` file.
      const range = app.platform === 'compose' && app.service ? app.service.name.range : app.range;
      // A kustomize variant is listed for the kustomizations that build it (`--print-targets config/otel`), and for the
      // files its target comes from (a patch setting OTEL_GO_AUTO_TARGET_EXE).
      const listed =
        isRequested(range.file) ||
        isRequested(app.range.file) ||
        (app.link && isRequested(app.link.spec.dockerfile)) ||
        app.link?.candidates?.some((c) => isRequested(c.spec.dockerfile)) ||
        d.workload?.builtBy?.some(isRequested) ||
        targetsOf.get(app)?.some((t) => isRequested(t.value.range.file));
      if (!listed) continue;
      const p = app.process;
      const status: TargetReportEntry['status'] = p.goRun ? 'go-run' : p.status === 'resolved' && p.exe !== undefined ? 'resolved' : 'unknown';
      const e: TargetReportEntry = {
        range,
        platform: app.platform,
        owner: owner(d, app),
        container: app.name,
        relevance: relevanceOf(app, status),
        status,
        wrappers: p.wrappers.map((w) => ({ name: w.name, path: w.path, ...(w.exe !== undefined ? { exe: w.exe } : {}), kind: w.kind, evidence: w.evidence })),
        steps: p.steps,
        targets: [],
      };
      if (app.image && !app.image.unknown) e.image = app.image.value;
      if (app.link) e.link = { dockerfile: app.link.spec.dockerfile, how: app.link.how, guess: app.link.guess !== undefined, evidence: app.link.evidence };
      else if (app.unlinkedReason) e.unlinkedReason = app.unlinkedReason;
      if (e.status === 'resolved') e.exe = p.exe!;
      if (p.invokedAs !== undefined && e.status === 'resolved') e.invokedAs = p.invokedAs;
      if (p.goRun) e.goRun = p.goRun;
      if (e.status === 'unknown') e.reason = p.reason ?? 'the executable could not be worked out';
      const configs = new Set<EbpfConfig>();
      for (const t of [...(targetsOf.get(app) ?? []), ...hostWide.filter((h) => matches(h, e.exe) === true)]) {
        const m = matches(t, e.exe);
        if (t.configItem && t.agent?.configFile?.config) configs.add(t.agent.configFile.config);
        e.targets.push({
          label: targetLabel(t),
          value: t.value.value,
          ...(t.resolved !== undefined ? { resolved: t.resolved } : {}),
          match: t.match,
          range: t.value.range,
          ...(m !== undefined ? { matches: m } : {}),
        });
      }
      // The items of those config files that select by ports or Kubernetes metadata only: they may select this
      // process too (osmc-workshop's `open_ports: 8080` beside an exe_path item that does not match).
      for (const c of configs) {
        c.instrument.forEach((item, i) => {
          if (item.exePath) return;
          e.targets.push({ label: `discovery.instrument[${i}]`, value: '', match: 'glob', range: item.range, selectsBy: 'ports or Kubernetes metadata' });
        });
      }
      // A kustomize base and the overlays that build it are one container in one file: reported once, with the
      // target settings of all of them.
      const key = `${e.range.file}\0${e.range.start}\0${e.owner}\0${e.status}\0${e.exe ?? ''}`;
      const first = seen.get(key);
      if (first) {
        for (const t of e.targets) {
          if (!first.targets.some((x) => x.range.file === t.range.file && x.range.start === t.range.start && x.resolved === t.resolved)) first.targets.push(t);
        }
        continue;
      }
      seen.set(key, e);
      out.push(e);
    }
  }
  // A pulled image beside the containers a target can be checked against (a compose agent with `pid: host` sees every
  // service; a pod's redis beside its app) is counted, not listed: it would only say "not checked".
  const targetKey = (t: { range: Range }) => `${t.range.file}\0${t.range.start}`;
  const checkable = new Set<string>();
  for (const e of out) if (e.relevance !== 'not-built-here') for (const t of e.targets) checkable.add(targetKey(t));
  for (const e of out) {
    if (e.targets.length === 0) continue;
    if (e.relevance === 'not-built-here' && e.targets.every((t) => checkable.has(targetKey(t)))) continue;
    e.relevance = 'targeted';
  }
  return out.sort((a, b) => (a.range.file < b.range.file ? -1 : a.range.file > b.range.file ? 1 : a.range.start - b.range.start));
}
