// Which executable does a container really run? Starting from the argv Docker/Kubernetes/Compose hand to the
// container runtime, follow shells (`sh -c`), entrypoint scripts (their final `exec`), init and privilege-dropping
// wrappers (tini, dumb-init, gosu, su-exec, env ...), PATH lookup, WORKDIR, symlinks and merged-/usr, until the
// Go process is reached. The result is the path `/proc/<pid>/exe` will show, with every step as evidence, or an
// honest "unknown" with the reason.

import { posix } from 'node:path';
import type { ExecSpec, FsEntry, ImageModel } from '../model/image.ts';
import type { ResolvedProcess } from '../model/project.ts';
import type { ShellScript } from '../model/shell.ts';
import { LineIndex, type Evidence, type Range, type SourceFile } from '../model/source.ts';
import { DEFAULT_PATH, listDir, lookupPath, resolveSymlinks } from './image.ts';
import { analyzeScript, type ScriptRun } from './script.ts';
import { parseShell, shellParserReady } from '../parsers/shell.ts';


/** An argv element with where it was written (if known). */
export interface ArgItem {
  value: string;
  range?: Range;
  /** The value could not be known statically (a template expression, an unresolved variable). */
  unknown?: boolean;
}

/** What the orchestrator (Kubernetes, Compose) says about the container's command. */
export interface ProcessOverride {
  platform: 'k8s' | 'compose';
  /** K8s `command` / compose `entrypoint`: replaces ENTRYPOINT and drops the image CMD. */
  entrypoint?: { items: ArgItem[]; range: Range; label: string };
  /** K8s `args` / compose `command`: replaces CMD. */
  cmd?: { items: ArgItem[]; range: Range; label: string };
  /** Container environment (already expanded where possible), layered over the image ENV. */
  env: Map<string, string>;
  /** K8s `workingDir` / compose `working_dir`. */
  workingDir?: string;
}

export interface ResolveContext {
  /** Looks up the file a range points into (to parse `sh -c` text with exact positions). */
  fileOf(range: Range): SourceFile | undefined;
}

export const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh', 'busybox']);
export const INIT_WRAPPERS = new Set(['tini', 'tini-static', 'dumb-init', 'catatonit', 'docker-init']);
export const SETUID_WRAPPERS = new Set(['gosu', 'su-exec', 'setpriv', 'runuser', 'chpst', 's6-setuidgid']);
const EXEC_WRAPPERS = new Set(['env', 'nice', 'nohup', 'ionice', 'stdbuf', 'taskset', 'chrt', 'exec', 'command']);
/** Process supervisors that start every service of a scan directory (`<dir>/<service>/run`) as a child. */
export const SUPERVISORS = new Set(['s6-svscan', 'runsvdir']);
export const LIVE_RELOADERS = new Set(['air', 'reflex', 'gow', 'CompileDaemon', 'realize', 'modd', 'watchexec', 'nodemon', 'gin', 'fresh', 'wgo']);

const MAX_STEPS = 16;
/** Delve flags that take a separate value (`--listen :2345`). */
const DLV_VALUE_FLAGS = new Set(['--listen', '-l', '--api-version', '--log-output', '--wd', '--init', '--backend', '--build-flags', '--redirect', '-r']);

function ev(range: Range | undefined, message: string, fallback: Range): Evidence {
  return { range: range ?? fallback, message };
}

