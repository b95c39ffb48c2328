// Evaluates the image a Dockerfile target produces: ARG/ENV scoping, WORKDIR, SHELL, USER, the files the build puts
// where (a virtual filesystem with the chain of evidence for each file), and ENTRYPOINT/CMD as Docker combines them.
//
// RUN is read through its parsed shell commands: `go build`, `go install`, cp, mv, install, ln, cd, strip, upx,
// chmod, mkdir and rm are understood; anything else is ignored. What cannot be followed (an unknown variable in a
// path, a file from an unknown image) is recorded in `unknowns`, never guessed.
//
// Directories copied from the build context are not enumerated: they are kept as overlays (`dir` entries with
// `contextDir`), and `lookupPath` resolves a path under them to the repository file on demand.

import { posix } from 'node:path';
import type { DfArg, DfInstruction, DfStage, DfValue, DockerfileDoc } from '../model/dockerfile.ts';
import type { BaseImageFacts, ExecSpec, FsEntry, GoBuildInfo, GoModFacts, ImageModel } from '../model/image.ts';
import type { PrebuiltBinary } from '../model/workload.ts';
import { pinRanges, shiftRanges, type ShellCommand, type ShellHeredoc, type ShellNode, type ShellScript, type ShellWord } from '../model/shell.ts';
import { LineIndex, type Evidence, type Range, type RepoView, type SourceFile } from '../model/source.ts';
import { goModFactsOf, parseGoMod } from '../parsers/gomod.ts';
import { goFileNameTags, readGoFileHeader } from '../parsers/go-package.ts';
import { literalValue, parseShell } from '../parsers/shell.ts';
import { MAKE_NOT_KNOWN, readMakefile, recipeLineRange } from '../parsers/makefile.ts';
import { makePlan } from './make.ts';
import { MAX_ARGS, MAX_DEPTH, MAX_ITEMS, MAX_STEPS, MAX_VALUE } from './script.ts';
import { parseIni, type IniFile } from '../parsers/ini.ts';
import { parseExecline, type ExeclineScript } from '../parsers/execline.ts';
import { baseImageFacts, DEFAULT_PATH } from './base-images.ts';
import { expandDockerWord, type DockerExpandOptions, type DockerVars } from './docker-vars.ts';
import { expandArgv, expandKnownParts, expandWord, knownPartsOf, UNKNOWN_PART, type Expanded, type ExpandEnv } from './expand.ts';

export type { RepoView };

export { DEFAULT_PATH };
const GOLANG_PATH = `/go/bin:/usr/local/go/bin:${DEFAULT_PATH}`;

/** BuildKit's automatic platform ARGs (usable in a stage after `ARG NAME`). Only the OS is assumed. */
const PLATFORM_ARGS: [string, string | undefined][] = [
  ['TARGETPLATFORM', undefined],
  ['TARGETOS', 'linux'],
  ['TARGETARCH', undefined],
  ['TARGETVARIANT', undefined],
  ['BUILDPLATFORM', undefined],
  ['BUILDOS', 'linux'],
  ['BUILDARCH', undefined],
  ['BUILDVARIANT', undefined],
];

/** Directories every image with a userland has (so `COPY x /usr/local/bin` writes /usr/local/bin/x). */
const STANDARD_DIRS = new Set([
  '/', '/bin', '/sbin', '/usr', '/usr/bin', '/usr/sbin', '/usr/local', '/usr/local/bin', '/usr/local/sbin', '/usr/lib',
  '/lib', '/opt', '/tmp', '/etc', '/root', '/home', '/var', '/srv',
]);
const GOLANG_DIRS = ['/go', '/go/bin', '/go/src', '/usr/local/go', '/usr/local/go/bin'];

/** Merged-/usr: these top-level directories are symlinks into /usr. */
const MERGED_USR: Record<string, string> = { bin: 'usr/bin', sbin: 'usr/sbin', lib: 'usr/lib', lib64: 'usr/lib64' };

const SHELL_NAMES = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh']);

// ---------------------------------------------------------------------------------------------------------------
// Hidden per-image data (overlays of context directories, removals, the repository view for lazy lookups).

interface Overlay {
  dest: string;
  contextDir: string;
  origin: Evidence[];
}

interface Extra {
  repo: RepoView;
  overlays: Overlay[];
  /** Paths removed (rm, mv) after `overlays.length` overlays existed: hides them in those overlays. */
  removed: { path: string; overlayCount: number }[];
  /** Range of the FROM of the first external image (evidence for merged-/usr). */
  baseRange?: Range;
  /** Directories known to exist in the base image. */
  baseDirs: Set<string>;
  frozen: boolean;
  synth: Map<string, FsEntry | null>;
}

const extras = new WeakMap<ImageModel, Extra>();

// ---------------------------------------------------------------------------------------------------------------
// Paths

/**
 * `p` is absolute and already what posix.normalize() returns, without a trailing slash: every segment is
 * non-empty and neither `.` nor `..`. Most paths the inference handles are: norm() then returns them unchanged.
 */
function isNormalAbsolute(p: string): boolean {
  if (p.charCodeAt(0) !== 47 /* / */) return false;
  if (p.length === 1) return true;
  let segStart = 1;
  for (let i = 1; i <= p.length; i++) {
    if (i < p.length && p.charCodeAt(i) !== 47) continue;
    const len = i - segStart;
    if (len === 0) return false;
    if (p.charCodeAt(segStart) === 46 /* . */ && (len === 1 || (len === 2 && p.charCodeAt(segStart + 1) === 46))) return false;
    segStart = i + 1;
  }
  return true;
}

function norm(p: string): string {
  if (isNormalAbsolute(p)) return p;
  const n = posix.normalize(p.startsWith('/') ? p : `/${p}`);
  return n.length > 1 && n.endsWith('/') ? n.slice(0, -1) : n;
}

/** A path as a process whose working directory is `cwd` names it: absolute, normalized, no trailing slash. */
export function resolveIn(cwd: string, p: string): string {
  return norm(p.startsWith('/') ? p : posix.join(cwd, p));
}

function isUnder(p: string, dir: string): boolean {
  return dir === '/' ? true : p === dir || p.startsWith(`${dir}/`);
}

function relUnder(p: string, dir: string): string {
  if (p === dir) return '';
  return dir === '/' ? p.slice(1) : p.slice(dir.length + 1);
}

function rebase(p: string, from: string, to: string): string {
  const rel = relUnder(p, from);
  return rel === '' ? to : norm(`${to}/${rel}`);
}

/** A repository path (relative to cwd) for `rel` inside the context-relative directory `dir`. */
function repoJoin(dir: string, rel: string): string {
  const j = posix.normalize(posix.join(dir, rel));
  const t = j.endsWith('/') && j.length > 1 ? j.slice(0, -1) : j;
  return t === '' ? '.' : t;
}

function basename(p: string): string {
  const t = p.endsWith('/') && p.length > 1 ? p.slice(0, -1) : p;
  const i = t.lastIndexOf('/');
  return i >= 0 ? t.slice(i + 1) : t;
}

export function hasGlob(s: string): boolean {
  return s.includes('*') || s.includes('?') || s.includes('[');
}

/** `*`, `?` and `[...]` over one path element. */
export function globMatch(pattern: string, text: string): boolean {
  const rec = (pi: number, ti: number): boolean => {
    while (pi < pattern.length) {
      const c = pattern[pi]!;
      if (c === '*') {
        for (let k = ti; k <= text.length; k++) if (rec(pi + 1, k)) return true;
        return false;
      }
      if (ti >= text.length) return false;
      if (c === '?') {
        pi++;
        ti++;
      } else if (c === '[') {
        const close = pattern.indexOf(']', pi + 1);
        if (close < 0) {
          if (text[ti] !== '[') return false;
          pi++;
          ti++;
          continue;
        }
        let set = pattern.slice(pi + 1, close);
        const negate = set.startsWith('!') || set.startsWith('^');
        if (negate) set = set.slice(1);
        let hit = false;
        for (let k = 0; k < set.length; k++) {
          if (set[k + 1] === '-' && k + 2 < set.length) {
            if (text[ti]! >= set[k]! && text[ti]! <= set[k + 2]!) hit = true;
            k += 2;
          } else if (set[k] === text[ti]) hit = true;
        }
        if (hit === negate) return false;
        pi = close + 1;
        ti++;
      } else {
        if (c !== text[ti]) return false;
        pi++;
        ti++;
      }
    }
    return ti === text.length;
  };
  return rec(0, 0);
}

// ---------------------------------------------------------------------------------------------------------------
// Lookups over an evaluated image

function extraOf(image: ImageModel): Extra | undefined {
  return extras.get(image);
}

function isRemoved(x: Extra, p: string, overlayIndex: number): boolean {
  return x.removed.some((r) => r.overlayCount > overlayIndex && isUnder(p, r.path));
}

/** Inits a script's `#!` line may name before its shell (`#!/usr/bin/dumb-init /bin/sh`). */
export const SHEBANG_INITS = new Set(['dumb-init', 'tini', 'tini-static']);

/** The words of a `#!` line (interpreter first), or undefined when the text has none. */
function shebangWords(text: string): string[] | undefined {
  if (!text.startsWith('#!')) return undefined;
  let end = text.indexOf('\n');
  if (end < 0) end = text.length;
  return text.slice(2, end).trim().split(' ').filter((w) => w !== '');
}

/** Is this a shell script (by `#!` line, or by name when it has none)? */
function looksLikeShellScript(file: Pick<SourceFile, 'path' | 'text'>): boolean {
  const words = shebangWords(file.text);
  if (words) {
    let interp = words[0] ? basename(words[0]) : '';
    // `#!/usr/bin/env bash`; s6-overlay's `#!/command/with-contenv bash` (runs the shell with the container's env);
    // `#!/usr/bin/dumb-init /bin/sh` (an init that starts the shell as its child: hashicorp/consul's scripts).
    if (interp === 'env' || interp === 'with-contenv' || SHEBANG_INITS.has(interp)) {
      const rest = words.slice(1).filter((w) => !w.startsWith('-'));
      interp = rest[0] ? basename(rest[0]) : '';
    }
    return SHELL_NAMES.has(interp) || interp === 'busybox';
  }
  return file.path.endsWith('.sh') || file.path.endsWith('.bash');
}

/**
 * Loads and parses a repository script: a shell script, or an execline script (`#!/command/execlineb -P`, an s6
 * service's run file, which has no extension). Undefined for anything else.
 */
function loadScript(repo: RepoView, path: string): { script: ShellScript } | { execline: ExeclineScript } | undefined {
  const base = basename(path);
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot) : '';
  // Only names a script can have: no extension, .sh or .bash (a compiled binary is not read as text).
  if (ext !== '' && ext !== '.sh' && ext !== '.bash') return undefined;
  const file = repo.load(path);
  if (!file) return undefined;
  if (looksLikeShellScript(file)) {
    try {
      return { script: repo.memo ? repo.memo.through('script', file, parseScriptFile) : parseScriptFile(file) };
    } catch {
      return undefined;
    }
  }
  const interp = shebangWords(file.text)?.[0];
  if (ext !== '' || base.startsWith('.') || interp === undefined || basename(interp) !== 'execlineb') return undefined;
  return { execline: repo.memo ? repo.memo.through('execline', file, parseExecline) : parseExecline(file) };
}

function parseScriptFile(file: SourceFile): ShellScript {
  return parseShell(file.text, { file: file.path, lines: file.lines, baseOffset: 0 });
}

/**
 * A configuration file of the image read as INI (supervisord's): a repository file the Dockerfile copies there, or a
 * heredoc written in the Dockerfile. Undefined when its text is not known.
 */
export function iniAt(image: ImageModel, path: string): IniFile | undefined {
  const e = lookupPath(image, path);
  if (!e || e.type !== 'file') return undefined;
  const x = extraOf(image);
  if (e.contextFile !== undefined && x) {
    const file = x.repo.load(e.contextFile);
    if (!file) return undefined;
    return x.repo.memo ? x.repo.memo.through('ini', file, parseIniFile) : parseIniFile(file);
  }
  const at = e.contentRange;
  if (e.content !== undefined && at && x && at.end - at.start === e.content.length) {
    const df = x.repo.load(at.file);
    if (df) return parseIni(e.content, { file: df.path, lines: df.lines, baseOffset: at.start });
  }
  return undefined;
}

function parseIniFile(file: SourceFile): IniFile {
  return parseIni(file.text, { file: file.path, lines: file.lines, baseOffset: 0 });
}

/** Entries whose repository file was already looked at for a script. */
const scriptChecked = new WeakSet<FsEntry>();

function withScript(x: Extra | undefined, e: FsEntry): FsEntry {
  if (x && e.type === 'file' && e.contextFile !== undefined && e.script === undefined && !e.go && !scriptChecked.has(e)) {
    scriptChecked.add(e);
    const s = loadScript(x.repo, e.contextFile);
    if (s && 'script' in s) e.script = s.script;
    else if (s) e.execline = s.execline;
  }
  return e;
}

/** The repository path an overlay puts at image path `p` (inside its destination); undefined outside the repository. */
function overlayRepoPath(o: Overlay, p: string): string | undefined {
  const rel = relUnder(p, o.dest);
  const repoPath = rel === '' ? o.contextDir : repoJoin(o.contextDir, rel);
  return repoPath.startsWith('..') ? undefined : repoPath;
}

function lookupExact(image: ImageModel, p: string): FsEntry | undefined {
  const x = extraOf(image);
  const direct = image.fs.get(p);
  if (direct) return withScript(x, direct);
  if (!x) return undefined;
  if (x.frozen && x.synth.has(p)) return x.synth.get(p) ?? undefined;
  let found: FsEntry | undefined;
  for (let i = x.overlays.length - 1; i >= 0 && !found; i--) {
    const o = x.overlays[i]!;
    if (!isUnder(p, o.dest) || isRemoved(x, p, i)) continue;
    const repoPath = overlayRepoPath(o, p);
    if (repoPath === undefined) continue;
    const st = x.repo.stat(repoPath);
    if (st === 'file') found = withScript(x, { type: 'file', path: p, origin: [...o.origin], contextFile: repoPath });
    else if (st === 'dir') found = { type: 'dir', path: p, origin: [...o.origin], contextDir: repoPath };
  }
  if (x.frozen) x.synth.set(p, found ?? null);
  return found;
}

/** The merged-/usr spelling of a path under /usr, back to its /bin-style alias (`/usr/bin/x` -> `/bin/x`). */
function unmergedAlias(p: string): string | undefined {
  for (const [top, target] of Object.entries(MERGED_USR)) {
    const t = `/${target}`;
    if (isUnder(p, t)) return rebase(p, t, `/${top}`);
  }
  return undefined;
}

/** `/bin/x` -> `/usr/bin/x` (and /sbin, /lib, /lib64): the path a merged /usr gives; undefined for other paths. */
export function mergedUsrPath(p: string): string | undefined {
  for (const [top, target] of Object.entries(MERGED_USR)) {
    if (isUnder(p, `/${top}`)) return rebase(p, `/${top}`, `/${target}`);
  }
  return undefined;
}

/**
 * The entry at an absolute path: files the Dockerfile put there, or a repository file under a directory copied from
 * the build context (a synthesized entry with `contextFile`; shell scripts come with their parsed `script`).
 * Falls back to the symlink-resolved and merged-/usr spellings of the path.
 */
export function lookupPath(image: ImageModel, path: string): FsEntry | undefined {
  const p = norm(path);
  const direct = lookupExact(image, p);
  if (direct) return direct;
  const resolved = resolveSymlinks(image, p).path;
  if (resolved !== p) {
    const e = lookupExact(image, resolved);
    if (e) return e;
  }
  if (image.base.mergedUsr === true) {
    for (const q of [p, resolved]) {
      const alias = unmergedAlias(q);
      if (alias !== undefined) {
        const e = lookupExact(image, alias);
        if (e) return e;
      }
    }
  }
  return undefined;
}

/**
 * The names of the entries directly in a directory of the image: what the Dockerfile put there, and what lies there
 * in a repository directory copied there (a process supervisor's service directories). Sorted.
 */
export function listDir(image: ImageModel, dir: string): string[] {
  const d = norm(dir);
  const prefix = d === '/' ? '/' : `${d}/`;
  const names = new Set<string>();
  const add = (rest: string) => {
    const name = rest.split('/')[0]!;
    if (name !== '') names.add(name);
  };
  for (const p of image.fs.keys()) if (p.startsWith(prefix)) add(p.slice(prefix.length));
  const x = extraOf(image);
  if (x) {
    x.overlays.forEach((o, i) => {
      if (isUnder(d, o.dest)) {
        const repoPath = overlayRepoPath(o, d);
        if (repoPath === undefined) return;
        const base = repoPath === '.' ? '' : `${repoPath}/`;
        for (const f of x.repo.list(repoPath)) {
          if (!f.startsWith(base)) continue;
          const name = f.slice(base.length).split('/')[0]!;
          if (!isRemoved(x, `${prefix}${name}`, i)) add(name);
        }
      } else if (o.dest.startsWith(prefix)) add(o.dest.slice(prefix.length));
    });
  }
  return [...names].sort();
}

/**
 * Follows symlinks the Dockerfile created (relative targets relative to the link's directory) and the base image's
 * merged /usr (`/bin/x` -> `/usr/bin/x`) when that is known. Returns the path the kernel reports and the evidence.
 */
export function resolveSymlinks(image: ImageModel, path: string): { path: string; chain: Evidence[]; loop?: true } {
  let cur = norm(path);
  const chain: Evidence[] = [];
  const x = extraOf(image);
  // Linux follows at most 40 symbolic links in one path lookup (MAXSYMLINKS); past that, exec fails with ELOOP.
  for (let hops = 0; ; hops++) {
    // `cur` is absolute and normal: each prefix ends before a `/` (or at the end), and no component is empty.
    let next: string | undefined;
    let end = cur.length > 1 ? cur.indexOf('/', 1) : -2; // -2: no component left (or none at all: `/`)
    for (let first = true; end !== -2 && next === undefined; first = false) {
      const stop = end < 0 ? cur.length : end;
      const prefix = cur.slice(0, stop);
      const e = image.fs.get(prefix);
      const restOf = (): string[] => (stop === cur.length ? [] : cur.slice(stop + 1).split('/'));
      const top = first ? prefix.slice(1) : '';
      end = end < 0 ? -2 : cur.indexOf('/', end + 1);
      if (e && e.type === 'symlink') {
        const rest = restOf();
        const target = e.target.startsWith('/') ? e.target : posix.join(posix.dirname(prefix), e.target);
        next = norm(posix.join(target, ...rest));
        const range = e.origin[e.origin.length - 1]?.range;
        if (range) {
          chain.push({
            range,
            message: `${prefix} is a symlink to ${e.target}${rest.length > 0 || next !== norm(target) ? `, so ${cur} is ${next}` : ''}`,
          });
        }
      } else if (first && image.base.mergedUsr === true && Object.hasOwn(MERGED_USR, top) && !(e && e.type === 'file') && image.fs.get(cur)?.type !== 'symlink') {
        // (A link the Dockerfile wrote at the /bin spelling, `ln -sf /bin/bash /bin/sh`, is followed first.)
        next = norm(posix.join('/', MERGED_USR[top]!, ...restOf()));
        if (x?.baseRange) {
          chain.push({
            range: x.baseRange,
            message: `${image.base.ref} has a merged /usr (/${top} is a symlink to ${MERGED_USR[top]}), so ${cur} is ${next}`,
          });
        }
      }
    }
    if (next === undefined || next === cur) break;
    if (hops === 40) return { path: cur, chain, loop: true };
    cur = next;
  }
  return { path: cur, chain };
}

