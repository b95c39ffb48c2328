// The directory walk behind discovery: every candidate file under a directory, honouring .gitignore files the way
// git does, without a glob library.
//
// Why not globby: discovery needs a few readdir calls for a small repository, and importing globby (fast-glob,
// micromatch, its child_process use) cost more than the rest of the walk put together (~21 ms of a ~180 ms run,
// see docs/performance.md). What it did is kept exactly:
// - candidate names: classifyName() (the same names the old glob list matched, case-insensitively);
// - PRUNED_DIRS are skipped at any depth, in any letter case; symbolic links are neither followed nor listed;
// - .gitignore files from the git root down to the walked directory, and every nested one, rebased to the git root
//   and applied as one ordered rule list (a deeper file's rules come later, so they win), with the `ignore` package
//   (git's own matching rules, case-insensitive like globby's default); a directory the rules exclude is not
//   entered at all, which is also what git does (a file inside an excluded directory cannot be re-included).
// The one deliberate difference: globby never read .gitignore files inside `coverage/` or `flow-typed/`
// directories; git does, and so does this walk.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ignore from 'ignore';
import { PRUNED_DIRS, classifyName } from './classify.ts';

const PRUNED = new Set(PRUNED_DIRS.map((d) => d.toLowerCase()));

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/** The nearest directory at or above `dir` holding `.git` (a directory, or a file for worktrees); else undefined. */
export function findGitRoot(dir: string): string | undefined {
  for (let d = dir; ; ) {
    const st = statSync(join(d, '.git'), { throwIfNoEntry: false });
    if (st && (st.isDirectory() || st.isFile())) return d;
    const up = dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}

/**
 * The lines of a .gitignore file that are patterns, as git reads them: a BOM is dropped, blank lines and `#`
 * comments are skipped, trailing whitespace is dropped unless its first character is escaped with a backslash.
 */
export function gitignoreLines(text: string): string[] {
  const out: string[] = [];
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let line of body.split('\n')) {
    if (line.endsWith('\r')) line = line.slice(0, -1);
    let end = line.length;
    while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--;
    if (end < line.length) {
      // An odd number of backslashes before the whitespace escapes its first character, which is kept.
      let slashes = 0;
      for (let i = end - 1; i >= 0 && line[i] === '\\'; i--) slashes++;
      line = slashes % 2 === 1 ? line.slice(0, end + 1) : line.slice(0, end);
    }
    if (line === '' || line.startsWith('#')) continue;
    out.push(line);
  }
  return out;
}

/**
 * A pattern from the .gitignore file in directory `base` (`/`-separated, relative to the git root; '' for the root
 * itself), rewritten to match the same paths relative to the git root. Git: a pattern with no slash except a
 * trailing one matches at any depth below its file's directory; any other slash anchors it to that directory.
 */
export function rebasePattern(pattern: string, base: string): string {
  if (base === '') return pattern;
  const negated = pattern.startsWith('!');
  const p = negated ? pattern.slice(1) : pattern;
  const slash = p.indexOf('/');
  let out: string;
  if (slash === -1 || slash === p.length - 1) out = `${base}/**/${p}`;
  else if (slash === 0) out = `${base}${p}`;
  else out = `${base}/${p}`;
  return negated ? `!${out}` : out;
}

/** A candidate file found by the walk. */
export interface CandidateFile {
  abs: string;
  /** Relative to the `cwd` given to walkCandidateFiles, `/`-separated (as path.relative would give it). */
  path: string;
}

/**
 * Every candidate file (classifyName() knows its name) under `dir`, as absolute paths in no particular order.
 * Unreadable directories are skipped silently (as globby did).
 */
export function walkCandidatesSync(dir: string): string[] {
  return walkCandidateFiles(dir, dir).map((f) => f.abs);
}

/**
 * walkCandidatesSync(), with each file's path relative to `cwd` as well (computed once per directory, not once
 * per file: path.relative() was a visible cost in a monorepo).
 */
export function walkCandidateFiles(dir: string, cwd: string, onDir?: (absDir: string, entries: Dirent[]) => void): CandidateFile[] {
  const gitRoot = findGitRoot(dir);
  const base = gitRoot ?? dir;
  const rules = ignore();
  let hasRules = false;
  const addIgnoreFile = (absDir: string): void => {
    let text: string;
    try {
      text = readFileSync(join(absDir, '.gitignore'), 'utf8');
    } catch {
      return;
    }
    const rel = toPosix(relative(base, absDir));
    const lines = gitignoreLines(text);
    if (lines.length === 0) return;
    rules.add(lines.map((l) => rebasePattern(l, rel)));
    hasRules = true;
  };

  // .gitignore files above `dir`, from the git root down.
  if (gitRoot !== undefined && gitRoot !== dir) {
    const chain: string[] = [];
    for (let d = dirname(dir); ; d = dirname(d)) {
      chain.push(d);
      if (d === gitRoot || dirname(d) === d) break;
    }
    for (const d of chain.reverse()) addIgnoreFile(d);
  }

  // `ignore` throws on paths it considers not relative (a name made only of dots): such a path is not ignored.
  const ignored = (rel: string): boolean => {
    if (!hasRules) return false;
    try {
      return rules.ignores(rel);
    } catch {
      return false;
    }
  };

  const out: CandidateFile[] = [];
  const walk = (absDir: string, relDir: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(absDir, { withFileTypes: true });
    } catch {
      return;
    }
    onDir?.(absDir, entries);
    let fromCwd: string | undefined;
    for (const e of entries) {
      if (e.name === '.gitignore' && e.isFile()) {
        addIgnoreFile(absDir);
        break;
      }
    }
    for (const e of entries) {
      const name = e.name;
      if (e.isDirectory()) {
        if (PRUNED.has(name.toLowerCase())) continue;
        const rel = relDir === '' ? name : `${relDir}/${name}`;
        if (ignored(`${rel}/`)) continue;
        walk(join(absDir, name), rel);
      } else if (e.isFile() && classifyName(name) !== undefined) {
        const rel = relDir === '' ? name : `${relDir}/${name}`;
        if (ignored(rel)) continue;
        fromCwd ??= toPosix(relative(cwd, absDir));
        out.push({ abs: join(absDir, name), path: fromCwd === '' ? name : `${fromCwd}/${name}` });
      }
    }
  };
  walk(dir, toPosix(relative(base, dir)));
  return out;
}
