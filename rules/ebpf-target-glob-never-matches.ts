import type { Fix, Rule } from '../src/engine/types.ts';
import type { AgentContainer, AppContainer, ProjectModel, TargetSetting } from '../src/model/project.ts';
import type { EbpfConfig } from '../src/model/ebpf.ts';
import type { Evidence } from '../src/model/source.ts';
import type { Scalar } from '../src/model/workload.ts';
import { cite, setScalarFix } from '../src/engine/report-helpers.ts';
import { compileGlob, globCanMatchAbsolute, globMatches, isLiteralGlob } from '../src/link/ebpf-glob.ts';
import { appEvidence, appLabel, linkClause } from '../src/link/target-check.ts';
import { sharedDepth } from '../src/link/nearest.ts';
import { envSelectorIgnored } from '../src/link/ebpf-config.ts';

interface GlobTarget {
  key: string;
  value: Scalar;
  resolved: string;
  agent: AgentContainer;
  apps: AppContainer[];
  evidence: Evidence[];
  /** An item of this config file's discovery.instrument list. */
  config?: EbpfConfig;
  /** Then all of the list's exe_path items, as this agent reads them (itself included). */
  items?: TargetSetting[];
}

/** The whole-path globs of OBI and Beyla containers and services (their variables and config file items). */
function globTargets(model: ProjectModel): GlobTarget[] {
  const out: GlobTarget[] = [];
  const add = (t: TargetSetting, all: TargetSetting[]): void => {
    if (t.match !== 'glob' || !t.agent || t.resolved === undefined || t.resolved === '' || t.value.unknown) return;
    // A variable the config file makes OBI ignore is reported as ignored (ebpf-target-env-ignored), not checked.
    if (!t.configItem && envSelectorIgnored(t.agent)) return;
    const g: GlobTarget = { key: t.key, value: t.value, resolved: t.resolved, agent: t.agent, apps: t.apps, evidence: t.valueEvidence };
    if (t.configItem && t.agent.configFile?.config) {
      g.config = t.agent.configFile.config;
      g.items = all.filter((x) => x.configItem && x.agent === t.agent);
    }
    out.push(g);
  };
  for (const d of model.deployments) {
    for (const t of d.targets) add(t, d.targets);
  }
  return out;
}

/** Does the glob (when it compiles) match one of the processes? */
function selects(glob: string, apps: (AppContainer & { process: { exe: string } })[]): boolean {
  const g = compileGlob(glob);
  return g.ok && apps.some((a) => globMatches(g.nodes, a.process.exe));
}

function toolName(a: AgentContainer): string {
  return a.kind === 'obi' ? 'OBI' : 'Beyla';
}

function resolvedApps(apps: AppContainer[]): (AppContainer & { process: { exe: string } })[] {
  return apps.filter((a): a is AppContainer & { process: { exe: string } } => a.process.status === 'resolved' && a.process.exe !== undefined && !a.process.goRun);
}

/**
 * Application containers whose executable is named `name`, among those nearest to the agent's manifest (a repository
 * may hold several independent projects: the ones sharing the most directories with it).
 */
function appsNamed(model: ProjectModel, name: string, from: string): (AppContainer & { process: { exe: string } })[] {
  const all: { app: AppContainer & { process: { exe: string } }; depth: number }[] = [];
  for (const d of model.deployments) {
    for (const a of resolvedApps(d.apps)) {
      const file = a.workload?.file ?? d.compose?.file;
      if (!a.process.exe.endsWith(`/${name}`) || file === undefined || all.some((x) => x.app === a)) continue;
      all.push({ app: a, depth: sharedDepth(file, from) });
    }
  }
  const best = Math.max(-1, ...all.map((x) => x.depth));
  return all.filter((x) => x.depth === best).map((x) => x.app);
}

function where(a: AppContainer): string {
  const w = a.workload;
  return w ? `${appLabel(a)} of ${w.kind} ${w.name?.value ?? ''}`.trimEnd() : appLabel(a);
}

