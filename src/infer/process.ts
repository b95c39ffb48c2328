// Which executable does a container really run? Starting from the argv Docker/Kubernetes/Compose hand to the
// container runtime, follow shells (`sh -c`), entrypoint scripts (their final `exec`), init and privilege-dropping
// wrappers (tini, dumb-init, gosu, su-exec, env ...), PATH lookup, WORKDIR, symlinks and merged-/usr, until the
// Go process is reached. The result is the path `/proc/<pid>/exe` will show, with every step as evidence, or an
// honest "unknown" with the reason.

import { posix } from 'node:path';
import type { ExecSpec, FsEntry, ImageModel } from '../model/image.ts';
import type { ResolvedProcess } from '../model/project.ts';
import { TEMPLATE_ACTION } from '../model/workload.ts';
import { pinRanges, type ShellScript } from '../model/shell.ts';
import { LineIndex, type Evidence, type Range, type SourceFile } from '../model/source.ts';
import { split as shlexSplit } from 'shlex';
import { iniGet, type IniEntry, type IniFile } from '../parsers/ini.ts';
import { DEFAULT_PATH, globMatch, hasGlob, iniAt, listDir, lookupPath, mergedUsrPath, resolveIn, resolveSymlinks, SHEBANG_INITS } from './image.ts';
import { analyzeScript, formatArgv, type ScriptRun } from './script.ts';
import { parseShell, shellParserReady } from '../parsers/shell.ts';


/** An argv element with where it was written (if known). */
export interface ArgItem {
  value: string;
  range?: Range;
  /** The value could not be known statically (a template expression, an unresolved variable). */
  unknown?: boolean;
  /** An execline `{ ... }` block (one argument of the program before it). */
  block?: boolean;
  /** A Helm-templated value: the decoded text with each action as one U+E000 character (Scalar.template). */
  template?: string;
}

/** What the orchestrator (Kubernetes, Compose) says about the container's command. */
export interface ProcessOverride {
  platform: 'k8s' | 'compose';
  /** K8s `command` / compose `entrypoint`: replaces ENTRYPOINT and drops the image CMD. */
  entrypoint?: { items: ArgItem[]; range: Range; label: string };
  /** K8s `args` / compose `command`: replaces CMD. */
  cmd?: { items: ArgItem[]; range: Range; label: string };
  /**
   * The environment may hold variables beyond `env` that the linter cannot see: what sets them (`envFrom` of a Secret,
   * or of a ConfigMap not in the repository).
   */
  envOpen?: string;
  /** Container environment (already expanded where possible), layered over the image ENV. */
  env: Map<string, string>;
  /** K8s `workingDir` / compose `working_dir`. */
  workingDir?: string;
}

export interface ResolveContext {
  /** Looks up the file a range points into (to parse `sh -c` text with exact positions). */
  fileOf(range: Range): SourceFile | undefined;
  /** The container's environment may hold variables the linter cannot see (ProcessOverride.envOpen). */
  envOpen?: string;
  /** Collects the programs the scripts followed leave running in the background beside the one they end in. */
  background?: Background[];
}

/** A program a script starts in the background and leaves running (`/main/api &` then `caddy run &`, `wait -n`). */
interface Background {
  argv: ArgItem[];
  env: Map<string, string>;
  cwd: Cwd;
  steps: Evidence[];
  wrappers: ResolvedProcess['wrappers'];
}

export const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh', 'busybox']);
export const INIT_WRAPPERS = new Set(['tini', 'tini-static', 'dumb-init', 'catatonit', 'docker-init']);
export const SETUID_WRAPPERS = new Set(['gosu', 'su-exec', 'setpriv', 'runuser', 'chpst', 's6-setuidgid', 'chroot']);
const EXEC_WRAPPERS = new Set(['env', 'nice', 'nohup', 'ionice', 'stdbuf', 'taskset', 'chrt', 'exec', 'command', 'with-contenv']);
/** Process supervisors that start every service of a scan directory (`<dir>/<service>/run`) as a child. */
export const SUPERVISORS = new Set(['s6-svscan', 'runsvdir']);
/** Starts every `[program:x]` of its configuration file as a child. */
export const SUPERVISORD = 'supervisord';
/** s6-overlay's stage-1 init (`ENTRYPOINT ["/init"]`, from its tarball or a base image). */
export const S6_OVERLAY_INIT = '/init';
/** Where s6-overlay finds service directories (`<dir>/<service>/run`): the legacy one, and s6-rc's source one. */
const S6_OVERLAY_SERVICE_DIRS = ['/etc/services.d', '/etc/s6-overlay/s6-rc.d'];
export const LIVE_RELOADERS = new Set(['air', 'reflex', 'gow', 'CompileDaemon', 'realize', 'modd', 'watchexec', 'nodemon', 'gin', 'fresh', 'wgo']);

/**
 * execline's chain-loading programs (and s6's: `s6-notifyoncheck ... s6-setuidgid abc app`), in an execline script or
 * a shell script's exec: how many arguments (after their options; options that take a value listed) come before the
 * program they exec into. A `{ ... }` block counts as one. Followed as exec wrappers (`with-contenv` and `exec` are
 * among EXEC_WRAPPERS; `s6-setuidgid` among SETUID_WRAPPERS). Reached as a program, not as a shell builtin: a shell
 * script's `cd`, `export` are read by the script analysis.
 */
const EXECLINE_CHAIN: Record<string, { skip: number; valued?: string[] }> = {
  's6-envuidgid': { skip: 1, valued: ['-D'] },
  's6-applyuidgid': { skip: 0, valued: ['-u', '-g', '-G'] },
  's6-notifyoncheck': { skip: 0, valued: ['-3', '-s', '-T', '-t', '-w', '-n', '-c'] },
  's6-envdir': { skip: 1 },
  's6-setsid': { skip: 0 },
  fdmove: { skip: 2 },
  fdclose: { skip: 1 },
  fdswap: { skip: 2 },
  fdblock: { skip: 1 },
  redirfd: { skip: 2 },
  foreground: { skip: 1 },
  background: { skip: 1 },
  if: { skip: 1 },
  ifelse: { skip: 2 },
  importas: { skip: 2, valued: ['-D', '-d'] },
  define: { skip: 2, valued: ['-d'] },
  export: { skip: 2 },
  unexport: { skip: 1 },
  cd: { skip: 1 },
  umask: { skip: 1 },
  emptyenv: { skip: 0 },
  backtick: { skip: 2, valued: ['-D'] },
  multisubstitute: { skip: 1 },
};

const MAX_STEPS = 16;
/** Delve flags that take a separate value (`--listen :2345`). */
const DLV_VALUE_FLAGS = new Set(['--listen', '-l', '--api-version', '--log-output', '--wd', '--init', '--backend', '--build-flags', '--redirect', '-r']);

