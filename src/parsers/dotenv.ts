// Environment files as Docker Compose reads them: the project's `.env` (the variables a compose file interpolates)
// and the files a service names in `env_file:` (variables of its container).
//
// Follows the syntax Docker documents for Compose (docs.docker.com/compose/how-tos/environment-variables/
// variable-interpolation/#env-file-syntax) and compose-go's dotenv reader:
// - blank lines and lines starting with `#` are skipped; `export ` before a name is allowed;
// - a name is letters, digits, `_` and `.`, followed by `=` (or `:`, the YAML-like form compose-go also reads);
//   a name alone on its line takes its value from the shell running Compose: not known here;
// - a value is unquoted (up to the end of the line; ` #` starts a comment, `#` without a space before it does not;
//   trailing blanks are dropped), single-quoted (literal; `\'` is a quote) or double-quoted (`\n`, `\r`, `\t`,
//   `\\`, `\"` are escapes); quoted values may span lines;
// - unquoted and double-quoted values are interpolated (`$VAR`, `${VAR:-default}` ...) from the shell and the lines
//   before: such a value is marked unknown rather than guessed.
// Pure: text in, entries with exact ranges out; a line that cannot be read is a problem, and reading goes on.

import type { ParseProblem, Range, SourceFile } from '../model/source.ts';
import type { Scalar } from '../model/workload.ts';

export interface DotenvEntry {
  name: Scalar;
  /** Absent for a name alone on its line (the value comes from the shell). The range includes the quotes. */
  value?: Scalar;
  range: Range;
}

export interface DotenvFile {
  file: string;
  entries: DotenvEntry[];
  problems: ParseProblem[];
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\f' || c === '\v';
const isNameChar = (c: string): boolean => /[\p{L}\p{N}_.]/u.test(c);

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', '\\': '\\', '"': '"' };

export function parseDotenv(file: SourceFile): DotenvFile {
  const text = file.text;
  const out: DotenvFile = { file: file.path, entries: [], problems: [] };
  const range = (a: number, b: number): Range => file.lines.range(file.path, a, b);
  const lineEnd = (from: number): number => {
    const n = text.indexOf('\n', from);
    return n < 0 ? text.length : n;
  };
  const problem = (a: number, b: number, message: string): void => {
    out.problems.push({ range: range(a, b), message, severity: 'partial' });
  };

  let i = 0;
  while (i < text.length) {
    // The start of a statement: skip blanks and empty lines.
    while (i < text.length && (isBlank(text[i]) || text[i] === '\n')) i++;
    if (i >= text.length) break;
    const start = i;
    const eol = lineEnd(i);
    if (text[i] === '#') {
      i = eol;
      continue;
    }
    if (text.startsWith('export', i) && isBlank(text[i + 6])) {
      i += 6;
      while (isBlank(text[i])) i++;
    }
    const nameStart = i;
    while (i < eol && isNameChar(text[i]!)) i++;
    const nameEnd = i;
    while (isBlank(text[i])) i++;
    if (nameEnd === nameStart || (i < eol && text[i] !== '=' && text[i] !== ':')) {
      problem(start, eol, `"${text.slice(start, eol).trim()}" is not a variable assignment (NAME=value): Compose stops with an error on this line`);
      i = eol;
      continue;
    }
    const name: Scalar = { value: text.slice(nameStart, nameEnd), range: range(nameStart, nameEnd) };
    if (i >= eol) {
      out.entries.push({ name, range: range(start, nameEnd) });
      i = eol;
      continue;
    }
    i++; // = or :
    while (isBlank(text[i])) i++;
    const q = text[i];
    if (q === '"' || q === "'") {
      const vStart = i;
      let value = '';
      let j = i + 1;
      let closed = false;
      for (; j < text.length; j++) {
        const c = text[j]!;
        if (c === '\\' && j + 1 < text.length) {
          const n = text[j + 1]!;
          if (q === "'" ? n === "'" : ESCAPES[n] !== undefined) {
            value += q === "'" ? "'" : ESCAPES[n];
            j++;
            continue;
          }
        }
        if (c === q) {
          closed = true;
          break;
        }
        value += c;
      }
      if (!closed) {
        problem(vStart, lineEnd(vStart), `The quoted value of ${name.value} is never closed: Compose stops with an error on this file`);
        break;
      }
      const vEnd = j + 1;
      const scalar: Scalar = { value, range: range(vStart, vEnd) };
      if (q === '"' && value.includes('$')) scalar.unknown = true;
      out.entries.push({ name, value: scalar, range: range(start, vEnd) });
      // After the closing quote: blanks and an optional comment.
      const end = lineEnd(vEnd);
      let k = vEnd;
      while (k < end && isBlank(text[k])) k++;
      if (k < end && text[k] !== '#') problem(k, end, `Text after the quoted value of ${name.value} ("${text.slice(k, end).trim()}"): Compose does not read it as part of the value`);
      i = end;
      continue;
    }
    // Unquoted: to the end of the line; ` #` starts a comment.
    let vEnd = i;
    for (let k = i; k < eol; k++) {
      if (text[k] === '#' && isBlank(text[k - 1])) break;
      vEnd = k + 1;
    }
    while (vEnd > i && isBlank(text[vEnd - 1])) vEnd--;
    const scalar: Scalar = { value: text.slice(i, vEnd), range: range(i, vEnd) };
    if (scalar.value.includes('$')) scalar.unknown = true;
    out.entries.push({ name, value: scalar, range: range(start, vEnd) });
    i = eol;
  }
  return out;
}
