// The filesystem-backed RepoView: read access to the repository for discovery and inference, with caches, the
// same size/binary/encoding rules for every file, and one map of every file read (what the formatters print from).

import { existsSync, readdirSync, statSync } from 'node:fs';
import type { Dirent } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { Severity } from '../engine/types.ts';
import { LineIndex } from '../model/source.ts';
import type { FileKind, Range, RepoView, SourceFile } from '../model/source.ts';
import { classifyLoaded } from './classify.ts';
import { invalidUtf8Issue, MAX_FILE_BYTES, readIfFile, readText, utf16Problem } from './read.ts';
import type { ReadOutcome } from './read.ts';

/** An I/O problem with one file (unreadable, too large, binary, not UTF-8); reported as `parse-error`. */
export interface IoProblem {
  range: Range;
  message: string;
  severity: Severity;
}

/** `list()` stops after this many files (a build context can be huge). */
export const LIST_LIMIT = 50_000;

/** Directories `list()` does not descend into. */
const LIST_SKIPPED = new Set(['.git', 'node_modules']);

/** What a directory entry is, as readdir's file types tell it ('link': a symbolic link, to be stat'ed). */
type EntryKind = 'file' | 'dir' | 'link' | 'other';

/**
 * Names compare exactly only where the file system is case-sensitive; elsewhere a name missing from a listing may
 * still exist in another letter case, so a miss falls back to stat().
 */
const CASE_SENSITIVE_FS = process.platform !== 'darwin' && process.platform !== 'win32';

export interface RepoOptions {
  /** Absolute working directory: every path is relative to it. */
  cwd: string;
  /** Decides SourceFile.requested for a cwd-relative path. */
  isRequested?: (path: string) => boolean;
  maxBytes?: number;
}

/** A range covering nothing at the start of a file: where whole-file problems are reported. */
export function fileStartRange(file: string): Range {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 };
}

function toPosix(p: string): string {
  return sep === '/' ? p : p.split(sep).join('/');
}

/**
 * `path` is relative, `/`-separated and normal (no empty, `.` or `..` segment, no backslash or colon, no trailing
 * slash): then relative(cwd, resolve(cwd, path)) is `path` itself.
 */
export function isNormalRelative(path: string): boolean {
  if (path === '' || path.charCodeAt(0) === 47 /* / */ || path.charCodeAt(path.length - 1) === 47) return false;
  let segStart = 0;
  for (let i = 0; i <= path.length; i++) {
    const c = i < path.length ? path.charCodeAt(i) : 47;
    if (c === 92 /* \ */ || c === 58 /* : (a Windows drive) */) return false;
    if (c !== 47) continue;
    const len = i - segStart;
    if (len === 0) return false;
    if (path.charCodeAt(segStart) === 46 /* . */ && (len === 1 || (len === 2 && path.charCodeAt(segStart + 1) === 46))) return false;
    segStart = i + 1;
  }
  return true;
}

export class FsRepo implements RepoView {
  readonly cwd: string;
  /** Every file read (or provided), by cwd-relative path. LintResult.files is this map. */
  readonly files = new Map<string, SourceFile>();
  /** I/O problems met so far, in the order met. */
  readonly problems: IoProblem[] = [];
  private readonly maxBytes: number;
  private isRequested: (path: string) => boolean;
  private readonly statCache = new Map<string, 'file' | 'dir' | undefined>();
  private readonly listCache = new Map<string, string[]>();
  /** null: tried and failed (the problem is already recorded). */
  private readonly loadCache = new Map<string, SourceFile | null>();
  private readonly helmCache = new Map<string, boolean>();
  /** Directory listings already read (by discovery or list()), by absolute path: stat() answers from them. */
  private readonly dirCache = new Map<string, Map<string, EntryKind>>();

  constructor(opts: RepoOptions) {
    this.cwd = opts.cwd;
    this.maxBytes = opts.maxBytes ?? MAX_FILE_BYTES;
    this.isRequested = opts.isRequested ?? (() => false);
  }

  setRequested(isRequested: (path: string) => boolean): void {
    this.isRequested = isRequested;
  }

  /** Normalises a path (relative to cwd, or absolute) to the cwd-relative `/`-separated form. */
  rel(path: string): string {
    // Most paths are already in that form (discovery's, inference's): return them without path.relative(), which
    // cost a monorepo run ~100 ms.
    if (isNormalRelative(path)) return path;
    const r = toPosix(relative(this.cwd, resolve(this.cwd, path)));
    return r === '' ? '.' : r;
  }

