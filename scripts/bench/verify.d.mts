import type { Generated } from './generate.mjs';

export interface Verification {
  pass: boolean;
  rules: Record<string, { expected: number; found: number }>;
  missing: string[];
  unexpected: string[];
}

/** A `--format json` report against the seeded mistakes. */
export function verify(report: { diagnostics: { file: string; line: number; column: number; ruleId: string; message: string }[] }, gen: Generated): Verification;
