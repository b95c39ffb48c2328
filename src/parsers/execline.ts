// execline scripts (`#!/command/execlineb -P`), the language of s6 and s6-overlay service `run` files.
//
// execlineb reads the whole script as one command line and execs it; each program of the chain (`with-contenv`,
// `s6-setuidgid user`, `fdmove -c 2 1`, `foreground { ... }`) runs the rest of the line as its child or replaces
// itself with it. The syntax, as skarnet.org documents execlineb's parser:
// - words are separated by blanks and newlines; `#` at the start of a word comments out the rest of the line;
// - `"..."` quotes (with backslash escapes: `\"`, `\\`, `\n`, `\t` ...) and may be glued to unquoted text (`a"b c"`
//   is one word);
// - a word `{` opens a block and `}` closes it (a block is one argument of the program before it).
// There is no execline parser on npm, and the language is this small. Pure: text in, words with exact ranges out.

import type { ParseProblem, Range, SourceFile } from '../model/source.ts';

export interface ExeclineWord {
  value: string;
  range: Range;
  /** A `{ ... }` block: its words (then `value` is `{…}`). */
  block?: ExeclineWord[];
}

export interface ExeclineScript {
  /** The `#!` line: interpreter and its options (`-P`, `-S1`). */
  shebang?: { interpreter: string; args: string[]; range: Range };
  words: ExeclineWord[];
  problems: ParseProblem[];
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', a: '\x07', b: '\b', f: '\f', v: '\v', '\\': '\\', '"': '"' };

export function parseExecline(file: SourceFile): ExeclineScript {
  const text = file.text;
  const out: ExeclineScript = { words: [], problems: [] };
  const range = (a: number, b: number): Range => file.lines.range(file.path, a, b);
  let i = 0;
  if (text.startsWith('#!')) {
    let end = text.indexOf('\n');
    if (end < 0) end = text.length;
    const fields = text.slice(2, end).trim().split(' ').filter((f) => f !== '');
    out.shebang = { interpreter: fields[0] ?? '', args: fields.slice(1), range: range(0, end) };
    i = end;
  }
  // Blocks being read, innermost last; the words of the outermost level at the bottom.
  const stack: { words: ExeclineWord[]; open?: number }[] = [{ words: out.words }];
  while (i < text.length) {
    while (i < text.length && isBlank(text[i])) i++;
    if (i >= text.length) break;
    if (text[i] === '#') {
      while (i < text.length && text[i] !== '\n') i++;
      continue;
    }
    const start = i;
    let value = '';
    let quoted = false;
    while (i < text.length && !isBlank(text[i])) {
      const c = text[i]!;
      if (c === '"') {
        quoted = true;
        let j = i + 1;
        for (; j < text.length && text[j] !== '"'; j++) {
          if (text[j] === '\\' && j + 1 < text.length) {
            const n = text[++j]!;
            value += ESCAPES[n] ?? n;
          } else value += text[j];
        }
        if (j >= text.length) {
          out.problems.push({ range: range(i, text.length), message: 'A quoted string is never closed: execlineb stops with an error on this script', severity: 'error' });
          return out;
        }
        i = j + 1;
      } else if (c === '\\' && i + 1 < text.length) {
        value += text[i + 1];
        i += 2;
      } else {
        value += c;
        i++;
      }
    }
    const top = stack[stack.length - 1]!;
    if (!quoted && value === '{') {
      stack.push({ words: [], open: start });
      continue;
    }
    if (!quoted && value === '}') {
      if (stack.length === 1) {
        out.problems.push({ range: range(start, i), message: 'A } closes no block: execlineb stops with an error on this script', severity: 'error' });
        return out;
      }
      stack.pop();
      stack[stack.length - 1]!.words.push({ value: '{…}', range: range(top.open!, i), block: top.words });
      continue;
    }
    top.words.push({ value, range: range(start, i) });
  }
  if (stack.length > 1) {
    const open = stack[stack.length - 1]!.open!;
    out.problems.push({ range: range(open, open + 1), message: 'A { block is never closed: execlineb stops with an error on this script', severity: 'error' });
  }
  return out;
}