/** Combines ENTRYPOINT and CMD as Docker does, with the orchestrator's overrides applied. */
export function effectiveArgv(
  image: ImageModel | undefined,
  override: ProcessOverride,
  anchor: Range,
): { argv: ArgItem[]; steps: Evidence[]; shellScript?: { script?: ShellScript; spec: ExecSpec } } | { error: string; steps: Evidence[] } {
  const steps: Evidence[] = [];
  let entry: ArgItem[] | undefined;
  let cmd: ArgItem[] | undefined;
  let shellForm: ExecSpec | undefined;

  const fromSpec = (spec: ExecSpec): ArgItem[] => spec.argv.map((a) => (a.range ? { value: a.value, range: a.range } : { value: a.value }));

  if (override.entrypoint) {
    entry = override.entrypoint.items;
    steps.push({ range: override.entrypoint.range, message: `${override.entrypoint.label} replaces the image ENTRYPOINT and drops its CMD` });
    cmd = override.cmd?.items ?? [];
    if (override.cmd) steps.push({ range: override.cmd.range, message: `${override.cmd.label} gives the arguments` });
  } else if (image?.entrypointUnknown) {
    steps.push(image.entrypointUnknown);
    return { error: `the image's ENTRYPOINT is not known: ${image.entrypointUnknown.message}`, steps };
  } else {
    if (image?.entrypoint) {
      entry = fromSpec(image.entrypoint);
      steps.push(image.entrypoint.evidence);
      if (image.entrypoint.form === 'shell') shellForm = image.entrypoint;
    }
    if (override.cmd) {
      cmd = override.cmd.items;
      steps.push({ range: override.cmd.range, message: `${override.cmd.label} replaces the image CMD` });
    } else if (image?.cmd) {
      cmd = fromSpec(image.cmd);
      steps.push(image.cmd.evidence);
      if (!entry && image.cmd.form === 'shell') shellForm = image.cmd;
    }
  }
  if (!image && !entry) {
    if (!cmd || cmd.length === 0) return { error: 'the image is not built in this repository and the manifest gives no command', steps };
  }
  // No program name starts with `-`: without an ENTRYPOINT of its own, a command that starts with an option gives the
  // arguments of an ENTRYPOINT the image inherits (an `otelcol`, `jaeger` or `prometheus` image run with
  // `command: ["--config=..."]`; `CMD ["--require=x.js", "server.js"]` over the node image's ENTRYPOINT).
  const first = cmd?.[0];
  if (!entry && first && !first.unknown && first.value.startsWith('-')) {
    const what = override.cmd ? override.cmd.label : 'the CMD';
    return {
      error: image
        ? `${what} starts with an option ("${first.value}"): it gives the arguments of an ENTRYPOINT the base image ${image.base.ref} sets, which the linter does not know`
        : `the image is not built in this repository, and ${what} gives only arguments ("${first.value}" ...) to its ENTRYPOINT, which is not known`,
      steps,
    };
  }
  const argv = [...(entry ?? []), ...(cmd ?? [])];
  if (argv.length === 0) return { error: 'the image sets neither ENTRYPOINT nor CMD and the manifest gives no command', steps };
  return shellForm ? { argv, steps, shellScript: { script: shellForm.script, spec: shellForm } } : { argv, steps };
}

function basename(p: string): string {
  const i = p.lastIndexOf('/');
  return i >= 0 ? p.slice(i + 1) : p;
}

/** Looks a bare command name up in PATH over the image's files. */
function lookupCommand(image: ImageModel | undefined, name: string, env: Map<string, string>, cwd: string): { path: string; entry?: FsEntry; how: string } {
  if (name.includes('/')) {
    const abs = posix.isAbsolute(name) ? posix.normalize(name) : posix.join(cwd, name);
    const entry = image ? lookupPath(image, abs) : undefined;
    return { path: abs, ...(entry ? { entry } : {}), how: posix.isAbsolute(name) ? '' : ` (relative to the working directory ${cwd})` };
  }
  const pathVar = env.get('PATH') ?? image?.env.get('PATH')?.value ?? DEFAULT_PATH;
  const dirs = pathVar.split(':').filter((d) => d.startsWith('/'));
  if (image) {
    for (const d of dirs) {
      const candidate = posix.join(d, name);
      const entry = lookupPath(image, candidate);
      if (entry && entry.type !== 'dir') return { path: candidate, entry, how: ` (found on PATH in ${d})` };
    }
  }
  // Not built by the Dockerfile: a tool of the base image. Shells and common tools live in /bin or /usr/bin.
  if (SHELLS.has(name)) return { path: `/bin/${name}`, how: ' (the base image\'s shell)' };
  return { path: name, how: ' (not found on the image PATH)' };
}

