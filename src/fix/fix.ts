// --fix / --fix-dry-run: applies the safe fixes diagnostics carry.
//
// A fix is all or nothing: when one of its edits cannot be applied (its file could not be parsed, changed on disk
// since it was read, or the edit overlaps an edit of a fix taken before it) the whole fix is left out and its
// diagnostic stays in `remaining`. Files are written atomically (a temporary file in the same directory, then a
// rename) with their mode kept, and only the edited spans change: everything else, line endings and a byte-order
// mark included, is written back as it was read.

import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Diagnostic, TextEdit } from '../engine/types.ts';
import type { ParseProblem, SourceFile } from '../model/source.ts';
import { unifiedDiff } from './diff.ts';
import { applyEdits, editsConflict } from './edits.ts';

export interface FixOptions {
  /** Absolute working directory (the diagnostics' paths are relative to it). */
  cwd: string;
  /** Compute the changes and their diff without writing anything. */
  dryRun: boolean;
  /** Relative paths of files a parser could not read: never edited. */
  unparseable: Set<string>;
  /**
   * The path the diff names a file by (default: as the diagnostics do). `git apply` reads a diff's paths as relative
   * to the top of the repository, whatever directory it runs in.
   */
  diffPath?: (file: string) => string;
}

/** Why a fix (or a file's fixes) was not applied. */
export interface FixSkip {
  file: string;
  reason: string;
  /** The rule whose fix was left out, when the skip concerns one fix. */
  ruleId?: string;
  line?: number;
}

export interface FixResult {
  /** Relative paths of the files changed (or, with dryRun, that would change), sorted. */
  changed: string[];
  /** Unified diff of every change (3 lines of context), files in path order; '' when nothing changes. */
  diff: string;
  /** The diagnostics whose problem is still there: no fix, or a fix that was not applied. In input order. */
  remaining: Diagnostic[];
  /** The diagnostics whose fix was applied (or would be, with dryRun). */
  fixed: Diagnostic[];
  /** Fixes left out and why, for the CLI to print. */
  skipped: FixSkip[];
}

/** Relative paths of files with parse problems (the set fixFiles must not touch). */
export function unparseableFiles(
  problems: { file: string; problem: ParseProblem }[],
  opts: { includePartial?: boolean } = {},
): Set<string> {
  const includePartial = opts.includePartial ?? true;
  return new Set(problems.filter((p) => includePartial || p.problem.severity === 'error').map((p) => p.file));
}

interface FileState {
  source: SourceFile;
  /** Text on disk before the source text (a byte-order mark the reader left out), written back unchanged. */
  prefix: string;
  edits: TextEdit[];
  diagnostics: Diagnostic[];
}

type Check = { ok: true; state: FileState } | { ok: false; reason: string };

/**
 * Reads a file and checks it still holds the text the diagnostics were computed on.
 * Returns the text before `source.text` (a BOM) on success.
 */
