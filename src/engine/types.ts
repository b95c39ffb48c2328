// Rules and the diagnostics they report.
//
// A rule is a pure function of the ProjectModel: it never reads files or parses text. It reports through the
// context; the engine applies severities from the config, suppressions, and the requested-files filter.

import type { ProjectModel } from '../model/project.ts';
import type { Evidence, Range } from '../model/source.ts';

export type Severity = 'error' | 'warning' | 'info';

export interface TextEdit {
  range: Range;
  text: string;
}

export interface Fix {
  /** What the fix does, e.g. `Set OTEL_GO_AUTO_TARGET_EXE to "/app/server"`. */
  description: string;
  edits: TextEdit[];
}

export interface Diagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  range: Range;
  /** The evidence across files that proves the finding. */
  related: Evidence[];
  /** A safe fix --fix applies. */
  fix?: Fix;
}

export interface RuleMeta {
  /** kebab-case id, also the doc page name: rules/<id>.md */
  id: string;
  /** One line: what is wrong. */
  description: string;
  defaultSeverity: Severity;
  fixable: boolean;
  /** Which issue area it belongs to, for the README table. */
  category: 'target' | 'sidecar' | 'operator' | 'compose' | 'settings' | 'build' | 'input';
  /**
   * A finding depends only on one container and the image it runs (not on the other workloads): a run on some files
   * also reports it when a linted file is among its related locations (a Dockerfile change that breaks the target
   * written in a manifest).
   */
  perContainer?: boolean;
}

export interface ReportInput {
  range: Range;
  message: string;
  related?: Evidence[];
  fix?: Fix;
  /** Override the rule's default severity for this finding (e.g. info when something is only likely). */
  severity?: Severity;
}

export interface RuleContext {
  model: ProjectModel;
  report(d: ReportInput): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}

export const DOCS_BASE = 'https://github.com/otel-target-lint/otel-target-lint/blob/main/rules/';