function skipOptions(argv: ArgItem[], start: number, withValue: Set<string>, stopAtDashDash = true): number {
  let i = start;
  while (i < argv.length) {
    const a = argv[i]!.value;
    if (a === '--' && stopAtDashDash) return i + 1;
    if (!a.startsWith('-') || a === '-') return i;
    if (withValue.has(a)) i += 2;
    else i += 1;
  }
  return i;
}

/** Index of the wrapped command in a wrapper's argv, or -1 when it cannot be told. */
function wrappedCommandIndex(name: string, argv: ArgItem[]): number {
  switch (name) {
    case 'tini':
    case 'tini-static':
    case 'docker-init':
      return skipOptions(argv, 1, new Set(['-p', '-e', '-l']));
    case 'dumb-init':
      return skipOptions(argv, 1, new Set(['-r', '--rewrite']));
    case 'catatonit':
      return skipOptions(argv, 1, new Set());
    case 'gosu':
    case 'su-exec':
    case 's6-setuidgid':
      return argv.length > 2 ? 2 : -1;
    case 'chpst':
      return skipOptions(argv, 1, new Set(['-u', '-U', '-e', '-/', '-n', '-l', '-L', '-m', '-d', '-o', '-p', '-f', '-c', '-t']));
    case 'setpriv':
      return skipOptions(argv, 1, new Set(['--reuid', '--regid', '--groups', '--inh-caps', '--ambient-caps', '--bounding-set', '--securebits', '--selinux-label', '--apparmor-profile']));
    case 'runuser':
      return skipOptions(argv, 1, new Set(['-u', '-g', '-G', '--user', '--group', '--supp-group']));
    case 'env': {
      let i = skipOptions(argv, 1, new Set(['-u', '--unset', '-C', '--chdir', '-S']));
      while (i < argv.length && argv[i]!.value.includes('=') && !argv[i]!.value.startsWith('/')) i++;
      return i;
    }
    case 'nice':
      return skipOptions(argv, 1, new Set(['-n', '--adjustment']));
    case 'ionice':
      return skipOptions(argv, 1, new Set(['-c', '-n', '-p', '-P', '-u']));
    case 'stdbuf':
      return skipOptions(argv, 1, new Set(['-i', '-o', '-e']));
    case 'taskset':
      return skipOptions(argv, 1, new Set()) + 1;
    case 'chrt':
      return skipOptions(argv, 1, new Set()) + 1;
    default:
      return skipOptions(argv, 1, new Set());
  }
}

function shellTextScript(text: ArgItem, ctx: ResolveContext, anchor: Range): ShellScript | undefined {
  if (!shellParserReady()) return undefined;
  const file = text.range ? ctx.fileOf(text.range) : undefined;
  if (file && text.range) {
    // Map 1:1 when the value is written unescaped inside the scalar (plain, or quoted without escapes).
    const inner = file.text.slice(text.range.start, text.range.end).indexOf(text.value);
    if (inner >= 0) return parseShell(text.value, { file: file.path, lines: file.lines, baseOffset: text.range.start + inner });
  }
  // Escaped or synthetic text: parse it on its own, then pin every range to where the value is written.
  const at = text.range ?? anchor;
  return pinRanges(parseShell(text.value, { file: at.file, lines: new LineIndex(text.value), baseOffset: 0 }), at);
}

/** Re-anchors every range of a script parsed out of context onto one range (when offsets cannot map 1:1). */
function pinRanges(script: ShellScript, at: Range): ShellScript {
  const pin = (): Range => ({ ...at });
  return {
    ...script,
    commands: script.commands.map((c) => ({
      ...c,
      range: pin(),
      words: c.words.map((w) => ({ ...w, range: pin() })),
      assignments: c.assignments.map((a) => ({ ...a, range: pin() })),
    })),
    errors: script.errors.map(pin),
  };
}

