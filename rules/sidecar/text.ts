// Text edits the sidecar rules' fixes make in YAML manifests and compose files: insert a line into a block mapping
// with the indentation of its keys, delete or move one entry's line(s), replace a boolean, add an item to the front of
// a list. Nothing here parses YAML: every position comes from the model's ranges; the file's text is only read to
// copy the indentation, the line ending and the bytes being moved. Each helper returns undefined when the layout is
// not the plain block style it can edit safely (flow mappings, an entry sharing its line with other content,
// TypeScript sources), and the rule then reports without a fix.

import type { TextEdit } from '../../src/engine/types.ts';
import type { ProjectModel } from '../../src/model/project.ts';
import type { Range, SourceFile } from '../../src/model/source.ts';
import type { Scalar } from '../../src/model/workload.ts';

/** The YAML file a range is in, or undefined for TypeScript sources (cdk8s / Pulumi) and unknown files. */
export function yamlFile(model: ProjectModel, range: Range): SourceFile | undefined {
  const f = model.files.get(range.file);
  if (!f || f.kind === 'typescript' || f.kind === 'dockerfile' || f.kind === 'shell') return undefined;
  return f;
}

/** 0-based offset where a 1-based line starts; the text's length past the last line. */
export function lineStart(file: SourceFile, line: number): number {
  const starts = file.lines.starts;
  return line - 1 < starts.length ? starts[line - 1]! : file.text.length;
}

/** The line ending used by a line (the file's first one when the line has none). */
export function eolOf(file: SourceFile, line: number): string {
  const next = line < file.lines.starts.length ? file.lines.starts[line]! : -1;
  if (next > 0) {
    if (file.text[next - 1] === '\n') return file.text[next - 2] === '\r' ? '\r\n' : '\n';
    return '\r';
  }
  const first = file.text.indexOf('\n');
  if (first > 0 && file.text[first - 1] === '\r') return '\r\n';
  return '\n';
}

function onlySpaces(s: string): boolean {
  for (const c of s) if (c !== ' ') return false;
  return true;
}

/** The spaces before `offset` on its line, when nothing else precedes it there. */
export function leadingSpaces(file: SourceFile, offset: number): string | undefined {
  const { line } = file.lines.position(offset);
  const prefix = file.text.slice(lineStart(file, line), offset);
  return onlySpaces(prefix) ? prefix : undefined;
}

/**
 * The indentation of the keys of a block mapping whose range is `map`: the column of its first key, as spaces. The
 * first key may follow a `- ` on its line (a list item). Undefined for a flow mapping or an empty value.
 */
export function mappingIndent(file: SourceFile, map: Range): string | undefined {
  if (map.end <= map.start) return undefined;
  const c = file.text[map.start];
  if (c === '{' || c === '[' || c === '"' || c === "'") return undefined;
  const prefix = file.text.slice(lineStart(file, map.line), map.start);
  for (const ch of prefix) if (ch !== ' ' && ch !== '-') return undefined;
  return ' '.repeat(map.column - 1);
}

/** An edit that inserts whole lines (each without line ending) at the start of `beforeLine` (1-based). */
export function insertLines(file: SourceFile, beforeLine: number, lines: string[], eol: string): TextEdit {
  const body = lines.map((l) => l + eol).join('');
  if (beforeLine <= file.lines.starts.length) {
    const at = lineStart(file, beforeLine);
    return { range: file.lines.range(file.path, at, at), text: body };
  }
  // Past the last line, which has no line break.
  const at = file.text.length;
  return { range: file.lines.range(file.path, at, at), text: eol + body.slice(0, body.length - eol.length) };
}

/**
 * Inserts `lines` (relative indentation already applied) as the first entries of the block mapping `map` that is
 * the value of the key at `keyRange`: right after the key's line, with the mapping's indentation. Undefined unless
 * the mapping starts on a later line than its key.
 */
export function insertIntoMapping(file: SourceFile, keyRange: Range, map: Range, lines: string[]): TextEdit | undefined {
  if (map.line <= keyRange.endLine) return undefined;
  const indent = leadingSpaces(file, map.start);
  if (indent === undefined || indent.length !== map.column - 1) return undefined;
  if (mappingIndent(file, map) === undefined) return undefined;
  return insertLines(file, keyRange.endLine + 1, lines.map((l) => indent + l), eolOf(file, keyRange.endLine));
}

/** Inserts `lines` as new last entries of the block mapping `map` (e.g. a container in a list), after its last line. */
export function appendToMapping(file: SourceFile, map: Range, lines: string[]): TextEdit | undefined {
  const indent = mappingIndent(file, map);
  if (indent === undefined) return undefined;
  return insertLines(file, map.endLine + 1, lines.map((l) => indent + l), eolOf(file, map.endLine));
}

/** The rest of a line after `offset` is blank or a comment. */
function restIsBlankOrComment(file: SourceFile, offset: number): boolean {
  const { line } = file.lines.position(offset);
  const rest = file.lines.lineText(line).slice(offset - lineStart(file, line));
  const t = rest.trimStart();
  return t === '' || t.startsWith('#');
}