// ---------------------------------------------------------------------------------------------------------------
// Evaluation state

interface State {
  model: ImageModel;
  x: Extra;
  /** ARGs in scope in this stage: value, or undefined when declared but not known. */
  args: Map<string, string | undefined>;
  /** ENV names whose value is not known. */
  envUnknown: Set<string>;
  /**
   * What is known of ENV values in envUnknown that are only partly known (`ENV LDFLAGS="-s -w -X main.v=${VERSION}"`,
   * VERSION an ARG without a value): the text with UNKNOWN_PART for each part that is not (ExpandEnv.partial).
   */
  envPartial?: Map<string, string>;
  /** CMD was set in this stage (an ENTRYPOINT then does not reset it). */
  cmdSet: boolean;
  /** Go version of the golang image this stage is built FROM, if any. */
  goVersion?: string;
  /** The FROM that names that golang image. */
  goVersionEvidence?: Evidence;
  /** The builder image's Go is not the Go project's build (Red Hat's go-toolset). */
  goVendor?: { name: string; evidence: Evidence };
  golang: boolean;
  /** Names not defined anywhere are unset (the base image's environment is known). */
  envComplete: boolean;
}

/** Paths relative to the stage's WORKDIR can be placed (see ImageModel.workdir.unknown). */
function workdirKnown(st: State): boolean {
  return st.model.workdir.unknown === undefined;
}

/**
 * What a named build context (bake `contexts`, compose `additional_contexts`, `--build-context`) gives a FROM or a
 * `COPY --from` of its name: an image reference, an image the repository builds (evaluated), a directory of the
 * repository, or something the linter does not read (a Git or HTTP URL, an OCI layout). `range`: where it is set.
 */
export type NamedContextValue = { range: Range } & (
  | { image: string }
  | { built: { model: ImageModel; how: string } }
  | { dir: string }
  | { unknown: string }
);

interface EvalOptions {
  target?: string;
  buildArgs: Map<string, string>;
  context: string;
  repo: RepoView;
  /** The image a FROM names, evaluated, when the repository builds it (and how it is built); else undefined. */
  baseImage?: (ref: string) => { model: ImageModel; how: string } | undefined;
  /** The named build context of that name, when the build gives one: it wins over a stage or an image so named. */
  namedContext?: (name: string) => NamedContextValue | undefined;
  /** Binaries the build tool puts in the build context (GoReleaser's builds). */
  prebuilt?: PrebuiltBinary[];
}

/** `the build context base is target:go-base (docker-bake.hcl:12)` */
function namedContextText(name: string, named: NamedContextValue): string {
  const what = 'image' in named ? `the image ${named.image}` : 'built' in named ? `the image ${named.built.how}` : 'dir' in named ? `the directory ${named.dir}` : named.unknown;
  return `the build context ${name} is ${what} (${named.range.file}:${named.range.line})`;
}

/** The state each evaluated image ends in: a Dockerfile built FROM it carries on from there. */
const finalStates = new WeakMap<ImageModel, State>();

class Evaluator {
  private readonly states = new Map<number, State>();
  private readonly globalArgs = new Map<string, string | undefined>();

  constructor(
    private readonly doc: DockerfileDoc,
    private readonly opts: EvalOptions,
  ) {
    for (const [k, v] of PLATFORM_ARGS) this.globalArgs.set(k, opts.buildArgs.get(k) ?? v);
    for (const a of doc.globalArgs) this.declareArg(this.globalArgs, a, this.globalArgs, true);
  }

  private ev(range: Range, message: string): Evidence {
    return { range, message };
  }

  /** `ARG name[=default]` into `scope`. */
  private declareArg(scope: Map<string, string | undefined>, a: DfArg, vars: DockerVars, global: boolean): string | undefined {
    let value: string | undefined;
    if (this.opts.buildArgs.has(a.name)) value = this.opts.buildArgs.get(a.name);
    else if (a.default) {
      const r = expandDockerWord(a.default.raw ?? a.default.value, vars, { escapeChar: this.doc.escapeChar, absent: 'empty' });
      value = r.ok ? r.value : undefined;
    } else if (!global && this.globalArgs.has(a.name)) value = this.globalArgs.get(a.name);
    scope.set(a.name, value);
    return value;
  }

  stage(index: number): State {
    const done = this.states.get(index);
    if (done) return done;
    const stage = this.doc.stages[index]!;
    const st = this.startStage(stage);
    for (const ins of stage.instructions) {
      try {
        this.instruction(st, ins);
      } catch (e) {
        st.model.unknowns.push(this.ev(ins.range, `could not evaluate this instruction: ${e instanceof Error ? e.message : String(e)}`));
      }
    }
    this.states.set(index, st);
    return st;
  }

  /** The external images the stages are built FROM (ARGs expanded; stage names and unknown values left out). */
  baseRefs(): string[] {
    const refs = new Set<string>();
    for (const stage of this.doc.stages) {
      const r = this.fromRef(stage);
      if (!r.ok) continue;
      const named = this.opts.namedContext?.(r.value.trim());
      if (named && 'image' in named) refs.add(named.image);
      else if (!named && this.stageByName(r.value, stage.index) === undefined) refs.add(r.value.trim());
    }
    return [...refs];
  }

  /** A stage's FROM with the global ARGs expanded. */
  private fromRef(stage: DfStage): ReturnType<typeof expandDockerWord> {
    return expandDockerWord(stage.base.value, this.globalArgs, { escapeChar: this.doc.escapeChar, absent: 'empty' });
  }

  private stageByName(name: string, before: number): number | undefined {
    const n = name.toLowerCase();
    for (let i = 0; i < before; i++) if (this.doc.stages[i]!.name === n) return i;
    return undefined;
  }

  private startStage(stage: DfStage): State {
    let baseRef = this.fromRef(stage);
    const fromEv = (msg: string) => this.ev(stage.range, msg);
    // A named build context of that name wins over a stage and an image: an image reference stands for the name, an
    // image the repository builds carries on as below, anything else is a base the linter does not know.
    const fromName = baseRef.ok ? baseRef.value.trim() : undefined;
    const named = fromName !== undefined ? this.opts.namedContext?.(fromName) : undefined;
    if (named && 'image' in named) baseRef = { ok: true, value: named.image };
    else if (named && !('built' in named)) baseRef = { ok: false, reason: `${namedContextText(fromName!, named)}${'dir' in named ? ', not an image' : ''}` };
    const parentIndex = baseRef.ok && !named ? this.stageByName(baseRef.value, stage.index) : undefined;
    // FROM an image another Dockerfile of the repository builds: that image's last state, as for a stage.
    const builtRef = parentIndex === undefined && baseRef.ok ? baseRef.value.trim() : undefined;
    const built = named && 'built' in named ? named.built : builtRef !== undefined ? this.opts.baseImage?.(builtRef) : undefined;
    const builtState = built ? finalStates.get(built.model) : undefined;
    if (parentIndex !== undefined || builtState) {
      const p = builtState ?? this.stage(parentIndex!);
      const model: ImageModel = {
        dockerfile: this.doc.file,
        stageIndex: stage.index,
        base: p.model.base,
        env: new Map(p.model.env),
        workdir: { ...p.model.workdir },
        shell: [...p.model.shell],
        fs: new Map(p.model.fs),
        context: this.opts.context,
        unknowns: [...p.model.unknowns],
      };
      if (p.model.goOutputsUnknown) model.goOutputsUnknown = [...p.model.goOutputsUnknown];
      if (p.model.opaqueDirs) model.opaqueDirs = [...p.model.opaqueDirs];
      if (stage.name !== undefined) model.stageName = stage.name;
      if (p.model.user !== undefined) model.user = p.model.user;
      // From another Dockerfile's image, the ENTRYPOINT and CMD say which image they come from and how it is built.
      const inherited = (spec: ExecSpec, what: string): ExecSpec =>
        built ? { ...spec, evidence: { ...spec.evidence, message: `${spec.evidence.message} (the ${what} of ${builtRef}, ${built.how})` } } : spec;
      if (p.model.entrypoint) model.entrypoint = inherited(p.model.entrypoint, 'ENTRYPOINT');
      if (p.model.cmd) model.cmd = inherited(p.model.cmd, 'CMD');
      const x: Extra = {
        repo: this.opts.repo,
        overlays: [...p.x.overlays],
        removed: [...p.x.removed],
        baseDirs: p.x.baseDirs,
        frozen: false,
        synth: new Map(),
      };
      if (p.x.baseRange) x.baseRange = p.x.baseRange;
      extras.set(model, x);
      const st: State = {
        model,
        x,
        args: new Map(),
        envUnknown: new Set(p.envUnknown),
        ...(p.envPartial ? { envPartial: new Map(p.envPartial) } : {}),
        cmdSet: false,
        golang: p.golang,
        envComplete: p.envComplete,
      };
      if (p.goVersion !== undefined) st.goVersion = p.goVersion;
      if (p.goVersionEvidence !== undefined) st.goVersionEvidence = p.goVersionEvidence;
      if (p.goVendor !== undefined) st.goVendor = p.goVendor;
      return st;
    }

    let facts: BaseImageFacts;
    const unknowns: Evidence[] = [];
    if (baseRef.ok) facts = baseImageFacts(baseRef.value);
    else {
      facts = { ref: stage.base.value };
      unknowns.push(fromEv(`FROM ${stage.base.value}: the base image is not known (${baseRef.reason})`));
    }
    const env = new Map<string, { value: string; evidence?: Evidence }>();
    let workdir: ImageModel['workdir'] = { path: '/' };
    if (facts.golang) {
      env.set('PATH', { value: GOLANG_PATH, evidence: fromEv(`${facts.ref} sets PATH=${GOLANG_PATH}`) });
      env.set('GOPATH', { value: '/go', evidence: fromEv(`${facts.ref} sets GOPATH=/go`) });
      env.set('GOTOOLCHAIN', { value: 'local', evidence: fromEv(`${facts.ref} sets GOTOOLCHAIN=local`) });
      workdir = { path: '/go', evidence: fromEv(`${facts.ref} starts in WORKDIR /go`) };
    } else if (facts.path !== undefined) env.set('PATH', { value: facts.path, evidence: fromEv(`${facts.ref} sets PATH=${facts.path}`) });
    else env.set('PATH', { value: DEFAULT_PATH });
    if (facts.workdir !== undefined) workdir = { path: facts.workdir, evidence: fromEv(`${facts.ref} starts in WORKDIR ${facts.workdir}`) };
    const model: ImageModel = {
      dockerfile: this.doc.file,
      stageIndex: stage.index,
      base: facts,
      env,
      workdir,
      shell: ['/bin/sh', '-c'],
      fs: new Map(),
      context: this.opts.context,
      unknowns,
    };
    if (stage.name !== undefined) model.stageName = stage.name;
    if (facts.entrypoint) {
      model.entrypoint = {
        form: 'exec',
        // Written nowhere: they point at the FROM line that brings them.
        argv: facts.entrypoint.map((value) => ({ value, range: stage.range })),
        evidence: fromEv(`${facts.ref} has ENTRYPOINT ${JSON.stringify(facts.entrypoint)}`),
      };
    }
    if (facts.cmd) {
      model.cmd = {
        form: 'exec',
        argv: facts.cmd.map((value) => ({ value })),
        evidence: fromEv(`${facts.ref} has CMD ${JSON.stringify(facts.cmd)}`),
      };
    }
    const scratch = baseRef.ok && baseRef.value.trim() === 'scratch';
    const baseDirs = new Set<string>(scratch ? [] : STANDARD_DIRS);
    if (facts.golang) for (const d of GOLANG_DIRS) baseDirs.add(d);
    if (facts.workdir !== undefined) baseDirs.add(facts.workdir);
    const x: Extra = { repo: this.opts.repo, overlays: [], removed: [], baseDirs, frozen: false, synth: new Map(), baseRange: stage.range };
    extras.set(model, x);
    const known =
      scratch ||
      facts.golang === true ||
      facts.mergedUsr !== undefined ||
      facts.hasShell !== undefined;
    // An image the linter knows nothing of may set a WORKDIR: paths relative to it are not known until the
    // Dockerfile sets an absolute one.
    if (!((known || facts.workdir !== undefined) && facts.workdirUnknown !== true)) {
      model.workdir.unknown = facts.workdirUnknown
        ? `${facts.ref} does not say which variant of the image it is, and the variants start in different WORKDIRs`
        : `the base image ${facts.ref} is not known to the linter, and may set a WORKDIR`;
      model.workdir.evidence = fromEv(`FROM ${facts.ref}: ${model.workdir.unknown}`);
    }
    const st: State = {
      model,
      x,
      args: new Map(),
      envUnknown: new Set(),
      cmdSet: false,
      golang: facts.golang === true,
      envComplete: known,
    };
    if (facts.goVersion !== undefined) {
      st.goVersion = facts.goVersion;
      st.goVersionEvidence = fromEv(`${facts.ref} is Go ${facts.goVersion}`);
    }
    if (facts.goVendor !== undefined) st.goVendor = { name: facts.goVendor, evidence: fromEv(`${facts.ref} holds ${facts.goVendor}'s build of Go`) };
    return st;
  }

  // ---- variables

  private dockerVars(st: State): Map<string, string | undefined> {
    const m = new Map<string, string | undefined>(st.args);
    for (const n of st.envUnknown) m.set(n, undefined);
    for (const [k, v] of st.model.env) m.set(k, v.value);
    return m;
  }

  /**
   * The body of an unquoted `COPY <<EOF` as BuildKit writes it: `$VAR` / `${VAR}` from the stage's ENV and ARGs (one
   * set nowhere, and `$@`, `$1` ..., is empty), `\x` as `x`, quotes as written. The file's script is read from that text
   * (its steps point at the heredoc). When a variable's value is not known, the text is read as written: the script
   * then looks the variable up in the image's environment when it runs, where BuildKit took it from when it built.
   */
  private expandHeredoc(st: State, e: Extract<FsEntry, { type: 'file' }>, text: string, at: Range): void {
    const r = expandDockerWord(text, this.dockerVars(st), { quotes: 'raw', escapeChar: '\\', absent: st.envComplete ? 'empty' : 'unknown' });
    if (!r.ok) return;
    if (r.value === text) return;
    e.content = r.value;
    // Said when a `$` was expanded (an escaped `\$` written to keep it is what the author meant, and needs no note).
    let expanded = false;
    for (let i = 0; i < text.length && !expanded; i++) {
      if (text[i] === '\\') i++;
      else expanded = text[i] === '$';
    }
    if (expanded) e.origin.push({ range: at, message: 'BuildKit expands $ and \\ in the heredoc at build time (its delimiter is not quoted)' });
    if (e.script || r.value.startsWith('#!')) e.script = pinRanges(parseShell(r.value, { file: at.file, lines: new LineIndex(r.value), baseOffset: 0 }), at);
  }

  /** Docker's substitution over an instruction value. */
  /** A Dockerfile word expanded; `unknownAs` stands in for a value that is not known (see DockerExpandOptions). */
  private dv(st: State, v: DfValue, unknownAs?: string): { ok: true; value: string } | { ok: false; reason: string } {
    const opts: DockerExpandOptions = { escapeChar: this.doc.escapeChar, absent: st.envComplete ? 'empty' : 'unknown' };
    if (unknownAs !== undefined) opts.unknownAs = unknownAs;
    return expandDockerWord(v.raw ?? v.value, this.dockerVars(st), opts);
  }

  /**
   * The last path element of a word whose value is not known, when the unknown part is only in its directories
   * (`./build/${TARGETARCH}/server` -> `server`); undefined otherwise (also for a glob or a directory).
   */
  private knownBasename(st: State, v: DfValue): string | undefined {
    const mark = '\u0000';
    const r = this.dv(st, v, mark);
    if (!r.ok || r.value.endsWith('/') || hasGlob(r.value)) return undefined;
    const base = basename(r.value);
    return base === '' || base === '.' || base === '..' || base.includes(mark) ? undefined : base;
  }

  /**
   * The files a stage built that a COPY --from source with parts that are not known can name
   * (`/src/server_${TARGETOS}_${TARGETARCH}`: each unknown part is any run of characters within one path element),
   * and the facts (buildFacts) in which they differ. Undefined when they are not all known: a glob, no file or a
   * directory matches, or the stage fills directories (or builds Go binaries) whose files it cannot name.
   */
  private stageCandidates(st: State, v: DfValue, from: State): { pattern: string; files: Extract<FsEntry, { type: 'file' }>[]; differ: string[] } | undefined {
    const r = this.dv(st, v, UNKNOWN_PART);
    if (!r.ok || hasGlob(r.value) || !r.value.includes(UNKNOWN_PART) || (from.model.goOutputsUnknown?.length ?? 0) > 0) return undefined;
    const pattern = norm(r.value);
    const segs = pattern.split('/');
    const k = segs.findIndex((q) => q.includes(UNKNOWN_PART));
    const fixed = k <= 1 ? '/' : segs.slice(0, k).join('/');
    if ((from.model.opaqueDirs ?? []).some((o) => isUnder(o.path, fixed) || isUnder(fixed, o.path))) return undefined;
    const files: Extract<FsEntry, { type: 'file' }>[] = [];
    for (const [p, e] of from.model.fs) {
      if (!matchesUnknownParts(segs, p)) continue;
      if (e.type !== 'file') return undefined;
      files.push(e);
    }
    if (files.length === 0) return undefined;
    const [first, ...rest] = files.map(buildFacts);
    const differ = first!.filter(([, value], i) => rest.some((f) => f[i]![1] !== value)).map(([name]) => name);
    return { pattern, files, differ };
  }

  private shellVars(st: State): Map<string, string> {
    const m = new Map<string, string>();
    for (const [k, v] of st.args) if (v !== undefined) m.set(k, v);
    for (const [k, v] of st.model.env) m.set(k, v.value);
    return m;
  }

  // ---- filesystem helpers

  isDir(st: State, p: string): boolean {
    const e = lookupExact(st.model, p);
    if (e) return e.type === 'dir';
    return st.x.baseDirs.has(p);
  }

  put(st: State, e: FsEntry): void {
    st.model.fs.set(e.path, e);
  }

  remove(st: State, p: string): void {
    for (const k of [...st.model.fs.keys()]) if (isUnder(k, p)) st.model.fs.delete(k);
    st.x.removed.push({ path: p, overlayCount: st.x.overlays.length });
  }

