// The default terminal report, in the style of actionlint / compilers:
//
//   deploy/app.yaml:12:18: error: OTEL_GO_AUTO_TARGET_EXE is "/app/server" but ... [target-exe-mismatch]
//      |
//   12 |           value: /app/server
//      |                  ^~~~~~~~~~~
//     Dockerfile:8:1: ENTRYPOINT runs /server
//
//   1 error, 0 warnings, 0 infos
//
// One header line per finding (the message's further lines follow indented), the first line of its range
// underlined, then its evidence. Nothing at all is printed when there are no findings.

import type { Diagnostic, Severity } from '../engine/types.ts';
import type { FormatContext, Formatter } from './types.ts';
import { location, summarize, summaryLine } from './summary.ts';

type Paint = (s: string) => string;

function sgr(open: string, close: string): Paint {
  return (s) => (s === '' ? s : `\x1b[${open}m${s}\x1b[${close}m`);
}

interface Palette {
  bold: Paint;
  dim: Paint;
  severity: Record<Severity, Paint>;
}

const plain: Paint = (s) => s;
const PLAIN: Palette = { bold: plain, dim: plain, severity: { error: plain, warning: plain, info: plain } };
const COLOR: Palette = {
  bold: sgr('1', '22'),
  dim: sgr('90', '39'),
  severity: { error: sgr('1;31', '22;39'), warning: sgr('1;33', '22;39'), info: sgr('1;36', '22;39') },
};

/** Source lines longer than this are shown as a window of this many characters around the finding. */
const MAX_SHOWN = 160;
/** How much of the line before the finding the window keeps. */
const BEFORE = 40;

/**
 * The source line as shown, and the underline under it. A long line (a minified file, a generated value of megabytes)
 * is cut to a window that starts a little before the finding, marked with an ellipsis where text was left out.
 */
function sourceLine(lineText: string, d: Diagnostic): { text: string; pad: string; marks: string } {
  const r = d.range;
  let col = Math.max(1, Math.min(r.column, lineText.length + 1));
  let last = r.endLine === r.line ? Math.min(r.endColumn, lineText.length + 1) : lineText.length + 1;
  let text = lineText;
  if (lineText.length > MAX_SHOWN) {
    const start = Math.max(0, col - 1 - BEFORE);
    const end = Math.min(lineText.length, start + MAX_SHOWN);
    const lead = start > 0 ? '\u2026' : '';
    text = `${lead}${lineText.slice(start, end)}${end < lineText.length ? '\u2026' : ''}`;
    col = col - start + lead.length;
    last = Math.min(last, end + 1) - start + lead.length;
  }
  const width = Math.max(1, last - col);
  let pad = '';
  for (let i = 0; i < col - 1; i++) pad += text[i] === '\t' ? '\t' : ' ';
  return { text, pad, marks: '^' + '~'.repeat(width - 1) };
}

function formatOne(d: Diagnostic, ctx: FormatContext, p: Palette): string[] {
  const out: string[] = [];
  const r = d.range;
  const [first = '', ...rest] = d.message.split('\n');
  const where = r.file === '' ? 'otel-target-lint' : location(r.file, r.line, r.column);
  out.push(`${p.bold(where)}: ${p.severity[d.severity](d.severity)}: ${first} ${p.dim(`[${d.ruleId}]`)}`);
  for (const line of rest) out.push(`  ${line}`);

  const file = r.file === '' || r.line < 1 ? undefined : ctx.files.get(r.file);
  const text = file ? file.lines.lineText(r.line) : '';
  if (text !== '') {
    const num = String(r.line);
    const gutter = ' '.repeat(num.length);
    const shown = sourceLine(text, d);
    const { pad, marks } = shown;
    out.push(p.dim(`${gutter} |`));
    out.push(`${p.dim(`${num} |`)} ${shown.text}`);
    out.push(`${p.dim(`${gutter} |`)} ${pad}${p.severity[d.severity](marks)}`);
  }
  for (const e of d.related) {
    const msg = e.message.split('\n').join(' ');
    out.push(`  ${p.dim(location(e.range.file, e.range.line, e.range.column) + ':')} ${msg}`);
  }
  return out;
}

export const stylish: Formatter = (diagnostics, ctx) => {
  if (diagnostics.length === 0) return '';
  const p = ctx.color ? COLOR : PLAIN;
  const lines: string[] = [];
  for (const d of diagnostics) lines.push(...formatOne(d, ctx, p));
  lines.push('', p.bold(summaryLine(summarize(diagnostics))));
  return lines.join('\n') + '\n';
};
