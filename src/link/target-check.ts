// Compares one target setting with the processes of the application containers it must name, and says which of
// the mutually exclusive outcomes applies. The target rules each report one outcome, so one wrong value gets one
// finding, from the rule that explains its cause best.

import { posix } from 'node:path';
import type { AppContainer, ProjectModel, ResolvedProcess, TargetSetting } from '../model/project.ts';
import type { Evidence, Range } from '../model/source.ts';
import { INIT_WRAPPERS, SETUID_WRAPPERS, SHELLS, SUPERVISORD, SUPERVISORS } from '../infer/process.ts';

export type TargetOutcome =
  | { kind: 'match'; app: AppContainer }
  | { kind: 'go-source' }
  | { kind: 'go-run'; app: AppContainer; goRun: NonNullable<ResolvedProcess['goRun']> }
  | { kind: 'wrapper'; app: AppContainer; wrapper: ResolvedProcess['wrappers'][number] | undefined; named: string }
  | { kind: 'relative'; absolute: string }
  /**
   * `apps`: the application containers whose executables are known, none of them the target; `unknown`: those whose
   * executables are not (the target may name one of them).
   */
  | { kind: 'mismatch'; apps: AppContainer[]; unknown: AppContainer[] }
  | { kind: 'unresolved'; apps: AppContainer[] }
  | { kind: 'not-applicable'; reason: string };

/** Programs that only start the Go program: the shells, inits, supervisors and privilege wrappers process resolution follows. */
function isWrapperName(base: string): boolean {
  return SHELLS.has(base) || INIT_WRAPPERS.has(base) || SETUID_WRAPPERS.has(base) || SUPERVISORS.has(base) || base === SUPERVISORD || base === 'env';
}

/** The app whose exe a fix should use: the only resolved one. */
export function soleResolved(apps: AppContainer[]): AppContainer | undefined {
  const r = apps.filter((a) => a.process.status === 'resolved' && a.process.exe && !a.process.goRun);
  return r.length === 1 ? r[0] : undefined;
}

export function checkTarget(t: TargetSetting): TargetOutcome {
  if (t.match !== 'exact') return { kind: 'not-applicable', reason: 'glob targets are checked by the OBI/Beyla rule' };
  if (t.source === 'app-env') return { kind: 'not-applicable', reason: t.noAppReason ?? 'set on the application container' };
  const value = t.resolved;
  if (value === undefined) return { kind: 'not-applicable', reason: 'the value is not known statically' };
  if (value.trim() === '') return { kind: 'not-applicable', reason: 'the value is empty' };

  if (value.endsWith('.go')) return { kind: 'go-source' };
  const goRunApp = t.apps.find((a) => a.process.goRun);
  if (goRunApp && !t.apps.some((a) => a.process.exe === value)) return { kind: 'go-run', app: goRunApp, goRun: goRunApp.process.goRun! };

  // A wrapper named instead of the program it starts.
  const base = posix.basename(value);
  for (const app of t.apps) {
    const w = app.process.wrappers.find((x) => x.path === value || x.exe === value || (x.kind === 'script' && posix.basename(x.path) === base && !value.includes('/')));
    if (w && app.process.exe !== value) return { kind: 'wrapper', app, wrapper: w, named: value };
  }
  if ((isWrapperName(base) || base.endsWith('.sh')) && !t.apps.some((a) => a.process.exe === value)) {
    const app = t.apps[0];
    if (app) return { kind: 'wrapper', app, wrapper: undefined, named: value };
  }

  if (!value.startsWith('/')) return { kind: 'relative', absolute: posix.resolve('/', value) };

  if (t.apps.length === 0) return { kind: 'not-applicable', reason: t.noAppReason ?? 'no application container' };
  const resolved = t.apps.filter((a) => a.process.status === 'resolved' && a.process.exe);
  // On a base image whose merged /usr is not known, either spelling of the path may be the one the kernel reports.
  const hit = resolved.find((a) => a.process.exe === value || a.process.usrMergeAlias?.path === value);
  if (hit) return { kind: 'match', app: hit };
  // A program the container's script leaves running beside its main one: the agent finds that process too.
  const beside = resolved.find((a) => a.process.siblings?.some((s) => s.exe === value));
  if (beside) return { kind: 'match', app: beside };
  if (resolved.length === 0) return { kind: 'unresolved', apps: t.apps };
  return { kind: 'mismatch', apps: resolved, unknown: t.apps.filter((a) => !resolved.includes(a)) };
}

/** The apps whose (stable) executable is exactly the target's value: the Go agent's comparison. */
export function appsRunningTarget(t: TargetSetting, apps: AppContainer[]): AppContainer[] {
  if (t.match !== 'exact' || t.resolved === undefined || t.resolved === '') return [];
  return apps.filter((a) => stableExe(a) === t.resolved);
}

/** How a target is named in messages: `OTEL_GO_AUTO_TARGET_EXE` or the annotation key. */
export function targetLabel(t: TargetSetting): string {
  switch (t.source) {
    case 'annotation':
      return `annotation ${t.key}`;
    case 'flag':
      return 'flag -target-exe';
    case 'instrumentation-go-env':
      return `${t.key} in the Instrumentation's spec.go.env`;
    case 'instrumentation-env':
      return `${t.key} in the Instrumentation's spec.env`;
    default:
      return t.key;
  }
}

/** `container "app"` / `service "api"` */
/**
 * How the app's image was linked to the Dockerfile its process comes from, as a clause for messages
 * (`; its image is built from services/api/Dockerfile, whose directory matches the image name "api"`), or ''.
 */
export function linkClause(app: AppContainer): string {
  const l = app.link;
  return l ? `; its image is ${l.guess ? 'assumed to be ' : ''}${l.how}` : '';
}

/**
 * The evidence for what an app runs: how its image was linked (and, for an image that is one of several builds, the
 * definition of each other one), then the steps to its executable.
 */
export function appEvidence(app: AppContainer): Evidence[] {
  if (!app.link) return app.process.steps;
  return [app.link.evidence, ...(app.link.candidates?.slice(1).map((c) => c.evidence) ?? []), ...app.process.steps];
}

/** The executable the app's process shows in `/proc/<pid>/exe`, when it is known and stable (not `go run`). */
export function stableExe(app: AppContainer): string | undefined {
  return app.process.status === 'resolved' && !app.process.goRun ? app.process.exe : undefined;
}

export function appLabel(app: AppContainer): string {
  return app.platform === 'k8s' ? `container "${app.name}"` : `service "${app.name}"`;
}

type StartFailure = NonNullable<ResolvedProcess['startFails']>;

/**
 * The containers that cannot start for one cause (ResolvedProcess.startFails), grouped by where the cause is written
 * (`at`: a script's #! line, the instruction that writes it): one finding each, the containers as related locations.
 */
export function startFailures(model: ProjectModel, cause: StartFailure['cause'], at: (f: StartFailure) => Range | undefined): { fails: StartFailure; at: Range; containers: Evidence[] }[] {
  const groups = new Map<string, { fails: StartFailure; at: Range; containers: Evidence[] }>();
  for (const d of model.deployments) {
    for (const app of d.apps) {
      const fails = app.process.startFails;
      const range = fails?.cause === cause ? at(fails) : undefined;
      if (!fails || !range) continue;
      const key = `${range.file}:${range.start}`;
      const g = groups.get(key) ?? { fails, at: range, containers: [] };
      g.containers.push({ range: app.range, message: `${appLabel(app)} starts ${fails.script}, and fails to start` });
      groups.set(key, g);
    }
  }
  return [...groups.values()];
}