  /** Copies whatever is at `src` in `from` (a file, symlink or directory tree) to `dst` in `st`. */
  copyEntry(from: State, src: string, st: State, dst: string, ev: Evidence, dstIsDir: boolean): string | undefined {
    // A directory the build made only by writing into it (`go build -o bin/app`): the parent of files it knows.
    const e = lookupExact(from.model, src) ?? (hasEntriesUnder(from.model, src) ? ({ type: 'dir', path: src, origin: [] } as FsEntry) : undefined);
    if (!e) return undefined;
    if (e.type !== 'dir') {
      const target = dstIsDir ? norm(`${dst}/${basename(src)}`) : dst;
      this.put(st, { ...e, path: target, origin: [...e.origin, ev] } as FsEntry);
      return target;
    }
    // A directory: its contents go to dst (never into itself: cp refuses that).
    if (from === st && isUnder(dst, src)) return undefined;
    for (const o of [...from.x.overlays]) {
      if (isUnder(src, o.dest)) {
        const rel = relUnder(src, o.dest);
        st.x.overlays.push({ dest: dst, contextDir: rel === '' ? o.contextDir : repoJoin(o.contextDir, rel), origin: [...o.origin, ev] });
      } else if (isUnder(o.dest, src)) {
        st.x.overlays.push({ dest: rebase(o.dest, src, dst), contextDir: o.contextDir, origin: [...o.origin, ev] });
      }
    }
    for (const [p, fe] of [...from.model.fs]) {
      if (!isUnder(p, src)) continue;
      const np = rebase(p, src, dst);
      this.put(st, { ...fe, path: np, origin: [...fe.origin, ev] } as FsEntry);
    }
    // Directories of files whose names are not known go along (`go install ./cmd/...` into /go/bin).
    for (const o of from.model.opaqueDirs ?? []) {
      if (isUnder(o.path, src) && !(st.model.opaqueDirs ?? []).some((x) => x.path === rebase(o.path, src, dst))) {
        (st.model.opaqueDirs ??= []).push({ path: rebase(o.path, src, dst), evidence: o.evidence });
      }
    }
    if (!st.model.fs.has(dst)) {
      const d: FsEntry = { type: 'dir', path: dst, origin: [...e.origin, ev] };
      if (e.contextDir !== undefined) d.contextDir = e.contextDir;
      this.put(st, d);
    }
    return dst;
  }

  // ---- instructions

  private instruction(st: State, ins: DfInstruction): void {
    switch (ins.kind) {
      case 'ARG': {
        const vars = this.dockerVars(st);
        for (const a of ins.args) {
          const v = this.declareArg(st.args, a, vars, false);
          vars.set(a.name, v);
        }
        return;
      }
      case 'ENV': {
        // All pairs of one ENV see the environment from before it (Docker).
        const results = ins.vars.map((v) => ({ v, r: this.dv(st, v.value) }));
        for (const { v, r } of results) {
          if (r.ok) {
            const entry: { value: string; evidence: Evidence; valueRange?: Range } = { value: r.value, evidence: this.ev(v.range, `ENV ${v.name}=${r.value}`) };
            if (v.value.raw === undefined && r.value === v.value.value) entry.valueRange = v.value.range;
            st.model.env.set(v.name, entry);
            st.envUnknown.delete(v.name);
            st.envPartial?.delete(v.name);
          } else {
            st.model.env.delete(v.name);
            st.envUnknown.add(v.name);
            // Its known words still count where a RUN reads flags from it (`go build -ldflags "$LDFLAGS"`).
            const part = this.dv(st, v.value, UNKNOWN_PART);
            if (part.ok && part.value.replaceAll(UNKNOWN_PART, '') !== '') (st.envPartial ??= new Map()).set(v.name, part.value);
            else st.envPartial?.delete(v.name);
            st.model.unknowns.push(this.ev(v.range, `ENV ${v.name}: its value is not known (${r.reason})`));
          }
        }
        return;
      }
      case 'WORKDIR': {
        const r = this.dv(st, ins.path);
        if (!r.ok) {
          st.model.workdir = { path: ins.path.value, evidence: this.ev(ins.range, `WORKDIR ${ins.path.value}`), unknown: `WORKDIR ${ins.path.value} is not known (${r.reason})` };
          st.model.unknowns.push(this.ev(ins.range, `WORKDIR ${ins.path.value}: the directory is not known (${r.reason})`));
          return;
        }
        if (!workdirKnown(st) && !r.value.startsWith('/')) {
          st.model.unknowns.push(this.ev(ins.range, `WORKDIR ${r.value} is relative to a directory that is not known`));
          return;
        }
        const path = resolveIn(st.model.workdir.path, r.value);
        const msg = r.value === path ? `WORKDIR ${path}` : `WORKDIR ${r.value} is ${path}`;
        st.model.workdir = { path, evidence: this.ev(ins.range, msg) };
        if (!lookupExact(st.model, path)) this.put(st, { type: 'dir', path, origin: [this.ev(ins.range, msg)] });
        return;
      }
      case 'SHELL':
        st.model.shell = ins.argv.map((a) => a.value);
        return;
      case 'USER': {
        const r = this.dv(st, ins.user);
        st.model.user = r.ok ? r.value : ins.user.value;
        return;
      }
      case 'RUN':
        this.run(st, ins);
        return;
      case 'COPY':
      case 'ADD':
        this.copy(st, ins);
        return;
      case 'ENTRYPOINT':
      case 'CMD':
        this.execSpec(st, ins);
        return;
      default:
        return;
    }
  }

  private execSpec(st: State, ins: Extract<DfInstruction, { kind: 'ENTRYPOINT' | 'CMD' }>): void {
    let spec: ExecSpec;
    if (ins.form === 'exec') {
      const argv = (ins.argv ?? []).map((a) => ({ value: a.value, range: a.range }));
      spec = { form: 'exec', argv, evidence: this.ev(ins.range, `${ins.kind} ${JSON.stringify(argv.map((a) => a.value))}`) };
    } else {
      const text = ins.text ?? { value: '', range: ins.range };
      spec = {
        form: 'shell',
        argv: [...st.model.shell.map((value) => ({ value })), { value: text.value, range: text.range }],
        evidence: this.ev(ins.range, `${ins.kind} ${text.value} (shell form: runs ${[...st.model.shell].join(' ')} "${text.value}")`),
      };
      if (ins.script) spec.script = ins.script;
    }
    if (ins.kind === 'CMD') {
      st.model.cmd = spec;
      st.cmdSet = true;
    } else {
      st.model.entrypoint = spec;
      if (!st.cmdSet) delete st.model.cmd;
    }
  }

  // ---- COPY / ADD

  private copy(st: State, ins: Extract<DfInstruction, { kind: 'COPY' | 'ADD' }>): void {
    const flags: string[] = [];
    if (ins.from) flags.push(`--from=${ins.from.value}`);
    if (ins.chmod) flags.push(`--chmod=${ins.chmod.value}`);
    const label = [ins.kind, ...flags, ...ins.sources.map((s) => s.value), ...(ins.heredocs ?? []).map((h) => `<<${h.name}`), ins.dest.value].join(' ');
    let ev = this.ev(ins.range, label);
    const unknown = (msg: string) => st.model.unknowns.push(this.ev(ins.range, `${label}: ${msg}`));

    const destR = this.dv(st, ins.dest);
    if (!destR.ok) {
      unknown(`the destination is not known (${destR.reason})`);
      return;
    }
    if (!destR.value.startsWith('/') && !workdirKnown(st)) {
      unknown('the destination is relative to a WORKDIR that is not known');
      return;
    }
    const dest = resolveIn(st.model.workdir.path, destR.value);
    const nSources = ins.sources.length + (ins.heredocs?.length ?? 0);
    const destIsDir = destR.value.endsWith('/') || nSources > 1 || this.isDir(st, dest);
    let executable: boolean | undefined;
    if (ins.chmod) {
      const m = this.dv(st, ins.chmod);
      if (m.ok) executable = modeExecutable(m.value, undefined);
    }
    const finish = (e: FsEntry): FsEntry => {
      if (e.type === 'file' && executable !== undefined) e.executable = executable;
      return e;
    };

    for (const h of ins.heredocs ?? []) {
      const path = destIsDir ? norm(`${dest}/${h.name}`) : dest;
      // BuildKit writes a heredoc's file with mode 0644 unless --chmod says otherwise.
      const e: FsEntry = { type: 'file', path, origin: [ev], content: h.content, contentRange: h.range, executable: false };
      if (h.script) e.script = h.script;
      if (h.expand && (h.content.includes('$') || h.content.includes('\\'))) this.expandHeredoc(st, e, h.content, h.range);
      this.put(st, finish(e));
    }

    // --from: a named build context, a stage, or an image (one the repository builds: its last state, as a stage).
    let fromStage: State | undefined;
    let fromImage: BaseImageFacts | undefined;
    /** Why the files of the --from source are not known, when it is a named context the linter does not read. */
    let opaque: string | undefined;
    let contextDir = this.opts.context;
    if (ins.from) {
      const r = this.dv(st, ins.from);
      if (!r.ok) {
        unknown(`the --from image or stage is not known (${r.reason})`);
        return;
      }
      const name = r.value.trim();
      const named = this.opts.namedContext?.(name);
      const ref = named && 'image' in named ? named.image : name;
      if (named) ev = this.ev(ins.range, `${label} (${namedContextText(name, named)})`);
      const idx = named ? undefined : isDigits(r.value) ? Number(r.value) : this.stageByName(r.value, st.model.stageIndex);
      const built = named && 'built' in named ? named.built : named && !('image' in named) ? undefined : this.opts.baseImage?.(ref);
      const from = idx !== undefined && idx < st.model.stageIndex ? this.stage(idx) : built ? finalStates.get(built.model) : undefined;
      if (named && 'dir' in named) contextDir = named.dir;
      else if (named && 'unknown' in named) opaque = namedContextText(name, named);
      else if (from) {
        fromStage = from;
        addMissing(st.model.unknowns, fromStage.model.unknowns);
        if (fromStage.model.goOutputsUnknown) addMissing((st.model.goOutputsUnknown ??= []), fromStage.model.goOutputsUnknown);
      } else fromImage = baseImageFacts(ref);
    }

    for (const s of ins.sources) {
      const sr = this.dv(st, s);
      if (!sr.ok) {
        // A source whose unknown parts leave a pattern (BuildKit's TARGETARCH): the stage's builds it matches, when
        // they are all built alike, give the facts of the file; the destination alone names it.
        const c = fromStage ? this.stageCandidates(st, s, fromStage) : undefined;
        if (c && fromStage) {
          const base = basename(c.pattern);
          const target = !destIsDir ? dest : base.includes(UNKNOWN_PART) ? undefined : norm(`${dest}/${base}`);
          const what = c.files.every((f) => f.go) ? 'build' : 'file';
          const names = c.files.map((f) => f.path).join(', ');
          const stage = `stage ${fromStage.model.stageName ?? fromStage.model.stageIndex}`;
          const among = c.files.length === 1 ? `the only ${what} of ${stage} matching ${s.value}: ${names}` : `one of ${c.files.length} ${what}s of ${stage} matching ${s.value}, all built alike: ${names}`;
          if (c.differ.length === 0 && target !== undefined) {
            this.copyEntry(fromStage, c.files[0]!.path, st, target, this.ev(ins.range, `${label} (${among}; ${sr.reason})`), false);
            const e = st.model.fs.get(target);
            if (e) finish(e);
            continue;
          }
          unknown(
            c.differ.length > 0
              ? `the source ${s.value} is not known (${sr.reason}), and the ${c.files.length} ${what}s of ${stage} matching it are not built alike (they differ in ${c.differ.join(', ')}): ${names}`
              : `the source ${s.value} is not known (${sr.reason}), nor its name in ${dest} (${among})`,
          );
          continue;
        }
        unknown(`the source ${s.value} is not known (${sr.reason})`);
        // A file built before `docker build` (`COPY ./build/${TARGETARCH}/server /usr/local/bin/`): its directory in
        // the context is not known, but the name it gets in a destination directory is.
        const base = !fromStage && !fromImage && opaque === undefined && destIsDir ? this.knownBasename(st, s) : undefined;
        if (base !== undefined) {
          const path = norm(`${dest}/${base}`);
          this.put(st, finish({ type: 'file', path, origin: [this.ev(ins.range, `${label} puts ${path} there (which directory of the build context ${s.value} names is not known: ${sr.reason})`)] }));
        }
        continue;
      }
      const srcText = sr.value;
      if (opaque !== undefined) {
        // The file is there (the build would fail otherwise); what it is, is not known.
        this.put(st, finish({ type: 'file', path: destIsDir ? norm(`${dest}/${basename(norm(srcText))}`) : dest, origin: [ev] }));
        unknown(`${opaque}: its files are not known`);
        continue;
      }
      if (fromImage) {
        const src = norm(srcText);
        const target = destIsDir ? norm(`${dest}/${basename(src)}`) : dest;
        if (fromImage.agent === 'go-auto' && src === '/otel-go-instrumentation') {
          this.put(st, finish({
            type: 'file',
            path: target,
            origin: [this.ev(ins.range, `${label} (the Go auto-instrumentation agent's binary)`)],
            executable: true,
            agentImage: fromImage.ref,
          }));
        } else {
          this.put(st, finish({ type: 'file', path: target, origin: [ev] }));
          unknown(`the files of the image ${fromImage.ref} are not known`);
        }
        continue;
      }
      if (fromStage) {
        const src = norm(srcText);
        if (hasGlob(src)) {
          const dir = posix.dirname(src);
          const pat = basename(src);
          let n = 0;
          for (const p of [...fromStage.model.fs.keys()]) {
            if (posix.dirname(p) === dir && globMatch(pat, basename(p))) {
              this.copyEntry(fromStage, p, st, norm(`${dest}/${basename(p)}`), ev, false);
              n++;
            }
          }
          if (n === 0) unknown(`no file the Dockerfile builds matches ${src} in stage ${fromStage.model.stageName ?? fromStage.model.stageIndex}`);
          continue;
        }
        const done = this.copyEntry(fromStage, src, st, dest, ev, destIsDir);
        if (done === undefined && isDirSource(srcText)) {
          // A directory a step the inference does not understand filled (`RUN make` then `COPY --from=build
          // /src/target/ /usr/local/bin/`): its files land in the destination, and which they are is not known.
          this.opaqueDir(st, dest, ev);
          unknown(`what ${src} holds in stage ${fromStage.model.stageName ?? fromStage.model.stageIndex} is not known`);
        } else if (done === undefined && fromStage.model.base.agent === 'go-auto' && src === '/otel-go-instrumentation') {
          // A stage FROM the agent's image: its binary, whose version the tag gives.
          const target = destIsDir ? norm(`${dest}/${basename(src)}`) : dest;
          this.put(st, finish({
            type: 'file',
            path: target,
            origin: [this.ev(ins.range, `${label} (the Go auto-instrumentation agent's binary, from ${fromStage.model.base.ref})`)],
            executable: true,
            agentImage: fromStage.model.base.ref,
          }));
        } else if (done === undefined) {
          // Not produced by a step the inference understands (e.g. `RUN make`): it exists, its nature is not known.
          const target = destIsDir ? norm(`${dest}/${basename(src)}`) : dest;
          this.put(st, finish({ type: 'file', path: target, origin: [ev] }));
          unknown(`how ${src} was made in stage ${fromStage.model.stageName ?? fromStage.model.stageIndex} is not known`);
        } else {
          const e = st.model.fs.get(done);
          if (e) finish(e);
        }
        continue;
      }
      // From the build context.
      if (ins.kind === 'ADD' && (srcText.includes('://') || srcText.startsWith('git@'))) {
        const target = destIsDir ? norm(`${dest}/${basename(srcText)}`) : dest;
        this.put(st, finish({ type: 'file', path: target, origin: [ev] }));
        unknown(`the content of ${srcText} is not known`);
        continue;
      }
      const repoPath = repoJoin(contextDir, srcText);
      if (repoPath.startsWith('..') || repoJoin('.', srcText).startsWith('..')) {
        unknown(`${srcText} is outside the build context`);
        continue;
      }
      if (this.opts.prebuilt && contextDir === this.opts.context && this.copyPrebuilt(st, srcText, repoPath, dest, destIsDir, ev, finish)) continue;
      if (hasGlob(srcText)) {
        const dir = posix.dirname(repoPath);
        const pat = basename(repoPath);
        const matches = this.opts.repo.list(dir).filter((f) => posix.dirname(f) === dir && globMatch(pat, basename(f)));
        if (matches.length === 0) unknown(`no file in the repository matches ${srcText}`);
        for (const f of matches) {
          this.put(st, finish(withScript(st.x, { type: 'file', path: norm(`${dest}/${basename(f)}`), origin: [ev], contextFile: f })));
        }
        continue;
      }
      const kind = this.opts.repo.stat(repoPath);
      if (kind === 'dir') {
        st.x.overlays.push({ dest, contextDir: repoPath, origin: [ev] });
        this.put(st, { type: 'dir', path: dest, origin: [ev], contextDir: repoPath });
        continue;
      }
      if (kind === undefined && isDirSource(srcText)) {
        // `COPY golang/ .`: a directory (its trailing slash says so) that is not in the repository, copied into the
        // destination: what it holds is not known, and no file takes its name.
        this.opaqueDir(st, dest, ev);
        unknown(`${repoPath} is not in the repository (built outside Docker, or ignored): the files it holds are not known`);
        continue;
      }
      const target = destIsDir ? norm(`${dest}/${basename(srcText)}`) : dest;
      if (kind === 'file') {
        if (ins.kind === 'ADD' && isArchive(srcText)) {
          unknown(`ADD extracts the archive ${srcText}; its files are not known`);
          continue;
        }
        this.put(st, finish(withScript(st.x, { type: 'file', path: target, origin: [ev], contextFile: repoPath })));
      } else {
        this.put(st, finish({ type: 'file', path: target, origin: [ev] }));
        unknown(`${repoPath} is not in the repository (built outside Docker, or ignored)`);
      }
    }
  }

  /** `dest` is a directory the COPY `ev` (or a `go install` of a pattern) fills with files that are not known (ImageModel.opaqueDirs). */
  opaqueDir(st: State, dest: string, ev: Evidence): void {
    if (!st.model.fs.has(dest)) this.put(st, { type: 'dir', path: dest, origin: [ev] });
    (st.model.opaqueDirs ??= []).push({ path: dest, evidence: ev });
  }

  /**
   * A COPY from the build context of binaries the build tool put there (`prebuilt`): the file itself, those a glob
   * matches, or those under a directory copied whole (whose other files, the repository's, are copied as well).
   * A name no file has, where the only binary of that directory is one whose name is not known, is that binary.
   * True when the source is done with.
   */
  private copyPrebuilt(st: State, srcText: string, repoPath: string, dest: string, destIsDir: boolean, ev: Evidence, finish: (e: FsEntry) => FsEntry): boolean {
    const pre = this.opts.prebuilt!;
    const rel = repoJoin('.', srcText) === '.' ? '' : repoJoin('.', srcText);
    const pathOf = (b: PrebuiltBinary, name: string): string => (b.dir === '' ? name : `${b.dir}/${name}`);
    const put = (b: PrebuiltBinary, name: string, target: string, how?: string): void => {
      const built: Evidence = { range: b.evidence.range, message: `${b.evidence.message}, and puts the binary in the build context as ${pathOf(b, name)}${how ? ` (${how})` : ''}` };
      const go: GoBuildInfo = { pkg: b.pkg, stripped: b.stripped, noDwarf: b.noDwarf, pie: b.pie, upx: b.upx, evidence: b.evidence };
      if (b.strip) go.strip = b.strip;
      const mod = this.repoGoModFacts(b.packageDir);
      if (mod) go.goMod = mod;
      if (b.goToolchain !== undefined) go.goToolchain = { value: b.goToolchain, evidence: b.evidence };
      const origin = [built, ...(b.upxEvidence ? [b.upxEvidence] : []), ev];
      this.put(st, finish({ type: 'file', path: target, origin, go, executable: true }));
    };
    const named = pre.filter((b) => b.name !== undefined);
    const exact = named.filter((b) => pathOf(b, b.name!) === rel);
    if (exact.length > 0) {
      for (const b of exact) put(b, b.name!, destIsDir ? norm(`${dest}/${b.name!}`) : dest);
      return true;
    }
    if (hasGlob(rel)) {
      const dir = posix.dirname(rel) === '.' ? '' : posix.dirname(rel);
      const matches = named.filter((b) => b.dir === dir && globMatch(basename(rel), b.name!));
      for (const b of matches) put(b, b.name!, norm(`${dest}/${b.name!}`));
      // The repository's files the glob matches are copied too; none matching at all is reported there.
      return matches.length > 0 && this.opts.repo.list(posix.dirname(repoPath)).every((f) => posix.dirname(f) !== posix.dirname(repoPath) || !globMatch(basename(repoPath), basename(f)));
    }
    const under = named.filter((b) => rel === '' || b.dir === rel || b.dir.startsWith(`${rel}/`));
    if (under.length > 0) {
      for (const b of under) {
        const sub = pathOf(b, b.name!).slice(rel === '' ? 0 : rel.length + 1);
        put(b, b.name!, norm(`${dest}/${sub}`));
      }
      // The directory's files from the repository (`extra_files`) come along.
      return this.opts.repo.stat(repoPath) !== 'dir';
    }
    if (this.opts.repo.stat(repoPath) !== undefined) return false;
    const dir = posix.dirname(rel) === '.' ? '' : posix.dirname(rel);
    const unnamed = pre.filter((b) => b.name === undefined && b.dir === dir);
    if (unnamed.length === 1 && !pre.some((b) => b.name !== undefined && b.dir === dir)) {
      const b = unnamed[0]!;
      put(b, basename(rel), destIsDir ? norm(`${dest}/${basename(rel)}`) : dest, `the only binary it puts there; its name is not known: ${b.nameUnknown}`);
      return true;
    }
    return false;
  }