/** Resolves the Go process a container runs. */
export function resolveProcess(image: ImageModel | undefined, override: ProcessOverride, anchor: Range, ctx: ResolveContext): ResolvedProcess {
  const base = effectiveArgv(image, override, anchor);
  const steps: Evidence[] = [...base.steps];
  const wrappers: ResolvedProcess['wrappers'] = [];
  if ('error' in base) return { status: 'unknown', steps, wrappers, reason: base.error };

  const env = new Map<string, string>();
  if (image) for (const [k, v] of image.env) env.set(k, v.value);
  for (const [k, v] of override.env) env.set(k, v);

  const cwd = override.workingDir ?? image?.workdir.path ?? '/';
  return walk(image, base.argv, env, cwd, steps, wrappers, base.shellScript?.script, anchor, ctx, 0);
}

/**
 * Follows a command line through shells, scripts and wrappers to the program that is finally run. `depth`: how many
 * script branches are being followed (a script whose path depends on a condition is followed down each path).
 */
function walk(
  image: ImageModel | undefined,
  startArgv: ArgItem[],
  env: Map<string, string>,
  startCwd: string,
  steps: Evidence[],
  wrappers: ResolvedProcess['wrappers'],
  parsed: ShellScript | undefined,
  anchor: Range,
  ctx: ResolveContext,
  depth: number,
): ResolvedProcess {
  let argv = startArgv;
  let cwd = startCwd;
  let preParsed = parsed;
  for (let step = 0; step < MAX_STEPS; step++) {
    const first = argv[0];
    if (!first) return { status: 'unknown', steps, wrappers, reason: 'the command line is empty' };
    if (first.unknown) return { status: 'unknown', steps, wrappers, reason: `the command "${first.value}" is not known statically` };
    const name = basename(first.value);
    const found = lookupCommand(image, first.value, env, cwd);

    // go run / live reloaders: no stable executable path.
    if (name === 'go' && argv[1]?.value === 'run') {
      const e = ev(first.range, `\`go run\` builds the program into a temporary directory (/tmp/go-build…/b001/exe/…) on every start`, anchor);
      return { status: 'resolved', steps: [...steps, e], wrappers, goRun: { tool: 'go run', evidence: e } };
    }
    // Delve: `dlv exec <binary>` starts the binary as its child (the Go process keeps the binary's path);
    // `dlv debug` / `dlv test` build a temporary binary first, like go run.
    if (name === 'dlv' && argv[1] && ['debug', 'test'].includes(argv[1].value)) {
      const e = ev(first.range, `\`dlv ${argv[1].value}\` builds the program into a temporary binary (__debug_bin…) on every start`, anchor);
      return { status: 'resolved', steps: [...steps, e], wrappers, goRun: { tool: `dlv ${argv[1].value}`, evidence: e } };
    }
    if (name === 'dlv' && argv[1]?.value === 'exec') {
      let i = 2;
      while (i < argv.length && argv[i]!.value.startsWith('-')) i += argv[i]!.value.includes('=') || !DLV_VALUE_FLAGS.has(argv[i]!.value) ? 1 : 2;
      if (i >= argv.length) return { status: 'unknown', steps, wrappers, reason: 'dlv exec is given no program' };
      wrappers.push({ name, path: found.path, exe: found.path, kind: 'other', evidence: ev(first.range, 'dlv exec starts the program as its child, under the debugger', anchor) });
      argv = argv.slice(i).filter((a, k) => !(k > 0 && a.value === '--'));
      continue;
    }
    if (LIVE_RELOADERS.has(name)) {
      const e = ev(first.range, `${name} is a live reloader: it rebuilds the program and starts it from a temporary path`, anchor);
      return { status: 'resolved', steps: [...steps, e], wrappers, goRun: { tool: name, evidence: e } };
    }

    // Shells: `sh -c "<text>" [$0 args...]` or `sh script.sh args`.
    if (SHELLS.has(name) && !(found.entry && found.entry.type === 'file' && found.entry.go)) {
      let i = 1;
      if (name === 'busybox' && argv[1] && SHELLS.has(argv[1].value)) i = 2;
      let cIndex = -1;
      while (i < argv.length && argv[i]!.value.startsWith('-')) {
        const opt = argv[i]!.value;
        if (opt === '-c' || (opt.startsWith('-') && !opt.startsWith('--') && opt.includes('c'))) {
          cIndex = i + 1;
          break;
        }
        i++;
      }
      const shellExe = found.path;
      if (cIndex >= 0) {
        const text = argv[cIndex];
        if (!text) return { status: 'unknown', steps, wrappers, reason: `${first.value} -c has no command text` };
        const script = preParsed ?? shellTextScript(text, ctx, anchor);
        preParsed = undefined;
        if (!script) return { status: 'unknown', steps, wrappers, reason: 'the shell parser is not available' };
        const positional = argv.slice(cIndex + 2).map((a) => a.value);
        const run = analyzeScript(script, { positional, env, label: `${first.value} -c` });
        wrappers.push({ name, path: shellExe, exe: shellExe, kind: 'shell', evidence: ev(text.range ?? first.range, `${first.value} -c runs the command text in a shell`, anchor) });
        steps.push(...run.evidence);
        for (const [k, v] of run.env) env.set(k, v);
        if (run.cwd) cwd = run.cwd;
        if (run.mode === 'unknown' || run.argv.length === 0) {
          const unknown: ResolvedProcess = { status: 'unknown', steps, wrappers, reason: run.reason ?? 'the shell command does not start a program' };
          return run.alternatives ? everyPath(run.alternatives, unknown, { image, env, cwd, steps, wrappers, anchor, ctx, depth }, `${first.value} -c`) : unknown;
        }
        const at = run.command?.range ?? text.range;
        argv = run.argv.map((v) => (v === undefined ? { value: '?', unknown: true, ...(at ? { range: at } : {}) } : { value: v, ...(at ? { range: at } : {}) }));
        const bad = run.argv.findIndex((v) => v === undefined);
        if (bad === 0) return { status: 'unknown', steps, wrappers, reason: run.reason ?? 'the program the shell starts depends on a value that is not known statically' };
        continue;
      }
      // `sh script.sh args`
      const scriptArg = argv[i];
      if (scriptArg) {
        const target = lookupCommand(image, scriptArg.value.includes('/') ? scriptArg.value : `./${scriptArg.value}`, env, cwd);
        const res = followScript(image, target, argv.slice(i), env, steps, wrappers, anchor, `${first.value} ${scriptArg.value}`);
        if ('done' in res) {
          return res.alternatives ? everyPath(res.alternatives, res.done, { image, env, cwd, steps, wrappers, anchor, ctx, depth }, target.path) : res.done;
        }
        argv = res.argv;
        if (res.cwd) cwd = res.cwd;
        continue;
      }
      return { status: 'unknown', steps, wrappers, reason: `${first.value} is started without a command` };
    }

    // Init / privilege / exec wrappers: follow the wrapped command.
    const wrapperKind = INIT_WRAPPERS.has(name) ? 'init' : SETUID_WRAPPERS.has(name) ? 'setuid' : EXEC_WRAPPERS.has(name) ? 'env' : undefined;
    if (wrapperKind && !(found.entry && found.entry.type === 'file' && found.entry.go)) {
      const idx = wrappedCommandIndex(name, argv);
      if (idx < 0 || idx >= argv.length) return { status: 'unknown', steps, wrappers, reason: `cannot tell which command ${name} starts` };
      const verb = wrapperKind === 'init' ? `${name} starts the command as its child (${name} stays PID 1)` : `${name} replaces itself with the command`;
      wrappers.push({ name, path: found.path, exe: found.path, kind: wrapperKind, evidence: ev(first.range, verb, anchor) });
      if (name === 'env') {
        for (const a of argv.slice(1, idx)) {
          const eq = a.value.indexOf('=');
          if (eq > 0 && !a.value.startsWith('-')) env.set(a.value.slice(0, eq), a.value.slice(eq + 1));
        }
      }
      argv = argv.slice(idx);
      continue;
    }

    // A script in the image (known text): follow its final exec.
    if (found.entry && found.entry.type === 'file' && !found.entry.go && found.entry.script) {
      const res = followScript(image, found, argv, env, steps, wrappers, anchor, first.value);
      if ('done' in res) {
        return res.alternatives ? everyPath(res.alternatives, res.done, { image, env, cwd, steps, wrappers, anchor, ctx, depth }, found.path) : res.done;
      }
      argv = res.argv;
      if (res.cwd) cwd = res.cwd;
      continue;
    }
    if (isScriptName(found.path) && !(found.entry?.type === 'file' && (found.entry.go || found.entry.script))) {
      return { status: 'unknown', steps, wrappers, reason: `${found.path} looks like a script whose text is not in the repository` };
    }

    // A process supervisor of the base image (by a bare name too: it need not be on a PATH the Dockerfile shows).
    if (image && SUPERVISORS.has(name) && !(found.entry?.type === 'file' && found.entry.go)) {
      const exe = posix.isAbsolute(found.path) ? resolveSymlinks(image, found.path).path : found.path;
      steps.push(ev(first.range, `starts ${found.path}${found.how}`, anchor));
      return supervised(name, exe, argv, { image, env, cwd, steps, wrappers, anchor, ctx, depth }, first.range);
    }

    // The final program.
    if (!posix.isAbsolute(found.path)) {
      return { status: 'unknown', steps, wrappers, reason: image ? `"${first.value}" is not on the image PATH as far as the Dockerfile shows` : `"${first.value}" is looked up on the image's PATH, and the image is not built in this repository` };
    }
    const resolved = image ? resolveSymlinks(image, found.path) : { path: found.path, chain: [] as Evidence[] };
    const entry = image ? lookupPath(image, resolved.path) ?? found.entry : found.entry;
    const startEv = ev(first.range, `starts ${found.path}${found.how}`, anchor);
    const prev = steps[steps.length - 1];
    // "starts X" adds nothing after a script's exec line that already says so, unless it tells how X was found.
    if (found.how || !prev || prev.range.file !== startEv.range.file || prev.range.start !== startEv.range.start) steps.push(startEv);
    if (entry && entry.type === 'file') steps.push(...entry.origin);
    steps.push(...resolved.chain);
    const result: ResolvedProcess = { status: 'resolved', exe: resolved.path, steps: dedupe(steps), wrappers };
    if (resolved.path !== found.path) result.invokedAs = found.path;
    if (entry) result.binary = entry;
    return result;
  }
  return { status: 'unknown', steps, wrappers, reason: `gave up after ${MAX_STEPS} wrappers` };
}

