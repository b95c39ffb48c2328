// Runs the rules over the model and turns what they report into the final diagnostics: severities from the config,
// suppressions (comments and the Kubernetes annotation), unused-suppression findings, the requested-files filter,
// de-duplication and a stable order.

import type { ProjectModel } from '../model/project.ts';
import type { Directive, Range } from '../model/source.ts';
import type { LintConfig } from '../model/workload.ts';
import { IGNORE_ANNOTATION, builtinRuleMetas, internalErrorMeta, unusedDirectiveMeta } from './builtin-rules.ts';
import type { Diagnostic, ReportInput, Rule, RuleContext, Severity } from './types.ts';

export interface RunOptions {
  /** Paths whose findings are reported; findings elsewhere are dropped (after suppression), unless `proves` keeps them. */
  requested: Set<string>;
  /**
   * A finding of a `perContainer` rule in another file is reported too when one of its related locations lies in one
   * of these files: a Dockerfile change that breaks the target in a manifest is reported when the Dockerfile is linted
   * (a pre-commit run).
   */
  proves?: (path: string) => boolean;
  config: LintConfig;
  /**
   * Findings made outside the rules (I/O problems reported as `parse-error`): they get the same severity
   * overrides, suppressions and filter as rule findings.
   */
  extra?: Diagnostic[];
}

const SEVERITIES: ReadonlySet<string> = new Set(['error', 'warning', 'info']);

/** A range for findings that belong to no file (internal errors): file '' and line 0. */
export function noLocation(): Range {
  return { file: '', line: 0, column: 0, endLine: 0, endColumn: 0, start: 0, end: 0 };
}

/** Words (runs without a space) longer than this are cut in messages. */
const LONG_WORD = 200;

/**
 * A message with every word over LONG_WORD characters cut to its start and end: a value quoted from a file can be
 * megabytes long (a generated env value, a minified line), and a finding is read by a person, in a terminal or an
 * annotation. Fixes are not touched: their replacement text must be exact.
 */
export function clipMessage(message: string): string {
  if (message.length <= LONG_WORD) return message;
  let out = '';
  let start = 0;
  for (let i = 0; i <= message.length; i++) {
    if (i < message.length && message.charCodeAt(i) !== 32) continue;
    const word = message.slice(start, i);
    out += word.length > LONG_WORD ? `${word.slice(0, 120)}\u2026(${word.length - 160} more characters)\u2026${word.slice(-40)}` : word;
    if (i < message.length) out += ' ';
    start = i + 1;
  }
  return out;
}

function errorText(err: unknown): string {
  if (err instanceof Error) return err.message || err.name;
  return String(err);
}

/** One suppression: a comment directive or an ignore annotation on a Kubernetes object. */
interface Suppressor {
  kind: Directive['kind'] | 'annotation';
  file: string;
  /** Empty: every rule. */
  rules: string[];
  /** Where it is written (reported when unused). */
  range: Range;
  /** disable-next-line: the lines it covers; annotation: the object's offsets. */
  matches: (d: Diagnostic) => boolean;
  used: Set<string>;
}

function collectSuppressors(model: ProjectModel): Map<string, Suppressor[]> {
  const byFile = new Map<string, Suppressor[]>();
  const add = (s: Suppressor) => {
    const list = byFile.get(s.file);
    if (list) list.push(s);
    else byFile.set(s.file, [s]);
  };
  for (const [file, directives] of model.directives) {
    for (const d of directives) {
      if (d.kind === 'disable-file') {
        add({ kind: d.kind, file, rules: d.rules, range: d.range, matches: () => true, used: new Set() });
      } else {
        const next = d.range.endLine + 1;
        const target = d.targetLine;
        add({
          kind: d.kind,
          file,
          rules: d.rules,
          range: d.range,
          matches: (diag) => diag.range.line === next || (target !== undefined && diag.range.line === target),
          used: new Set(),
        });
      }
    }
  }
  for (const kf of model.kube) {
    for (const obj of kf.objects) {
      const lists = [obj.annotations];
      if (obj.type === 'workload') lists.push(obj.podAnnotations);
      for (const ann of lists) {
        for (const e of ann.entries) {
          if (e.key.value !== IGNORE_ANNOTATION || e.value.unknown) continue;
          const rules = e.value.value
            .split(',')
            .map((r) => r.trim())
            .filter((r) => r.length > 0 && r !== '*');
          const scope = obj.range;
          add({
            kind: 'annotation',
            file: scope.file,
            rules,
            range: e.value.range,
            matches: (diag) => diag.range.start >= scope.start && diag.range.end <= scope.end,
            used: new Set(),
          });
        }
      }
    }
  }
  return byFile;
}