  abs(path: string): string {
    return isAbsolute(path) ? path : resolve(this.cwd, path);
  }

  /**
   * Records a directory's entries as readdir returned them (discovery reads every directory it walks): a later
   * stat() of a path in it needs no system call, unless the entry is a symbolic link.
   */
  recordDir(absDir: string, entries: Dirent[]): void {
    const m = new Map<string, EntryKind>();
    for (const e of entries) m.set(e.name, e.isFile() ? 'file' : e.isDirectory() ? 'dir' : e.isSymbolicLink() ? 'link' : 'other');
    this.dirCache.set(absDir, m);
  }

  /**
   * What the recorded listings say of an absolute path: the kind, undefined (absent), or null (not known). When the
   * path's own directory was not listed, the nearest listed ancestor can still tell that it does not exist.
   */
  private fromListing(abs: string): 'file' | 'dir' | undefined | null {
    let child = abs;
    let dir = dirname(abs);
    for (;;) {
      const listing = this.dirCache.get(dir);
      if (listing) {
        const e = listing.get(basename(child));
        if (e === undefined) return CASE_SENSITIVE_FS ? undefined : null;
        if (child === abs) return e === 'file' ? 'file' : e === 'dir' ? 'dir' : e === 'other' ? undefined : null;
        // An ancestor: nothing exists below a file; below a directory or a link that was not listed, ask stat().
        return e === 'file' || e === 'other' ? undefined : null;
      }
      const up = dirname(dir);
      if (up === dir) return null;
      child = dir;
      dir = up;
    }
  }

  stat(path: string): 'file' | 'dir' | undefined {
    const key = this.rel(path);
    if (this.statCache.has(key)) return this.statCache.get(key);
    const listed = key === '.' || key.startsWith('../') || key === '..' ? null : this.fromListing(this.abs(key));
    if (listed !== null) {
      this.statCache.set(key, listed);
      return listed;
    }
    let kind: 'file' | 'dir' | undefined;
    try {
      const st = statSync(this.abs(key));
      kind = st.isDirectory() ? 'dir' : st.isFile() ? 'file' : undefined;
    } catch {
      kind = undefined;
    }
    this.statCache.set(key, kind);
    return kind;
  }

  /**
   * Files under `dir`, recursively, cwd-relative and sorted. Skips `.git` and `node_modules`, does not follow
   * symbolic links to directories (a link is listed as an entry), and stops after LIST_LIMIT files.
   */
  list(dir: string): string[] {
    const key = this.rel(dir);
    const cached = this.listCache.get(key);
    if (cached) return cached;
    const out: string[] = [];
    const walk = (absDir: string): void => {
      if (out.length >= LIST_LIMIT) return;
      let listing = this.dirCache.get(absDir);
      if (!listing) {
        try {
          this.recordDir(absDir, readdirSync(absDir, { withFileTypes: true }));
        } catch {
          return;
        }
        listing = this.dirCache.get(absDir)!;
      }
      const names = [...listing.keys()].sort();
      for (const name of names) {
        if (out.length >= LIST_LIMIT) return;
        const child = join(absDir, name);
        if (listing.get(name) === 'dir') {
          if (!LIST_SKIPPED.has(name)) walk(child);
        } else {
          out.push(this.rel(child));
        }
      }
    };
    if (this.stat(key) === 'dir') walk(this.abs(key));
    out.sort();
    this.listCache.set(key, out);
    return out;
  }

  /**
   * Loads a file as a SourceFile and registers it in `files`; undefined when it does not exist or cannot be used
   * (too large, binary, unreadable: the problem is recorded in `problems`). The kind comes from the name, then
   * from a shell shebang, else 'other'; `kind` forces it.
   */
  load(path: string, kind?: FileKind): SourceFile | undefined {
    const key = this.rel(path);
    const cached = this.loadCache.get(key);
    if (cached !== undefined) {
      if (cached && kind && cached.kind !== kind) cached.kind = kind;
      return cached ?? undefined;
    }
    // A missing path is not a problem: inference asks about paths that may legitimately not exist.
    let out: ReadOutcome | undefined;
    if (!this.statCache.has(key)) {
      // Not stat'ed yet (every discovered file): open it once, which tells what stat() would (and fills its cache).
      const r = readIfFile(this.abs(key), this.maxBytes);
      if (r.kind !== 'unknown') {
        this.statCache.set(key, r.kind === 'file' ? 'file' : r.kind === 'dir' ? 'dir' : undefined);
        if (r.kind !== 'file') return undefined;
        out = r.outcome;
      }
    }
    if (out === undefined) {
      if (this.stat(key) !== 'file') return undefined;
      out = readText(this.abs(key), this.maxBytes);
    }
    if (out.text === undefined) {
      if (out.issue) this.problem(key, out.issue.message, out.issue.severity, out.issue.offset, out.text);
      this.loadCache.set(key, null);
      return undefined;
    }
    const file = this.provide(key, out.text, kind);
    if (out.issue) {
      const issue = invalidUtf8Issue(out.issue, file.kind);
      this.problem(key, issue.message, issue.severity, issue.offset, out.text);
    }
    if (out.utf16) this.utf16(key, file.kind);
    return file;
  }

