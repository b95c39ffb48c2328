// One line per finding, the format compilers print and editors / problem matchers parse:
//   file:line:col: severity: message [rule-id]
// A message's line breaks are folded into single spaces. Findings without a location (internal errors) start
// with `otel-target-lint:` instead of a position.

import type { Formatter } from './types.ts';
import { location } from './summary.ts';

function oneLine(s: string): string {
  return s
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join(' ');
}

export const gcc: Formatter = (diagnostics) => {
  let out = '';
  for (const d of diagnostics) {
    const r = d.range;
    const where = r.file === '' ? 'otel-target-lint' : location(r.file, r.line, r.column);
    out += `${where}: ${d.severity}: ${oneLine(d.message)} [${d.ruleId}]\n`;
  }
  return out;
};