const WHERE: Record<Suppressor['kind'], string> = {
  'disable-next-line': 'on the next line',
  'disable-file': 'in this file',
  annotation: 'in this object',
};

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  const ra = a.range;
  const rb = b.range;
  if (ra.file !== rb.file) return ra.file < rb.file ? -1 : 1;
  return (
    ra.line - rb.line ||
    ra.column - rb.column ||
    ra.endLine - rb.endLine ||
    ra.endColumn - rb.endColumn ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

function isRange(r: unknown): r is Range {
  if (typeof r !== 'object' || r === null) return false;
  const x = r as Record<string, unknown>;
  return (
    typeof x.file === 'string' &&
    typeof x.line === 'number' &&
    typeof x.column === 'number' &&
    typeof x.endLine === 'number' &&
    typeof x.endColumn === 'number' &&
    typeof x.start === 'number' &&
    typeof x.end === 'number'
  );
}

export function runRules(model: ProjectModel, rules: Rule[], opts: RunOptions): Diagnostic[] {
  const { config } = opts;
  const known = new Set<string>([...builtinRuleMetas.map((m) => m.id), ...rules.map((r) => r.meta.id)]);
  /** Rules that did not run (off) or crashed: suppressions naming them are not reported as unused. */
  const unsure = new Set<string>();
  let crashed = false;
  const internal: Diagnostic[] = [];
  const raw: Diagnostic[] = [];

  for (const rule of rules) {
    const id = rule.meta.id;
    const configured = config.rules.get(id);
    if (configured === 'off') {
      unsure.add(id);
      continue;
    }
    let open = true;
    const found: Diagnostic[] = [];
    const ctx: RuleContext = {
      model,
      report(r: ReportInput) {
        if (!open) return;
        if (!r || !isRange(r.range)) throw new Error('reported a finding without a valid range');
        const severity: Severity =
          configured ?? (r.severity && SEVERITIES.has(r.severity) ? r.severity : rule.meta.defaultSeverity);
        const related = (r.related ?? []).map((e) => (e.message.length > LONG_WORD ? { ...e, message: clipMessage(e.message) } : e));
        const d: Diagnostic = { ruleId: id, severity, message: clipMessage(String(r.message)), range: r.range, related };
        if (r.fix) d.fix = r.fix;
        found.push(d);
      },
    };
    try {
      rule.check(ctx);
    } catch (err) {
      unsure.add(id);
      crashed = true;
      internal.push({
        ruleId: internalErrorMeta.id,
        severity: 'error',
        message: `Rule "${id}" crashed: ${errorText(err)}. Its findings may be missing; the other rules still ran. This is a bug in otel-target-lint: please report it.`,
        range: noLocation(),
        related: [],
      });
    } finally {
      open = false;
    }
    raw.push(...found);
  }
  for (const d of opts.extra ?? []) {
    const configured = config.rules.get(d.ruleId);
    if (configured === 'off') continue;
    const message = clipMessage(d.message);
    raw.push(configured || message !== d.message ? { ...d, message, ...(configured ? { severity: configured } : {}) } : d);
  }

  // Suppressions.
  const suppressors = collectSuppressors(model);
  const kept: Diagnostic[] = [];
  for (const d of raw) {
    let suppressed = false;
    for (const s of suppressors.get(d.range.file) ?? []) {
      if (s.rules.length > 0 && !s.rules.includes(d.ruleId)) continue;
      if (!s.matches(d)) continue;
      s.used.add(d.ruleId);
      suppressed = true;
    }
    if (!suppressed) kept.push(d);
  }

  // Unused suppressions.
  const unusedSeverity = config.rules.get(unusedDirectiveMeta.id) ?? unusedDirectiveMeta.defaultSeverity;
  if (unusedSeverity !== 'off') {
    const report = (range: Range, message: string) =>
      kept.push({ ruleId: unusedDirectiveMeta.id, severity: unusedSeverity, message, range, related: [] });
    for (const list of suppressors.values()) {
      for (const s of list) {
        if (s.rules.length === 0) {
          // Unknowable when a rule crashed (its findings are missing).
          if (s.used.size === 0 && !crashed) {
            report(s.range, `Unused suppression: no finding ${WHERE[s.kind]}.`);
          }
          continue;
        }
        for (const id of s.rules) {
          if (s.used.has(id) || unsure.has(id)) continue;
          if (!known.has(id)) report(s.range, `Unknown rule "${id}" in suppression (see --list-rules).`);
          else report(s.range, `Unused suppression: no "${id}" finding ${WHERE[s.kind]}.`);
        }
      }
    }
  }

  // Requested files (and findings a requested file proves) only, de-duplicated, sorted.
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  const proves = opts.proves;
  const perContainer = new Set(rules.filter((r) => r.meta.perContainer).map((r) => r.meta.id));
  for (const d of kept) {
    if (!opts.requested.has(d.range.file) && !(proves && perContainer.has(d.ruleId) && d.related.some((e) => proves(e.range.file)))) continue;
    const r = d.range;
    const key = [d.ruleId, d.severity, r.file, r.line, r.column, r.endLine, r.endColumn, d.message].join('\0');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  out.push(...internal);
  return out.sort(compareDiagnostics);
}
