// The env files of a kustomize `configMapGenerator` (`envs:`), as kustomize reads them (api/kv): one `KEY=VALUE`
// per line, leading blanks dropped, blank lines and lines starting with `#` skipped. The value is the rest of the
// line as written: no quotes are removed, no escapes or comments read, nothing interpolated (unlike Docker's env
// files, src/parsers/dotenv.ts). A line without `=` is the key with an empty value. A key that is not a valid
// variable name makes kustomize fail: a problem (the line is skipped). Pure: text in, entries with exact ranges out.

import type { ParseProblem, Range, SourceFile } from '../model/source.ts';
import type { Scalar } from '../model/workload.ts';

export interface KustomizeEnvFile {
  file: string;
  entries: { key: Scalar; value: Scalar }[];
  problems: ParseProblem[];
}

/** Kubernetes' C_IDENTIFIER-like rule for environment variable names: `[-._a-zA-Z][-._a-zA-Z0-9]*`. */
export function isEnvVarName(name: string): boolean {
  if (name === '') return false;
  for (let i = 0; i < name.length; i++) {
    const c = name[i]!;
    const letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '-' || c === '.' || c === '_';
    if (!letter && !(i > 0 && c >= '0' && c <= '9')) return false;
  }
  return true;
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\v' || c === '\f' || c === '\r' || c === '\u0085' || c === '\u00a0';

export function parseKustomizeEnv(file: SourceFile): KustomizeEnvFile {
  const text = file.text;
  const out: KustomizeEnvFile = { file: file.path, entries: [], problems: [] };
  const range = (a: number, b: number): Range => file.lines.range(file.path, a, b);
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // bufio.Scanner drops the `\r` of a `\r\n` line end.
    const stop = end > start && text[end - 1] === '\r' ? end - 1 : end;
    let p = start;
    while (p < stop && isSpace(text[p])) p++;
    if (p < stop && text[p] !== '#') {
      const eq = text.indexOf('=', p);
      const keyEnd = eq >= 0 && eq < stop ? eq : stop;
      const key = text.slice(p, keyEnd);
      if (!isEnvVarName(key)) {
        out.problems.push({
          range: range(p, keyEnd),
          message: `"${key}" is not a valid environment variable name: kustomize fails to read this env file`,
          severity: 'error',
        });
      } else {
        const from = keyEnd < stop ? keyEnd + 1 : stop;
        out.entries.push({ key: { value: key, range: range(p, keyEnd) }, value: { value: text.slice(from, stop), range: range(from, stop) } });
      }
    }
    start = end + 1;
  }
  return out;
}