  /** go.mod's `go` and `toolchain` directives for a package of the repository (the go.mod at or above its directory). */
  private repoGoModFacts(packageDir: string): GoModFacts | undefined {
    const found = repoGoMod(this.opts.repo, packageDir);
    return found ? goModFileFacts(found.file) : undefined;
  }

  // ---- RUN

  /** `--mount=type=bind[,source=x][,target=y]` from the build context: visible during this RUN only. */
  private bindMounts(st: State, ins: Extract<DfInstruction, { kind: 'RUN' }>): Overlay[] {
    const out: Overlay[] = [];
    for (const f of ins.flags) {
      if (!f.value.startsWith('--mount=')) continue;
      const opts = new Map<string, string>();
      for (const kv of f.value.slice('--mount='.length).split(',')) {
        const eq = kv.indexOf('=');
        opts.set((eq >= 0 ? kv.slice(0, eq) : kv).toLowerCase(), eq >= 0 ? kv.slice(eq + 1) : 'true');
      }
      if ((opts.get('type') ?? 'bind') !== 'bind' || opts.has('from')) continue;
      const target = opts.get('target') ?? opts.get('dst') ?? opts.get('destination');
      if (target === undefined || (!target.startsWith('/') && !workdirKnown(st))) continue;
      const source = opts.get('source') ?? opts.get('src') ?? '.';
      const contextDir = repoJoin(this.opts.context, source);
      if (contextDir.startsWith('..')) continue;
      out.push({ dest: resolveIn(st.model.workdir.path, target), contextDir, origin: [this.ev(f.range, `RUN ${f.value}`)] });
    }
    return out;
  }

  private run(st: State, ins: Extract<DfInstruction, { kind: 'RUN' }>): void {
    const mounts = this.bindMounts(st, ins);
    st.x.overlays.push(...mounts);
    this.scriptSteps = 0;
    try {
      this.runCommands(st, ins);
    } catch (e) {
      if (!(e instanceof TooManyCommands)) throw e;
      st.model.unknowns.push(this.ev(ins.range, `the scripts this RUN runs run more than ${MAX_SCRIPT_STEPS} commands (loops, functions); what they build after that is not read`));
    } finally {
      if (mounts.length > 0) st.x.overlays = st.x.overlays.filter((o) => !mounts.includes(o));
    }
  }

  private runCommands(st: State, ins: Extract<DfInstruction, { kind: 'RUN' }>): void {
    const vars = this.shellVars(st);
    if (ins.execArgv) {
      const argv = ins.execArgv.map((a) => ({ value: a.value as string | undefined, raw: a.value, range: a.range }));
      const cmd = new CommandRun(this, st, st.model.workdir.path, vars, new Set(), new Map(), ins.range, false);
      cmd.exec(argv);
      return;
    }
    const script = ins.script;
    if (!script) return;
    if (script.shebang && !SHELL_NAMES.has(basename(script.shebang.interpreter))) return;
    const unknownVars = new Set<string>(st.envUnknown);
    for (const [k, v] of st.args) if (v === undefined && !st.model.env.has(k)) unknownVars.add(k);
    this.runScript(st, script, st.model.workdir.path, workdirKnown(st), vars, unknownVars, false, undefined, st.envPartial ? { partial: st.envPartial } : undefined);
  }

  /** At most this many `make` calls are followed inside one another (a recipe that runs `$(MAKE)`). */
  makeDepth = 0;
  /** Scripts followed inside one another (src/infer/image.ts MAX_SCRIPT_DEPTH). */
  scriptDepth = 0;

  /**
   * Runs a shell script's commands in a build stage: a RUN's, or a recipe line `make` runs (`allConditional`: the
   * `make` itself may not run).
   */
  runScript(
    st: State,
    script: ShellScript,
    startCwd: string,
    startCwdKnown: boolean,
    vars: Map<string, string>,
    unknownVars: Set<string>,
    allConditional: boolean,
    via?: string,
    args?: ScriptArgs,
  ): void {
    const sh: BuildShell = {
      cwd: startCwd,
      cwdKnown: startCwdKnown,
      vars: new Map(vars),
      unknown: new Set(unknownVars),
      partial: new Map(args?.partial),
      env: vars,
      unexported: new Set(),
      positional: args?.positional,
      zero: args?.zero,
      source: undefined,
      funcs: new Map(),
      locals: undefined,
      funcDepth: 0,
      sourced: 0,
    };
    new ScriptWalk(this, st, via).script(script, sh, { cond: allConditional, certain: !allConditional });
  }

  /** Commands the build scripts of the RUN being evaluated have run (bounded by MAX_SCRIPT_STEPS). */
  scriptSteps = 0;
  /** `$(...)` nested in `$(...)` being evaluated for its output. */
  subDepth = 0;
  private readonly subScripts = new Map<string, ShellScript | null>();

  /** The text of a command substitution, parsed (cached: a loop or a function evaluates the same text again). */
  parsedSub(text: string): ShellScript | undefined {
    let s = this.subScripts.get(text);
    if (s === undefined) {
      try {
        s = parseShell(text, { file: '', lines: new LineIndex(text), baseOffset: 0 });
      } catch {
        s = null;
      }
      if (this.subScripts.size >= MAX_SUB_CACHE) this.subScripts.clear();
      this.subScripts.set(text, s);
    }
    return s ?? undefined;
  }

  get repo(): RepoView {
    return this.opts.repo;
  }
}

/** Whether the image holds a file or directory the build wrote under directory `dir`. */
function hasEntriesUnder(image: ImageModel, dir: string): boolean {
  const prefix = dir === '/' ? '/' : `${dir}/`;
  for (const k of image.fs.keys()) if (k.startsWith(prefix)) return true;
  return false;
}

/** `make` inside make inside make: deeper than this is not followed. */
const MAX_MAKE_DEPTH = 4;
/**
 * make's long options that take their value as the next word when it is not given with `=` (`--jobs` and
 * `--load-average` take theirs only after `=`: their value is optional).
 */
const MAKE_LONG_VALUE = new Set(['directory', 'file', 'makefile', 'include-dir', 'old-file', 'assume-old', 'new-file', 'assume-new', 'what-if', 'eval']);
/** make's long options that make it build nothing. */
const MAKE_DRY_RUN = new Set(['just-print', 'dry-run', 'recon', 'question', 'touch']);

/** The variable a command-line assignment sets: `GOOS` of `GOOS=`, `GOOS:=`, `GOOS+=`, `GOOS?=`. */
function makeVarName(left: string): string {
  let end = left.length;
  while (end > 0 && (left[end - 1] === ':' || left[end - 1] === '+' || left[end - 1] === '?')) end--;
  return left.slice(0, end);
}

/** A make variable name on the command line (`GOOS=linux`), not a goal with a `=` in it. */
function isMakeName(name: string): boolean {
  return [...name].every((c) => c !== ' ' && c !== '/' && c !== '$' && c !== '%');
}

function isDigits(s: string): boolean {
  return s !== '' && [...s].every((c) => c >= '0' && c <= '9');
}

function isArchive(p: string): boolean {
  return ['.tar', '.tar.gz', '.tgz', '.tar.bz2', '.tbz2', '.tar.xz', '.txz', '.tar.zst'].some((s) => p.endsWith(s));
}

/**
 * The facts of a file the checks of a binary read (Go version, -s, -w, PIE, UPX, the go.mod and toolchain that
 * bound the version ...), named, without where they come from: two files built alike have the same values.
 */
function buildFacts(e: Extract<FsEntry, { type: 'file' }>): [string, string][] {
  const g = e.go;
  const facts: [string, string][] = [
    ['kind', g ? 'Go binary' : e.agentImage !== undefined ? `agent ${e.agentImage}` : `file ${e.contextFile ?? e.content ?? ''}`],
    ['executable', String(e.executable)],
  ];
  if (!g) return facts;
  facts.push(
    ['Go version', g.goVersion ?? ''],
    ['-s', `${g.stripped} ${g.strip?.how ?? ''} ${g.strip?.fix ?? ''}`],
    ['-w', String(g.noDwarf)],
    ['PIE', String(g.pie)],
    ['UPX', String(g.upx)],
    ['GOTOOLCHAIN', g.goToolchain?.value ?? ''],
    ['go.mod', `${g.goMod?.file ?? ''} ${g.goMod?.go?.value ?? ''} ${g.goMod?.toolchain?.value ?? ''}`],
    ['Go vendor', g.goVendor?.name ?? ''],
    ['GOEXPERIMENT', g.goExperiment?.value ?? ''],
  );
  return facts;
}

/** Does path `p` match `pattern`, whose UNKNOWN_PARTs each stand for any run of characters within one path element? */
function matchesUnknownParts(pattern: string[], p: string): boolean {
  const segs = p.split('/');
  if (segs.length !== pattern.length) return false;
  return pattern.every((q, i) => (q.includes(UNKNOWN_PART) ? globMatch(q.split(UNKNOWN_PART).join('*'), segs[i]!) : q === segs[i]));
}

/** Appends the items of `from` that `to` does not hold yet. */
function addMissing<T>(to: T[], from: readonly T[]): void {
  for (const x of from) if (!to.includes(x)) to.push(x);
}

/** Does a chmod/install mode make the file executable? (`755`, `0755`, `+x`, `u+x`, `a-x` ...) */
function modeExecutable(mode: string, before: boolean | undefined): boolean | undefined {
  if (mode !== '' && [...mode].every((c) => c >= '0' && c <= '7')) {
    const perm = mode.slice(-3);
    return [...perm].some((d) => (Number(d) & 1) === 1);
  }
  let result = before;
  for (const clause of mode.split(',')) {
    let i = 0;
    while (i < clause.length && 'ugoa'.includes(clause[i]!)) i++;
    const who = clause.slice(0, i);
    const op = clause[i];
    const perms = clause.slice(i + 1);
    if (op !== '+' && op !== '-' && op !== '=') return undefined;
    const x = perms.includes('x') || perms.includes('X');
    if (op === '+' && x) result = true;
    else if (op === '=') result = x ? true : who === '' || who.includes('a') ? false : result;
    else if (op === '-' && x && (who === '' || who.includes('a'))) result = false;
  }
  return result;
}

/** Splits a Go flag value like `-s -w -X 'main.v=1 2'` into words (quotes respected). */
function splitQuoted(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quote: string | undefined;
  let has = false;
  for (const c of s) {
    if (quote) {
      if (c === quote) quote = undefined;
      else cur += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      has = true;
    } else if (c === ' ' || c === '\t' || c === '\n') {
      if (has || cur !== '') out.push(cur);
      cur = '';
      has = false;
    } else cur += c;
  }
  if (has || cur !== '') out.push(cur);
  return out;
}

/** Go's default executable name for an import path: last element, skipping a major-version suffix `/vN`. */
export function goExecName(importPath: string): string {
  const parts = importPath.split('/').filter((p) => p !== '');
  let last = parts[parts.length - 1] ?? '';
  if (parts.length > 1 && last.startsWith('v') && isDigits(last.slice(1)) && Number(last.slice(1)) >= 2) last = parts[parts.length - 2]!;
  if (importPath.startsWith('gopkg.in/')) {
    const dot = last.lastIndexOf('.v');
    if (dot > 0 && isDigits(last.slice(dot + 2))) last = last.slice(0, dot);
  }
  return last;
}

const GO_BUILD_BOOL = new Set([
  'a', 'n', 'v', 'x', 'i', 'race', 'msan', 'asan', 'cover', 'trimpath', 'linkshared', 'modcacherw', 'work', 'json',
  'buildvcs',
]);

interface Arg {
  value: string | undefined;
  raw: string;
  range: Range;
  reason?: string;
  /** For a word that cannot be known: its text with UNKNOWN_PART for each part that cannot be (expandKnownParts). */
  partial?: string;
}

/** The arguments of a script a build runs (`./build.sh linux`, `sh -c '...' name arg`) and what it sees of its caller. */
interface ScriptArgs {
  /** `$1`...: absent when not known. */
  positional?: readonly (string | undefined)[];
  /** `$0`. */
  zero?: string;
  /** The caller's variables it did not export (the script's own child scripts do not see them). */
  unexported?: ReadonlySet<string>;
  /** The known parts of the variables it sees whose value is only partly known (ExpandEnv.partial). */
  partial?: ReadonlyMap<string, string>;
  /** $BASH_SOURCE where it is not $0 (a command of a sourced file). */
  source?: { path: string | undefined };
}

/** Scripts that run scripts (`./build.sh` calling `./scripts/compile.sh`): deeper than this is not followed. */
const MAX_SCRIPT_DEPTH = 4;

// The bounds of build scripts are the ENTRYPOINT interpreter's (src/infer/script.ts): commands the scripts of one RUN
// may run (past them the rest is not read), items of a `for` loop run one by one (more, or items not all known: the
// body runs once, the variable unknown), functions calling functions, arguments of a call followed, and characters of
// a variable's value kept (`X="$X $X"` in a loop).
const MAX_SCRIPT_STEPS = MAX_STEPS;
const MAX_LOOP_ITEMS = MAX_ITEMS;
const MAX_FUNC_DEPTH = MAX_DEPTH;
const MAX_FUNC_ARGS = MAX_ARGS;
const MAX_SHELL_VALUE = MAX_VALUE;
/** A command substitution longer than this is not evaluated (the static ones are short). */
const MAX_SUB_TEXT = 1000;
/** `$(...)` inside `$(...)`: deeper than this is not evaluated. */
const MAX_SUB_DEPTH = 8;
/** Parsed command substitution texts kept by an evaluator. */
const MAX_SUB_CACHE = 256;

class TooManyCommands extends Error {}

/** A script's commands, and how their reach is read: from its statement tree, or from each command's `reach`. */
interface ScriptText {
  script: ShellScript;
  /**
   * No statement tree to walk (syntax errors: commands tree-sitter recovered are only listed; or a script built
   * without one): the top-level commands run in order, each as conditional as its `reach` says.
   */
  byReach: boolean;
}

interface ShellFunction {
  body: ShellNode[];
  from: ScriptText;
  /** $BASH_SOURCE inside it: the file that defined it (undefined: $0). */
  source: { path: string | undefined } | undefined;
}

/** A variable's value before a function changed it (`local`, `A=b fn`). */
type SavedVar = { value: string } | { unknown: true; partial: string | undefined } | { absent: true };

/** The shell a build script runs in: the files it sources and the functions it calls share it. */
interface BuildShell {
  cwd: string;
  cwdKnown: boolean;
  vars: Map<string, string>;
  unknown: Set<string>;
  /** The known parts of variables whose value is only partly known (ExpandEnv.partial); they are in `unknown`. */
  partial: Map<string, string>;
  /** The environment the shell started with: a name it assigns beyond it is not exported unless it says so. */
  env: ReadonlyMap<string, string>;
  /** Variables the script set without exporting them: a script it runs does not see them. */
  unexported: Set<string>;
  positional: readonly (string | undefined)[] | undefined;
  zero: string | undefined;
  /** $BASH_SOURCE in a sourced file or a function defined there (undefined: $0). */
  source: { path: string | undefined } | undefined;
  funcs: Map<string, ShellFunction>;
  /** In a function: the values its `local` variables hide, given back when it returns. */
  locals: Map<string, SavedVar> | undefined;
  funcDepth: number;
  /** Files being sourced: `return` ends the innermost (or the function running). */
  sourced: number;
}

/**
 * Whether a statement runs: `cond`, it may not (its effects are recorded as conditional, its assignments make
 * variables unknown); `certain`, it surely does, so its `exit` / `return` / `break` / `continue` change what runs
 * next (the right of `&&` is not conditional in the first sense, but is not certain).
 */
interface Reach {
  cond: boolean;
  certain: boolean;
}

type Flow = 'run' | 'break' | 'continue' | 'return' | 'exit';

const MAYBE: Reach = { cond: true, certain: false };

/**
 * Walks a build script's statements in a build stage: functions it defines and calls (with their arguments and
 * `local`s), `for` loops over known words (each item in turn), files it sources with `.` / `source`, and `exit` /
 * `return` / `break` / `continue` where they surely run. `if` / `case` bodies and `while` loops run once, as
 * conditional; no condition is decided. Each simple command runs in a CommandRun.
 */
class ScriptWalk {
  constructor(
    private readonly evaluator: Evaluator,
    private readonly st: State,
    private readonly via: string | undefined,
  ) {}

  script(script: ShellScript, sh: BuildShell, r: Reach): Flow {
    const tree = script.body !== undefined && script.errors.length === 0 && script.tooDeep === undefined;
    const from: ScriptText = { script, byReach: !tree };
    return this.block(tree ? script.body! : topLevelNodes(script), from, sh, r);
  }

  private block(nodes: ShellNode[], from: ScriptText, sh: BuildShell, r: Reach): Flow {
    for (const n of nodes) {
      const f = this.node(n, from, sh, r);
      if (f !== 'run') return f;
    }
    return 'run';
  }

  private node(n: ShellNode, from: ScriptText, sh: BuildShell, r: Reach): Flow {
    if (++this.evaluator.scriptSteps > MAX_SCRIPT_STEPS) throw new TooManyCommands();
    switch (n.kind) {
      case 'command':
        return this.command(from.script.commands[n.index], from, sh, r);
      case 'and':
      case 'or':
        return this.chain(n, from, sh, r);
      case 'not':
        return this.node(n.body, from, sh, r);
      case 'group':
        if (!n.subshell) return this.block(n.body, from, sh, r);
        this.block(n.body, from, subshellOf(sh), r);
        return 'run';
      case 'background':
        this.node(n.body, from, subshellOf(sh), { cond: r.cond, certain: false });
        return 'run';
      case 'pipeline':
        if (n.stages.length === 1) return this.node(n.stages[0]!, from, sh, r);
        // Every stage runs in a subshell of its own.
        for (const stage of n.stages) this.node(stage, from, subshellOf(sh), { cond: r.cond, certain: false });
        return 'run';
      case 'if': {
        const f = this.block(n.clauses[0]?.condition ?? [], from, sh, r);
        if (f !== 'run') return f;
        n.clauses.forEach((c, i) => {
          if (i > 0) this.block(c.condition, from, sh, MAYBE);
          this.block(c.body, from, sh, MAYBE);
        });
        if (n.otherwise) this.block(n.otherwise, from, sh, MAYBE);
        return 'run';
      }
      case 'case':
        for (const item of n.items) this.block(item.body, from, sh, MAYBE);
        return 'run';
      case 'loop':
        return this.loop(n, from, sh, r);
      case 'function':
        sh.funcs.set(n.name, { body: n.body, from, source: sh.source });
        return 'run';
    }
  }