/** The index of the first word at or after `from` that is not one of Delve's options (or their values). */
function skipDlvOptions(argv: ArgItem[], from: number): number {
  let i = from;
  while (i < argv.length && argv[i]!.value.startsWith('-')) i += argv[i]!.value.includes('=') || !DLV_VALUE_FLAGS.has(argv[i]!.value) ? 1 : 2;
  return i;
}

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
    if (!cmd || cmd.length === 0) return { error: 'the image is not linked to a Dockerfile of the repository, and the manifest gives no command', steps };
  }
  // No program name starts with `-`: without an ENTRYPOINT of its own, a command that starts with an option gives the
  // arguments of an ENTRYPOINT the image inherits (an `otelcol`, `jaeger` or `prometheus` image run with
  // `command: ["--config=..."]`; `CMD ["--require=x.js", "server.js"]` over the node image's ENTRYPOINT).
  const first = cmd?.[0];
  if (!entry && first && !first.unknown && first.value.startsWith('-')) {
    const what = override.cmd ? override.cmd.label : 'the CMD';
    return {
      error: image?.base.noEntrypoint
        ? `${what} starts with an option ("${first.value}") and replaces the CMD, but the image has no ENTRYPOINT (${image.base.ref} sets none): the container runs "${first.value}" as its program and does not start; give the program first (\`command:\`), or an ENTRYPOINT in the Dockerfile`
        : image
        ? `${what} starts with an option ("${first.value}"): it gives the arguments of an ENTRYPOINT the base image ${image.base.ref} sets, which the linter does not know`
        : `the image is not linked to a Dockerfile of the repository, and ${what} gives only arguments ("${first.value}" ...) to its ENTRYPOINT, which is not known`,
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

/** A working directory: its path, or why it is not known. */
type Cwd = string | { unknown: string };

/** A path as seen from a working directory (an absolute one whatever the directory). */
function inCwd(cwd: Cwd, p: string): Cwd {
  if (posix.isAbsolute(p)) return posix.normalize(p);
  return typeof cwd === 'string' ? resolveIn(cwd, p) : cwd;
}

/** The working directory after a script ran: where its `cd` went, unknown after a `cd` that cannot be known. */
function cwdAfter(run: ScriptRun, cwd: Cwd): Cwd {
  if (run.cwdUnknown) return { unknown: 'a `cd` before it changes to a directory that cannot be known' };
  return run.cwd ?? cwd;
}

/**
 * Looks a command up: a path (relative ones under the working directory), or a bare name in PATH over the image's
 * files. `cwdUnknown`: a relative path under a working directory that is not known (why).
 */
function lookupCommand(image: ImageModel | undefined, name: string, env: Map<string, string>, cwd: Cwd): { path: string; entry?: FsEntry; how: string; cwdUnknown?: string } {
  if (name.includes('/')) {
    const abs = inCwd(cwd, name);
    if (typeof abs !== 'string') return { path: name, how: '', cwdUnknown: abs.unknown };
    const entry = image ? lookupPath(image, abs) : undefined;
    return { path: abs, ...(entry ? { entry } : {}), how: typeof cwd === 'string' && !posix.isAbsolute(name) ? ` (relative to the working directory ${cwd})` : '' };
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
    case 'chroot':
      // `chroot [--userspec=U:G] NEWROOT COMMAND...` (minio's entrypoint: `chroot --userspec=... / minio`).
      return skipOptions(argv, 1, new Set(['--userspec', '--groups'])) + 1;
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
    default: {
      const chain = Object.hasOwn(EXECLINE_CHAIN, name) ? EXECLINE_CHAIN[name] : undefined;
      if (chain) return skipOptions(argv, 1, new Set(chain.valued ?? []), false) + chain.skip;
      return skipOptions(argv, 1, new Set());
    }
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

/**
 * What `/proc/<pid>/exe` shows for an interpreter started by its path: its symbolic links followed, and for the base
 * image's `sh` (not one the Dockerfile writes), the program the distribution links it to (`/usr/bin/dash` on Debian,
 * `/bin/busybox` on Alpine): BaseImageFacts.shell.
 */
function shellProgram(image: ImageModel | undefined, interp: string): string {
  if (!image) return interp;
  const path = resolveSymlinks(image, interp).path;
  const shell = image.base.shell;
  if (!shell || basename(path) !== 'sh' || lookupPath(image, path)) return path;
  const dir = posix.dirname(path);
  return dir === '/' ? `/${shell}` : `${dir}/${shell}`;
}

/** Resolves the Go process a container runs. */
export function resolveProcess(image: ImageModel | undefined, override: ProcessOverride, anchor: Range, ctx: ResolveContext): ResolvedProcess {
  // One container's command must not stop the run: what cannot be followed is this container's "unknown".
  try {
    return follow(image, override, anchor, ctx);
  } catch (e) {
    const reason =
      e instanceof RangeError
        ? 'its command (or a script it runs) is nested too deeply for the linter to follow'
        : `the linter failed while following its command (${e instanceof Error ? e.message : String(e)}): this is a bug in otel-target-lint, please report it`;
    return { status: 'unknown', steps: [], wrappers: [], reason };
  }
}

function follow(image: ImageModel | undefined, override: ProcessOverride, anchor: Range, ctx: ResolveContext): ResolvedProcess {
  const base = effectiveArgv(image, override, anchor);
  const steps: Evidence[] = [...base.steps];
  const wrappers: ResolvedProcess['wrappers'] = [];
  if ('error' in base) return { status: 'unknown', steps, wrappers, reason: base.error };

  const env = new Map<string, string>();
  if (image) for (const [k, v] of image.env) env.set(k, v.value);
  for (const [k, v] of override.env) env.set(k, v);

  const cwd: Cwd = override.workingDir ?? (image?.workdir.unknown !== undefined ? { unknown: image.workdir.unknown } : image?.workdir.path) ?? '/';
  const background: Background[] = [];
  const c: ResolveContext = { ...ctx, background, ...(override.envOpen !== undefined ? { envOpen: override.envOpen } : {}) };
  const main = walk(image, base.argv, env, cwd, steps, wrappers, base.shellScript?.script, anchor, c, 0);
  return background.length > 0 ? withSiblings(main, background, image, anchor, { ...c, background: undefined }) : main;
}

/**
 * The programs a script leaves running in the background beside the one it ends in: the agent looks at every process
 * of the container, so a target naming one of them matches (`ResolvedProcess.siblings`). When the program the script
 * ends in is not one the Dockerfile builds with Go and exactly one of the others is (`/main/api &`, then
 * `caddy run &`, `wait -n`), that one is taken as the container's Go process.
 */
function withSiblings(main: ResolvedProcess, background: Background[], image: ImageModel | undefined, anchor: Range, ctx: ResolveContext): ResolvedProcess {
  const others = background
    .map((b) => walk(image, b.argv, new Map(b.env), b.cwd, [...b.steps], [...b.wrappers], undefined, anchor, ctx, 1))
    .filter((r) => r.status === 'resolved' && r.exe !== undefined && !r.goRun && r.exe !== main.exe);
  if (others.length === 0) return main;
  const built = (r: ResolvedProcess) => r.binary?.type === 'file' && r.binary.go !== undefined;
  const builtOthers = others.filter(built);
  let chosen = main;
  let rest = others;
  // The main one runs a program of the base image (nginx from apt), or one the Dockerfile copies from elsewhere.
  if (((main.status === 'resolved' && !built(main)) || main.baseImageProgram !== undefined) && builtOthers.length === 1) {
    chosen = builtOthers[0]!;
    rest = [...others.filter((o) => o !== chosen), main];
    chosen = { ...chosen, steps: [...chosen.steps, { range: chosen.steps[chosen.steps.length - 1]?.range ?? anchor, message: `of the programs the script leaves running, only ${chosen.exe} is a Go program the Dockerfile builds` }] };
  }
  const siblings = rest.filter((r) => r.status === 'resolved' && r.exe !== undefined && r.exe !== chosen.exe).map((r) => ({ exe: r.exe!, steps: r.steps }));
  return siblings.length > 0 ? { ...chosen, siblings } : chosen;
}

/**
 * Follows a command line through shells, scripts and wrappers to the program that is finally run. `depth`: how many
 * script branches are being followed (a script whose path depends on a condition is followed down each path).
 */
function walk(
  image: ImageModel | undefined,
  startArgv: ArgItem[],
  env: Map<string, string>,
  startCwd: Cwd,
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
    if (found.cwdUnknown !== undefined) return { status: 'unknown', steps, wrappers, reason: relativeUnderUnknown(first.value, found.cwdUnknown) };

    // go run / live reloaders: no stable executable path.
    if (name === 'go' && argv[1]?.value === 'run') {
      const e = ev(first.range, `\`go run\` builds the program into a temporary directory (/tmp/go-build…/b001/exe/…) on every start`, anchor);
      return { status: 'resolved', steps: [...steps, e], wrappers, goRun: { tool: 'go run', evidence: e } };
    }
    // Delve: `dlv exec <binary>` starts the binary as its child (the Go process keeps the binary's path);
    // `dlv debug` / `dlv test` build a temporary binary first, like go run. Its options may come before the command
    // (`dlv --listen=:2345 --headless=true exec /tempo`: tempo's debug image).
    const sub = name === 'dlv' ? skipDlvOptions(argv, 1) : 1;
    if (name === 'dlv' && argv[sub] && ['debug', 'test'].includes(argv[sub]!.value)) {
      const e = ev(first.range, `\`dlv ${argv[sub]!.value}\` builds the program into a temporary binary (__debug_bin…) on every start`, anchor);
      return { status: 'resolved', steps: [...steps, e], wrappers, goRun: { tool: `dlv ${argv[sub]!.value}`, evidence: e } };
    }
    if (name === 'dlv' && argv[sub]?.value === 'exec') {
      const i = skipDlvOptions(argv, sub + 1);
      if (i >= argv.length) return { status: 'unknown', steps, wrappers, reason: 'dlv exec is given no program' };
      wrappers.push({ name, path: found.path, exe: found.path, kind: 'other', evidence: ev(first.range, 'dlv exec starts the program as its child, under the debugger', anchor) });
      argv = argv.slice(i).filter((a, k) => !(k > 0 && a.value === '--'));
      continue;
    }
    if (LIVE_RELOADERS.has(name)) {
      const e = ev(first.range, `${name} is a live reloader: it rebuilds the program and restarts it as a new process on every change`, anchor);
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
        let text = argv[cIndex];
        if (!text) return { status: 'unknown', steps, wrappers, reason: `${first.value} -c has no command text` };
        if (text.unknown && text.template === undefined && text.value.includes('{{')) {
          return { status: 'unknown', steps, wrappers, reason: `the ${first.value} -c command text is a Helm template with control flow ({{ if }}, {{ range }}), known only once rendered` };
        }
        // A Helm-templated command text: each action becomes a variable whose value is not known.
        const unknownEnv: string[] = [];
        if (text.unknown && text.template !== undefined) {
          let value = '';
          for (const c of text.template) {
            if (c !== TEMPLATE_ACTION) value += c;
            else {
              unknownEnv.push(`HELM_ACTION_${unknownEnv.length + 1}`);
              value += `\${${unknownEnv[unknownEnv.length - 1]}}`;
            }
          }
          text = { value, ...(text.range ? { range: text.range } : {}) };
        }
        const script = preParsed ?? shellTextScript(text, ctx, anchor);
        preParsed = undefined;
        if (!script) return { status: 'unknown', steps, wrappers, reason: 'the shell parser is not available' };
        const positional = argv.slice(cIndex + 2).map((a) => a.value);
        const run = analyzeScript(script, { positional, env, label: `${first.value} -c`, ...(typeof cwd === 'string' ? { cwd } : {}), ...(unknownEnv.length > 0 ? { unknownEnv } : {}), ...(ctx.envOpen !== undefined ? { envOpen: ctx.envOpen } : {}) });
        // Said as what they are: the template's actions.
        if (run.reason !== undefined) for (const name of unknownEnv) run.reason = run.reason.split(`$${name}`).join('a Helm template action ({{ }})');
        wrappers.push({ name, path: shellExe, exe: shellProgram(image, shellExe), kind: 'shell', evidence: ev(text.range ?? first.range, `${first.value} -c runs the command text in a shell`, anchor) });
        steps.push(...run.evidence);
        for (const [k, v] of run.env) env.set(k, v);
        cwd = cwdAfter(run, cwd);
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
        if (target.cwdUnknown !== undefined) return { status: 'unknown', steps, wrappers, reason: relativeUnderUnknown(scriptArg.value, target.cwdUnknown) };
        const res = followScript(image, target, argv.slice(i), env, cwd, steps, wrappers, anchor, `${first.value} ${scriptArg.value}`, ctx.envOpen, ctx.background);
        if ('done' in res) {
          return res.alternatives ? everyPath(res.alternatives, res.done, { image, env, cwd, steps, wrappers, anchor, ctx, depth }, target.path) : res.done;
        }
        argv = res.argv;
        cwd = res.cwd;
        continue;
      }
      return { status: 'unknown', steps, wrappers, reason: `${first.value} is started without a command` };
    }

    // Init / privilege / exec wrappers: follow the wrapped command.
    const wrapperKind = INIT_WRAPPERS.has(name) ? 'init' : SETUID_WRAPPERS.has(name) ? 'setuid' : EXEC_WRAPPERS.has(name) || Object.hasOwn(EXECLINE_CHAIN, name) ? 'env' : undefined;
    if (wrapperKind && !(found.entry && found.entry.type === 'file' && found.entry.go)) {
      const idx = wrappedCommandIndex(name, argv);
      if (idx < 0 || idx >= argv.length) return { status: 'unknown', steps, wrappers, reason: `cannot tell which command ${name} starts` };
      if (name === 'cd' && argv[idx - 1]!.unknown) return { status: 'unknown', steps, wrappers, reason: `the directory cd changes to ("${argv[idx - 1]!.value}") is not known statically` };
      if (name === 'chroot' && argv[idx - 1]!.value !== '/') return { status: 'unknown', steps, wrappers, reason: `chroot runs the command under another root ("${argv[idx - 1]!.value}"), whose files are not known` };
      const verb = wrapperKind === 'init' ? `${name} starts the command as its child (${name} stays PID 1)` : `${name} replaces itself with the command`;
      wrappers.push({ name, path: found.path, exe: found.path, kind: wrapperKind, evidence: ev(first.range, verb, anchor) });
      if (name === 'env') {
        for (const a of argv.slice(1, idx)) {
          const eq = a.value.indexOf('=');
          if (eq > 0 && !a.value.startsWith('-')) env.set(a.value.slice(0, eq), a.value.slice(eq + 1));
        }
      }
      // execline's programs that change what the rest of the line sees.
      if (name === 'cd') cwd = inCwd(cwd, argv[idx - 1]!.value);
      if (name === 'export') env.set(argv[idx - 2]!.value, argv[idx - 1]!.value);
      if (name === 'importas' || name === 'define') {
        const variable = argv[idx - 2]!.value;
        const value = name === 'define' ? argv[idx - 1]!.value : env.get(argv[idx - 1]!.value);
        argv = argv.slice(idx).map((a) => (a.unknown && !a.block ? substituteExecline(a, variable, value) : a));
      } else argv = argv.slice(idx);
      continue;
    }

    // An execline script in the image (an s6 service's run file): its words are one command line.
    if (found.entry && found.entry.type === 'file' && !found.entry.go && found.entry.execline) {
      const x = found.entry.execline;
      const interp = x.shebang?.interpreter ?? 'execlineb';
      wrappers.push({ name: basename(found.path), path: found.path, exe: image ? resolveSymlinks(image, interp).path : interp, kind: 'script', evidence: ev(found.entry.origin[found.entry.origin.length - 1]?.range ?? first.range, `${found.path} is an execline script run by ${interp}`, anchor) });
      steps.push(...found.entry.origin);
      const bad = x.problems[0];
      if (bad) return { status: 'unknown', steps, wrappers, reason: `${found.path} cannot be read as execline: ${bad.message}` };
      argv = x.words.map((w) => ({ value: w.value, range: w.range, ...(w.block ? { block: true } : {}), ...(w.value.includes('$') ? { unknown: true } : {}) }));
      continue;
    }

    // A script in the image (known text): follow its final exec.
    if (found.entry && found.entry.type === 'file' && !found.entry.go && found.entry.script) {
      // The kernel reads its `#!` line: one saved with Windows line endings names an interpreter that does not exist.
      const sb = found.entry.script.shebang;
      const interpreter = sb ? [sb.interpreter, ...sb.args].join(' ') : '';
      if (sb?.cr) {
        return {
          status: 'unknown',
          steps: [...steps, ...found.entry.origin],
          wrappers,
          reason:
            basename(sb.interpreter) === 'env'
              ? `${found.path} has Windows line endings: its #! line ends in a carriage return, so env looks for a program named "${sb.args[sb.args.length - 1] ?? ''}\\r", which does not exist, and the container exits at once`
              : `${found.path} has Windows line endings: its #! line names "${interpreter}\\r", which does not exist, so the container fails to start ("exec ${found.path}: no such file or directory")`,
          startFails: { cause: 'crlf', script: found.path, range: sb.range, interpreter },
        };
      }
      // A file the Dockerfile wrote without the execute bit (a `COPY <<EOF` without --chmod, `cat > f`): exec fails.
      if (found.entry.executable === false) {
        const at = sb?.range ?? found.entry.contentRange ?? found.entry.origin[0]?.range ?? first.range ?? anchor;
        return {
          status: 'unknown',
          steps: [...steps, ...found.entry.origin],
          wrappers,
          reason: `${found.path} is not executable (the Dockerfile writes it without the execute bit), so the container fails to start ("exec ${found.path}: permission denied")`,
          startFails: { cause: 'not-executable', script: found.path, range: at, interpreter, origin: found.entry.origin },
        };
      }
      const res = followScript(image, found, argv, env, cwd, steps, wrappers, anchor, first.value, ctx.envOpen, ctx.background);
      if ('done' in res) {
        return res.alternatives ? everyPath(res.alternatives, res.done, { image, env, cwd, steps, wrappers, anchor, ctx, depth }, found.path) : res.done;
      }
      argv = res.argv;
      cwd = res.cwd;
      continue;
    }
    if (isScriptName(found.path) && !(found.entry?.type === 'file' && (found.entry.go || found.entry.script))) {
      return { status: 'unknown', steps, wrappers, reason: `${found.path} looks like a script whose text is not in the repository` };
    }

    // A process supervisor of the base image (by a bare name too: it need not be on a PATH the Dockerfile shows).
    if (image && (SUPERVISORS.has(name) || name === SUPERVISORD) && !(found.entry?.type === 'file' && found.entry.go)) {
      const exe = posix.isAbsolute(found.path) ? resolveSymlinks(image, found.path).path : found.path;
      steps.push(ev(first.range, `starts ${found.path}${found.how}`, anchor));
      const at = { image, env, cwd, steps, wrappers, anchor, ctx, depth };
      return name === SUPERVISORD ? supervisord(found.path, argv, at, first.range) : supervised(name, exe, argv, at, first.range);
    }
    // s6-overlay's /init: not a file the Dockerfile writes (it comes from s6-overlay's tarball or the base image).
    if (image && found.path === S6_OVERLAY_INIT && !found.entry) {
      steps.push(ev(first.range, `starts ${found.path}${found.how}`, anchor));
      return s6Overlay(argv, { image, env, cwd, steps, wrappers, anchor, ctx, depth }, first.range);
    }

    // The final program.
    if (!posix.isAbsolute(found.path)) {
      if (!image) return { status: 'unknown', steps, wrappers, reason: `"${first.value}" is looked up on the image's PATH, and the image is not linked to a Dockerfile of the repository` };
      // A PATH directory the build fills with files that are not known may hold it: not a program of the base image.
      const pathDirs = (env.get('PATH') ?? image.env.get('PATH')?.value ?? DEFAULT_PATH).split(':');
      const opaque = image.opaqueDirs?.find((o) => pathDirs.includes(o.path));
      if (opaque) {
        const e = opaque.evidence;
        return { status: 'unknown', steps, wrappers, reason: `"${first.value}" is looked up on the image PATH, where ${e.range.file}:${e.range.line} (${e.message}) puts files whose names are not known in ${opaque.path}` };
      }
      return { status: 'unknown', steps, wrappers, reason: `"${first.value}" is not on the image PATH as far as the Dockerfile shows`, baseImageProgram: first.value };
    }
    const resolved: ReturnType<typeof resolveSymlinks> = image ? resolveSymlinks(image, found.path) : { path: found.path, chain: [] };
    if (resolved.loop) {
      steps.push(...resolved.chain.slice(0, 3));
      return { status: 'unknown', steps, wrappers, reason: `${found.path} leads through more than 40 symbolic links (a loop?): the kernel refuses to run it (ELOOP)` };
    }
    const entry = image ? lookupPath(image, resolved.path) ?? found.entry : found.entry;
    const startEv = ev(first.range, `starts ${found.path}${found.how}`, anchor);
    const prev = steps[steps.length - 1];
    // "starts X" adds nothing after a script's exec line that already says so, unless it tells how X was found.
    if (found.how || !prev || prev.range.file !== startEv.range.file || prev.range.start !== startEv.range.start) steps.push(startEv);
    // A relative path under the image's WORKDIR: where that directory is set (a WORKDIR line, or the base image's FROM).
    const underWorkdir = image && !posix.isAbsolute(first.value) && first.value.includes('/') && cwd === image.workdir.path;
    if (underWorkdir && image.workdir.evidence) steps.push(image.workdir.evidence);
    if (entry && entry.type === 'file') steps.push(...entry.origin);
    steps.push(...resolved.chain);
    const result: ResolvedProcess = { status: 'resolved', exe: resolved.path, steps: dedupe(steps), wrappers };
    if (resolved.path !== found.path) result.invokedAs = found.path;
    const alias = image?.base.usrMergeUnknown ? mergedUsrPath(resolved.path) : undefined;
    if (alias !== undefined) {
      result.usrMergeAlias = { path: alias, why: `if ${image!.base.ref} has a merged /usr (Alpine merges new installs since 3.23; its images were not checked), ${resolved.path} is ${alias}` };
    }
    if (entry) result.binary = entry;
    return result;
  }
  return { status: 'unknown', steps, wrappers, reason: `gave up after ${MAX_STEPS} wrappers` };
}

/** Where a walk stands when it reaches a process supervisor. */
interface WalkAt {
  image: ImageModel;
  env: Map<string, string>;
  cwd: Cwd;
  steps: Evidence[];
  wrappers: ResolvedProcess['wrappers'];
  anchor: Range;
  ctx: ResolveContext;
  depth: number;
}

/** A process a supervisor starts, as far as it was followed. */
interface Service {
  svc: string;
  r: ResolvedProcess;
}

/**
 * A process supervisor (`s6-svscan /etc/s6`, `runsvdir /etc/service`) starts the `run` file of every service
 * directory in its scan directory as its child; each run file is followed like a command line.
 */
function supervised(name: string, exe: string, argv: ArgItem[], at: WalkAt, range: Range | undefined): ResolvedProcess {
  // s6-svscan [-c max] [-C max] [-t rescan] [-d fd] [-X fd] [dir] (default: its working directory); runsvdir [-P] dir.
  const i = skipOptions(argv, 1, name === 's6-svscan' ? new Set(['-c', '-C', '-t', '-d', '-X']) : new Set());
  const dirArg = argv[i];
  const wrappers = [...at.wrappers];
  const unknown = (reason: string): ResolvedProcess => ({ status: 'unknown', steps: dedupe(at.steps), wrappers, reason });
  if (at.depth >= 2) return unknown(`${name} is started by a service of another supervisor`);
  if (dirArg?.unknown) return unknown(`the directory ${name} supervises ("${dirArg.value}") is not known statically`);
  if (!dirArg && name !== 's6-svscan') return unknown(`${name} is given no service directory`);
  const scanDir = inCwd(at.cwd, dirArg?.value ?? '.');
  if (typeof scanDir !== 'string') return unknown(`${relativeUnderUnknown(dirArg?.value ?? '.', scanDir.unknown)} (the directory ${name} supervises)`);
  const where = dirArg?.range ?? range;
  wrappers.push({ name, path: exe, exe, kind: 'init', evidence: ev(where, `${name} starts the run file of each service in ${scanDir} as its child (${name} stays PID 1)`, at.anchor) });
  const services = runDirServices(at, wrappers, [scanDir]);
  if (services.length === 0) return unknown(`${name} supervises the services in ${scanDir}, and the Dockerfile puts none there (a directory with a run file)`);
  return pickService(name, `in ${scanDir}`, services, at, wrappers, where);
}

/** The services of scan directories (`<dir>/<service>/run`), each run file followed like a command line. */
function runDirServices(at: WalkAt, wrappers: ResolvedProcess['wrappers'], dirs: string[]): Service[] {
  const services: Service[] = [];
  for (const dir of dirs) {
    for (const svc of listDir(at.image, dir)) {
      if (svc.startsWith('.')) continue;
      const run = posix.join(dir, svc, 'run');
      const e = lookupPath(at.image, run);
      if (!e || e.type !== 'file') continue;
      const r = walk(at.image, [{ value: run }], new Map(at.env), posix.join(dir, svc), [...at.steps], [...wrappers], undefined, at.anchor, at.ctx, at.depth + 1);
      services.push({ svc, r });
    }
  }
  return services;
}

/**
 * Which of a supervisor's services is the Go process: with every service known, the only one; else the only one that
 * runs a Go binary the Dockerfile builds; else the only one that runs a program the Dockerfile puts in the image (the
 * others run the base image's tools: sshd, crond, nginx). Otherwise it is not known which one it is.
 */
function pickService(name: string, where: string, services: Service[], at: WalkAt, wrappers: ResolvedProcess['wrappers'], range: Range | undefined): ResolvedProcess {
  const list = services
    .map(({ svc, r }) => (r.status === 'resolved' && r.exe !== undefined ? `${svc} (${r.exe})` : r.baseImageProgram !== undefined ? `${svc} (${r.baseImageProgram}, of the base image)` : `${svc} (not known: ${r.reason ?? 'unknown'})`))
    .join(', ');
  const go = services.filter(({ r }) => r.status === 'resolved' && (r.goRun !== undefined || (r.binary?.type === 'file' && r.binary.go !== undefined)));
  const placed = services.filter(({ r }) => r.status === 'resolved' && r.binary?.type === 'file');
  // A service running a bare name the Dockerfile puts on no PATH runs a program of the base image (nginx, crond).
  const allKnown = services.every(({ r }) => r.status === 'resolved' || r.baseImageProgram !== undefined);
  let pick: { s: Service; note: string } | undefined;
  if (allKnown && services.length === 1) pick = { s: services[0]!, note: `${name} supervises one service ${where}: ${services[0]!.svc}` };
  else if (allKnown && go.length === 1) pick = { s: go[0]!, note: `of the services ${name} supervises (${list}), only ${go[0]!.svc} runs a Go binary the Dockerfile builds` };
  else if (allKnown && go.length > 1 && go.every(({ r }) => r.exe === go[0]!.r.exe && r.goRun === undefined)) {
    // Several processes of one binary (two programs, or instances): the path the kernel shows is the same.
    pick = { s: go[0]!, note: `of the services ${name} supervises (${list}), ${go.map((g) => g.svc).join(' and ')} run the same Go binary the Dockerfile builds` };
  } else if (allKnown && go.length === 0 && placed.length === 1) {
    pick = { s: placed[0]!, note: `of the services ${name} supervises (${list}), only ${placed[0]!.svc} runs a program the Dockerfile puts in the image (the others run programs of the base image)` };
  }
  if (!pick) {
    return {
      status: 'unknown',
      steps: dedupe(at.steps),
      wrappers,
      reason:
        services.length === 1
          ? `${name} supervises one service ${where}, whose program is not known: ${list}`
          : `${name} supervises ${services.length} services ${where}, and which of them is the Go program is not known: ${list}`,
    };
  }
  return { ...pick.s.r, steps: dedupe([...pick.s.r.steps, ev(range, pick.note, at.anchor)]) };
}

/** supervisord's short options that take a value (`-c file`, `-u user` ...). */
const SUPERVISORD_VALUE_OPTIONS = new Set(['c', 'u', 'm', 'd', 'l', 'y', 'z', 'e', 'j', 'i', 'q', 'a']);

/** The `-c` / `--configuration` argument of a supervisord command line. */
function supervisordConfigArg(argv: ArgItem[]): ArgItem | 'missing' | undefined {
  let conf: ArgItem | 'missing' | undefined;
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    const v = a.value;
    if (v === '--configuration') conf = argv[++i] ?? 'missing';
    else if (v.startsWith('--configuration=')) conf = { ...a, value: v.slice('--configuration='.length) };
    else if (v.startsWith('-') && !v.startsWith('--')) {
      // A cluster of short options (`-nc file`): the first one taking a value takes the rest, or the next argument.
      for (let k = 1; k < v.length; k++) {
        const o = v[k]!;
        if (!SUPERVISORD_VALUE_OPTIONS.has(o)) continue;
        const value: ArgItem | 'missing' = k + 1 < v.length ? { ...a, value: v.slice(k + 1) } : (argv[++i] ?? 'missing');
        if (o === 'c') conf = value;
        break;
      }
    }
  }
  return conf;
}

/** supervisord's search for its configuration file when it is given no `-c` (supervisor/options.py). */
function supervisordSearchPath(invokedAs: string, cwd: Cwd): string[] {
  // The first two are relative to the directory above supervisord's own (`/usr` for /usr/bin/supervisord): not known
  // when it was found on no PATH the Dockerfile shows.
  const here = posix.isAbsolute(invokedAs) ? posix.dirname(posix.dirname(invokedAs)) : undefined;
  const paths = [
    ...(here !== undefined ? [posix.join(here, 'etc/supervisord.conf'), posix.join(here, 'supervisord.conf')] : []),
    // Under a working directory that is not known: none of them is known to be there.
    ...(typeof cwd === 'string' ? [posix.join(cwd, 'supervisord.conf'), posix.join(cwd, 'etc/supervisord.conf')] : []),
    '/etc/supervisord.conf',
    '/etc/supervisor/supervisord.conf',
  ];
  return [...new Set(paths)];
}

/** The directories the supervisor packages' own configuration files include (not in the repository). */
const SUPERVISOR_PACKAGE_INCLUDES: { conf: string; dir: string; ext: string; who: string }[] = [
  { conf: '/etc/supervisor/supervisord.conf', dir: '/etc/supervisor/conf.d', ext: '.conf', who: 'Debian and Ubuntu' },
  { conf: '/etc/supervisord.conf', dir: '/etc/supervisor.d', ext: '.ini', who: 'Alpine' },
];

/** `%(name)s` expansions as supervisord applies them (Python `%` formatting); undefined when one is not known. */
function supervisorExpand(text: string, names: Map<string, string>): string | undefined {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c !== '%') {
      out += c;
      continue;
    }
    if (text[i + 1] === '%') {
      out += '%';
      i++;
      continue;
    }
    if (text[i + 1] !== '(') return undefined;
    const close = text.indexOf(')', i + 2);
    if (close < 0) return undefined;
    const value = names.get(text.slice(i + 2, close));
    // The conversion: `s`, `d`, or a width and `d` (`%(process_num)02d`).
    let j = close + 1;
    while (j < text.length && '0123456789-+ #.'.includes(text[j]!)) j++;
    const conv = text[j];
    if (value === undefined || (conv !== 's' && conv !== 'd' && conv !== 'r')) return undefined;
    const width = text.slice(close + 1, j);
    out += conv === 'd' && width.startsWith('0') ? value.padStart(Number(width.slice(1)) || 0, '0') : value;
    i = j;
  }
  return out;
}

