// Moving diagnostics from working-directory-relative paths to repository(workspace)-relative paths: annotations,
// SARIF and the summary must name files as the repository does, whatever `working-directory` the action ran in.

import path from 'node:path';
import type { Diagnostic, TextEdit } from '../engine/types.ts';
import type { Evidence, Range, SourceFile } from '../model/source.ts';

/** The `/`-separated path of `dir` relative to `base` ('' when they are the same directory). */
export function relativeDir(base: string, dir: string): string {
  return path.relative(base, dir).split(path.sep).join('/');
}

/** Prefixes a cwd-relative path with `prefix` and normalises it (`a/../b` -> `b`); '' (no file) stays ''. */
export function rebasePath(prefix: string, file: string): string {
  if (file === '' || prefix === '') return file;
  return path.posix.normalize(`${prefix}/${file}`);
}

function rebaseRange(prefix: string, r: Range): Range {
  return { ...r, file: rebasePath(prefix, r.file) };
}

export function rebaseDiagnostics(prefix: string, diagnostics: Diagnostic[]): Diagnostic[] {
  if (prefix === '') return diagnostics;
  return diagnostics.map((d) => {
    const out: Diagnostic = {
      ...d,
      range: rebaseRange(prefix, d.range),
      related: d.related.map((e): Evidence => ({ ...e, range: rebaseRange(prefix, e.range) })),
    };
    if (d.fix) {
      out.fix = { ...d.fix, edits: d.fix.edits.map((e): TextEdit => ({ ...e, range: rebaseRange(prefix, e.range) })) };
    }
    return out;
  });
}

export function rebaseFiles(prefix: string, files: Map<string, SourceFile>): Map<string, SourceFile> {
  if (prefix === '') return files;
  return new Map([...files.values()].map((f) => [rebasePath(prefix, f.path), { ...f, path: rebasePath(prefix, f.path) }]));
}