  /** `a && b || c`, walked along the chain in a loop (the parser nests it to the left: `(a && b) || c`). */
  private chain(n: Extract<ShellNode, { kind: 'and' | 'or' }>, from: ScriptText, sh: BuildShell, r: Reach): Flow {
    const ops: Extract<ShellNode, { kind: 'and' | 'or' }>[] = [];
    let first: ShellNode = n;
    while (first.kind === 'and' || first.kind === 'or') {
      ops.push(first);
      first = first.left;
    }
    const f = this.node(first, from, sh, r);
    if (f !== 'run') return f;
    // The right of `&&` runs when the left succeeds (as the parser's reach reads it); of `||`, and after it, may not.
    let cond = r.cond;
    for (let i = ops.length - 1; i >= 0; i--) {
      const op = ops[i]!;
      if (op.kind === 'or') cond = true;
      this.node(op.right, from, sh, { cond, certain: false });
    }
    return 'run';
  }

  private loop(n: Extract<ShellNode, { kind: 'loop' }>, from: ScriptText, sh: BuildShell, r: Reach): Flow {
    if (n.loop !== 'for' || n.variable === undefined) {
      // while / until / C-style for: the condition runs; the body may, and is read once.
      const f = this.block(n.condition, from, sh, r);
      if (f !== 'run') return f;
      this.block(n.body, from, sh, MAYBE);
      return 'run';
    }
    const name = n.variable;
    let items = n.items ? expandArgv(n.items, this.env(sh)).argv : sh.positional;
    if (items && (items.includes(undefined) || items.length > MAX_LOOP_ITEMS)) items = undefined;
    if (items === undefined) {
      this.setVar(sh, name, undefined);
      this.block(n.body, from, sh, MAYBE);
      return 'run';
    }
    // Known items: the body runs for each, as surely as the loop does.
    for (const item of items) {
      this.setVar(sh, name, item);
      const f = this.block(n.body, from, sh, r);
      if (f === 'break') break;
      if (f === 'return' || f === 'exit') return f;
    }
    if (r.cond && items.length > 0) this.setVar(sh, name, undefined);
    return 'run';
  }

  private command(c: ShellCommand | undefined, from: ScriptText, sh: BuildShell, r: Reach): Flow {
    if (!c) return 'run';
    const conditional = r.cond || (from.byReach && c.reach === 'conditional');
    // Read by reach, `[ -z "$1" ] && exit 1` is not told from `exit 1`: no flow is followed.
    const certain = r.certain && !conditional && !from.byReach;
    const name = c.words[0] ? literalValue(c.words[0]) : undefined;
    const arg = c.words[1] ? literalValue(c.words[1]) : undefined;
    switch (name) {
      case 'exit':
        return certain ? 'exit' : 'run';
      case 'return':
        return certain && (sh.funcDepth > 0 || sh.sourced > 0) ? 'return' : 'run';
      case 'break':
      case 'continue':
        return certain && (c.words.length === 1 || arg === '1') ? name : 'run';
      case '.':
      case 'source':
        return this.source(c, sh, conditional, certain);
    }
    const fn = name === undefined ? undefined : sh.funcs.get(name);
    if (fn) return this.call(fn, c, sh, conditional, certain);
    this.simple(c, sh, conditional);
    return 'run';
  }

  /** A function call: its body runs in this shell with the call's words as $1..., and `A=b fn`'s A until it returns. */
  private call(fn: ShellFunction, c: ShellCommand, sh: BuildShell, conditional: boolean, certain: boolean): Flow {
    if (sh.funcDepth >= MAX_FUNC_DEPTH) {
      this.unknown(c, conditional, `${c.words[0]!.raw}: functions call functions more than ${MAX_FUNC_DEPTH} deep; what they build is not read`);
      return 'run';
    }
    const env = this.env(sh);
    const argv = expandArgv(c.words, env).argv.slice(1);
    const before = new Map<string, SavedVar>();
    for (const a of c.assignments) {
      if (!before.has(a.name)) before.set(a.name, savedVar(sh, a.name));
      const v = a.value ? expandWord(a.value, env) : { ok: true as const, value: '' };
      setValue(sh, a.name, v.ok ? v.value : undefined, !v.ok && a.value ? knownPartsOf(a.value, env) : undefined);
    }
    const saved = { positional: sh.positional, locals: sh.locals, source: sh.source };
    sh.positional = argv.length > MAX_FUNC_ARGS ? undefined : argv;
    sh.locals = new Map();
    sh.source = fn.source;
    sh.funcDepth++;
    const f = this.block(fn.body, fn.from, sh, { cond: conditional, certain });
    sh.funcDepth--;
    for (const [k, v] of sh.locals) restoreVar(sh, k, v);
    for (const [k, v] of before) restoreVar(sh, k, v);
    sh.positional = saved.positional;
    sh.locals = saved.locals;
    sh.source = saved.source;
    return f === 'exit' ? 'exit' : 'run';
  }

  /**
   * `. file` / `source file [args]`: a file the image holds runs in this shell. A name without a slash is looked up
   * on PATH (by bash then in the working directory): not followed.
   */
  private source(c: ShellCommand, sh: BuildShell, conditional: boolean, certain: boolean): Flow {
    const argv = expandArgv(c.words, this.env(sh)).argv;
    const path = argv[1];
    if (path === undefined || !path.includes('/')) return 'run';
    const p = path.startsWith('/') ? norm(path) : sh.cwdKnown ? resolveIn(sh.cwd, path) : undefined;
    const script = p === undefined ? undefined : this.sourcedScript(p);
    if (!script) return 'run';
    if (this.evaluator.scriptDepth >= MAX_SCRIPT_DEPTH) {
      this.unknown(c, conditional, `${c.words.map((w) => w.raw).join(' ')}: scripts run or source scripts more than ${MAX_SCRIPT_DEPTH} deep; what they build is not read`);
      return 'run';
    }
    const saved = { positional: sh.positional, source: sh.source };
    if (argv.length > 2) sh.positional = argv.length - 2 > MAX_FUNC_ARGS ? undefined : argv.slice(2);
    sh.source = { path };
    sh.sourced++;
    this.evaluator.scriptDepth++;
    const f = this.script(script, sh, { cond: conditional, certain });
    this.evaluator.scriptDepth--;
    sh.sourced--;
    sh.positional = saved.positional;
    sh.source = saved.source;
    return f === 'exit' ? 'exit' : 'run';
  }

  /** The text of a file `.` reads: a shell script of the image, or any repository file (`. ./versions.env`). */
  private sourcedScript(p: string): ShellScript | undefined {
    const e = lookupExact(this.st.model, p);
    if (!e || e.type !== 'file') return undefined;
    if (e.script) return e.script;
    const repo = this.evaluator.repo;
    const file = e.contextFile !== undefined && !e.go ? repo.load(e.contextFile) : undefined;
    if (!file) return undefined;
    try {
      return repo.memo ? repo.memo.through('script', file, parseScriptFile) : parseScriptFile(file);
    } catch {
      return undefined;
    }
  }

  /** A simple command: assignments, or a command run in the stage (CommandRun). */
  private simple(c: ShellCommand, sh: BuildShell, conditional: boolean): void {
    const decl = declaration(c);
    if (decl === 'other') return;
    // Assignments only: shell variables for the rest of the script.
    if (c.words.length === 0 || decl !== undefined) {
      const exporting = decl?.exporting === true;
      const env = this.env(sh);
      const scoped = decl?.local === true ? sh.locals : undefined;
      for (const a of c.assignments) {
        if (scoped && !scoped.has(a.name)) scoped.set(a.name, savedVar(sh, a.name));
        // `export A`, `readonly A`, `declare A`: A keeps its value (a function's `local A` is a new, empty one).
        if (!a.value && decl !== undefined && !scoped) {
          if (exporting) sh.unexported.delete(a.name);
          continue;
        }
        const r = a.value && !decl?.opaque ? expandWord(a.value, env) : a.value ? { ok: false as const, reason: '' } : { ok: true as const, value: '' };
        if (exporting) sh.unexported.delete(a.name);
        else if (!sh.env.has(a.name) && !sh.vars.has(a.name) && !sh.partial.has(a.name)) sh.unexported.add(a.name);
        // Partly known (`ldflags="-X main.commit=${BUILD_COMMIT}"`, `ldflags+=" -w -s"`): the known parts are kept.
        const known = !r.ok && !conditional && a.value && !decl?.opaque ? knownPartsOf(a.value, env) : undefined;
        setValue(sh, a.name, r.ok && !conditional ? r.value : undefined, known);
      }
      return;
    }
    const cmdEnv = new Map<string, string>();
    const cmdUnknown = new Set(sh.unknown);
    const cmdPartial = c.assignments.length > 0 ? new Map(sh.partial) : sh.partial;
    for (const a of c.assignments) {
      const env = this.env(sh);
      const r = a.value ? expandWord(a.value, env) : { ok: true as const, value: '' };
      const known = !r.ok && a.value ? knownPartsOf(a.value, env) : undefined;
      if (known !== undefined) cmdPartial.set(a.name, known);
      else cmdPartial.delete(a.name);
      if (r.ok) {
        cmdEnv.set(a.name, r.value);
        cmdUnknown.delete(a.name);
      } else cmdUnknown.add(a.name);
    }
    const args: ScriptArgs = { positional: sh.positional, zero: sh.zero, unexported: sh.unexported, partial: cmdPartial };
    if (sh.source) args.source = sh.source;
    const runner = new CommandRun(this.evaluator, this.st, sh.cwdKnown ? sh.cwd : undefined, sh.vars, cmdUnknown, cmdEnv, c.range, conditional, this.via, args);
    if (c.writes) runner.io = c;
    const newCwd = runner.exec(runner.argv(c.words));
    if (newCwd !== undefined && !conditional) {
      if (newCwd === null) sh.cwdKnown = false;
      else {
        sh.cwd = newCwd;
        sh.cwdKnown = true;
      }
    }
  }

  private setVar(sh: BuildShell, name: string, value: string | undefined): void {
    if (!sh.env.has(name) && !sh.vars.has(name) && !sh.partial.has(name)) sh.unexported.add(name);
    setValue(sh, name, value);
  }

  private env(sh: BuildShell): ExpandEnv {
    const cwd = sh.cwdKnown ? sh.cwd : undefined;
    const env: ExpandEnv = {
      vars: sh.vars,
      unknown: sh.unknown,
      partial: sh.partial,
      positional: sh.positional,
      zero: sh.zero,
      commandSub: (text, e) => commandOutput(this.evaluator, this.st, text, e, cwd),
    };
    if (sh.source) env.source = sh.source;
    return env;
  }

  private unknown(c: ShellCommand, conditional: boolean, message: string): void {
    const m = this.via ? `${message} (run by ${this.via})` : message;
    this.st.model.unknowns.push({ range: c.range, message: conditional ? `${m} (in a conditional branch)` : m });
  }
}

/** Without a statement tree: the top-level commands in order, a run of subshell ones sharing a subshell. */
function topLevelNodes(script: ShellScript): ShellNode[] {
  const out: ShellNode[] = [];
  let sub: ShellNode[] | undefined;
  script.commands.forEach((c, index) => {
    if (c.inFunction !== undefined) return;
    const node: ShellNode = { kind: 'command', index, range: c.range };
    if (!c.subshell) {
      sub = undefined;
      out.push(node);
    } else if (sub) sub.push(node);
    else {
      sub = [node];
      out.push({ kind: 'group', subshell: true, body: sub, range: c.range });
    }
  });
  return out;
}

/** A subshell's copy of the shell: what it changes (variables, directory, functions) stays in it. */
function subshellOf(sh: BuildShell): BuildShell {
  return {
    ...sh,
    vars: new Map(sh.vars),
    unknown: new Set(sh.unknown),
    partial: new Map(sh.partial),
    unexported: new Set(sh.unexported),
    funcs: new Map(sh.funcs),
    locals: sh.locals ? new Map(sh.locals) : undefined,
  };
}

/** Sets a variable: to `value`, or (undefined) to one not known, of which `known` (ExpandEnv.partial) may be known. */
function setValue(sh: BuildShell, name: string, value: string | undefined, known?: string): void {
  sh.partial.delete(name);
  if (value === undefined || value.length > MAX_SHELL_VALUE) {
    sh.vars.delete(name);
    sh.unknown.add(name);
    if (value === undefined && known !== undefined && known.length <= MAX_SHELL_VALUE) sh.partial.set(name, known);
  } else {
    sh.vars.set(name, value);
    sh.unknown.delete(name);
  }
}

function savedVar(sh: BuildShell, name: string): SavedVar {
  if (sh.unknown.has(name)) return { unknown: true, partial: sh.partial.get(name) };
  const v = sh.vars.get(name);
  return v === undefined ? { absent: true } : { value: v };
}

function restoreVar(sh: BuildShell, name: string, s: SavedVar): void {
  if ('value' in s) setValue(sh, name, s.value);
  else if ('unknown' in s) setValue(sh, name, undefined, s.partial);
  else {
    setValue(sh, name, '');
    sh.vars.delete(name);
  }
}

const DECLARATIONS = new Set(['export', 'readonly', 'local', 'declare', 'typeset']);

/**
 * `export A=b`, `readonly A`, `local -r A=b`, `declare -x A`: a command that only declares variables. `opaque`: the
 * value is not a plain string (`-a` arrays, `-i` integers, `-l` / `-u` case changes, `-n` references). 'other':
 * one that declares functions or prints (`export -f fn`, `declare -p`). Undefined: not a declaration.
 */
function declaration(c: ShellCommand): { exporting: boolean; local: boolean; opaque: boolean } | 'other' | undefined {
  const head = c.words[0] ? literalValue(c.words[0]) : undefined;
  if (head === undefined || !DECLARATIONS.has(head)) return undefined;
  let flags = '';
  for (const w of c.words.slice(1)) {
    const v = literalValue(w);
    if (v === undefined || v.length < 2 || (v[0] !== '-' && v[0] !== '+')) return undefined;
    if (v[0] === '-') flags += v.slice(1);
  }
  if ([...flags].some((f) => f === 'f' || f === 'F' || f === 'p')) return 'other';
  const scoped = head === 'local' || ((head === 'declare' || head === 'typeset') && !flags.includes('g'));
  return {
    exporting: head === 'export' || flags.includes('x'),
    local: scoped,
    opaque: [...flags].some((f) => 'aAinluc'.includes(f)) || (head === 'export' && flags !== ''),
  };
}

/** The commands of a command substitution's text (`$(...)` or backticks, as written). */
function commandSubText(raw: string): string | undefined {
  if (raw.startsWith('$(') && raw.endsWith(')') && !raw.startsWith('$((')) return raw.slice(2, -1);
  if (raw.length >= 2 && raw.startsWith('`') && raw.endsWith('`')) {
    // Inside backticks, a backslash quotes $, ` and \ only.
    let out = '';
    const t = raw.slice(1, -1);
    for (let i = 0; i < t.length; i++) {
      if (t[i] === '\\' && i + 1 < t.length && '$`\\'.includes(t[i + 1]!)) i++;
      out += t[i];
    }
    return out;
  }
  return undefined;
}

/**
 * The output of a command substitution that needs nothing run to be known, in working directory `cwd`: `pwd`,
 * `dirname`, `basename`, `echo` of plain words, after `cd`s (`$(cd "$(dirname "$0")/.." && pwd)`), joined with `&&`
 * or `;`. `pwd -P` follows the symlinks the image is known to have. Anything else is not known.
 */
function commandOutput(ev: Evaluator, st: State, raw: string, env: ExpandEnv, cwd: string | undefined): Expanded {
  const unknown: Expanded = { ok: false, reason: `${raw} is a command substitution whose output is not known statically` };
  const text = commandSubText(raw);
  if (text === undefined || text.length > MAX_SUB_TEXT || ev.subDepth >= MAX_SUB_DEPTH) return unknown;
  const script = ev.parsedSub(text);
  if (!script?.body || script.errors.length > 0 || script.tooDeep) return unknown;
  const cmds: ShellCommand[] = [];
  const flat = (n: ShellNode): boolean => {
    if (n.kind === 'command' && script.commands[n.index]) return cmds.push(script.commands[n.index]!) > 0;
    if (n.kind === 'and') return flat(n.left) && flat(n.right);
    return n.kind === 'group' && !n.subshell && n.body.every(flat);
  };
  if (!script.body.every(flat)) return unknown;
  let dir = cwd;
  let out = '';
  ev.subDepth++;
  try {
    for (const c of cmds) {
      if (c.heredoc || c.background) return unknown;
      const inner: ExpandEnv = { ...env, commandSub: (t, e) => commandOutput(ev, st, t, e, dir) };
      const x = expandArgv(c.words, inner);
      if (x.argv.includes(undefined)) return x.unknown[0] !== undefined ? { ok: false, reason: x.unknown[0] } : unknown;
      let words = x.argv as string[];
      while (words[0] === 'builtin' || words[0] === 'command') words = words.slice(1);
      const name = words[0];
      const args = words.slice(1);
      // Only `CDPATH= cd ...` (the idiom that keeps cd quiet).
      if (c.assignments.some((a) => a.name !== 'CDPATH') || (c.assignments.length > 0 && name !== 'cd')) return unknown;
      if (name === 'cd') {
        let i = 0;
        let physical = false;
        for (; i < args.length && args[i]!.startsWith('-') && args[i] !== '-'; i++) {
          if (args[i] === '--') {
            i++;
            break;
          }
          if (![...args[i]!.slice(1)].every((o) => o === 'L' || o === 'P' || o === 'e' || o === '@')) return unknown;
          physical = args[i]!.includes('P') ? true : args[i]!.includes('L') ? false : physical;
        }
        const ops = args.slice(i);
        if (ops.length > 1) return unknown;
        const target = ops[0] ?? (env.unknown?.has('HOME') ? undefined : env.vars.get('HOME'));
        if (target === undefined || target === '' || target === '-') return unknown;
        // A CDPATH may send a relative `cd` elsewhere (and make it print the directory).
        const assigned = c.assignments.find((a) => a.name === 'CDPATH');
        const cdpath = assigned ? (assigned.value?.raw ?? '') : env.unknown?.has('CDPATH') ? undefined : (env.vars.get('CDPATH') ?? '');
        const dotted = target === '.' || target === '..' || target.startsWith('./') || target.startsWith('../');
        if (!target.startsWith('/') && !dotted && cdpath !== '') return unknown;
        if (!target.startsWith('/') && dir === undefined) return unknown;
        dir = resolveIn(dir ?? '/', target);
        if (physical) dir = resolveSymlinks(st.model, dir).path;
        continue;
      }
      // Its standard output is the value: only standard error may go elsewhere.
      if (c.redirects.some((r) => !r.startsWith('2>'))) return unknown;
      if (name === 'pwd') {
        if (dir === undefined || !args.every((a) => a === '-L' || a === '-P')) return unknown;
        out += `${args[args.length - 1] === '-P' ? resolveSymlinks(st.model, dir).path : dir}\n`;
      } else if (name === 'dirname' || name === 'basename') {
        const ops = args[0] === '--' ? args.slice(1) : args;
        if (ops.length === 0 || ops.some((o) => o.startsWith('-')) || (name === 'basename' && ops.length > 2)) return unknown;
        out += name === 'dirname' ? `${ops.map(dirnameOf).join('\n')}\n` : `${basenameOf(ops[0]!, ops[1])}\n`;
      } else if (name === 'echo') {
        let newline = true;
        let words = args;
        if (words[0] === '-n') {
          newline = false;
          words = words.slice(1);
        }
        // `-e` and backslashes: dash's echo and bash's do not agree on escapes.
        if (words.some((w) => w.includes('\\')) || (words[0]?.startsWith('-') ?? false)) return unknown;
        out += words.join(' ') + (newline ? '\n' : '');
      } else if (name !== 'true' && name !== ':') return unknown;
    }
  } finally {
    ev.subDepth--;
  }
  // The shell drops the newlines the output ends with.
  let end = out.length;
  while (end > 0 && out[end - 1] === '\n') end--;
  return { ok: true, value: out.slice(0, end) };
}