/** `KEY="value",KEY2=value2` (a program's `environment=`), as supervisord splits it; undefined when it cannot. */
function supervisorEnvironment(text: string): Map<string, string> | undefined {
  const out = new Map<string, string>();
  let i = 0;
  while (i < text.length) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === ',')) i++;
    if (i >= text.length) break;
    const eq = text.indexOf('=', i);
    if (eq < 0) return undefined;
    const key = text.slice(i, eq).trim();
    i = eq + 1;
    let value = '';
    const q = text[i];
    if (q === '"' || q === "'") {
      const end = text.indexOf(q, i + 1);
      if (end < 0) return undefined;
      value = text.slice(i + 1, end);
      i = end + 1;
    } else {
      const end = text.indexOf(',', i);
      value = text.slice(i, end < 0 ? text.length : end).trim();
      i = end < 0 ? text.length : end;
    }
    out.set(key, value);
  }
  return out;
}

const isTrue = (v: string): boolean => ['true', 'yes', 'on', '1'].includes(v.trim().toLowerCase());

/**
 * supervisord starts every `[program:x]` of its configuration (the `-c` file or the first file of its search path,
 * with the files its `[include]` names) whose `autostart` is not false. Each `command` is split as supervisord splits it
 * (shlex, no shell), expanded (`%(ENV_X)s`, `%(program_name)s`, `%(here)s` ...), looked up on PATH and followed.
 */
