import type { Diagnostic } from '../engine/types.ts';

export interface Summary {
  errors: number;
  warnings: number;
  infos: number;
}

export function summarize(diagnostics: Diagnostic[]): Summary {
  const s: Summary = { errors: 0, warnings: 0, infos: 0 };
  for (const d of diagnostics) {
    if (d.severity === 'error') s.errors++;
    else if (d.severity === 'warning') s.warnings++;
    else s.infos++;
  }
  return s;
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `2 errors, 1 warning, 0 infos` */
export function summaryLine(s: Summary): string {
  return `${count(s.errors, 'error')}, ${count(s.warnings, 'warning')}, ${count(s.infos, 'info')}`;
}

/** `file:line:col` of a diagnostic range; `file` alone for whole-file-less positions. */
export function location(file: string, line: number, column: number): string {
  return line > 0 ? `${file}:${line}:${column}` : file;
}
