// Table tests for rules: each case is a small repository (file path -> text) written to a temp directory and linted
// with the real pipeline and the one rule under test. Invalid cases assert every finding's exact range, and the
// text of each file after the rule's fixes are applied.

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Diagnostic, Rule } from '../../src/engine/types.ts';
import { lint, type LintOptions, type LintResult } from '../../src/lint.ts';
import { applyEdits } from '../../src/fix/edits.ts';

export interface ExpectedFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity?: Diagnostic['severity'];
  /** Exact message, or fragments it must contain. */
  message?: string | string[];
  /** Related locations as `file:line`, in order (checked when given). */
  related?: string[];
}

export interface RuleCase {
  name: string;
  files: Record<string, string>;
  /** Paths to lint (default ['.']). */
  paths?: string[];
}

export interface InvalidCase extends RuleCase {
  errors: ExpectedFinding[];
  /** Expected text of files after applying every fix (files not listed must stay unchanged). */
  output?: Record<string, string>;
}

/** Lints `files` written into a fresh temporary repository (removed afterwards); the whole result. */
export async function lintRepo(files: Record<string, string>, rules: Rule[], paths = ['.'], extra: Partial<LintOptions> = {}): Promise<LintResult & { dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'otl-rule-'));
  mkdirSync(join(dir, '.git'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    writeFileSync(join(dir, p), text);
  }
  try {
    return { ...(await lint({ cwd: dir, paths, rules, noConfig: !('.otel-target-lint.yaml' in files), ...extra })), dir };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function lintFiles(files: Record<string, string>, rules: Rule[], paths = ['.']): Promise<{ diagnostics: Diagnostic[]; dir: string }> {
  const { diagnostics, dir } = await lintRepo(files, rules, paths);
  return { diagnostics, dir };
}

function show(d: Diagnostic): string {
  return `${d.range.file}:${d.range.line}:${d.range.column}-${d.range.endLine}:${d.range.endColumn} ${d.message}`;
}

export function ruleTests(rule: Rule, cases: { valid: RuleCase[]; invalid: InvalidCase[] }): void {
  const suite = test;
  for (const c of cases.valid) {
    suite(`${rule.meta.id} valid: ${c.name}`, async () => {
      const { diagnostics } = await lintFiles(c.files, [rule], c.paths);
      const mine = diagnostics.filter((d) => d.ruleId === rule.meta.id);
      assert.equal(mine.map(show), [], 'no finding expected');
    });
  }
  for (const c of cases.invalid) {
    suite(`${rule.meta.id} invalid: ${c.name}`, async () => {
      const { diagnostics } = await lintFiles(c.files, [rule], c.paths);
      const mine = diagnostics.filter((d) => d.ruleId === rule.meta.id);
      assert.equal(mine.length, c.errors.length, `findings: ${mine.map(show).join('\n')}`);
      c.errors.forEach((e, i) => {
        const d = mine[i]!;
        assert.equal(
          { file: d.range.file, line: d.range.line, column: d.range.column, endLine: d.range.endLine, endColumn: d.range.endColumn },
          { file: e.file, line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn },
          `range of finding ${i}: ${d.message}`,
        );
        if (e.severity) assert.is(d.severity, e.severity);
        if (typeof e.message === 'string') assert.is(d.message, e.message);
        else if (e.message) for (const frag of e.message) assert.ok(d.message.includes(frag), `message should contain ${JSON.stringify(frag)}: ${d.message}`);
        if (e.related) assert.equal(d.related.map((r) => `${r.range.file}:${r.range.line}`), e.related);
      });
      if (c.output) {
        const edits = mine.flatMap((d) => d.fix?.edits ?? []);
        for (const [file, text] of Object.entries(c.files)) {
          const fileEdits = edits.filter((e) => e.range.file === file);
          const after = applyEdits(text, fileEdits).text;
          assert.is(after, c.output[file] ?? text, `text of ${file} after fixes`);
        }
      } else {
        assert.ok(mine.every((d) => !d.fix), 'no fix expected');
      }
    });
  }
}

/** The exact span of the `nth` occurrence (0-based) of `needle` in a fixture file, for expected findings. */
export function span(files: Record<string, string>, file: string, needle: string, nth = 0): Omit<ExpectedFinding, 'message'> {
  const text = files[file];
  if (text === undefined) throw new Error(`no fixture file ${file}`);
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${JSON.stringify(needle)} occurs fewer than ${nth + 1} times in ${file}`);
  }
  const pos = (o: number) => {
    const before = text.slice(0, o);
    const line = before.split('\n').length;
    return { line, column: o - before.lastIndexOf('\n') };
  };
  const a = pos(at);
  const b = pos(at + needle.length);
  return { file, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
}