function supervisord(invokedAs: string, argv: ArgItem[], at: WalkAt, range: Range | undefined): ResolvedProcess {
  const { image } = at;
  const wrappers = [...at.wrappers];
  const steps = [...at.steps];
  const unknown = (reason: string): ResolvedProcess => ({ status: 'unknown', steps: dedupe(steps), wrappers, reason });
  const name = SUPERVISORD;
  if (at.depth >= 2) return unknown(`${name} is started by a service of another supervisor`);
  const confArg = supervisordConfigArg(argv);
  if (confArg === 'missing') return unknown(`${name} -c is given no file`);
  if (confArg?.unknown) return unknown(`the configuration file of ${name} ("${confArg.value}") is not known statically`);

  // The configuration files, in the order supervisord reads them: the `-c` file, or the first of its search path.
  const files: { path: string; ini: IniFile }[] = [];
  const named = confArg ? inCwd(at.cwd, confArg.value) : undefined;
  if (named !== undefined && typeof named !== 'string') return unknown(`${relativeUnderUnknown(confArg!.value, named.unknown)} (the configuration file of ${name})`);
  const confPath = named !== undefined ? (lookupPath(image, named) ? named : undefined) : supervisordSearchPath(invokedAs, at.cwd).find((p) => lookupPath(image, p)?.type === 'file');
  // `-c /etc/supervisor/supervisord.conf`: the package's own file, unless the Dockerfile writes one there.
  if (named !== undefined && confPath === undefined && !SUPERVISOR_PACKAGE_INCLUDES.some((d) => d.conf === named)) {
    return unknown(`${name} reads its configuration from ${named}, which the Dockerfile does not put in the image`);
  }
  let how: string;
  if (confPath) {
    const ini = iniAt(image, confPath);
    if (!ini) return unknown(`${name} reads its configuration from ${confPath}, whose text is not in the repository`);
    files.push({ path: confPath, ini });
    how = confArg ? `${name} -c reads ${confPath}` : `${name} finds its configuration at ${confPath}`;
    const include = ini.sections.find((s) => s.name === 'include');
    const patterns = include ? iniGet(ini, include, 'files') : undefined;
    if (patterns) {
      const names = new Map([...envExpansions(at.env), ['here', posix.dirname(confPath)]]);
      const text = supervisorExpand(patterns.value, names);
      if (text === undefined) return unknown(`the files ${name} includes ("${patterns.value}") are not known statically`);
      for (const pattern of text.split(/\s+/).filter((p) => p !== '')) {
        const abs = resolveIn(posix.dirname(confPath), pattern);
        for (const p of globFiles(image, abs)) {
          const inc = iniAt(image, p);
          if (inc) files.push({ path: p, ini: inc });
        }
      }
    }
  } else {
    // No configuration the Dockerfile writes: the package's own, which includes a directory of program files.
    const inc = SUPERVISOR_PACKAGE_INCLUDES.filter((d) => named === undefined || d.conf === named)
      .map((d) => ({ ...d, files: listDir(image, d.dir).filter((f) => f.endsWith(d.ext)) }))
      .find((d) => d.files.length > 0);
    const pkg = SUPERVISOR_PACKAGE_INCLUDES.find((d) => d.conf === named);
    if (!inc && pkg) return unknown(`${name} reads the supervisor package's ${pkg.conf}, which includes ${pkg.dir}/*${pkg.ext}, and the Dockerfile writes no file there`);
    if (!inc) return unknown(`${name} reads its configuration from the first of ${supervisordSearchPath(invokedAs, at.cwd).join(', ')} that exists, and the Dockerfile puts none of them in the image`);
    for (const f of inc.files) {
      const p = posix.join(inc.dir, f);
      const ini = iniAt(image, p);
      if (ini) files.push({ path: p, ini });
    }
    how = named
      ? `${name} -c reads the supervisor package's ${inc.conf}, which includes ${inc.dir}/*${inc.ext}`
      : `${name} reads the supervisor package's own configuration (on ${inc.who}, ${inc.conf}, which includes ${inc.dir}/*${inc.ext})`;
  }

  // The programs: sections of the same name in later files add and override keys (configparser with strict=False).
  const programs = new Map<string, { file: IniFile; path: string; keys: Map<string, IniEntry> }>();
  for (const { path, ini } of files) {
    for (const sec of ini.sections) {
      const m = sec.name.startsWith('program:') ? sec.name.slice(8) : sec.name.startsWith('fcgi-program:') ? sec.name.slice(13) : undefined;
      if (m === undefined) continue;
      const prev = programs.get(m);
      const keys = new Map(prev?.keys ?? []);
      for (const [k, e] of sec.entries) keys.set(k, e);
      const dflt = ini.sections.find((s) => s.name === 'DEFAULT');
      if (dflt) for (const [k, e] of dflt.entries) if (!keys.has(k)) keys.set(k, e);
      programs.set(m, { file: ini, path, keys });
    }
  }
  const where = `in ${files.map((f) => f.path).join(', ') || '(no file)'}`;
  wrappers.push({ name, path: invokedAs, kind: 'init', evidence: ev(range, `${name} starts each program of its configuration as its child (${name} stays PID 1); ${how}`, at.anchor) });

  const services: Service[] = [];
  for (const [prog, { path, keys }] of programs) {
    const autostart = keys.get('autostart');
    if (autostart && !isTrue(autostart.value)) continue;
    const command = keys.get('command');
    const svcSteps = [...steps];
    const fail = (reason: string): void => void services.push({ svc: prog, r: { status: 'unknown', steps: svcSteps, wrappers, reason } });
    if (!command) {
      fail(`[program:${prog}] has no command`);
      continue;
    }
    const names = new Map([...envExpansions(at.env), ['here', posix.dirname(path)], ['program_name', prog], ['group_name', prog], ['process_num', '0'], ['numprocs', '1']]);
    const text = supervisorExpand(command.value, names);
    svcSteps.push({ range: command.valueRange, message: `${name} starts program ${prog}: ${command.value.replace(/\s*\n\s*/g, ' ')}` });
    if (text === undefined) {
      fail(`the command of program ${prog} uses an expansion that is not known statically`);
      continue;
    }
    let words: string[];
    try {
      words = shlexSplit(text);
    } catch {
      fail(`the command of program ${prog} cannot be split (an unclosed quote): supervisord does not start it`);
      continue;
    }
    const env = new Map(at.env);
    const envEntry = keys.get('environment');
    if (envEntry) {
      const vars = supervisorExpand(envEntry.value, names);
      const parsed = vars === undefined ? undefined : supervisorEnvironment(vars);
      if (parsed) for (const [k, v] of parsed) env.set(k, v);
    }
    const dir = keys.get('directory');
    const dirText = dir ? supervisorExpand(dir.value, names) : undefined;
    const cwd = dirText !== undefined ? inCwd(at.cwd, dirText) : at.cwd;
    const items = words.map((w) => ({ value: w, range: command.valueRange }));
    services.push({ svc: prog, r: walk(image, items, env, cwd, svcSteps, [...wrappers], undefined, at.anchor, at.ctx, at.depth + 1) });
  }
  if (services.length === 0) return unknown(`${name} starts no program: none is configured ${where}`);
  return pickService(name, where, services, { ...at, steps }, wrappers, range);
}