  /** A UTF-16 file read as text: an error where the tool that reads it cannot (utf16Problem). */
  private utf16(key: string, kind: FileKind): void {
    const why = utf16Problem(kind);
    if (why !== undefined) this.problem(key, why, 'error', undefined);
  }

  /** Registers a file with the given text (standard input, or text read elsewhere), replacing what was there. */
  provide(path: string, text: string, kind?: FileKind): SourceFile {
    const key = this.rel(path);
    const file: SourceFile = {
      path: key,
      absPath: this.abs(key),
      text,
      kind: kind ?? classifyLoaded(key, text),
      requested: this.isRequested(key),
      lines: new LineIndex(text),
    };
    if (this.isHelmTemplate(key)) file.helm = true;
    this.loadCache.set(key, file);
    this.files.set(key, file);
    return file;
  }

  /**
   * A SourceFile whose text is read only when first used (TypeScript / JavaScript candidates: most are never
   * needed). It is registered at once; reading problems are recorded when the text is first read.
   */
  lazy(path: string, kind: FileKind): SourceFile {
    const key = this.rel(path);
    const existing = this.loadCache.get(key);
    if (existing) return existing;
    let state: { text: string; lines: LineIndex } | undefined;
    const ensure = () => {
      if (!state) {
        const out = readText(this.abs(key), this.maxBytes);
        // A JavaScript / TypeScript file is read only to see whether it is a deployment program (cdk8s, Pulumi),
        // which is never binary or megabytes long: a bundle or a minified vendor file is skipped without a finding.
        const quiet = kind === 'typescript' && out.issue?.skipped !== undefined;
        if (out.issue && !quiet) {
          const issue = invalidUtf8Issue(out.issue, kind);
          this.problem(key, issue.message, issue.severity, issue.offset, out.text);
        }
        if (out.utf16) this.utf16(key, kind);
        const text = out.text ?? '';
        state = { text, lines: new LineIndex(text) };
      }
      return state;
    };
    const file: SourceFile = {
      path: key,
      absPath: this.abs(key),
      kind,
      requested: this.isRequested(key),
      get text() {
        return ensure().text;
      },
      get lines() {
        return ensure().lines;
      },
    };
    this.loadCache.set(key, file);
    this.files.set(key, file);
    return file;
  }

  /**
   * A YAML file Helm renders: inside a chart's `templates/` directory (a `Chart.yaml` next to that directory). Other
   * files of a chart are rendered only when the chart passes them through `tpl` (`conf/crds/*.yaml` read with
   * `.Files.Get`), and many hold `{{ }}` that is no Helm action (Prometheus alert templates): they are read as YAML
   * first, and as a template only when they are broken as YAML and not once their actions are set aside
   * (src/parsers/by-kind.ts), as Go-templated YAML anywhere else.
   */
  isHelmTemplate(path: string): boolean {
    const lower = path.toLowerCase();
    if (!lower.endsWith('.yaml') && !lower.endsWith('.yml')) return false;
    let dir = dirname(this.abs(path));
    for (;;) {
      const up = dirname(dir);
      if (up === dir) return false;
      if (basename(dir) === 'templates' && this.hasChart(up)) return true;
      dir = up;
    }
  }

  /** A `Chart.yaml` in this absolute directory (from the listings discovery read, else one stat, cached). */
  private hasChart(dir: string): boolean {
    let chart = this.helmCache.get(dir);
    if (chart === undefined) {
      const listed = this.fromListing(join(dir, 'Chart.yaml'));
      chart = listed === null ? existsSync(join(dir, 'Chart.yaml')) : listed === 'file';
      this.helmCache.set(dir, chart);
    }
    return chart;
  }

  private problem(file: string, message: string, severity: Severity, offset: number | undefined, text?: string): void {
    const range =
      offset !== undefined && text !== undefined
        ? new LineIndex(text).range(file, offset, Math.min(text.length, offset + 1))
        : fileStartRange(file);
    this.problems.push({ range, message, severity });
  }
}
