// The machine-readable report. Its schema is documented in docs/json-format.md and is stable: fields are only ever
// added (with a new `version` if an existing field changes meaning).

import type { Diagnostic } from '../engine/types.ts';
import type { Range } from '../model/source.ts';
import type { Formatter } from './types.ts';
import { summarize } from './summary.ts';

/** Version of the JSON schema (not of the tool). */
export const JSON_SCHEMA_VERSION = 1;

/** A range as the JSON formats write it. */
export function span(r: Range) {
  return { file: r.file, line: r.line, column: r.column, endLine: r.endLine, endColumn: r.endColumn };
}

function toJson(d: Diagnostic) {
  return {
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
    ...span(d.range),
    relatedLocations: d.related.map((e) => ({ ...span(e.range), message: e.message })),
    ...(d.fix
      ? { fix: { description: d.fix.description, edits: d.fix.edits.map((e) => ({ ...span(e.range), text: e.text })) } }
      : {}),
  };
}

export const json: Formatter = (diagnostics, ctx) => {
  const doc = {
    version: JSON_SCHEMA_VERSION,
    tool: { name: 'otel-target-lint', version: ctx.version },
    diagnostics: diagnostics.map(toJson),
    summary: summarize(diagnostics),
  };
  return JSON.stringify(doc, null, 2) + '\n';
};
