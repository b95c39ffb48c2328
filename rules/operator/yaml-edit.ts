// Line-level edits of Kubernetes YAML for the Operator rules' fixes: delete an annotation's line, add annotation lines
// to a pod template (creating `annotations:` and `metadata:` when absent). Positions come from the parsed model;
// the file text is only read to find line boundaries and indentation, never parsed. Only block-style YAML that is
// not a Helm template is edited; anything else gives no fix.

import type { TextEdit } from '../../src/engine/types.ts';
import type { ProjectModel } from '../../src/model/project.ts';
import type { Range, SourceFile } from '../../src/model/source.ts';
import type { Scalar, Workload } from '../../src/model/workload.ts';

/** The file of `range` when a fix may edit it: plain YAML (not a Helm template, not TypeScript). */
export function editableYaml(model: ProjectModel, file: string): SourceFile | undefined {
  const f = model.files.get(file);
  return f && (f.kind === 'yaml' || f.kind === 'compose') && !f.helm ? f : undefined;
}

export function eol(f: SourceFile): string {
  return f.text.includes('\r\n') ? '\r\n' : '\n';
}

function lineStart(f: SourceFile, line: number): number {
  return f.lines.starts[line - 1] ?? f.text.length;
}

/** Offset just past the end of `line` (before its line break). */
function lineEnd(f: SourceFile, line: number): number {
  let e = line < f.lines.starts.length ? f.lines.starts[line]! : f.text.length;
  while (e > lineStart(f, line) && (f.text[e - 1] === '\n' || f.text[e - 1] === '\r')) e--;
  return e;
}

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

/** Only spaces before `offset` on its line (block style). */
export function startsLine(f: SourceFile, r: Range): boolean {
  for (let p = lineStart(f, r.line); p < r.start; p++) if (f.text[p] !== ' ') return false;
  return true;
}

/** Nothing but blanks, or a comment, from `offset` to the end of its line. */
export function restIsBlank(f: SourceFile, offset: number, line: number): boolean {
  const end = lineEnd(f, line);
  let p = offset;
  while (p < end && isBlank(f.text[p])) p++;
  return p === end || (f.text[p] === '#' && (p === offset ? offset === lineStart(f, line) || isBlank(f.text[p - 1]) : true));
}

/** After a key: `:` and then nothing (an empty value), or a comment. */
function keyHasEmptyValue(f: SourceFile, key: Range): boolean {
  let p = key.end;
  const end = lineEnd(f, key.line);
  while (p < end && isBlank(f.text[p])) p++;
  if (f.text[p] !== ':') return false;
  return restIsBlank(f, p + 1, key.line);
}

/** The line of the last character of a range. */
function lastLine(f: SourceFile, r: Range): number {
  return r.end > r.start ? f.lines.position(r.end - 1).line : r.line;
}

/** A `key: value` entry written on one line of its own, in block style: its text from the key to the line end. */
export function entryLine(f: SourceFile, e: { key: Scalar; value: Scalar }): string | undefined {
  if (e.key.unknown || e.value.unknown) return undefined;
  const line = e.key.range.line;
  if (lastLine(f, e.value.range) !== line || !startsLine(f, e.key.range)) return undefined;
  if (!restIsBlank(f, e.value.range.end, line)) return undefined;
  return f.text.slice(e.key.range.start, lineEnd(f, line)).trimEnd();
}

/** Deletes whole lines `from`..`to` (1-based, inclusive), line breaks included. */
export function deleteLines(f: SourceFile, from: number, to: number): TextEdit {
  const start = lineStart(f, from);
  const end = to < f.lines.starts.length ? lineStart(f, to + 1) : f.text.length;
  return { range: f.lines.range(f.path, start, end), text: '' };
}

/** Inserts lines after line `line` (1-based). */
export function insertAfterLine(f: SourceFile, line: number, lines: string[]): TextEdit {
  const nl = eol(f);
  if (line < f.lines.starts.length) {
    const at = lineStart(f, line + 1);
    return { range: f.lines.range(f.path, at, at), text: lines.map((l) => l + nl).join('') };
  }
  const at = f.text.length;
  const endsWithBreak = at > 0 && (f.text[at - 1] === '\n' || f.text[at - 1] === '\r');
  return { range: f.lines.range(f.path, at, at), text: endsWithBreak ? lines.map((l) => l + nl).join('') : lines.map((l) => nl + l).join('') };
}

function insertBeforeLine(f: SourceFile, line: number, lines: string[]): TextEdit {
  const at = lineStart(f, line);
  const nl = eol(f);
  return { range: f.lines.range(f.path, at, at), text: lines.map((l) => l + nl).join('') };
}

/**
 * An edit that adds `entries` (each `key: value`, unindented) to the pod template's annotations of `w`: after the
 * existing annotations, or as a new `annotations:` in the template's metadata, or as a new `metadata:` before the
 * template's `spec:`. `step` is the file's indentation unit. Undefined when the shape is not plain block YAML.
 */
export function addPodAnnotations(f: SourceFile, w: Workload, entries: string[], step: number): TextEdit | undefined {
  const pa = w.podAnnotations;
  if (pa.unknown) return undefined;
  const pad = (n: number) => ' '.repeat(n);
  if (pa.keyRange) {
    if (!startsLine(f, pa.keyRange)) return undefined;
    const first = pa.entries[0];
    if (first) {
      // Block mapping under `annotations:`: same indentation as its first key, after its last line.
      if (first.key.range.line <= pa.keyRange.line || !startsLine(f, first.key.range) || pa.range?.start !== first.key.range.start) return undefined;
      const indent = pad(first.key.range.column - 1);
      return insertAfterLine(f, lastLine(f, pa.range), entries.map((e) => indent + e));
    }
    // `annotations:` with an empty value.
    if (!pa.range || pa.range.start !== pa.range.end || !keyHasEmptyValue(f, pa.keyRange)) return undefined;
    const indent = pad(pa.keyRange.column - 1 + step);
    return insertAfterLine(f, pa.keyRange.line, entries.map((e) => indent + e));
  }
  if (w.podMetadataRange) {
    // A block `metadata:` mapping without annotations: add `annotations:` after its last line.
    const m = w.podMetadataRange;
    if (m.end <= m.start || !startsLine(f, m) || f.text[m.start] === '{') return undefined;
    const base = m.column - 1;
    return insertAfterLine(f, lastLine(f, m), [pad(base) + 'annotations:', ...entries.map((e) => pad(base + step) + e)]);
  }
  if (w.podMetadataKeyRange) {
    // `metadata:` with an empty value.
    const k = w.podMetadataKeyRange;
    if (!startsLine(f, k) || !keyHasEmptyValue(f, k)) return undefined;
    const base = k.column - 1 + step;
    return insertAfterLine(f, k.line, [pad(base) + 'annotations:', ...entries.map((e) => pad(base + step) + e)]);
  }
  // No metadata in the template: a new `metadata:` before its `spec:`.
  const spec = w.pod.keyRange;
  if (!spec || !startsLine(f, spec)) return undefined;
  const base = spec.column - 1;
  return insertBeforeLine(f, spec.line, [pad(base) + 'metadata:', pad(base + step) + 'annotations:', ...entries.map((e) => pad(base + 2 * step) + e)]);
}