/**
 * A process supervisor (`s6-svscan /etc/s6`, `runsvdir /etc/service`) starts the `run` file of every service
 * directory in its scan directory as its child; each run file is followed like a command line. The Go process is the
 * service that runs a Go binary the Dockerfile builds, or else the only one that runs a program the Dockerfile puts
 * in the image (the others run the base image's tools: sshd, crond); otherwise it is not known which service it is.
 */
function supervised(
  name: string,
  exe: string,
  argv: ArgItem[],
  at: { image: ImageModel; env: Map<string, string>; cwd: string; steps: Evidence[]; wrappers: ResolvedProcess['wrappers']; anchor: Range; ctx: ResolveContext; depth: number },
  range: Range | undefined,
): ResolvedProcess {
  const { image, steps, anchor } = at;
  // s6-svscan [-c max] [-C max] [-t rescan] [-d fd] [-X fd] [dir] (default: its working directory); runsvdir [-P] dir.
  const i = skipOptions(argv, 1, name === 's6-svscan' ? new Set(['-c', '-C', '-t', '-d', '-X']) : new Set());
  const dirArg = argv[i];
  const wrappers = [...at.wrappers];
  const unknown = (reason: string): ResolvedProcess => ({ status: 'unknown', steps: dedupe(steps), wrappers, reason });
  if (at.depth >= 2) return unknown(`${name} is started by a service of another supervisor`);
  if (dirArg?.unknown) return unknown(`the directory ${name} supervises ("${dirArg.value}") is not known statically`);
  if (!dirArg && name !== 's6-svscan') return unknown(`${name} is given no service directory`);
  const scan = dirArg ? (posix.isAbsolute(dirArg.value) ? posix.normalize(dirArg.value) : posix.join(at.cwd, dirArg.value)) : at.cwd;
  const scanDir = scan.length > 1 && scan.endsWith('/') ? scan.slice(0, -1) : scan;
  wrappers.push({
    name,
    path: exe,
    exe,
    kind: 'init',
    evidence: ev(dirArg?.range ?? range, `${name} starts the run file of each service in ${scanDir} as its child (${name} stays PID 1)`, anchor),
  });
  const services: { svc: string; r: ResolvedProcess }[] = [];
  for (const svc of listDir(image, scanDir)) {
    if (svc.startsWith('.')) continue;
    const run = posix.join(scanDir, svc, 'run');
    const e = lookupPath(image, run);
    if (!e || e.type !== 'file') continue;
    const r = walk(image, [{ value: run }], new Map(at.env), posix.join(scanDir, svc), [...steps], [...wrappers], undefined, anchor, at.ctx, at.depth + 1);
    services.push({ svc, r });
  }
  if (services.length === 0) return unknown(`${name} supervises the services in ${scanDir}, and the Dockerfile puts none there (a directory with a run file)`);
  const list = services.map(({ svc, r }) => (r.status === 'resolved' && r.exe !== undefined ? `${svc} (${r.exe})` : `${svc} (not known: ${r.reason ?? 'unknown'})`)).join(', ');
  const go = services.filter(({ r }) => r.status === 'resolved' && (r.goRun !== undefined || (r.binary?.type === 'file' && r.binary.go !== undefined)));
  const placed = services.filter(({ r }) => r.status === 'resolved' && r.binary?.type === 'file');
  const allKnown = services.every(({ r }) => r.status === 'resolved');
  // With every service known: the only one; the only one running Go; the only one running a program placed here.
  let pick: { s: (typeof services)[number]; note: string } | undefined;
  if (allKnown && services.length === 1) pick = { s: services[0]!, note: `${name} supervises one service in ${scanDir}: ${services[0]!.svc}` };
  else if (allKnown && go.length === 1) pick = { s: go[0]!, note: `of the services ${name} supervises (${list}), only ${go[0]!.svc} runs a Go binary the Dockerfile builds` };
  else if (allKnown && go.length === 0 && placed.length === 1) {
    pick = { s: placed[0]!, note: `of the services ${name} supervises (${list}), only ${placed[0]!.svc} runs a program the Dockerfile puts in the image (the others run programs of the base image)` };
  }
  if (!pick) {
    return unknown(
      services.length === 1
        ? `${name} supervises one service in ${scanDir}, whose program is not known: ${list}`
        : `${name} supervises ${services.length} services in ${scanDir}, and which of them is the Go program is not known: ${list}`,
    );
  }
  return { ...pick.s.r, steps: dedupe([...pick.s.r.steps, ev(dirArg?.range ?? range, pick.note, anchor)]) };
}

