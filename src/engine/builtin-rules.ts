// Rule ids the engine and the pipeline report themselves (not from rules/): listed with the rules in SARIF, the
// README table and --list-rules.

import type { RuleMeta } from './types.ts';

export const parseErrorMeta: RuleMeta = {
  id: 'parse-error',
  description: 'A file could not be read or parsed, so it was not (fully) checked.',
  defaultSeverity: 'error',
  fixable: false,
  category: 'input',
};

export const internalErrorMeta: RuleMeta = {
  id: 'internal-error',
  description: 'A rule crashed; its findings may be missing. This is a bug in otel-target-lint.',
  defaultSeverity: 'error',
  fixable: false,
  category: 'input',
};

export const unusedDirectiveMeta: RuleMeta = {
  id: 'unused-directive',
  description: 'A suppression comment or annotation that suppresses nothing.',
  defaultSeverity: 'warning',
  fixable: false,
  category: 'input',
};

export const builtinRuleMetas: RuleMeta[] = [parseErrorMeta, internalErrorMeta, unusedDirectiveMeta];

/** The Kubernetes annotation that suppresses findings inside the object that carries it (or its pod template). */
export const IGNORE_ANNOTATION = 'otel-target-lint.io/ignore';
