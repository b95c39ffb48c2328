// GitHub Actions workflow commands: one `::error|warning|notice file=…,line=…::message` line per finding, which
// the runner turns into annotations on the pull request and the run.
//
// Escaping follows the runner: in property values `%`, CR, LF, `:` and `,` are percent-encoded; in the message
// `%`, CR and LF. Column properties are only given for single-line ranges: the runner drops `col`/`endColumn`
// when `line` and `endLine` differ. Paths are printed as the diagnostics carry them (relative to the working
// directory); the GitHub Action rebases them onto GITHUB_WORKSPACE before formatting.

import { DOCS_BASE, type Diagnostic, type Severity } from '../engine/types.ts';
import type { Range } from '../model/source.ts';
import type { Formatter } from './types.ts';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

export function annotationLevel(s: Severity): AnnotationLevel {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'notice';
}

/** Escapes a workflow command's message (the text after `::`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a workflow command property value. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function where(r: Range): string {
  return r.line > 0 ? `${r.file}:${r.line}:${r.column}` : r.file;
}

/** The annotation text: the message, then the evidence, the fix and the rule's documentation. */
export function annotationMessage(d: Diagnostic): string {
  const lines = [d.message];
  for (const ev of d.related) lines.push(`  ${where(ev.range)}: ${ev.message}`);
  if (d.fix) lines.push(`Fix (otel-target-lint --fix): ${d.fix.description}`);
  lines.push(`Rule: ${DOCS_BASE}${d.ruleId}.md`);
  return lines.join('\n');
}

/** One workflow command line (without the trailing newline). */
export function annotationCommand(d: Diagnostic): string {
  const r = d.range;
  const props: [string, string | number][] = [];
  if (r.file !== '') {
    props.push(['file', r.file]);
    if (r.line > 0) {
      props.push(['line', r.line]);
      if (r.endLine === r.line) {
        props.push(['col', r.column]);
        props.push(['endLine', r.endLine]);
        props.push(['endColumn', Math.max(r.column, r.endColumn)]);
      } else if (r.endLine > r.line) {
        props.push(['endLine', r.endLine]);
      }
    }
  }
  props.push(['title', d.ruleId]);
  const p = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${annotationLevel(d.severity)} ${p}::${escapeData(annotationMessage(d))}`;
}

export const github: Formatter = (diagnostics) => diagnostics.map((d) => `${annotationCommand(d)}\n`).join('');