/** supervisord's `%(ENV_X)s` names: the environment it runs with. */
function envExpansions(env: Map<string, string>): [string, string][] {
  return [...env].map(([k, v]) => [`ENV_${k}`, v]);
}

/** The files a glob with `*`, `?` or `[...]` in its last element names in the image (sorted), or the path itself. */
function globFiles(image: ImageModel, pattern: string): string[] {
  const dir = posix.dirname(pattern);
  const base = posix.basename(pattern);
  if (!hasGlob(base)) return lookupPath(image, pattern)?.type === 'file' ? [pattern] : [];
  return listDir(image, dir)
    .filter((f) => globMatch(base, f))
    .map((f) => posix.join(dir, f))
    .filter((p) => lookupPath(image, p)?.type === 'file');
}

/**
 * s6-overlay's /init runs the services of /etc/services.d and /etc/s6-overlay/s6-rc.d (each `run` file), and then
 * the container's command (the arguments after /init: the CMD), each as a process of its own under /init.
 */
function s6Overlay(argv: ArgItem[], at: WalkAt, range: Range | undefined): ResolvedProcess {
  const name = 's6-overlay';
  const wrappers = [...at.wrappers];
  if (at.depth >= 2) return { status: 'unknown', steps: dedupe(at.steps), wrappers, reason: `${S6_OVERLAY_INIT} is started by a service of another supervisor` };
  wrappers.push({
    name,
    path: S6_OVERLAY_INIT,
    exe: S6_OVERLAY_INIT,
    kind: 'init',
    evidence: ev(range, `${S6_OVERLAY_INIT} is not built in this repository: taken for s6-overlay's init, which starts the services of ${S6_OVERLAY_SERVICE_DIRS.join(' and ')} and the container's command as its children`, at.anchor),
  });
  const services = runDirServices(at, wrappers, S6_OVERLAY_SERVICE_DIRS);
  const cmd = argv.slice(1);
  if (cmd.length > 0) {
    const r = walk(at.image, cmd, new Map(at.env), at.cwd, [...at.steps], [...wrappers], undefined, at.anchor, at.ctx, at.depth + 1);
    services.push({ svc: `the command ${cmd.map((a) => a.value).join(' ')}`, r });
  }
  if (services.length === 0) {
    return { status: 'unknown', steps: dedupe(at.steps), wrappers, reason: `${S6_OVERLAY_INIT} is given no command, and the Dockerfile puts no service (a directory with a run file) in ${S6_OVERLAY_SERVICE_DIRS.join(' or ')}` };
  }
  return pickService(name, `under ${S6_OVERLAY_INIT}`, services, at, wrappers, range);
}