/** The lines [from, to] (1-based, inclusive) with their line endings, as a range (for deleting them). */
export function wholeLines(file: SourceFile, from: number, to: number): Range {
  const start = lineStart(file, from);
  if (to + 1 <= file.lines.starts.length) return file.lines.range(file.path, start, lineStart(file, to + 1));
  // The last line has no line break: take the one before it instead.
  const end = file.text.length;
  if (start === 0) return file.lines.range(file.path, 0, end);
  const prev = file.text[start - 1] === '\n' && file.text[start - 2] === '\r' ? start - 2 : start - 1;
  return file.lines.range(file.path, prev, end);
}

/**
 * Comment lines written directly above `line` with exactly `indent` spaces before the `#` (they describe that entry),
 * as the first line number of that block (`line` itself when there are none).
 */
export function commentsAbove(file: SourceFile, line: number, indent: number): number {
  let first = line;
  for (let l = line - 1; l >= 1; l--) {
    const t = file.lines.lineText(l);
    const spaces = t.length - t.trimStart().length;
    if (spaces === indent && t.trimStart().startsWith('#') && onlySpaces(t.slice(0, spaces))) first = l;
    else break;
  }
  return first;
}

/**
 * A mapping entry `key: value` alone on its line(s) (spaces before the key, only a comment after the value): the
 * 1-based lines it occupies, including comment lines directly above it at the same indentation, and those lines'
 * text with the entry's indentation removed. Undefined for any other layout.
 */
export function entryLines(file: SourceFile, key: Range, valueEnd: number): { from: number; to: number; texts: string[] } | undefined {
  const indent = leadingSpaces(file, key.start);
  if (indent === undefined) return undefined;
  if (!restIsBlankOrComment(file, valueEnd)) return undefined;
  const to = file.lines.position(valueEnd).line;
  const from = commentsAbove(file, key.line, indent.length);
  const texts: string[] = [];
  for (let l = from; l <= to; l++) {
    const t = file.lines.lineText(l);
    if (t.trim() !== '' && !t.startsWith(indent)) return undefined;
    texts.push(t.slice(Math.min(indent.length, t.length - t.trimStart().length)).trimEnd());
  }
  return { from, to, texts };
}

/**
 * A list item `- ...` alone on its line(s): `item` is the item's content range (after the `- `). Returns the lines it
 * occupies and their text with the dash's indentation removed (the first line starts with `- `).
 */
export function itemLines(file: SourceFile, item: Range): { from: number; to: number; texts: string[]; dashIndent: number } | undefined {
  const ls = lineStart(file, item.line);
  const prefix = file.text.slice(ls, item.start);
  const trimmed = prefix.trimEnd();
  if (!trimmed.endsWith('-') || !onlySpaces(trimmed.slice(0, -1)) || prefix.length === trimmed.length) return undefined;
  if (!onlySpaces(prefix.slice(trimmed.length))) return undefined;
  const dashIndent = trimmed.length - 1;
  if (!restIsBlankOrComment(file, item.end)) return undefined;
  const texts: string[] = [];
  for (let l = item.line; l <= item.endLine; l++) {
    const t = file.lines.lineText(l);
    if (l > item.line && t.trim() !== '' && !onlySpaces(t.slice(0, dashIndent + 1))) return undefined;
    texts.push(t.slice(Math.min(dashIndent, t.length)).trimEnd());
  }
  return { from: item.line, to: item.endLine, texts, dashIndent };
}

/** Replaces a boolean literal with `true`/`false`, or undefined when it is not a literal in a file we can edit. */
export function setBoolFix(model: ProjectModel, scalar: Scalar<boolean>, value: boolean): TextEdit | undefined {
  if (scalar.unknown || scalar.implicit) return undefined;
  const f = model.files.get(scalar.range.file);
  if (!f || scalar.range.end <= scalar.range.start) return undefined;
  const raw = f.text.slice(scalar.range.start, scalar.range.end);
  // A quoted value is not a boolean to Kubernetes or Compose; leave it to the parser's finding.
  if (raw.startsWith('"') || raw.startsWith("'") || raw.startsWith('`')) return undefined;
  return { range: scalar.range, text: String(value) };
}

/**
 * Adds `value` as the first item of a list written in YAML flow style (`[a, b]`) or block style (`- a`), quoted like
 * the current first item. Undefined for an empty list or another layout.
 */
export function prependListItem(file: SourceFile, list: { items: Scalar[]; range: Range }, value: string): TextEdit | undefined {
  const first = list.items[0];
  if (!first || first.unknown) return undefined;
  const raw = file.text.slice(first.range.start, first.range.end);
  const q = raw[0] === '"' || raw[0] === "'" ? raw[0] : '';
  const written = `${q}${value}${q}`;
  if (file.text[list.range.start] === '[') {
    return { range: file.lines.range(file.path, first.range.start, first.range.start), text: `${written}, ` };
  }
  const item = itemLines(file, first.range);
  if (!item) return undefined;
  const ls = lineStart(file, first.range.line);
  const prefix = file.text.slice(ls, first.range.start);
  return insertLines(file, first.range.line, [prefix + written], eolOf(file, first.range.line));
}