/** POSIX dirname: `a/b/` -> `a`, `a` -> `.`, `/a` -> `/`. */
function dirnameOf(p: string): string {
  if (p === '') return '.';
  let end = p.length;
  while (end > 1 && p[end - 1] === '/') end--;
  const s = p.slice(0, end);
  if (s === '/') return '/';
  const slash = s.lastIndexOf('/');
  if (slash < 0) return '.';
  let d = slash;
  while (d > 0 && s[d - 1] === '/') d--;
  return d === 0 ? '/' : s.slice(0, d);
}

/** POSIX basename, without `suffix` when the name ends in it (and is more than it). */
function basenameOf(p: string, suffix: string | undefined): string {
  let end = p.length;
  while (end > 1 && p[end - 1] === '/') end--;
  const s = p.slice(0, end);
  if (s === '/' || s === '') return s;
  const b = s.slice(s.lastIndexOf('/') + 1);
  return suffix !== undefined && suffix !== '' && b !== suffix && b.endsWith(suffix) ? b.slice(0, b.length - suffix.length) : b;
}

/** One shell command of a RUN, evaluated against the stage. */
class CommandRun {
  constructor(
    private readonly evaluator: Evaluator,
    private readonly st: State,
    /** Working directory, undefined when not known. */
    private readonly cwd: string | undefined,
    private readonly vars: Map<string, string>,
    private readonly unknownVars: ReadonlySet<string>,
    private readonly cmdEnv: Map<string, string>,
    private readonly range: Range,
    private readonly conditional: boolean,
    /** What ran the command, when not the RUN itself (`make build at Dockerfile:30`). */
    private readonly via?: string,
    private readonly args?: ScriptArgs,
  ) {}

  /** The command's output redirections and here-document, when it writes to a file. */
  io: Pick<ShellCommand, 'writes' | 'heredoc'> | undefined;

  private expandEnv(): ExpandEnv {
    const env: ExpandEnv = {
      vars: new Map([...this.vars, ...this.cmdEnv]),
      unknown: this.unknownVars,
      partial: this.args?.partial,
      positional: this.args?.positional,
      zero: this.args?.zero,
      commandSub: (text, e) => commandOutput(this.evaluator, this.st, text, e, this.cwd),
    };
    if (this.args?.source) env.source = this.args.source;
    return env;
  }

  /** A command's words as arguments: one made only of unquoted expansions that are empty (`$EXTRA_FLAGS`) is none. */
  argv(words: ShellWord[]): Arg[] {
    const env = this.expandEnv();
    const vanishes = (w: ShellWord) =>
      w.parts.length > 0 && w.parts.every((p) => (p.kind === 'param' || p.kind === 'command-sub') && !p.quoted) && expandArgv([w], env).argv.length === 0;
    return words.filter((w) => !vanishes(w)).map((w) => this.word(w));
  }

  word(w: ShellWord): Arg {
    const env = this.expandEnv();
    const r = expandWord(w, env);
    return r.ok
      ? { value: r.value, raw: w.raw, range: w.range }
      : { value: undefined, raw: w.raw, range: w.range, reason: r.reason, partial: expandKnownParts(w, env) };
  }

  private env(name: string): string | undefined {
    return this.cmdEnv.get(name) ?? this.vars.get(name);
  }

  private evidence(message: string): Evidence {
    const m = this.via ? `${message} (run by ${this.via})` : message;
    return { range: this.range, message: this.conditional ? `${m} (in a conditional branch)` : m };
  }

  private unknown(message: string): void {
    this.st.model.unknowns.push(this.evidence(message));
  }

  /** A `go build` / `go install` whose output cannot be placed: unknown, and the image may hold a Go binary. */
  private unknownGo(message: string): void {
    const e = this.evidence(message);
    this.st.model.unknowns.push(e);
    (this.st.model.goOutputsUnknown ??= []).push(e);
  }

  private abs(p: string): string | undefined {
    if (p.startsWith('/')) return norm(p);
    return this.cwd === undefined ? undefined : resolveIn(this.cwd, p);
  }

  /**
   * Runs one command. Returns the new working directory for `cd` (null when it becomes unknown), else undefined.
   */
  exec(argvIn: Arg[]): string | null | undefined {
    let argv = argvIn;
    // Wrappers that run the rest as a command.
    for (;;) {
      const name = argv[0]?.value;
      if (name === 'env') {
        let i = 1;
        while (i < argv.length) {
          const v = argv[i]!.value;
          if (v === undefined) break;
          if (v.startsWith('-')) i++;
          else if (v.includes('=') && !v.startsWith('=')) {
            const eq = v.indexOf('=');
            this.cmdEnv.set(v.slice(0, eq), v.slice(eq + 1));
            i++;
          } else break;
        }
        argv = argv.slice(i);
      } else if (name === 'time' || name === 'nice' || name === 'nohup' || name === 'command' || name === 'builtin') {
        let i = 1;
        while (i < argv.length && argv[i]!.value?.startsWith('-')) i++;
        argv = argv.slice(i);
      } else break;
    }
    const first = argv[0];
    if (!first || first.value === undefined) return undefined;
    const cmd = basename(first.value);
    const rest = argv.slice(1);
    if (this.io?.writes) this.write(cmd, rest, this.io);
    switch (cmd) {
      case 'cd':
        return this.cd(rest);
      case 'go':
      // docker/xx's wrapper for multi-platform builds: `go` with GOOS/GOARCH/GOARM set for TARGETPLATFORM.
      case 'xx-go':
        this.go(rest, cmd);
        return undefined;
      case 'cp':
      case 'mv':
        this.cpMv(cmd, rest);
        return undefined;
      case 'install':
        this.install(rest);
        return undefined;
      case 'ln':
        this.ln(rest);
        return undefined;
      case 'mkdir':
        this.mkdir(rest);
        return undefined;
      case 'rm':
        this.rm(rest);
        return undefined;
      case 'chmod':
        this.chmod(rest);
        return undefined;
      case 'strip':
        this.strip(rest);
        return undefined;
      case 'upx':
        this.upx(rest);
        return undefined;
      case 'make':
      case 'gmake':
        this.make(rest);
        return undefined;
      case 'dos2unix':
        this.lineEndings(cmd, rest);
        return undefined;
      case 'sed':
        // `sed -i 's/\r$//' f` (any in-place edit: what it changes is not read): the line endings may be fixed.
        if (rest.some((a) => a.value === '--in-place' || (a.value?.startsWith('-i') ?? false) || (a.value?.startsWith('--in-place=') ?? false))) this.lineEndings(cmd, rest);
        return undefined;
      case 'sh':
      case 'bash':
      case 'dash':
      case 'ash':
        this.shell(first, rest);
        return undefined;
      default:
        // A name with a slash is run as that file (`./build.sh`, `scripts/build.sh`, `/src/hack/build`).
        if (first.value.includes('/')) this.script(first, first.value, rest, false);
        return undefined;
    }
  }

  /**
   * A file written by a command's output (`cat > /entrypoint.sh <<'EOF'`, `echo 'exec /app' >> /run.sh`, `tee`): its
   * text when the command and its input are known, so that a script written in the Dockerfile is read as one COPYed.
   */
  private write(cmd: string, args: Arg[], io: Pick<ShellCommand, 'writes' | 'heredoc'>): void {
    const target = io.writes![io.writes!.length - 1]!;
    const t = this.word(target.target);
    const outs: { path: string; append: boolean }[] = [];
    const add = (v: string | undefined, append: boolean) => {
      const p = v === undefined || v.startsWith('/dev/') || v.startsWith('/proc/') ? undefined : this.abs(v);
      if (p !== undefined) outs.push({ path: p, append });
    };
    add(t.value, target.append);
    let text = this.output(cmd, args, io.heredoc);
    if (cmd === 'tee') {
      const append = args.some((a) => a.value === '-a' || a.value === '--append');
      for (const a of args) if (a.value !== undefined && !a.value.startsWith('-')) add(a.value, append);
      else if (a.value === undefined) text = undefined;
    }
    for (const out of outs) {
      const before = lookupExact(this.st.model, out.path);
      if (before && before.type !== 'file') continue;
      let content = text?.value;
      if (content !== undefined && out.append && before) {
        const prev = this.fileText(before);
        content = prev === undefined ? undefined : prev + content;
      }
      const how = `${cmd} ${out.append ? 'appends to' : 'writes'} ${out.path}${text?.range ? ' (a here-document)' : ''}`;
      if (content === undefined) {
        // Its text is not known: a script read before this write would say what it no longer holds.
        const ev = this.evidence(`${how}; what it writes is not known`);
        if (!before) this.evaluator.put(this.st, { type: 'file', path: out.path, origin: [ev], executable: false });
        else if (before.script || before.content !== undefined || before.contextFile !== undefined || before.go) {
          const { script: _s, execline: _x, content: _c, contentRange: _r, contextFile: _f, go: _g, ...rest } = before;
          this.evaluator.put(this.st, { ...rest, origin: [...before.origin, ev] });
        }
        continue;
      }
      const e: FsEntry = { type: 'file', path: out.path, origin: [...(out.append && before ? before.origin : []), this.evidence(how)], content, executable: before?.executable ?? false };
      const range = !out.append && text?.range ? text.range : undefined;
      if (range) e.contentRange = range;
      const script = this.writtenScript(out.path, content, range && text?.verbatim ? range : undefined);
      if (script) e.script = script;
      this.evaluator.put(this.st, e);
    }
  }

  /** The text of a file of the image, when known (inline content or a repository file). */
  private fileText(e: FsEntry): string | undefined {
    if (e.type !== 'file') return undefined;
    if (e.content !== undefined) return e.content;
    return e.contextFile !== undefined ? this.evaluator.repo.load(e.contextFile)?.text : undefined;
  }

  /**
   * What a command prints: `cat` / `tee` of a here-document, `echo` of plain words, `printf` of a format with `%s` only.
   * `range` and `verbatim`: the here-document's body, when the text is that body as written.
   */
  private output(cmd: string, args: Arg[], heredoc: ShellHeredoc | undefined): { value: string; range?: Range; verbatim?: boolean } | undefined {
    if (cmd === 'cat' || cmd === 'tee') {
      const files = cmd === 'cat' ? args.filter((a) => a.value !== '-') : [];
      if (!heredoc || files.length > 0) return undefined;
      const r = expandWord(heredoc.body, this.expandEnv());
      if (!r.ok) return undefined;
      let value = r.value;
      if (heredoc.stripTabs) value = value.split('\n').map(withoutLeadingTabs).join('\n');
      return { value, range: heredoc.body.range, verbatim: value === heredoc.body.raw };
    }
    if (args.some((a) => a.value === undefined)) return undefined;
    const words = args.map((a) => a.value!);
    if (cmd === 'echo') {
      let newline = true;
      if (words[0] === '-n') {
        newline = false;
        words.shift();
      }
      // `-e` and backslashes: dash's echo and bash's do not agree on escapes.
      if (words.some((w) => w.includes('\\')) || (words[0]?.startsWith('-') ?? false)) return undefined;
      return { value: words.join(' ') + (newline ? '\n' : '') };
    }
    if (cmd === 'printf') {
      const fmt = words.shift();
      if (fmt === undefined) return undefined;
      return printfText(fmt, words);
    }
    return undefined;
  }

  /** A file the build wrote, read as a shell script when it is one (`#!` of a shell, or a `.sh` / `.bash` name). */
  private writtenScript(path: string, content: string, verbatimAt: Range | undefined): ShellScript | undefined {
    if (!looksLikeShellScript({ path, text: content })) return undefined;
    try {
      const script = parseShell(content, { file: this.range.file, lines: new LineIndex(content), baseOffset: 0 });
      // A body as written starts a line of the Dockerfile: its ranges move down to it; anything else points at it.
      return verbatimAt ? shiftRanges(script, verbatimAt.line - 1, verbatimAt.start) : pinRanges(script, this.range);
    } catch {
      return undefined;
    }
  }

  /** `dos2unix f`, `sed -i ... f`: a script written with Windows line endings may have LF ones after it. */
  private lineEndings(cmd: string, args: Arg[]): void {
    for (const a of args) {
      if (a.value === undefined || a.value.startsWith('-')) continue;
      const p = this.abs(a.value);
      const e = p === undefined ? undefined : lookupExact(this.st.model, p);
      if (!e || e.type !== 'file' || !e.script?.shebang?.cr) continue;
      const { cr: _cr, ...shebang } = e.script.shebang;
      const how = cmd === 'dos2unix' ? 'converts it to LF line endings' : 'edits it in place (taken to fix its line endings)';
      this.evaluator.put(this.st, { ...e, script: { ...e.script, shebang }, origin: [...e.origin, this.evidence(`${cmd} ${how}`)] });
    }
  }

  // sh -c 'text' [$0 [args]] | sh [options] script [args]: the text or the script runs as a shell of its own.
  private shell(shellArg: Arg, args: Arg[]): void {
    let command = false;
    let i = 0;
    for (; i < args.length; i++) {
      const v = args[i]!.value;
      if (v === undefined) return;
      if (v === '--' || v === '-') {
        i++;
        break;
      }
      if (v.startsWith('--')) continue; // bash's --norc, --login, --posix ...
      if (!v.startsWith('-') && !v.startsWith('+')) break;
      if (v.slice(1).includes('c')) command = true;
      if (v === '-o' || v === '+o' || v === '-O' || v === '+O') i++;
    }
    const operand = args[i];
    if (!operand) return; // the script comes from standard input (`sh < build.sh`, `curl ... | sh`)
    const rest = args.slice(i + 1);
    if (!command) {
      if (operand.value !== undefined) this.script(operand, operand.value, rest, true);
      return;
    }
    const label = `${basename(shellArg.value ?? 'sh')} -c`;
    if (operand.value === undefined) {
      this.unknown(`${label}: ${operand.raw} is not known, so neither is what it runs`);
      return;
    }
    let script: ShellScript;
    try {
      script = pinRanges(parseShell(operand.value, { file: this.range.file, lines: new LineIndex(operand.value), baseOffset: 0 }), operand.range);
    } catch {
      this.unknown(`${label}: its command text could not be read`);
      return;
    }
    this.runNested(script, label, { positional: rest.map((a) => a.value), zero: rest.length > 0 ? undefined : shellArg.value });
  }

  /**
   * A script the build runs (`./build.sh arg`, `bash hack/build.sh`): when the image holds it as a shell script of the
   * repository (or a heredoc), its commands run here in the caller's working directory, with its arguments.
   */
  private script(at: Arg, path: string, args: Arg[], byShell: boolean): void {
    const p = this.abs(path);
    if (p === undefined) return;
    const e = lookupExact(this.st.model, p);
    if (!e || e.type !== 'file' || !e.script) return;
    // Run as a program, a script whose `#!` names another interpreter is not a shell script (a shell reads any).
    if (!byShell && e.script.shebang && !SHELL_NAMES.has(basename(e.script.shebang.interpreter)) && basename(e.script.shebang.interpreter) !== 'env') return;
    this.runNested(e.script, at.raw, { positional: args.map((a) => a.value), zero: path });
  }

  private runNested(script: ShellScript, label: string, args: ScriptArgs): void {
    if (this.evaluator.scriptDepth >= MAX_SCRIPT_DEPTH) {
      this.unknown(`${label}: scripts run scripts more than ${MAX_SCRIPT_DEPTH} deep; what they build is not read`);
      return;
    }
    // The script sees the environment: the stage's and the caller's exported variables, and the command's own.
    const env = new Map(this.vars);
    const unknown = new Set(this.unknownVars);
    const partial = new Map(this.args?.partial);
    for (const n of this.args?.unexported ?? []) {
      env.delete(n);
      unknown.delete(n);
      partial.delete(n);
    }
    for (const [k, v] of this.cmdEnv) {
      env.set(k, v);
      unknown.delete(k);
      partial.delete(k);
    }
    this.evaluator.scriptDepth++;
    try {
      const via = `${label} at ${this.range.file}:${this.range.line}`;
      this.evaluator.runScript(this.st, script, this.cwd ?? '/', this.cwd !== undefined, env, unknown, this.conditional, this.via ? `${via}, run by ${this.via}` : via, { ...args, partial });
    } finally {
      this.evaluator.scriptDepth--;
    }
  }

