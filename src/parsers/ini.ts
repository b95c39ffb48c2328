// INI files as Python's configparser reads them with the options supervisord gives it (supervisord.conf and the
// files its `[include]` names): `RawConfigParser(inline_comment_prefixes=(';', '#'), strict=False)`.
//
// The dialect, as CPython's configparser implements it:
// - a line whose text starts with `#` or `;` (after blanks) is a comment; elsewhere `;` or `#` starts a comment only
//   at the start of the line or after a blank (`a=1 ;x` is `1`, `a=1;x` is `1;x`);
// - `[name]` opens a section (a section named again is the same section: later keys win); text before the first
//   section header is an error;
// - `key = value` or `key: value`: the key is everything before the first `=` or `:`, lower-cased and trimmed; the
//   value is trimmed;
// - a line indented deeper than its key's line continues the value (joined with newlines); a blank line inside a
//   value is kept in it, trailing blank lines are not;
// - a line that is none of these is an error, and reading goes on (configparser reports all of them at the end);
// - the `DEFAULT` section gives every section its keys as defaults.
// No library reads this dialect with positions (the `ini` package neither continues values nor keeps positions), so
// this one is written here. Pure: text in, sections with exact ranges out.

import type { LineIndex, ParseProblem, Range } from '../model/source.ts';

export interface IniEntry {
  /** Lower-cased, as configparser's optionxform leaves it. */
  key: string;
  keyRange: Range;
  /** The value as configparser returns it (continuation lines joined with `\n`), before any `%()` expansion. */
  value: string;
  /** From the value's first character to the end of its last line's text. */
  valueRange: Range;
}

export interface IniSection {
  name: string;
  /** The `[name]` header (its first occurrence). */
  range: Range;
  entries: Map<string, IniEntry>;
}

export interface IniFile {
  file: string;
  /** In the order they first appear; `DEFAULT` is among them when written. */
  sections: IniSection[];
  problems: ParseProblem[];
}

export interface IniSource {
  file: string;
  /** The line index of the whole file the text lies in (the text may be a heredoc of a Dockerfile). */
  lines: LineIndex;
  /** Offset of the text in that file. */
  baseOffset: number;
}

const isSpace = (c: string | undefined): boolean =>
  c !== undefined && (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v' || (c > '\x7f' && c.trim() === ''));

/** Start offsets (and ends, without the newline) of every line, with configparser's universal newlines. */
function splitLines(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      out.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/** Where an inline comment starts in a line (`;` or `#` at the start or after a blank), or -1. */
function inlineComment(line: string): number {
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if ((c === ';' || c === '#') && (i === 0 || isSpace(line[i - 1]))) return i;
  }
  return -1;
}

export function parseIni(text: string, src: IniSource): IniFile {
  const out: IniFile = { file: src.file, sections: [], problems: [] };
  const range = (a: number, b: number): Range => src.lines.range(src.file, src.baseOffset + a, src.baseOffset + b);
  const byName = new Map<string, IniSection>();
  let section: IniSection | undefined;
  /** The value being read: its parts (one per line) and where its last text ends. */
  let open: { entry: IniEntry; parts: string[]; valueStart: number; valueEnd: number } | undefined;
  let indentLevel = 0;
  let noSectionReported = false;

  const close = (): void => {
    if (!open) return;
    while (open.parts.length > 1 && open.parts[open.parts.length - 1] === '') open.parts.pop();
    open.entry.value = open.parts.join('\n');
    open.entry.valueRange = range(open.valueStart, open.valueEnd);
    open = undefined;
  };

  for (const { start, end } of splitLines(text)) {
    const line = text.slice(start, end);
    const trimmedStart = line.length - line.trimStart().length;
    const full = line[trimmedStart] === '#' || line[trimmedStart] === ';';
    const comment = full ? trimmedStart : inlineComment(line);
    const kept = comment >= 0 ? line.slice(0, comment) : line;
    const lead = kept.length - kept.trimStart().length;
    const value = kept.trim();
    const vStart = start + lead;
    const vEnd = vStart + value.length;
    if (value === '') {
      // A blank line (not a comment) inside a value is part of it.
      if (comment < 0 && open) open.parts.push('');
      continue;
    }
    if (open && section && lead > indentLevel) {
      open.parts.push(value);
      open.valueEnd = vEnd;
      continue;
    }
    close();
    indentLevel = lead;
    if (value.startsWith('[')) {
      const closeAt = value.lastIndexOf(']');
      if (closeAt > 1) {
        const name = value.slice(1, closeAt);
        section = byName.get(name);
        if (!section) {
          section = { name, range: range(vStart, vStart + closeAt + 1), entries: new Map() };
          byName.set(name, section);
          out.sections.push(section);
        }
        continue;
      }
    }
    if (!section) {
      if (!noSectionReported) {
        out.problems.push({ range: range(vStart, vEnd), message: `"${value}" comes before any [section] header: supervisord stops with an error on this file`, severity: 'partial' });
        noSectionReported = true;
      }
      continue;
    }
    const eq = value.indexOf('=');
    const colon = value.indexOf(':');
    const d = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
    const rawKey = d < 0 ? '' : value.slice(0, d).trimEnd();
    if (d < 0 || rawKey === '') {
      out.problems.push({ range: range(vStart, vEnd), message: `"${value}" is neither a [section] header nor a key = value line: supervisord stops with an error on this file`, severity: 'partial' });
      continue;
    }
    let valueStart = vStart + d + 1;
    while (valueStart < vEnd && isSpace(text[valueStart])) valueStart++;
    const entry: IniEntry = {
      key: rawKey.toLowerCase(),
      keyRange: range(vStart, vStart + rawKey.length),
      value: '',
      valueRange: range(valueStart, vEnd),
    };
    section.entries.set(entry.key, entry);
    open = { entry, parts: [text.slice(valueStart, vEnd)], valueStart, valueEnd: vEnd };
  }
  close();
  return out;
}

/** A key of a section as configparser's `get()` finds it: the section's own, else the `DEFAULT` section's. */
export function iniGet(file: IniFile, section: IniSection, key: string): IniEntry | undefined {
  return section.entries.get(key) ?? file.sections.find((s) => s.name === 'DEFAULT')?.entries.get(key);
}