export const ebpfTargetGlobNeverMatches: Rule = {
  meta: {
    id: 'ebpf-target-glob-never-matches',
    description: "OBI's or Beyla's executable glob can never match the application's executable path",
    defaultSeverity: 'error',
    fixable: true,
    category: 'settings',
  },
  check({ model, report }) {
    for (const t of globTargets(model)) {
      const tool = toolName(t.agent);
      // A value made from others (`$(VAR)`, a config file's `${VAR}`) is shown as written and as it is read.
      const head = `${t.key} is "${t.value.value}"${t.value.value !== t.resolved ? `, which is "${t.resolved}"` : ''}`;
      const g = compileGlob(t.resolved);
      if (!g.ok) {
        report({
          range: t.value.range,
          message: `${head}, which is not a valid glob: ${g.error}. ${tool} refuses the configuration and does not start.`,
          related: t.evidence,
        });
        continue;
      }
      const resolved = resolvedApps(t.apps);
      const fixTo = (value: string): Fix | undefined => setScalarFix(model, t.value, value, `Set ${t.key} to "${value}"`);
      if (!globCanMatchAbsolute(g.nodes)) {
        // A bare name or a relative path: the executable path is always absolute.
        const literal = isLiteralGlob(g.nodes);
        // A regular expression (`.*`, `^/app/.*$`, what Beyla's discovery.services and BEYLA_EXECUTABLE_NAME take): its
        // glob, when it is a simple one.
        const fromRegex = regexAsGlob(t.resolved);
        const proposal = fromRegex ?? `*/${t.resolved}`;
        const p = compileGlob(proposal);
        const matchesProposal = (exe: string): boolean => p.ok && globMatches(p.nodes, exe);
        const known = resolved.length > 0 ? resolved : literal && !t.resolved.includes('/') ? appsNamed(model, t.resolved, t.value.range.file) : [];
        let fix: Fix | undefined;
        let advice: string;
        if (fromRegex !== undefined && (resolved.length === 0 || resolved.some((a) => matchesProposal(a.process.exe)))) {
          fix = fixTo(proposal);
          advice = ` It reads like a regular expression; as a glob it is "${proposal}"${proposal === '*' ? ' (every executable)' : ''}.`;
        } else if (literal && (resolved.length === 0 || resolved.some((a) => matchesProposal(a.process.exe)))) {
          fix = fixTo(proposal);
          advice = ` Use "${proposal}"${known.length === 1 ? ` or "${known[0]!.process.exe}"` : ' or the full path'}.`;
        } else if (resolved.length === 1) {
          fix = fixTo(resolved[0]!.process.exe);
          advice = ` Set it to "${resolved[0]!.process.exe}".`;
        } else {
          advice = ` Start it with "*/" or "/" (e.g. "${proposal}").`;
        }
        const runs = known.map((a) => `${where(a)} runs "${a.process.exe}" (${cite(a.process.steps, 2)}${linkClause(a)})`);
        report({
          range: t.value.range,
          message:
            `${head}, but ${tool} matches it as a glob against the whole executable path (readlink /proc/<pid>/exe, always absolute; "*" also matches "/"), ` +
            `so it never matches any process${runs.length > 0 ? `: ${runs.join(', ')}` : ''}.${advice}`,
          related: [...t.evidence, ...known.flatMap((a) => appEvidence(a))],
          ...(fix ? { fix } : {}),
        });
        continue;
      }
      // An absolute glob of an agent that may select any process of the host (a hostPID DaemonSet, pid: host): the
      // repository's own programs named like its last element are what it is meant for. When some are, and no
      // program of the repository matches it, the path is wrong (a warning: another process of the host could match).
      if (t.apps.length === 0) {
        const last = t.resolved.slice(t.resolved.lastIndexOf('/') + 1);
        if (last === '' || [...last].some((c) => '*?[{\\'.includes(c))) continue;
        const named = appsNamed(model, last, t.value.range.file);
        if (named.length === 0) continue;
        if (model.deployments.some((d) => resolvedApps(d.apps).some((a) => globMatches(g.nodes, a.process.exe)))) continue;
        const shown = named.slice(0, 2).map((a) => `${where(a)} runs "${a.process.exe}" (${cite(a.process.steps, 2)}${linkClause(a)})`);
        const runs = named.length > 2 ? [...shown, `${named.length - 2} more container${named.length > 3 ? 's' : ''} like them`] : shown;
        const exes = [...new Set(named.map((a) => a.process.exe))];
        const sole = exes.length === 1 ? exes[0]! : undefined;
        const fix = sole !== undefined ? fixTo(sole) : undefined;
        report({
          range: t.value.range,
          severity: 'warning',
          message:
            `${head}, a glob ${tool} matches against the whole executable path, and no program of this repository's images matches it: ${runs.join(' and ')}. ` +
            `${tool} may select any process of the host here, but not those.` +
            (sole !== undefined ? ` Set it to "${sole}" (or "*/${last}").` : ` Use "*/${last}" or the full path.`),
          related: [...t.evidence, ...named.slice(0, 2).flatMap((a) => appEvidence(a))],
          ...(fix ? { fix } : {}),
        });
        continue;
      }
      // An absolute glob: compare with the processes it must select, when all of them are known; or, beside the
      // repository's programs, only services of images from elsewhere (a `pid: host` project with otel-lgtm, jaeger, a
      // database): a warning then, as it may select one of those.
      const known = new Set<AppContainer>(resolved);
      const elsewhere = t.apps.filter((a) => !known.has(a));
      if (elsewhere.some((a) => a.link) || resolved.length === 0) continue;
      if (resolved.some((a) => globMatches(g.nodes, a.process.exe))) continue;
      // One item of a config file's list (the file may list the programs of several pods): it matters only when no
      // item selects a process of this pod (an item without a known exe_path selects by other attributes, which are
      // not checked).
      if (t.config && (t.config.instrument.some((i) => !i.exePath) || t.items!.some((i) => i.resolved === undefined || selects(i.resolved, resolved)))) continue;
      const runs = resolved.map((a) => `${appLabel(a)} runs "${a.process.exe}" (${cite(a.process.steps, 2)}${linkClause(a)})`);
      const sole = resolved.length === 1 ? resolved[0]!.process.exe : undefined;
      // `*/frontend,*/backend`: a comma outside braces is a literal comma; alternatives go in braces.
      const braced = commaList(t.resolved);
      const bracedGlob = braced !== undefined ? compileGlob(braced) : undefined;
      const bracedFits = bracedGlob?.ok === true && resolved.every((a) => globMatches(bracedGlob.nodes, a.process.exe));
      const fix = bracedFits ? fixTo(braced!) : sole !== undefined ? fixTo(sole) : undefined;
      const comma = braced !== undefined ? ` A comma outside braces is part of the path${bracedFits ? `: for alternatives write "${braced}"` : ''}.` : '';
      const others = elsewhere.length > 0 ? ` ${tool} may select a process of the other services (${elsewhere.slice(0, 3).map((a) => `"${a.name}"`).join(', ')}${elsewhere.length > 3 ? ', …' : ''}: images from elsewhere), but not these.` : '';
      report({
        range: t.value.range,
        ...(elsewhere.length > 0 ? { severity: 'warning' as const } : {}),
        message:
          `${head}, a glob ${tool} matches against the whole executable path, and it matches none of the ${elsewhere.length > 0 ? "repository's programs" : 'processes'} it should select` +
          `${t.config && t.config.instrument.length > 1 ? ' (nor does any other item of the list)' : ''}: ${runs.join(' and ')}.${others}${comma}` +
          (bracedFits ? '' :
          (sole !== undefined ? ` Set it to "${sole}" (or a glob that matches it, such as "*/${sole.slice(sole.lastIndexOf('/') + 1)}").` : ' Set it to the path of the process to instrument.')),
        related: [...t.evidence, ...resolved.flatMap((a) => appEvidence(a))],
        ...(fix ? { fix } : {}),
      });
    }
  },
};