  // make: the recipes it runs (src/infer/make.ts), each line a shell of its own in the Makefile's directory.
  private make(args: Arg[]): void {
    const label = `make ${this.text(args)}`.trim();
    if (this.evaluator.makeDepth >= MAX_MAKE_DEPTH) {
      this.unknown(`${label}: make runs make more than ${MAX_MAKE_DEPTH} deep; what it builds is not read`);
      return;
    }
    let dir = this.cwd;
    let file: string | undefined;
    const overrides = new Map<string, string | undefined>();
    const goals: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      const v = a.value;
      if (v === undefined) {
        const eq = a.raw.indexOf('=');
        const name = eq > 0 ? makeVarName(a.raw.slice(0, eq)) : '';
        if (name !== '' && isMakeName(name)) {
          overrides.set(name, undefined);
          continue;
        }
        this.unknown(`${label}: ${a.raw} is not known, so neither is what make builds`);
        return;
      }
      if (v.startsWith('--')) {
        const eq = v.indexOf('=');
        const name = eq >= 0 ? v.slice(2, eq) : v.slice(2);
        const value = eq >= 0 ? v.slice(eq + 1) : MAKE_LONG_VALUE.has(name) ? args[++i]?.value : '';
        if (MAKE_DRY_RUN.has(name)) return;
        if (value === undefined) {
          this.unknown(`${label}: the value of --${name} is not known`);
          return;
        }
        if (name === 'directory') dir = dir === undefined ? undefined : resolveIn(dir, value);
        else if (name === 'file' || name === 'makefile') file = value;
        continue;
      }
      if (v.startsWith('-') && v.length > 1) {
        // Short options, several in one word (`-sC src`, `-j4`).
        for (let k = 1; k < v.length; k++) {
          const o = v[k]!;
          if (o === 'n' || o === 'q' || o === 't') return;
          if (o === 'j' || o === 'l') {
            // An optional number, in the word or as the next word.
            if (k + 1 < v.length) break;
            const next = args[i + 1]?.value;
            if (next !== undefined && isDigits(next)) i++;
            break;
          }
          if ('CfIoW'.includes(o)) {
            const value = k + 1 < v.length ? v.slice(k + 1) : args[++i]?.value;
            if (value === undefined) {
              this.unknown(`${label}: the value of -${o} is not known`);
              return;
            }
            if (o === 'C') dir = dir === undefined ? undefined : resolveIn(dir, value);
            else if (o === 'f') file = value;
            break;
          }
        }
        continue;
      }
      const eq = v.indexOf('=');
      const name = eq > 0 ? makeVarName(v.slice(0, eq)) : '';
      if (name !== '' && isMakeName(name)) overrides.set(name, v.slice(eq + 1));
      else goals.push(v);
    }
    if (dir === undefined) {
      this.unknown(`${label}: the working directory is not known, so neither is the Makefile`);
      return;
    }
    const found = this.makefileAt(dir, file);
    if ('reason' in found) {
      this.unknown(`${label}: ${found.reason}`);
      return;
    }
    const env = new Map<string, string | undefined>([...this.vars, ...this.cmdEnv]);
    // A variable known in part keeps its known parts as make's (`$(LDFLAGS)` of `-s -w -X main.v=$(git describe)`).
    for (const n of this.unknownVars) if (!this.cmdEnv.has(n)) env.set(n, this.args?.partial?.get(n)?.replaceAll(UNKNOWN_PART, MAKE_NOT_KNOWN));
    const plan = makePlan(readMakefile(found.file.text), env, overrides, goals);
    for (const note of plan.notes) this.unknown(`${label}: ${note}`);
    // The recipe's shell gets the environment and the command line's variables (make exports those).
    const shellEnv = new Map([...this.vars, ...this.cmdEnv]);
    const unknown = new Set(this.unknownVars);
    const partial = new Map(this.args?.partial);
    for (const [k, v] of overrides) {
      partial.delete(k);
      if (v === undefined) {
        shellEnv.delete(k);
        unknown.add(k);
      } else {
        shellEnv.set(k, v);
        unknown.delete(k);
      }
    }
    const mf = found.file;
    this.evaluator.makeDepth++;
    try {
      for (const run of plan.runs) {
        const range = recipeLineRange(mf, run.line);
        let script: ShellScript;
        try {
          script = run.verbatim
            ? parseShell(run.text, { file: mf.path, lines: mf.lines, baseOffset: run.bodyStart })
            : pinRanges(parseShell(run.text, { file: mf.path, lines: new LineIndex(run.text), baseOffset: 0 }), range);
        } catch {
          this.unknown(`${label}: a recipe line of ${run.target} (${mf.path}:${range.line}) could not be read`);
          continue;
        }
        this.evaluator.runScript(this.st, script, dir, true, shellEnv, unknown, this.conditional || run.conditional, `\`make ${plan.goals.join(' ')}\` at ${this.range.file}:${this.range.line}`, { partial });
      }
    } finally {
      this.evaluator.makeDepth--;
    }
  }

  /** The Makefile `make` reads in `dir` (`-f file`, else GNUmakefile, makefile, Makefile), as a repository file. */
  private makefileAt(dir: string, file: string | undefined): { file: SourceFile } | { reason: string } {
    const names = file !== undefined ? [file] : ['GNUmakefile', 'makefile', 'Makefile'];
    for (const n of names) {
      const p = resolveIn(dir, n);
      const e = lookupExact(this.st.model, p);
      if (!e || e.type !== 'file') continue;
      const f = e.contextFile !== undefined ? this.evaluator.repo.load(e.contextFile) : undefined;
      if (!f) return { reason: `${p} is not a file of the repository, so what make builds is not known` };
      return { file: f };
    }
    return { reason: `no Makefile the build copies in is at ${resolveIn(dir, file ?? 'Makefile')}, so what make builds is not known` };
  }

  private text(args: Arg[]): string {
    return args.map((a) => a.raw).join(' ');
  }

  // cd
  private cd(args: Arg[]): string | null | undefined {
    const operands = args.filter((a) => a.value === undefined || !a.value.startsWith('-') || a.value === '-');
    const target = operands[0];
    if (!target) return this.env('HOME') ?? '/root';
    if (target.value === undefined || target.value === '-') return null;
    const p = this.abs(target.value);
    return p ?? null;
  }

  // go build / go install
  private go(args: Arg[], tool = 'go'): void {
    const sub = args[0]?.value;
    if (sub !== 'build' && sub !== 'install') return;
    const label = `${tool} ${sub}`;
    const goflags = this.env('GOFLAGS');
    const list: Arg[] = [
      ...(goflags ? splitQuoted(goflags).map((v) => ({ value: v, raw: v, range: this.range })) : []),
      ...args.slice(1),
    ];
    let output: Arg | undefined;
    let ldflags = '';
    let buildmode = '';
    let dir: string | undefined = this.cwd;
    const pkgs: Arg[] = [];
    /** Words of unknown value before the packages: flags or packages, nobody knows. */
    const unsure: Arg[] = [];
    for (let i = 0; i < list.length; i++) {
      const a = list[i]!;
      let v: string;
      if (a.value !== undefined) v = a.value;
      else {
        // A flag with an unknown part (`-ldflags=-s -w -X main.version=${VERSION}`, VERSION an ARG without a
        // default): its name and the literal parts of its value are still known. The name must be written in the word:
        // a variable known in part is read as a flag's value only (`go build $ARGS` may hold packages too).
        const written = a.raw.startsWith('-') || a.raw.startsWith('"-') || a.raw.startsWith("'-");
        const p = written ? a.partial : undefined;
        const name = p?.startsWith('-') ? (p.startsWith('--') ? p.slice(2) : p.slice(1)).split('=')[0]! : undefined;
        if (p !== undefined && pkgs.length === 0 && name !== undefined && name !== '' && !name.includes(UNKNOWN_PART)) v = p;
        else {
          if (pkgs.length === 0) unsure.push(a);
          else pkgs.push(a);
          continue;
        }
      }
      if (pkgs.length > 0 || !v.startsWith('-') || v === '-') {
        pkgs.push(a);
        continue;
      }
      if (v === '--') {
        pkgs.push(...list.slice(i + 1));
        break;
      }
      const body = v.startsWith('--') ? v.slice(2) : v.slice(1);
      const eq = body.indexOf('=');
      const name = eq >= 0 ? body.slice(0, eq) : body;
      let value: Arg | undefined;
      if (eq >= 0) value = a.value === undefined ? { ...a, partial: body.slice(eq + 1) } : { ...a, value: body.slice(eq + 1) };
      else if (!GO_BUILD_BOOL.has(name)) {
        value = list[++i];
      }
      if (name === 'o') output = value;
      else if (name === 'ldflags') ldflags = value?.value ?? value?.partial ?? ldflags;
      else if (name === 'buildmode') buildmode = value?.value ?? buildmode;
      else if (name === 'C' && value) {
        if (value.value === undefined || dir === undefined) dir = undefined;
        else dir = resolveIn(dir, value.value);
      }
    }
    const ld = splitQuoted(ldflags);
    const info = (pkg: string | undefined): GoBuildInfo => {
      const g: GoBuildInfo = {
        stripped: ld.includes('-s'),
        noDwarf: ld.includes('-w'),
        pie: buildmode === 'pie',
        upx: false,
        evidence: this.evidence(`${label} ${this.text(args.slice(1))}`.trim()),
      };
      if (pkg !== undefined) g.pkg = pkg;
      if (this.st.goVersion !== undefined) g.goVersion = this.st.goVersion;
      if (this.st.goVersionEvidence !== undefined) g.goVersionEvidence = this.st.goVersionEvidence;
      if (this.st.goVendor !== undefined) g.goVendor = this.st.goVendor;
      const toolchain = this.goToolchain();
      if (toolchain) g.goToolchain = toolchain;
      const experiment = this.goSetting('GOEXPERIMENT');
      if (experiment && experiment.value.trim() !== '') g.goExperiment = experiment;
      const mod = this.goModFacts(pkg, dir);
      if (mod) g.goMod = mod;
      return g;
    };

    if (pkgs.length === 0 && unsure.length > 0) pkgs.push(...unsure);
    const unknownPkgs = pkgs.filter((p) => p.value === undefined);
    if (unknownPkgs.length > 0) {
      this.unknownGo(`${label}: the package ${unknownPkgs[0]!.raw} is not known (${unknownPkgs[0]!.reason ?? 'unknown'})`);
      return;
    }
    const pkgValues = pkgs.map((p) => p.value!);
    const goFiles = pkgValues.filter((p) => p.endsWith('.go'));
    /** `go install` patterns whose packages are not known: their binaries have names not known here. */
    const unresolved: string[] = [];
    // The packages and their executable names (only needed when the output is not a named file).
    const names = (): { pkg: string | undefined; name: string; how: string }[] | undefined => {
      if (goFiles.length > 0) {
        return [{ pkg: pkgValues.join(' '), name: basename(goFiles[0]!).slice(0, -3), how: 'named after the first source file' }];
      }
      const out: { pkg: string | undefined; name: string; how: string }[] = [];
      const list = pkgValues.length > 0 ? pkgValues : [undefined];
      // `go install . ./cmd/...` (btcd): the named packages' binaries are known, a pattern's may not be.
      const patterns = sub === 'install' ? list.filter((p) => p?.includes('...')) : [];
      for (const p of list) {
        if (p !== undefined && p.includes('...')) {
          // `./cmd/...`: one binary per main package it matches, read from the copied build context.
          const m = this.goPatternPackages(p, dir);
          const open = 'pkgs' in m ? m.pkgs.find((k) => k.main === undefined) : undefined;
          if ('pkgs' in m && !open) {
            for (const k of m.pkgs) {
              if (!k.main) continue;
              const n = this.execName(k.spec, dir);
              if ('reason' in n) {
                this.unknownGo(`${label} ${p}: ${n.reason}`);
                return undefined;
              }
              out.push({ pkg: k.spec, name: n.name, how: `a main package ${p} matches, ${n.how}` });
            }
            continue;
          }
          if (patterns.length < list.length && patterns.includes(p)) {
            unresolved.push(p);
            continue;
          }
          const why = open ? `whether ${open.spec} is a main package depends on the build constraints of its files` : (m as { reason: string }).reason;
          this.unknownGo(`${label} ${p}: the packages a pattern matches are not known (${why})`);
          return undefined;
        }
        const n = this.execName(p, dir);
        if ('reason' in n) {
          this.unknownGo(`${label}${p ? ` ${p}` : ''}: ${n.reason}`);
          return undefined;
        }
        out.push({ pkg: p, name: n.name, how: n.how });
      }
      return out;
    };

    if (sub === 'install') {
      const targets = names();
      if (!targets) return;
      const gobin = this.env('GOBIN');
      const gopath = this.env('GOPATH')?.split(':')[0];
      const home = this.env('HOME') ?? '/root';
      const bin = gobin ? gobin : gopath ? `${gopath}/bin` : `${home}/go/bin`;
      const why = gobin ? 'GOBIN' : gopath ? `GOPATH/bin (GOPATH=${gopath})` : `$HOME/go/bin`;
      for (const t of targets) {
        const path = resolveIn(this.cwd ?? '/', `${bin}/${t.name}`);
        const g = info(t.pkg);
        g.evidence = this.evidence(`${[label, this.text(args.slice(1))].filter((x) => x !== '').join(' ')} writes ${path} (${why}; ${t.how})`);
        this.evaluator.put(this.st, { type: 'file', path, origin: [g.evidence], go: g, executable: true });
      }
      if (unresolved.length > 0) {
        this.evaluator.opaqueDir(this.st, resolveIn(this.cwd ?? '/', bin), this.evidence(`${label} ${unresolved.join(' ')} writes the binaries of the packages the pattern matches to ${bin}, by names not known here`));
      }
      return;
    }

    if (output) {
      if (output.value === undefined) {
        this.unknownGo(`${label} -o ${output.raw}: the output path is not known (${output.reason ?? 'unknown'})`);
        return;
      }
      const o = output.value;
      const base = dir ?? this.cwd;
      const oAbs = o.startsWith('/') ? norm(o) : base === undefined ? undefined : resolveIn(base, o);
      if (oAbs === undefined) {
        this.unknownGo(`${label} -o ${o}: the working directory is not known`);
        return;
      }
      const intoDir = o.endsWith('/') || o.endsWith('\\') || this.evaluator.isDir(this.st, oAbs);
      if (intoDir) {
        const targets = names();
        if (!targets) return;
        for (const t of targets) {
          const path = norm(`${oAbs}/${t.name}`);
          const g = info(t.pkg);
          g.evidence = this.evidence(`${label} -o ${o} writes ${path} (${o} is a directory; ${t.how})`);
          this.evaluator.put(this.st, { type: 'file', path, origin: [g.evidence], go: g, executable: true });
        }
        return;
      }
      const g = info(pkgValues.length > 0 ? pkgValues.join(' ') : undefined);
      g.evidence = this.evidence(`${label} -o ${o} writes ${oAbs}`);
      this.evaluator.put(this.st, { type: 'file', path: oAbs, origin: [g.evidence], go: g, executable: true });
      return;
    }
    if (pkgValues.length > 1 && goFiles.length === 0) return; // several packages without -o: go build discards the results
    if (pkgValues.length === 1 && pkgValues[0]!.includes('...')) {
      // `go build ./cmd/...` writes a binary only when the pattern matches a single package, a main package.
      const m = this.goPatternPackages(pkgValues[0]!, dir);
      if ('pkgs' in m) {
        const sure = m.pkgs.filter((k) => k.pkg === true);
        if (sure.length > 1 || m.pkgs.length === 0) return;
        if (m.pkgs.length > 1 || sure.length === 0) {
          this.unknownGo(`${label} ${pkgValues[0]}: whether the pattern matches a single package depends on the build constraints of its files`);
          return;
        }
        if (sure[0]!.main === false) return;
      }
    }
    const targets = names();
    if (!targets) return;
    const t = targets[0];
    if (!t) return;
    const base = dir ?? this.cwd;
    if (base === undefined) {
      this.unknownGo(`${label}: the working directory is not known, so neither is the output path`);
      return;
    }
    const path = norm(`${base}/${t.name}`);
    const g = info(t.pkg);
    g.evidence = this.evidence(`${label}${t.pkg ? ` ${t.pkg}` : ''} (no -o) writes ${path}: ${t.how}, in the working directory`);
    this.evaluator.put(this.st, { type: 'file', path, origin: [g.evidence], go: g, executable: true });
  }

  /** Executable name of a package argument (undefined: the current directory's package). */
  private execName(pkg: string | undefined, dir: string | undefined): { name: string; how: string } | { reason: string } {
    const at = pkg?.indexOf('@') ?? -1;
    const p = pkg !== undefined && at >= 0 ? pkg.slice(0, at) : pkg;
    const local = p === undefined || p === '.' || p.startsWith('./') || p.startsWith('../') || p === '..' || p.startsWith('/');
    if (!local) return { name: goExecName(p!), how: `named after the last element of ${p}` };
    if (dir === undefined && !(p ?? '').startsWith('/')) return { reason: 'the working directory is not known' };
    const pkgDir = resolveIn(dir ?? '/', p ?? '.');
    // (`./` is `.`: normalize keeps a trailing slash.)
    let norm2 = posix.normalize(p ?? '.');
    while (norm2.length > 1 && norm2.endsWith('/')) norm2 = norm2.slice(0, -1);
    if (norm2 !== '.' && !norm2.startsWith('..') && !norm2.startsWith('/')) {
      return { name: goExecName(pkgDir), how: `named after the last element of ${p}` };
    }
    // `.`, `..`, an absolute directory: the import path comes from go.mod.
    const mod = this.findModule(pkgDir);
    if (!mod) {
      return { reason: `the output name comes from the module path in go.mod, and no go.mod is known above ${pkgDir}` };
    }
    const rel = relUnder(pkgDir, mod.dir);
    const importPath = rel === '' ? mod.module : `${mod.module}/${rel}`;
    const name = goExecName(importPath);
    return { name, how: `named after the import path ${importPath} (module ${mod.module} in ${mod.file})` };
  }

  /**
   * The packages a `dir/...` pattern matches (`go help packages`): the directories at and below `dir` that hold Go
   * files, except directories named testdata or starting with `.` or `_`, those below a vendor directory and those
   * of another module (a go.mod below `dir`). Read from the repository directories the stage copied from the build
   * context; whether a package is a main package from its files' package clauses. `main` / `pkg` undefined: build
   * constraints decide. Only directory patterns ending in `/...` are followed.
   */
  private goPatternPackages(
    pattern: string,
    dir: string | undefined,
  ): { pkgs: { spec: string; main?: boolean; pkg?: boolean }[] } | { reason: string } {
    const rootSpec = pattern === '...' ? undefined : pattern.endsWith('/...') ? pattern.slice(0, -4) : undefined;
    const local = rootSpec !== undefined && (rootSpec === '.' || rootSpec === '..' || rootSpec.startsWith('./') || rootSpec.startsWith('../') || rootSpec.startsWith('/'));
    if (!local || rootSpec.includes('...')) return { reason: 'only a directory pattern ending in /... is followed' };
    if (dir === undefined && !rootSpec.startsWith('/')) return { reason: 'the working directory is not known' };
    const root = resolveIn(dir ?? '/', rootSpec);
    const x = this.st.x;
    let covered = false;
    for (let i = 0; i < x.overlays.length && !covered; i++) covered = isUnder(root, x.overlays[i]!.dest) && !isRemoved(x, root, i);
    if (!covered) return { reason: `${root} is not known to be a directory copied from the build context` };
    // The Go files (and go.mod files) under root, by image path: a repository path, or the text a heredoc wrote.
    const files = new Map<string, { repo?: string; text?: string }>();
    const keep = (p: string): boolean => p.endsWith('.go') || basename(p) === 'go.mod';
    x.overlays.forEach((o, i) => {
      let from: string;
      let to: string;
      if (isUnder(root, o.dest)) {
        const r = overlayRepoPath(o, root);
        if (r === undefined) return;
        [from, to] = [r, root];
      } else if (isUnder(o.dest, root)) [from, to] = [o.contextDir, o.dest];
      else return;
      const prefix = from === '.' ? '' : `${from}/`;
      for (const f of this.evaluator.repo.list(from)) {
        if (!f.startsWith(prefix) || !keep(f)) continue;
        const p = norm(`${to}/${f.slice(prefix.length)}`);
        if (!isRemoved(x, p, i)) files.set(p, { repo: f });
      }
    });
    for (const [p, e] of this.st.model.fs) {
      if (e.type !== 'file' || !isUnder(p, root) || !keep(p)) continue;
      files.set(p, e.contextFile !== undefined ? { repo: e.contextFile } : e.content !== undefined ? { text: e.content } : {});
    }
    // Directory -> its Go files (sorted), skipping what the pattern does not match.
    const byDir = new Map<string, string[]>();
    const modules = new Set<string>();
    for (const p of files.keys()) if (basename(p) === 'go.mod' && posix.dirname(p) !== root) modules.add(posix.dirname(p));
    for (const p of [...files.keys()].sort()) {
      const d = posix.dirname(p);
      if (!p.endsWith('.go') || !isUnder(d, root)) continue;
      const rel = relUnder(d, root);
      const parts = rel === '' ? [] : rel.split('/');
      let skip = false;
      for (let k = 0; k < parts.length && !skip; k++) {
        const s = parts[k]!;
        skip = s.startsWith('.') || s.startsWith('_') || s === 'testdata' || (s === 'vendor' && k < parts.length - 1) || modules.has(norm(`${root}/${parts.slice(0, k + 1).join('/')}`));
      }
      if (skip) continue;
      const l = byDir.get(d);
      if (l) l.push(p);
      else byDir.set(d, [p]);
    }
    const pkgs: { spec: string; main?: boolean; pkg?: boolean }[] = [];
    for (const [d, list] of byDir) {
      // The first file always built gives the package name (a directory of two packages does not build); files
      // only some builds use (a build constraint, `_amd64.go`) leave it open. Never `_test.go`, `.x.go`, `_x.go`,
      // `//go:build ignore`, nor another GOOS (the image runs Linux).
      let certain: string | undefined;
      const maybe = new Set<string>();
      for (const p of list) {
        const name = basename(p);
        if (name.endsWith('_test.go') || name.startsWith('.') || name.startsWith('_')) continue;
        const tags = goFileNameTags(name);
        if (tags.goos !== undefined && tags.goos !== 'linux') continue;
        const f = files.get(p)!;
        const text = f.text ?? (f.repo !== undefined ? this.evaluator.repo.load(f.repo)?.text : undefined);
        if (text === undefined) return { reason: `${p} is not known` };
        const h = readGoFileHeader(text);
        if (h.package === undefined) return { reason: `${p} has no package clause that can be read` };
        if (h.build === 'ignore') continue;
        if (h.build === undefined && tags.goarch === undefined) {
          certain = h.package;
          break;
        }
        maybe.add(h.package);
      }
      const spec = isUnder(d, dir ?? '/') && dir !== undefined ? (d === dir ? '.' : `./${relUnder(d, dir)}`) : d;
      if (certain !== undefined) pkgs.push({ spec, main: certain === 'main', pkg: true });
      else if (maybe.size > 0) pkgs.push(maybe.has('main') ? { spec } : { spec, main: false });
    }
    return { pkgs };
  }

  private findModule(dir: string): { module: string; dir: string; file: string } | undefined {
    const g = this.findGoMod(dir);
    if (!g || g.text === undefined) return undefined;
    const m = parseGoMod(g.text).module;
    return m ? { module: m, dir: g.dir, file: g.file } : undefined;
  }

  /** The nearest go.mod at or above `dir` in the image: its text when known (repository file or heredoc). */
  private findGoMod(dir: string): { dir: string; file: string; text?: string; source?: SourceFile; entry: FsEntry } | undefined {
    let d = dir;
    for (;;) {
      const e = lookupPath(this.st.model, d === '/' ? '/go.mod' : `${d}/go.mod`);
      if (e && e.type === 'file') {
        if (e.content !== undefined) return { dir: d, file: e.path, text: e.content, entry: e };
        if (e.contextFile !== undefined) {
          const sf = this.evaluator.repo.load(e.contextFile);
          return sf ? { dir: d, file: e.contextFile, text: sf.text, source: sf, entry: e } : { dir: d, file: e.contextFile, entry: e };
        }
        return { dir: d, file: e.path, entry: e };
      }
      if (d === '/') return undefined;
      d = posix.dirname(d);
    }
  }

  /**
   * The `go` and `toolchain` directives of the main module a `go build`/`go install` of `pkg` uses (the go.mod above
   * the package directory, or above the working directory for import paths and .go files). `pkg@version` builds
   * another module: undefined.
   */
  private goModFacts(pkg: string | undefined, dir: string | undefined): GoModFacts | undefined {
    const first = pkg?.split(' ')[0];
    if (first !== undefined && first.includes('@')) return undefined;
    let from = dir;
    const local = first !== undefined && (first === '.' || first === '..' || first.startsWith('./') || first.startsWith('../') || first.startsWith('/'));
    if (local && !first.endsWith('.go')) {
      if (dir === undefined && !first.startsWith('/')) return undefined;
      from = resolveIn(dir ?? '/', first);
    }
    if (from === undefined) return undefined;
    const g = this.findGoMod(from);
    if (!g || g.text === undefined) return undefined;
    const fallback = g.entry.origin[g.entry.origin.length - 1]?.range ?? this.range;
    return goModFactsOf(g.file, g.text, g.source, fallback);
  }

  /** GOTOOLCHAIN for this command, when it is set to a known value. */
  private goToolchain(): GoBuildInfo['goToolchain'] {
    return this.goSetting('GOTOOLCHAIN');
  }

  /** A Go environment setting for this command (the command's prefix, else ENV), when it has a known value. */
  private goSetting(name: string): { value: string; evidence?: Evidence } | undefined {
    const v = this.env(name);
    if (v === undefined) return undefined;
    if (!this.cmdEnv.has(name)) {
      const e = this.st.model.env.get(name);
      if (e && e.value === v) return e.evidence ? { value: v, evidence: e.evidence } : { value: v };
    }
    return { value: v, evidence: this.evidence(`${name}=${v}`) };
  }

  /** Splits options from operands (options before `--`; `-t DIR` / `--target-directory=DIR` picked out). */
  private operands(args: Arg[], withValue: Set<string>): { ops: Arg[]; opts: Map<string, Arg | true>; targetDir?: Arg } {
    const ops: Arg[] = [];
    const opts = new Map<string, Arg | true>();
    let targetDir: Arg | undefined;
    let done = false;
    for (let i = 0; i < args.length; i++) {
      const a = args[i]!;
      const v = a.value;
      if (done || v === undefined || !v.startsWith('-') || v === '-') {
        ops.push(a);
        continue;
      }
      if (v === '--') {
        done = true;
        continue;
      }
      if (v.startsWith('--')) {
        const eq = v.indexOf('=');
        const name = eq >= 0 ? v.slice(2, eq) : v.slice(2);
        if (name === 'target-directory') {
          targetDir = eq >= 0 ? { ...a, value: v.slice(eq + 1) } : args[++i];
        } else if (eq >= 0) opts.set(name, { ...a, value: v.slice(eq + 1) });
        else if (withValue.has(name)) {
          const next = args[++i];
          if (next) opts.set(name, next);
        } else opts.set(name, true);
        continue;
      }
      // Short options, possibly grouped (`-sf`), the last one may take a value (`-m 755`, `-m755`).
      for (let k = 1; k < v.length; k++) {
        const o = v[k]!;
        if (o === 't' || withValue.has(o)) {
          const inline = v.slice(k + 1);
          const val = inline !== '' ? { ...a, value: inline } : args[++i];
          if (o === 't') targetDir = val;
          else if (val) opts.set(o, val);
          break;
        }
        opts.set(o, true);
      }
    }
    return targetDir ? { ops, opts, targetDir } : { ops, opts };
  }

  private cpMv(cmd: 'cp' | 'mv', args: Arg[]): void {
    const { ops, targetDir } = this.operands(args, new Set(['S', 'suffix', 'backup', 'reflink', 'preserve', 'no-preserve', 'sparse']));
    const label = `${cmd} ${this.text(args)}`;
    let sources: Arg[];
    let destArg: Arg | undefined;
    if (targetDir) {
      sources = ops;
      destArg = targetDir;
    } else {
      if (ops.length < 2) return;
      sources = ops.slice(0, -1);
      destArg = ops[ops.length - 1]!;
    }
    if (destArg.value === undefined) {
      this.unknown(`${label}: the destination ${destArg.raw} is not known (${destArg.reason ?? 'unknown'})`);
      return;
    }
    const dest = this.abs(destArg.value);
    if (dest === undefined) {
      this.unknown(`${label}: the working directory is not known`);
      return;
    }
    const destIsDir = targetDir !== undefined || sources.length > 1 || destArg.value.endsWith('/') || this.evaluator.isDir(this.st, dest);
    for (const s of sources) {
      if (s.value === undefined) {
        this.unknown(`${label}: the source ${s.raw} is not known (${s.reason ?? 'unknown'})`);
        continue;
      }
      const src = this.abs(s.value);
      if (src === undefined) continue;
      const ev = this.evidence(`${label} puts ${s.value} at ${destIsDir ? norm(`${dest}/${basename(src)}`) : dest}`);
      const done = this.evaluator.copyEntry(this.st, src, this.st, dest, ev, destIsDir);
      if (done === undefined) {
        if (hasGlob(s.value)) continue;
        const target = destIsDir ? norm(`${dest}/${basename(src)}`) : dest;
        this.evaluator.put(this.st, { type: 'file', path: target, origin: [ev] });
        this.unknown(`${label}: where ${src} came from is not known`);
      }
      if (cmd === 'mv' && src !== dest) this.evaluator.remove(this.st, src);
    }
  }

  private install(args: Arg[]): void {
    const { ops, opts, targetDir } = this.operands(args, new Set(['m', 'o', 'g', 'S', 'mode', 'owner', 'group', 'suffix']));
    const label = `install ${this.text(args)}`;
    if (opts.has('d') || opts.has('directory')) {
      for (const o of ops) {
        const p = o.value === undefined ? undefined : this.abs(o.value);
        if (p !== undefined && !this.evaluator.isDir(this.st, p)) this.evaluator.put(this.st, { type: 'dir', path: p, origin: [this.evidence(label)] });
      }
      return;
    }
    const modeOpt = opts.get('m') ?? opts.get('mode');
    const executable = modeOpt === undefined ? true : modeOpt === true || modeOpt.value === undefined ? undefined : modeExecutable(modeOpt.value, undefined);
    let sources: Arg[];
    let destArg: Arg;
    if (targetDir) {
      sources = ops;
      destArg = targetDir;
    } else {
      if (ops.length < 2) return;
      sources = ops.slice(0, -1);
      destArg = ops[ops.length - 1]!;
    }
    if (destArg.value === undefined) {
      this.unknown(`${label}: the destination ${destArg.raw} is not known (${destArg.reason ?? 'unknown'})`);
      return;
    }
    const dest = this.abs(destArg.value);
    if (dest === undefined) return;
    const destIsDir = targetDir !== undefined || sources.length > 1 || (!opts.has('T') && this.evaluator.isDir(this.st, dest));
    for (const s of sources) {
      if (s.value === undefined) continue;
      const src = this.abs(s.value);
      if (src === undefined) continue;
      const target = destIsDir ? norm(`${dest}/${basename(src)}`) : dest;
      const ev = this.evidence(`${label} puts ${s.value} at ${target}`);
      const e = lookupExact(this.st.model, src);
      let out: FsEntry;
      if (e && e.type === 'file') out = { ...e, path: target, origin: [...e.origin, ev] };
      else {
        out = { type: 'file', path: target, origin: [ev] };
        this.unknown(`${label}: where ${src} came from is not known`);
      }
      if (executable !== undefined && out.type === 'file') out.executable = executable;
      this.evaluator.put(this.st, out);
    }
  }

  private ln(args: Arg[]): void {
    const { ops, opts, targetDir } = this.operands(args, new Set(['S', 'suffix']));
    const symbolic = opts.has('s') || opts.has('symbolic');
    const noDeref = opts.has('n') || opts.has('T') || opts.has('no-dereference') || opts.has('no-target-directory');
    const label = `ln ${this.text(args)}`;
    let targets: Arg[];
    let linkArg: Arg | undefined;
    if (targetDir) {
      targets = ops;
      linkArg = targetDir;
    } else if (ops.length === 1) {
      targets = ops;
      linkArg = undefined;
    } else {
      targets = ops.slice(0, -1);
      linkArg = ops[ops.length - 1];
    }
    for (const t of targets) {
      if (t.value === undefined) {
        this.unknown(`${label}: the target ${t.raw} is not known (${t.reason ?? 'unknown'})`);
        continue;
      }
      let linkPath: string | undefined;
      if (linkArg === undefined) linkPath = this.abs(basename(t.value));
      else {
        if (linkArg.value === undefined) {
          this.unknown(`${label}: the link name ${linkArg.raw} is not known (${linkArg.reason ?? 'unknown'})`);
          return;
        }
        const l = this.abs(linkArg.value);
        if (l === undefined) return;
        const intoDir = targetDir !== undefined || targets.length > 1 || linkArg.value.endsWith('/') || (!noDeref && this.isRealDir(l));
        linkPath = intoDir ? norm(`${l}/${basename(t.value)}`) : l;
      }
      if (linkPath === undefined) return;
      if (symbolic) {
        const ev = this.evidence(`${label} makes ${linkPath} a symlink to ${t.value}`);
        this.evaluator.put(this.st, { type: 'symlink', path: linkPath, target: t.value, origin: [ev] });
      } else {
        const src = this.abs(t.value);
        if (src === undefined) continue;
        const ev = this.evidence(`${label} makes ${linkPath} a hard link to ${src}`);
        const e = lookupExact(this.st.model, src);
        if (e && e.type === 'file') this.evaluator.put(this.st, { ...e, path: linkPath, origin: [...e.origin, ev] });
        else this.evaluator.put(this.st, { type: 'file', path: linkPath, origin: [ev] });
      }
    }
  }

  /** A directory that is not itself a symlink entry (for ln's link-name handling). */
  private isRealDir(p: string): boolean {
    const e = this.st.model.fs.get(p);
    if (e && e.type === 'symlink') return false;
    return this.evaluator.isDir(this.st, p);
  }

  private mkdir(args: Arg[]): void {
    const { ops } = this.operands(args, new Set(['m', 'mode', 'context']));
    for (const o of ops) {
      if (o.value === undefined) continue;
      const p = this.abs(o.value);
      if (p === undefined || this.evaluator.isDir(this.st, p)) continue;
      this.evaluator.put(this.st, { type: 'dir', path: p, origin: [this.evidence(`mkdir ${this.text(args)} creates ${p}`)] });
    }
  }

  private rm(args: Arg[]): void {
    const { ops } = this.operands(args, new Set());
    for (const o of ops) {
      if (o.value === undefined || hasGlob(o.value)) continue;
      const p = this.abs(o.value);
      if (p !== undefined && p !== '/') this.evaluator.remove(this.st, p);
    }
  }

  private chmod(args: Arg[]): void {
    // The mode is the first operand that is not an option (a mode like `-x` looks like one: accept it).
    const list = args.filter((a) => a.value !== '-R' && a.value !== '--recursive' && a.value !== '-f' && a.value !== '-v');
    const mode = list[0];
    if (!mode || mode.value === undefined) return;
    for (const f of list.slice(1)) {
      if (f.value === undefined) continue;
      const p = this.abs(f.value);
      if (p === undefined) continue;
      const e = lookupExact(this.st.model, p);
      if (!e || e.type !== 'file') continue;
      const x = modeExecutable(mode.value, e.executable);
      if (x === undefined) continue;
      this.evaluator.put(this.st, { ...e, executable: x, origin: [...e.origin, this.evidence(`chmod ${this.text(args)} makes ${p} ${x ? '' : 'not '}executable`)] });
    }
  }

  private strip(args: Arg[]): void {
    const { ops, opts } = this.operands(args, new Set(['o', 'R', 'K', 'N', 'F', 'I', 'O', 'remove-section', 'keep-symbol', 'strip-symbol', 'output-format', 'input-target', 'output-target']));
    const debugOnly = opts.has('g') || opts.has('S') || opts.has('d') || opts.has('strip-debug');
    const out = opts.get('o');
    for (const f of ops) {
      if (f.value === undefined) continue;
      const p = this.abs(f.value);
      if (p === undefined) continue;
      const e = lookupExact(this.st.model, p);
      if (!e || e.type !== 'file') continue;
      const msg = debugOnly ? `strip ${this.text(args)} removes the debug information (DWARF) of ${p}` : `strip ${this.text(args)} removes the symbol table of ${p}`;
      const ev = this.evidence(msg);
      const ne: FsEntry = { ...e, origin: [...e.origin, ev] };
      if (ne.go) ne.go = { ...ne.go, noDwarf: true, stripped: ne.go.stripped || !debugOnly };
      const target = out && out !== true && out.value !== undefined ? this.abs(out.value) : p;
      if (target === undefined) continue;
      this.evaluator.put(this.st, { ...ne, path: target });
    }
  }

  private upx(args: Arg[]): void {
    const { ops, opts } = this.operands(args, new Set(['o']));
    const decompress = opts.has('d') || opts.has('decompress');
    if (opts.has('t') || opts.has('l') || opts.has('test') || opts.has('list')) return;
    const out = opts.get('o');
    for (const f of ops) {
      if (f.value === undefined) continue;
      const p = this.abs(f.value);
      if (p === undefined) continue;
      const e = lookupExact(this.st.model, p);
      if (!e || e.type !== 'file') continue;
      const ev = this.evidence(decompress ? `upx -d unpacks ${p}` : `upx ${this.text(args)} packs ${p} (the file on disk becomes the UPX stub)`);
      const ne: FsEntry = { ...e, origin: [...e.origin, ev] };
      if (ne.go) ne.go = { ...ne.go, upx: !decompress };
      const target = out && out !== true && out.value !== undefined ? this.abs(out.value) : p;
      if (target === undefined) continue;
      this.evaluator.put(this.st, { ...ne, path: target });
    }
  }
}