/** execline's substitution of `$var` / `${var}` in a word (the value unknown: the word stays unknown). */
function substituteExecline(a: ArgItem, variable: string, value: string | undefined): ArgItem {
  let out = a.value;
  for (const form of [`\${${variable}}`, `$${variable}`]) {
    let i = out.indexOf(form);
    while (i >= 0) {
      const next = out[i + form.length];
      const whole = form.startsWith('${') || next === undefined || !/[A-Za-z0-9_]/.test(next);
      if (whole) {
        if (value === undefined) return a;
        out = out.slice(0, i) + value + out.slice(i + form.length);
        i = out.indexOf(form, i + value.length);
      } else i = out.indexOf(form, i + 1);
    }
  }
  return out.includes('$') ? { ...a, value: out } : { value: out, ...(a.range ? { range: a.range } : {}) };
}

function isScriptName(p: string): boolean {
  return p.endsWith('.sh') || p.endsWith('.bash');
}

function followScript(
  image: ImageModel | undefined,
  target: { path: string; entry?: FsEntry },
  argv: ArgItem[],
  env: Map<string, string>,
  cwd: Cwd,
  steps: Evidence[],
  wrappers: ResolvedProcess['wrappers'],
  anchor: Range,
  label: string,
  envOpen: string | undefined,
  background?: Background[],
): { argv: ArgItem[]; cwd: Cwd } | { done: ResolvedProcess; alternatives?: ScriptRun[] } {
  const entry = target.entry;
  if (entry?.type === 'file' && entry.go) {
    // `sh /app/server`: distroless debug's ENTRYPOINT ["/busybox/sh"] given a CMD of the binary's path.
    const built = entry.origin[0]?.range;
    const at = built ? ` built at ${built.file}:${built.line}` : '';
    return { done: { status: 'unknown', steps, wrappers, reason: `${label} reads ${target.path} as a shell script, but it is the Go binary${at}: the program does not start. Run it directly instead` } };
  }
  if (!entry || entry.type !== 'file' || !entry.script) {
    return { done: { status: 'unknown', steps, wrappers, reason: `the script ${target.path} is not known (not copied from the repository in the Dockerfile)` } };
  }
  const script = entry.script;
  let interp = script.shebang?.interpreter ?? '/bin/sh';
  // `#!/usr/bin/dumb-init /bin/sh`: the kernel runs the init, which starts the shell on the script as its child.
  if (script.shebang && SHEBANG_INITS.has(basename(interp))) {
    const shell = script.shebang.args.find((a) => !a.startsWith('-')) ?? '/bin/sh';
    const initExe = image ? resolveSymlinks(image, interp).path : interp;
    wrappers.push({
      name: basename(interp),
      path: interp,
      exe: initExe,
      kind: 'init',
      evidence: ev(script.shebang.range, `${target.path} starts with #!${interp}, which starts ${shell} on it as its child (${basename(interp)} stays PID 1)`, anchor),
    });
    interp = shell;
  }
  // `#!/usr/bin/env ash`: env runs the interpreter it finds on PATH and is gone; the process is that interpreter.
  if (script.shebang && basename(interp) === 'env') {
    const name = script.shebang.args.find((a) => !a.startsWith('-') && !a.includes('='));
    if (name) interp = lookupCommand(image, name, env, cwd).path;
  }
  const interpExe = shellProgram(image, interp);
  wrappers.push({
    name: basename(target.path),
    path: target.path,
    exe: interpExe,
    kind: 'script',
    evidence: ev(entry.origin[entry.origin.length - 1]?.range ?? argv[0]?.range, `${target.path} is a script run by ${interp}`, anchor),
  });
  steps.push(...entry.origin);
  const positional = argv.slice(1).map((a) => a.value);
  const run = analyzeScript(script, { positional, env, label, zero: target.path, ...(typeof cwd === 'string' ? { cwd } : {}), ...(envOpen !== undefined ? { envOpen } : {}) });
  if (background && run.mode !== 'unknown') {
    for (const o of run.others ?? []) {
      if (o.argv[0] === undefined) continue;
      const at = o.command.range;
      background.push({
        argv: o.argv.map((v) => (v === undefined ? { value: '?', unknown: true, range: at } : { value: v, range: at })),
        env: new Map([...env, ...run.env]),
        cwd,
        steps: [...steps, { range: at, message: `${target.path}: starts ${formatArgv(o.argv)} in the background (&) and leaves it running` }],
        wrappers: [...wrappers],
      });
    }
  }
  steps.push(...run.evidence);
  for (const [k, v] of run.env) env.set(k, v);
  if (run.mode === 'unknown' || run.argv.length === 0) {
    const done: ResolvedProcess = { status: 'unknown', steps, wrappers, reason: run.reason ?? `cannot tell what ${target.path} starts` };
    return run.alternatives ? { done, alternatives: run.alternatives } : { done };
  }
  if (run.argv[0] === undefined) return { done: { status: 'unknown', steps, wrappers, reason: run.reason ?? `the program ${target.path} starts depends on a value that is not known statically` } };
  return { argv: argItems(run), cwd: cwdAfter(run, cwd) };
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
  at: { image: ImageModel | undefined; env: Map<string, string>; cwd: Cwd; steps: Evidence[]; wrappers: ResolvedProcess['wrappers']; anchor: Range; ctx: ResolveContext; depth: number },
  label: string,
): ResolvedProcess {
  if (at.depth >= 2) return unknown;
  // The docker-library idiom: as root, the script runs itself again as another user (`exec gosu app "$0" "$@"`), and
  // that run takes one of the other paths (its root test fails): those are the ones that end in the program.
  const reruns = alternatives.filter((r) => r.argv[0] !== undefined && SETUID_WRAPPERS.has(basename(r.argv[0])) && r.argv.slice(1).includes(label));
  const paths = reruns.length > 0 && reruns.length < alternatives.length ? alternatives.filter((r) => !reruns.includes(r)) : alternatives;
  const rerunSteps: Evidence[] = reruns.length < alternatives.length ? reruns.map((r) => ({ range: r.command?.range ?? at.anchor, message: `${r.argv.join(' ')} runs ${label} again as another user, and that run takes one of its other paths` })) : [];
  const results: ResolvedProcess[] = [];
  for (const run of paths) {
    if (run.argv[0] === undefined) return unknown;
    const env = new Map(at.env);
    for (const [k, v] of run.env) env.set(k, v);
    const r = walk(at.image, argItems(run), env, cwdAfter(run, at.cwd), [...at.steps, ...run.evidence], [...at.wrappers], undefined, at.anchor, at.ctx, at.depth + 1);
    if (r.status !== 'resolved' || r.goRun || r.exe === undefined) return unknown;
    results.push(r);
  }
  const first = results[0];
  if (!first || results.some((r) => r.exe !== first.exe || r.invokedAs !== first.invokedAs)) return unknown;
  const wrappers: ResolvedProcess['wrappers'] = [];
  for (const r of results) for (const w of r.wrappers) if (!wrappers.some((x) => x.name === w.name && x.path === w.path)) wrappers.push(w);
  const steps = [...unknown.steps, ...rerunSteps];
  for (const r of results) steps.push(...r.steps.slice(at.steps.length));
  const last = paths[paths.length - 1]!.command?.range ?? at.anchor;
  steps.push({ range: last, message: `every path of ${label} ends in ${first.exe}` });
  return { ...first, steps: dedupe(steps), wrappers };
}

/** Why a relative path cannot be followed. */
function relativeUnderUnknown(path: string, why: string): string {
  return `"${path}" is relative to the working directory, which is not known: ${why}`;
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
