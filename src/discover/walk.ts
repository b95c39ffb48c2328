// Finding the files to lint: the repository root, a gitignore-aware walk of candidate names (candidates.ts), and
// which of them the user asked about (the rest are read as context only).

import { statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { FileKind } from '../model/source.ts';
import { walkCandidateFiles, walkCandidatesSync } from './candidates.ts';
import { PRUNED_DIRS, PRUNE_GLOBS, classifyName } from './classify.ts';
import { UsageError } from './errors.ts';
import { findRepoRoot } from './root.ts';

export interface DiscoverOptions {
  /** Absolute working directory. */
  cwd: string;
  /** Files or directories, relative to cwd or absolute. Empty: `.`. */
  paths: string[];
  /** Standard input is linted as this file (relative to cwd or absolute); `paths` are then not used. */
  stdinFilename?: string;
  /** Told every directory the walk reads, with its entries (FsRepo answers later stat() calls from them). */
  onDir?: (absDir: string, entries: Dirent[]) => void;
}

export interface DiscoveredFile {
  /** Relative to Discovery.base, `/`-separated. */
  path: string;
  absPath: string;
  /** From the name; undefined for a file named on the command line that matches no candidate name. */
  kind: FileKind | undefined;
}

export interface Discovery {
  /** Absolute repository root (see findRepoRoot; without one, the directory holding the given paths). */
  root: string;
  /**
   * The absolute directory every path here is relative to: the deepest one holding every walked tree (the repository
   * root, and requested directories outside it). Not the working directory: run from `deploy/`, the Dockerfile is
   * `services/api/Dockerfile`, not `../services/api/Dockerfile`, so what is inside the repository, what is above a
   * file and which file is nearest do not depend on where the linter runs.
   */
  base: string;
  /** Every candidate file (requested and context), sorted by path, plus requested files of other names. */
  files: DiscoveredFile[];
  /** base-relative paths the user asked to lint (before the config's `ignore` patterns). */
  requested: Set<string>;
  /**
   * Whether a base-relative path lies in a directory the user asked to lint (not in a pruned directory such as
   * `vendor`): for files the linter reads only because another file names them (an env file of a kustomization).
   */
  inRequestedDir: (path: string) => boolean;
  /** The directories the user asked to lint, base-relative (`.` for the base itself). */
  requestedDirs: string[];
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

function relTo(cwd: string, abs: string): string {
  const r = toPosix(relative(cwd, abs));
  return r === '' ? '.' : r;
}

/** `child` is `dir` or inside it (absolute paths). */
function isInside(child: string, dir: string): boolean {
  const r = relative(dir, child);
  return r === '' || (r !== '..' && !r.startsWith(`..${sep}`) && !isAbsolute(r));
}

/** `abs` (inside root) passes through a directory the walk prunes, e.g. `vendor/x`. */
function underPruned(abs: string, root: string): boolean {
  if (!isInside(abs, root)) return false;
  return relative(root, abs)
    .split(sep)
    .some((seg) => PRUNED_DIRS.includes(seg));
}

/**
 * The candidate files under `dir` (absolute paths), honouring .gitignore files and pruning PRUNED_DIRS (see
 * candidates.ts for the exact rules and why this is not a glob library).
 */
export async function walkCandidates(dir: string): Promise<string[]> {
  return walkCandidatesSync(dir);
}

/** The deepest directory holding every one of `dirs` (absolute paths). */
function commonDir(dirs: string[]): string {
  let out = dirs[0]!;
  for (const d of dirs.slice(1)) while (!isInside(d, out)) out = dirname(out);
  return out;
}

/**
 * A test for "this file is in the requested directory" (`relDir`, base-relative, is `abs`): on the base-relative
 * path when the directory is the base or below it (the usual case; no path.relative() per file), else on absolute
 * paths.
 */
function insideTest(relDir: string, abs: string): (f: DiscoveredFile) => boolean {
  if (relDir === '.') return (f) => f.path !== '..' && !f.path.startsWith('../') && !isAbsolute(f.path);
  if (relDir !== '..' && !relDir.startsWith('../') && !isAbsolute(relDir)) {
    const prefix = `${relDir}/`;
    return (f) => f.path === relDir || f.path.startsWith(prefix);
  }
  return (f) => isInside(f.absPath, abs);
}

export async function discover(opts: DiscoverOptions): Promise<Discovery> {
  const { cwd } = opts;
  const requestedArgs: { abs: string; type: 'file' | 'dir' }[] = [];
  if (opts.stdinFilename !== undefined) {
    requestedArgs.push({ abs: resolve(cwd, opts.stdinFilename), type: 'file' });
  } else {
    for (const p of opts.paths.length > 0 ? opts.paths : ['.']) {
      const abs = resolve(cwd, p);
      let st;
      try {
        st = statSync(abs);
      } catch {
        throw new UsageError(`No such file or directory: ${p}`, 'Pass existing files or directories (default: .).');
      }
      requestedArgs.push({ abs, type: st.isDirectory() ? 'dir' : 'file' });
    }
  }

  const first = requestedArgs[0]!;
  const start = first.type === 'dir' ? first.abs : dirname(first.abs);
  // Without `.git` or a config file above it (a tarball, a mounted directory), the repository is the directory that
  // holds the given paths: never the working directory, which may be a home or /tmp with other projects in it.
  const root = findRepoRoot(start) ?? commonDir(requestedArgs.map((a) => (a.type === 'dir' ? a.abs : dirname(a.abs))));

  // Walk the root, plus requested directories the root walk does not reach (outside it, or inside a pruned one).
  const walkDirs = [root];
  for (const a of requestedArgs) {
    if (a.type !== 'dir') continue;
    if (walkDirs.some((d) => isInside(a.abs, d) && !underPruned(a.abs, d))) continue;
    walkDirs.push(a.abs);
  }
  const base = commonDir(walkDirs);
  const seen = new Map<string, DiscoveredFile>();
  for (const dir of walkDirs) {
    for (const { abs, path } of walkCandidateFiles(dir, base, opts.onDir)) {
      if (seen.has(path)) continue;
      const kind = classifyName(abs);
      if (kind) seen.set(path, { path, absPath: abs, kind });
    }
  }

  const requested = new Set<string>();
  const requestedDirs: string[] = [];
  const dirTests: { test: (f: DiscoveredFile) => boolean; abs: string }[] = [];
  for (const a of requestedArgs) {
    if (a.type === 'file') {
      const path = relTo(base, a.abs);
      requested.add(path);
      if (!seen.has(path)) seen.set(path, { path, absPath: a.abs, kind: classifyName(a.abs) });
      continue;
    }
    const rel = relTo(base, a.abs);
    requestedDirs.push(rel);
    const inside = insideTest(rel, a.abs);
    dirTests.push({ test: inside, abs: a.abs });
    for (const f of seen.values()) if (inside(f)) requested.add(f.path);
  }
  const inRequestedDir = (path: string): boolean => {
    const absPath = resolve(base, path);
    return dirTests.some((d) => d.test({ path, absPath, kind: undefined }) && !underPruned(absPath, d.abs));
  };

  const files = [...seen.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { root, base, files, requested, inRequestedDir, requestedDirs };
}

/**
 * Every file (relative to `dir`) the config's `ignore` patterns match. The patterns are globs relative to `dir` (the
 * base lint() works in), as parseConfig returns them (it resolves them against the config file's directory); globby
 * syntax, `!` negates, and a pattern naming a directory (or ending in `/`) matches everything under it.
 */
export async function matchIgnored(patterns: string[], dir: string): Promise<Set<string>> {
  const globs = toGlobs(patterns);
  if (!globs.some((g) => !g.startsWith('!'))) return new Set();
  const { globby } = await import('globby');
  const matched = await globby(globs, {
    cwd: dir,
    dot: true,
    gitignore: false,
    ignore: PRUNE_GLOBS,
    onlyFiles: true,
    followSymbolicLinks: false,
    absolute: true,
  });
  return new Set(matched.map((p) => relTo(dir, resolve(p))));
}

/** Ignore patterns to globby patterns: each pattern also matches everything under a directory of that name. */
export function toGlobs(patterns: string[]): string[] {
  const out: string[] = [];
  for (const raw of patterns) {
    let p = raw.trim();
    const negated = p.startsWith('!');
    if (negated) p = p.slice(1);
    if (p.startsWith('./')) p = p.slice(2);
    const dirOnly = p.endsWith('/');
    while (p.endsWith('/')) p = p.slice(0, -1);
    if (p === '' || p === '.') continue;
    const globs = dirOnly || p.endsWith('/**') ? [`${p}${p.endsWith('/**') ? '' : '/**'}`] : [p, `${p}/**`];
    for (const g of globs) out.push(negated ? `!${g}` : g);
  }
  return out;
}