function isScriptName(p: string): boolean {
  return p.endsWith('.sh') || p.endsWith('.bash');
}

function followScript(
  image: ImageModel | undefined,
  target: { path: string; entry?: FsEntry },
  argv: ArgItem[],
  env: Map<string, string>,
  steps: Evidence[],
  wrappers: ResolvedProcess['wrappers'],
  anchor: Range,
  label: string,
): { argv: ArgItem[]; cwd?: string } | { done: ResolvedProcess; alternatives?: ScriptRun[] } {
  const entry = target.entry;
  if (!entry || entry.type !== 'file' || !entry.script) {
    return { done: { status: 'unknown', steps, wrappers, reason: `the script ${target.path} is not known (not copied from the repository in the Dockerfile)` } };
  }
  const script = entry.script;
  const interp = script.shebang?.interpreter ?? '/bin/sh';
  const interpExe = image ? resolveSymlinks(image, interp).path : interp;
  wrappers.push({
    name: basename(target.path),
    path: target.path,
    exe: interpExe,
    kind: 'script',
    evidence: ev(entry.origin[entry.origin.length - 1]?.range ?? argv[0]?.range, `${target.path} is a script run by ${interp}`, anchor),
  });
  steps.push(...entry.origin);
  const positional = argv.slice(1).map((a) => a.value);
  const run = analyzeScript(script, { positional, env, label });
  steps.push(...run.evidence);
  for (const [k, v] of run.env) env.set(k, v);
  if (run.mode === 'unknown' || run.argv.length === 0) {
    const done: ResolvedProcess = { status: 'unknown', steps, wrappers, reason: run.reason ?? `cannot tell what ${target.path} starts` };
    return run.alternatives ? { done, alternatives: run.alternatives } : { done };
  }
  if (run.argv[0] === undefined) return { done: { status: 'unknown', steps, wrappers, reason: run.reason ?? `the program ${target.path} starts depends on a value that is not known statically` } };
  const out: { argv: ArgItem[]; cwd?: string } = { argv: argItems(run) };
  if (run.cwd) out.cwd = run.cwd;
  return out;
}

