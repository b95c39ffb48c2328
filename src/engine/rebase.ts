// Moving diagnostics, files and --print-targets entries from paths relative to one directory to another:
// - lint() works with paths relative to a base above every walked tree (the repository root, not the directory the
//   linter runs in) and hands out diagnostics relative to the working directory;
// - the action names files as the repository does (annotations, SARIF, the summary), whatever `working-directory`
//   it ran in.

import path from 'node:path';
import type { Diagnostic, TextEdit } from './types.ts';
import type { TargetReportEntry } from './targets.ts';
import type { Evidence, Range, SourceFile } from '../model/source.ts';

/** The `/`-separated path of `dir` relative to `base` ('' when they are the same directory). */
export function relativeDir(base: string, dir: string): string {
  return path.relative(base, dir).split(path.sep).join('/');
}

/** Maps a path relative to one directory to the same file's path relative to another ('' (no file) stays ''). */
export type Rebase = (file: string) => string;

/**
 * The Rebase from paths relative to `from` to paths relative to `to` (absolute directories), `/`-separated; undefined
 * when the two are one directory (nothing to do).
 */
export function rebaser(from: string, to: string): Rebase | undefined {
  if (path.resolve(from) === path.resolve(to)) return undefined;
  const memo = new Map<string, string>();
  return (file) => {
    if (file === '') return file;
    let out = memo.get(file);
    if (out === undefined) {
      out = relativeDir(to, path.resolve(from, file)) || '.';
      memo.set(file, out);
    }
    return out;
  };
}

function rebaseRange(to: Rebase, r: Range): Range {
  return { ...r, file: to(r.file) };
}

function rebaseEvidence(to: Rebase, e: Evidence): Evidence {
  return { ...e, range: rebaseRange(to, e.range) };
}

export function rebaseDiagnostics(to: Rebase | undefined, diagnostics: Diagnostic[]): Diagnostic[] {
  if (!to) return diagnostics;
  return diagnostics.map((d) => {
    const out: Diagnostic = { ...d, range: rebaseRange(to, d.range), related: d.related.map((e) => rebaseEvidence(to, e)) };
    if (d.fix) out.fix = { ...d.fix, edits: d.fix.edits.map((e): TextEdit => ({ ...e, range: rebaseRange(to, e.range) })) };
    return out;
  });
}

export function rebaseFiles(to: Rebase | undefined, files: Map<string, SourceFile>): Map<string, SourceFile> {
  if (!to) return files;
  return new Map([...files.values()].map((f) => [to(f.path), { ...f, path: to(f.path) }]));
}

/** --print-targets entries: every range, and the linked Dockerfile's path. */
export function rebaseTargets(to: Rebase | undefined, entries: TargetReportEntry[]): TargetReportEntry[] {
  if (!to) return entries;
  return entries.map((e) => {
    const out: TargetReportEntry = {
      ...e,
      range: rebaseRange(to, e.range),
      wrappers: e.wrappers.map((w) => ({ ...w, evidence: rebaseEvidence(to, w.evidence) })),
      steps: e.steps.map((s) => rebaseEvidence(to, s)),
      targets: e.targets.map((t) => ({ ...t, range: rebaseRange(to, t.range) })),
    };
    if (e.link) out.link = { ...e.link, dockerfile: to(e.link.dockerfile), evidence: rebaseEvidence(to, e.link.evidence) };
    if (e.goRun) out.goRun = { ...e.goRun, evidence: rebaseEvidence(to, e.goRun.evidence) };
    return out;
  });
}