/** The go.mod of the repository at or above a directory (cwd-relative), and the directory it is in. */
export function repoGoMod(repo: RepoView, from: string): { dir: string; file: SourceFile } | undefined {
  for (let dir = from; ; dir = posix.dirname(dir)) {
    const file = repo.load(dir === '.' ? 'go.mod' : `${dir}/go.mod`);
    if (file) return { dir, file };
    if (dir === '.' || dir === '/' || dir === '') return undefined;
  }
}

/** The `go` and `toolchain` directives of a go.mod of the repository, with their ranges. */
export function goModFileFacts(file: SourceFile): GoModFacts | undefined {
  return goModFactsOf(file.path, file.text, file, { file: file.path, line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 });
}

/** The images a Dockerfile's stages are built FROM, without evaluating it (which builds of the repository it uses). */
export function stageBaseRefs(doc: DockerfileDoc, opts: EvalOptions): string[] {
  return new Evaluator(doc, opts).baseRefs();
}

/**
 * Evaluates the image a Dockerfile target produces. `target` is a stage name (default: the last stage).
 * Throws only when there is nothing to evaluate (no stage, unknown target); everything else becomes `unknowns`.
 */
export function evaluateImage(
  doc: DockerfileDoc,
  opts: EvalOptions,
): ImageModel {
  if (doc.stages.length === 0) throw new Error(`${doc.file} has no FROM instruction`);
  let index = doc.stages.length - 1;
  if (opts.target !== undefined && opts.target !== '') {
    const t = opts.target.toLowerCase();
    const found = doc.stages.findIndex((s) => s.name === t);
    if (found < 0) throw new Error(`${doc.file} has no stage named ${opts.target}`);
    index = found;
  }
  const evaluator = new Evaluator(doc, opts);
  const st = evaluator.stage(index);
  st.x.frozen = true;
  finalStates.set(st.model, st);
  return st.model;
}

/** A COPY source that names a directory by its form: a trailing `/`, or a last element `.` (`dir/.`). */
function isDirSource(src: string): boolean {
  return src.endsWith('/') || src === '.' || src.endsWith('/.');
}

/** A line of a `<<-` here-document: its leading tabs are removed. */
function withoutLeadingTabs(line: string): string {
  let i = 0;
  while (line[i] === '\t') i++;
  return line.slice(i);
}

/**
 * What `printf FORMAT ARGS` prints, for a format of text, `%s`, `%%` and the common backslash escapes (the format is
 * reused while arguments remain); undefined for anything else.
 */
function printfText(fmt: string, args: string[]): { value: string } | undefined {
  let out = '';
  let i = 0;
  do {
    let used = false;
    for (let k = 0; k < fmt.length; k++) {
      const ch = fmt[k]!;
      if (ch === '\\') {
        const n = fmt[++k];
        if (n === 'n') out += '\n';
        else if (n === 't') out += '\t';
        else if (n === '\\') out += '\\';
        else if (n === '"' || n === "'") out += n;
        else return undefined;
      } else if (ch === '%') {
        const n = fmt[++k];
        if (n === '%') out += '%';
        else if (n === 's') {
          out += args[i++] ?? '';
          used = true;
        } else return undefined;
      } else out += ch;
    }
    if (!used) break;
  } while (i < args.length);
  return { value: out };
}