/** A script's argv as command-line items, at the command that runs it (`?` for a word whose value is not known). */
function argItems(run: ScriptRun): ArgItem[] {
  const at = run.command?.range;
  return run.argv.map((v) => (v === undefined ? { value: '?', unknown: true, ...(at ? { range: at } : {}) } : { value: v, ...(at ? { range: at } : {}) }));
}

/**
 * A script that starts one of several command lines depending on a condition the linter cannot evaluate
 * (`if [ "$(id -u)" = 0 ]; then exec su-exec app "$@"; else exec "$@"; fi`): when every path ends in the same
 * executable, that is the process, whichever way the condition goes; otherwise `unknown` stands.
 */
function everyPath(
  alternatives: ScriptRun[],
  unknown: ResolvedProcess,
  at: { image: ImageModel | undefined; env: Map<string, string>; cwd: string; steps: Evidence[]; wrappers: ResolvedProcess['wrappers']; anchor: Range; ctx: ResolveContext; depth: number },
  label: string,
): ResolvedProcess {
  if (at.depth >= 2) return unknown;
  const results: ResolvedProcess[] = [];
  for (const run of alternatives) {
    if (run.argv[0] === undefined) return unknown;
    const env = new Map(at.env);
    for (const [k, v] of run.env) env.set(k, v);
    const r = walk(at.image, argItems(run), env, run.cwd ?? at.cwd, [...at.steps, ...run.evidence], [...at.wrappers], undefined, at.anchor, at.ctx, at.depth + 1);
    if (r.status !== 'resolved' || r.goRun || r.exe === undefined) return unknown;
    results.push(r);
  }
  const first = results[0];
  if (!first || results.some((r) => r.exe !== first.exe || r.invokedAs !== first.invokedAs)) return unknown;
  const wrappers: ResolvedProcess['wrappers'] = [];
  for (const r of results) for (const w of r.wrappers) if (!wrappers.some((x) => x.name === w.name && x.path === w.path)) wrappers.push(w);
  const steps = [...unknown.steps];
  for (const r of results) steps.push(...r.steps.slice(at.steps.length));
  const last = alternatives[alternatives.length - 1]!.command?.range ?? at.anchor;
  steps.push({ range: last, message: `every path of ${label} ends in ${first.exe}` });
  return { ...first, steps: dedupe(steps), wrappers };
}

function dedupe(steps: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return steps.filter((s) => {
    const k = `${s.range.file}:${s.range.start}:${s.range.end}:${s.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
