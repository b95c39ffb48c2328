// Command lines: Compose's string form of `entrypoint:` / `command:` is split into words like a shell would split
// them (quotes honoured), but nothing is run through a shell. The shell parser does the splitting, so quoting is
// exact. And the value of an agent's Go-style flag (`-target-exe`, `-config`) among the words.

import { LineIndex, type Range, type SourceFile } from '../model/source.ts';
import type { Scalar } from '../model/workload.ts';
import type { ArgItem } from '../infer/process.ts';
import { parseShell, shellParserReady } from '../parsers/shell.ts';

export function splitCommandString(s: Scalar, files: Map<string, SourceFile>): ArgItem[] {
  if (s.unknown || !shellParserReady()) return [{ value: s.value, range: s.range, unknown: true }];
  const file = files.get(s.range.file);
  const inner = file ? file.text.slice(s.range.start, s.range.end).indexOf(s.value) : -1;
  const script =
    file && inner >= 0
      ? parseShell(s.value, { file: file.path, lines: file.lines, baseOffset: s.range.start + inner })
      : parseShell(s.value, { file: s.range.file, lines: new LineIndex(s.value), baseOffset: 0 });
  const pinned = !(file && inner >= 0);
  const cmd = script.commands.find((c) => !c.subshell);
  if (!cmd) return [];
  const at = (r: Range): Range => (pinned ? s.range : r);
  return cmd.words.map((w) => {
    const literal = w.parts.every((p) => p.kind === 'literal');
    const value = w.parts.map((p) => (p.kind === 'literal' ? p.value : '')).join('');
    return literal ? { value, range: at(w.range) } : { value: w.raw, range: at(w.range), unknown: true };
  });
}

/**
 * The value of a Go `flag` package option in a command line: `-name value`, `--name value`, `-name=value` or
 * `--name=value` (for the `=` forms, the scalar's value is the part after it).
 */
export function goFlagValue(items: Scalar[], name: string): Scalar | undefined {
  for (let i = 0; i < items.length; i++) {
    const v = items[i]!.value;
    if (v === `-${name}` || v === `--${name}`) return items[i + 1];
    for (const p of [`-${name}=`, `--${name}=`]) if (v.startsWith(p)) return { ...items[i]!, value: v.slice(p.length) };
  }
  return undefined;
}
