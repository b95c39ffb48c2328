// The job summary: a markdown table of every finding. GitHub shows at most 10 annotations of each type per step,
// so the summary is where all of them can be read.

import { DOCS_BASE, type Diagnostic, type Severity } from '../engine/types.ts';

export interface SummaryInput {
  diagnostics: Diagnostic[];
  threshold: 'error' | 'warning' | 'info' | 'none';
  failed: boolean;
  /** Files whose findings are reported. */
  filesChecked?: number;
  /** For links to the lines: server URL, owner/repo and commit (GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA). */
  blob?: { server: string; repository: string; sha: string };
  /** Where the SARIF report was written, relative to the workspace. */
  sarifFile?: string;
  /** Rows after which the table stops (the job summary is capped at 1 MiB). */
  maxRows?: number;
}

export const SUMMARY_HEADER = '| Severity | Location | Rule | Message |\n| --- | --- | --- | --- |\n';

const ICON: Record<Severity, string> = { error: ':x:', warning: ':warning:', info: ':information_source:' };

/** Text for a table cell: HTML-escaped, pipes escaped, line breaks as <br>. */
export function cell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function where(d: Diagnostic): string {
  const r = d.range;
  if (r.file === '') return '';
  return r.line > 0 ? `${r.file}:${r.line}:${r.column}` : r.file;
}

function locationCell(d: Diagnostic, blob: SummaryInput['blob']): string {
  const text = where(d);
  if (text === '') return '';
  const label = `<code>${cell(text)}</code>`;
  if (!blob) return label;
  const r = d.range;
  const file = r.file.split('/').map(encodeURIComponent).join('/');
  const lines = r.line > 0 ? `#L${r.line}${r.endLine > r.line ? `-L${r.endLine}` : ''}` : '';
  return `<a href="${cell(`${blob.server}/${blob.repository}/blob/${blob.sha}/${file}${lines}`)}">${label}</a>`;
}

export function summaryMarkdown(input: SummaryInput): string {
  const { diagnostics } = input;
  const count = (s: Severity) => diagnostics.filter((d) => d.severity === s).length;
  const totals = `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('info'), 'info')}`;
  const checked = input.filesChecked !== undefined ? ` in ${plural(input.filesChecked, 'file')}` : '';
  const verdict = input.failed
    ? `:x: **Failed**: findings at or above the failure threshold (\`${input.threshold}\`).`
    : `:white_check_mark: **Passed** (failure threshold: \`${input.threshold}\`).`;
  let md = `### otel-target-lint\n\n${verdict} ${totals}${checked}.\n\n`;
  if (diagnostics.length > 0) {
    const max = input.maxRows ?? 1000;
    md += SUMMARY_HEADER;
    for (const d of diagnostics.slice(0, max)) {
      const evidence = d.related.map((e) => `<br>&#8627; ${cell(`${where({ ...d, range: e.range })}: ${e.message}`)}`).join('');
      const fix = d.fix ? `<br>Fix: ${cell(d.fix.description)}` : '';
      md +=
        `| ${ICON[d.severity]} ${d.severity} | ${locationCell(d, input.blob)} | ` +
        `[\`${d.ruleId}\`](${DOCS_BASE}${d.ruleId}.md) | ${cell(d.message)}${evidence}${fix} |\n`;
    }
    if (diagnostics.length > max) md += `\n… and ${diagnostics.length - max} more (see the step log or the SARIF report).\n`;
    md += '\n';
  }
  if (input.sarifFile) md += `SARIF report: \`${input.sarifFile}\`\n\n`;
  return md;
}