async function checkOnDisk(source: SourceFile): Promise<{ ok: true; prefix: string } | { ok: false; reason: string }> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(source.absPath);
  } catch (e) {
    return { ok: false, reason: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  const disk = bytes.toString('utf8');
  if (!Buffer.from(disk, 'utf8').equals(bytes)) return { ok: false, reason: 'the file is not valid UTF-8' };
  if (disk === source.text) return { ok: true, prefix: '' };
  if (disk.charCodeAt(0) === 0xfeff && disk.slice(1) === source.text) return { ok: true, prefix: '\ufeff' };
  return { ok: false, reason: 'the file changed on disk since it was read' };
}

/** Writes through a temporary file in the same directory and a rename, keeping the file's mode. */
export async function writeFileAtomic(absPath: string, text: string): Promise<void> {
  // Write the file a symlink points to; renaming over the link would replace the link itself.
  const real = await fs.realpath(absPath);
  const st = await fs.stat(real);
  const tmp = path.join(
    path.dirname(real),
    `.${path.basename(real)}.otel-target-lint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    const fh = await fs.open(tmp, 'wx', st.mode & 0o777);
    try {
      await fh.writeFile(text, 'utf8');
      // The mode given to open() is reduced by the umask; set it exactly.
      await fh.chmod(st.mode & 0o7777);
      await fh.sync();
    } finally {
      await fh.close();
    }
    if (typeof process.getuid === 'function' && process.getuid() === 0) {
      await fs.chown(tmp, st.uid, st.gid).catch(() => undefined);
    }
    await fs.rename(tmp, real);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/** Applies the fixes of `diagnostics` to the files they edit (see the module comment for the rules). */
export async function fixFiles(
  diagnostics: Diagnostic[],
  files: Map<string, SourceFile>,
  opts: FixOptions,
): Promise<FixResult> {
  const skipped: FixSkip[] = [];
  const checks = new Map<string, Check>();

  const stateOf = async (file: string): Promise<Check> => {
    let c = checks.get(file);
    if (c) return c;
    const source = files.get(file);
    if (!source) c = { ok: false, reason: 'the file was not read by this run' };
    else if (opts.unparseable.has(file)) c = { ok: false, reason: 'the file has parse problems; it is not edited' };
    else {
      const disk = await checkOnDisk(source);
      c = disk.ok
        ? { ok: true, state: { source, prefix: disk.prefix, edits: [], diagnostics: [] } }
        : { ok: false, reason: disk.reason };
    }
    // Reported once per file; the fixes it stops are in `remaining`.
    if (!c.ok) skipped.push({ file, reason: c.reason });
    checks.set(file, c);
    return c;
  };

  const fixedSet = new Set<Diagnostic>();
  for (const d of diagnostics) {
    const edits = d.fix?.edits;
    if (!edits || edits.length === 0) continue;
    // Every file the fix edits must be editable ...
    let why: { file: string; reason: string; perFix: boolean } | undefined;
    const states: FileState[] = [];
    for (const e of edits) {
      const c = await stateOf(e.range.file);
      if (!c.ok) {
        why = { file: e.range.file, reason: c.reason, perFix: false };
        break;
      }
      states.push(c.state);
    }
    // ... and every edit must fit its file and leave the edits already taken alone.
    if (!why) {
      for (let i = 0; i < edits.length && !why; i++) {
        const e = edits[i]!;
        const st = states[i]!;
        const { start, end } = e.range;
        if (!(start >= 0 && start <= end && end <= st.source.text.length)) {
          why = { file: e.range.file, reason: 'an edit lies outside the file', perFix: true };
          break;
        }
        const others = [...st.edits, ...edits.slice(0, i).filter((x) => x.range.file === e.range.file)];
        const clash = others.find(
          (t) => editsConflict(t, e) && !(t.range.start === start && t.range.end === end && t.text === e.text),
        );
        if (clash) why = { file: e.range.file, reason: 'it overlaps another fix applied in this run', perFix: true };
      }
    }
    if (why) {
      // A file-level reason was already reported once for the file; an edit-level one is per fix.
      if (why.perFix) {
        skipped.push({ file: why.file, reason: why.reason, ruleId: d.ruleId, line: d.range.line });
      }
      continue;
    }
    edits.forEach((e, i) => {
      const st = states[i]!;
      st.edits.push(e);
      if (!st.diagnostics.includes(d)) st.diagnostics.push(d);
    });
    fixedSet.add(d);
  }

  const changed: string[] = [];
  const diffs: string[] = [];
  const paths = [...checks.keys()].sort();
  for (const file of paths) {
    const c = checks.get(file)!;
    if (!c.ok || c.state.edits.length === 0) continue;
    const { source, prefix, edits } = c.state;
    const result = applyEdits(source.text, edits);
    if (result.text === source.text) continue;
    if (!opts.dryRun) {
      try {
        // Re-check right before writing: another process may have written the file in the meantime.
        const again = await checkOnDisk(source);
        if (!again.ok) throw new Error(again.reason);
        await writeFileAtomic(source.absPath, prefix + result.text);
      } catch (e) {
        skipped.push({ file, reason: `not written: ${(e as Error).message}` });
        for (const d of c.state.diagnostics) fixedSet.delete(d);
        continue;
      }
    }
    changed.push(file);
    diffs.push(unifiedDiff(source.text, result.text, { oldPath: opts.diffPath ? opts.diffPath(file) : file }));
  }

  return {
    changed,
    diff: diffs.join(''),
    remaining: diagnostics.filter((d) => !fixedSet.has(d)),
    fixed: diagnostics.filter((d) => fixedSet.has(d)),
    skipped,
  };
}
