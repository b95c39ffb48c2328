// SARIF 2.1.0 output, as GitHub code scanning (github/codeql-action/upload-sarif) ingests it.
//
// One run; the driver lists every rule the linter knows (with full description, help and a docs link), results
// point at paths relative to %SRCROOT% (the working directory, given as an absolute file:// URI), evidence becomes
// relatedLocations, fixes become SARIF fixes, and each result carries a fingerprint that survives line shifts.

import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { DOCS_BASE, type Diagnostic, type RuleMeta, type Severity } from '../engine/types.ts';
import type { Range, SourceFile } from '../model/source.ts';
import type { FormatContext, Formatter } from './types.ts';

export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const TOOL_NAME = 'otel-target-lint';
export const INFORMATION_URI = DOCS_BASE.replace(/\/blob\/.*$/, '');
/** Key of our entry in result.partialFingerprints; bump the version if the hashed fields ever change. */
export const FINGERPRINT_KEY = 'otelTargetLint/v1';
const SRCROOT = '%SRCROOT%';
/** Snippets longer than this are left out (the region still says where the finding is). */
const MAX_SNIPPET = 4000;

type SarifLevel = 'error' | 'warning' | 'note';

export function sarifLevel(s: Severity): SarifLevel {
  return s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note';
}

/** `target-exe-mismatch` -> `TargetExeMismatch` (SARIF rule names are identifiers for people). */
export function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/** A relative path as a relative URI reference: each segment percent-encoded, `/` kept. */
export function relativeUri(file: string): string {
  return file
    .split('/')
    .map((seg) => encodeURIComponent(seg))
    .join('/');
}

/** The working directory as an absolute file:// URI ending in `/` (SARIF requires the slash on base URIs). */
export function srcRootUri(cwd: string): string {
  const href = pathToFileURL(cwd).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

function ruleDescriptor(meta: RuleMeta) {
  const helpUri = `${DOCS_BASE}${meta.id}.md`;
  const level = sarifLevel(meta.defaultSeverity);
  const fixNote = meta.fixable ? ' `otel-target-lint --fix` can fix it.' : '';
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: sentence(meta.description) },
    fullDescription: {
      text: sentence(
        `${sentence(meta.description)} Default severity: ${meta.defaultSeverity}; category: ${meta.category}` +
          (meta.fixable ? '; fixable with --fix' : ''),
      ),
    },
    helpUri,
    help: {
      text: `${sentence(meta.description)} See ${helpUri} for why it matters, examples, how to fix it and how to suppress it.`,
      markdown:
        `**${meta.id}**: ${sentence(meta.description)}${fixNote}\n\n` +
        `See [the rule documentation](${helpUri}) for why it matters, a failing and a passing example, ` +
        `how to fix it and how to suppress it.`,
    },
    defaultConfiguration: { level },
    properties: {
      tags: ['opentelemetry', 'ebpf', 'go', meta.category],
      // GitHub code scanning sorts non-security alerts by this.
      'problem.severity': level === 'note' ? 'recommendation' : level,
      precision: 'high',
      fixable: meta.fixable,
    },
  };
}

/** A descriptor for a rule id that reports but is not in ctx.rules (so ruleIndex always points somewhere). */
function unknownRule(id: string): RuleMeta {
  return { id, description: `Findings reported as ${id}`, defaultSeverity: 'warning', fixable: false, category: 'input' };
}

function region(r: Range, file: SourceFile | undefined) {
  // A finding about a whole file (no position) covers all its lines.
  if (r.line < 1) {
    if (!file) return { startLine: 1 };
    const t = file.text;
    const lines = file.lines.starts.length - (t.endsWith('\n') || t.endsWith('\r') ? 1 : 0);
    return { startLine: 1, endLine: Math.max(1, lines) };
  }
  const reg: Record<string, unknown> = {
    startLine: r.line,
    startColumn: r.column,
    endLine: r.endLine,
    endColumn: r.endColumn,
  };
  if (file && r.end <= file.text.length && r.end - r.start <= MAX_SNIPPET) {
    reg.snippet = { text: file.text.slice(r.start, r.end) };
  }
  return reg;
}

/** The whole lines around a region, so viewers can show the finding in context. */
function contextRegion(r: Range, file: SourceFile | undefined) {
  if (!file || r.line < 1) return undefined;
  const startLine = r.line;
  const endLine = r.endLine;
  const text: string[] = [];
  for (let l = startLine; l <= endLine; l++) text.push(file.lines.lineText(l));
  const joined = text.join('\n');
  if (joined.length > MAX_SNIPPET) return undefined;
  return {
    startLine,
    endLine,
    // startColumn 1 .. end of the last line.
    startColumn: 1,
    endColumn: file.lines.lineText(endLine).length + 1,
    snippet: { text: joined },
  };
}