/**
 * The glob a simple regular expression means, made to match an absolute path: `.*` gives `*`, `/app/.*` gives
 * `/app/*`, and `^myapp.*$` gives `myapp*` under any directory (`.*` and `.+` as `*`, an escaped dot as `.`, anchors
 * dropped). Undefined when the value has no regular
 * expression token, or one a glob cannot say (groups, alternation, classes, other quantifiers).
 */
function regexAsGlob(value: string): string | undefined {
  if (!value.includes('.*') && !value.includes('.+') && !value.startsWith('^') && !value.endsWith('$') && !value.includes('\\.')) return undefined;
  let v = value;
  if (v.startsWith('^')) v = v.slice(1);
  if (v.endsWith('$') && !v.endsWith('\\$')) v = v.slice(0, -1);
  let out = '';
  for (let i = 0; i < v.length; i++) {
    const c = v[i]!;
    const next = v[i + 1];
    if (c === '.' && (next === '*' || next === '+')) {
      if (!out.endsWith('*')) out += '*';
      i++;
    } else if (c === '\\' && next === '.') {
      out += '.';
      i++;
    } else if ('()[]{}|?+*^$\\'.includes(c)) return undefined;
    else if (c === '.') return undefined;
    else out += c;
  }
  if (out === '') return undefined;
  return out.startsWith('/') || out.startsWith('*') ? out : `*/${out}`;
}

/** A comma-separated value as a brace alternation (`{a,b}` of its parts), when it has commas and no braces. */
function commaList(value: string): string | undefined {
  if (!value.includes(',') || value.includes('{') || value.includes('}')) return undefined;
  const parts = value.split(',').map((p) => p.trim());
  return parts.every((p) => p !== '') ? `{${parts.join(',')}}` : undefined;
}
