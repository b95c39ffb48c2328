import type { Diagnostic, RuleMeta } from '../engine/types.ts';
import type { SourceFile } from '../model/source.ts';

export interface FormatContext {
  /** Absolute working directory; diagnostic paths are relative to it. */
  cwd: string;
  /** Text of every file read, by relative path (for source lines and underlines). */
  files: Map<string, SourceFile>;
  /** Every rule known to the linter (SARIF lists them all). */
  rules: RuleMeta[];
  color: boolean;
  version: string;
}

/** Turns diagnostics into the text of one report. Pure: no I/O. */
export type Formatter = (diagnostics: Diagnostic[], ctx: FormatContext) => string;