function physicalLocation(r: Range, ctx: FormatContext, withContext: boolean) {
  const file = ctx.files.get(r.file);
  const loc: Record<string, unknown> = {
    artifactLocation: { uri: relativeUri(r.file), uriBaseId: SRCROOT },
    region: region(r, file),
  };
  if (withContext) {
    const c = contextRegion(r, file);
    if (c) loc.contextRegion = c;
  }
  return loc;
}

/**
 * A fingerprint that does not change when lines move: rule, file, the flagged text (whitespace collapsed) and the
 * message with positions (`:12`, `:12:5`, `line 12`) taken out, plus an occurrence number among equal keys.
 */
function fingerprintKey(d: Diagnostic, ctx: FormatContext): string {
  const file = ctx.files.get(d.range.file);
  const flagged = file ? file.text.slice(d.range.start, d.range.end).replace(/\s+/g, ' ').trim() : '';
  const message = d.message.replace(/:\d+(?::\d+)?\b/g, ':*').replace(/\blines? \d+\b/gi, 'line *');
  return [d.ruleId, d.range.file, flagged, message].join('\u0000');
}

function fixes(d: Diagnostic) {
  if (!d.fix || d.fix.edits.length === 0) return undefined;
  const byFile = new Map<string, { deletedRegion: object; insertedContent: { text: string } }[]>();
  for (const e of d.fix.edits) {
    const list = byFile.get(e.range.file) ?? [];
    list.push({
      deletedRegion: {
        startLine: e.range.line,
        startColumn: e.range.column,
        endLine: e.range.endLine,
        endColumn: e.range.endColumn,
      },
      insertedContent: { text: e.text },
    });
    byFile.set(e.range.file, list);
  }
  return [
    {
      description: { text: sentence(d.fix.description) },
      artifactChanges: [...byFile].map(([file, replacements]) => ({
        artifactLocation: { uri: relativeUri(file), uriBaseId: SRCROOT },
        replacements,
      })),
    },
  ];
}

/** Builds the SARIF log object (formatSarif serialises it). */
export function buildSarif(diagnostics: Diagnostic[], ctx: FormatContext) {
  const metas: RuleMeta[] = [...ctx.rules];
  const index = new Map<string, number>();
  metas.forEach((m, i) => {
    if (!index.has(m.id)) index.set(m.id, i);
  });
  for (const d of diagnostics) {
    if (!index.has(d.ruleId)) {
      index.set(d.ruleId, metas.length);
      metas.push(unknownRule(d.ruleId));
    }
  }

  // Findings without a file (the linter's own failures) are tool notifications, not results about code.
  const located = diagnostics.filter((d) => d.range.file !== '');
  const notifications = diagnostics
    .filter((d) => d.range.file === '')
    .map((d) => ({
      level: sarifLevel(d.severity),
      message: { text: sentence(d.message) },
      associatedRule: { id: d.ruleId, index: index.get(d.ruleId)! },
    }));

  const seen = new Map<string, number>();
  const results = located.map((d) => {
    const key = fingerprintKey(d, ctx);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const hash = createHash('sha256').update(`${key}\u0000${n}`).digest('hex').slice(0, 32);
    const result: Record<string, unknown> = {
      ruleId: d.ruleId,
      ruleIndex: index.get(d.ruleId)!,
      level: sarifLevel(d.severity),
      message: { text: sentence(d.message) },
      locations: [{ physicalLocation: physicalLocation(d.range, ctx, true) }],
    };
    if (d.related.length > 0) {
      result.relatedLocations = d.related.map((ev, i) => ({
        id: i + 1,
        physicalLocation: physicalLocation(ev.range, ctx, false),
        message: { text: sentence(ev.message) },
      }));
    }
    const fx = fixes(d);
    if (fx) result.fixes = fx;
    result.partialFingerprints = { [FINGERPRINT_KEY]: hash };
    return result;
  });

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: ctx.version,
            semanticVersion: ctx.version,
            informationUri: INFORMATION_URI,
            rules: metas.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: {
          [SRCROOT]: { uri: srcRootUri(ctx.cwd), description: { text: 'The directory otel-target-lint ran in.' } },
        },
        ...(notifications.length > 0
          ? {
              invocations: [
                {
                  executionSuccessful: !notifications.some((n) => n.level === 'error'),
                  toolExecutionNotifications: notifications,
                },
              ],
            }
          : {}),
        columnKind: 'utf16CodeUnits' as const,
        results,
      },
    ],
  };
}

export const sarif: Formatter = (diagnostics, ctx) => `${JSON.stringify(buildSarif(diagnostics, ctx), null, 2)}\n`;
