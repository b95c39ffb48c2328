// What the Dockerfile parser (src/parsers/dockerfile.ts, dockerfile-ast) produces. Values are kept as written
// (with `$VAR` / `${VAR:-x}` references unexpanded); src/infer/image.ts evaluates them for a given target and args.

import type { Directive, ParseProblem, Range } from './source.ts';
import type { ShellScript } from './shell.ts';

/** A value as written in the Dockerfile with its range (quotes removed for ENV/ARG values). */
export interface DfValue {
  value: string;
  range: Range;
  /**
   * The text as written, when it differs from `value` (ENV/ARG values: quotes and escapes still in place). Docker's
   * own substitution (src/infer/docker-vars.ts) reads this, so that `'$X'` and `\$X` stay literal.
   */
  raw?: string;
}

export interface DfArg {
  name: string;
  nameRange: Range;
  default?: DfValue;
  range: Range;
}

export type DfInstruction =
  | { kind: 'ARG'; range: Range; args: DfArg[] }
  | { kind: 'ENV'; range: Range; vars: { name: string; value: DfValue; range: Range }[] }
  | { kind: 'WORKDIR'; range: Range; path: DfValue }
  | { kind: 'SHELL'; range: Range; argv: DfValue[] }
  | { kind: 'USER'; range: Range; user: DfValue }
  | {
      kind: 'RUN';
      range: Range;
      /** Shell form (and heredoc bodies): the parsed script, with ranges in the Dockerfile. */
      script?: ShellScript;
      /** Exec form: the JSON array elements. */
      execArgv?: DfValue[];
      /** `--mount=...` etc., as written. */
      flags: DfValue[];
    }
  | {
      kind: 'COPY' | 'ADD';
      range: Range;
      /** `--from=<stage|image|index>` */
      from?: DfValue;
      chmod?: DfValue;
      chown?: DfValue;
      link: boolean;
      sources: DfValue[];
      dest: DfValue;
      /** Heredoc sources (`COPY <<EOF /path`): the inline content. */
      heredocs?: {
        name: string;
        content: string;
        range: Range;
        /** The content parsed as a shell script, when it looks like one (`#!` first line or a `*.sh` destination). */
        script?: ShellScript;
        /**
         * The delimiter is not quoted (`<<EOF`, not `<<'EOF'`): BuildKit expands `$VAR` and `\x` in the body at build
         * time, with the stage's ENV and ARGs.
         */
        expand?: true;
      }[];
    }
  | {
      kind: 'ENTRYPOINT' | 'CMD';
      range: Range;
      form: 'exec' | 'shell';
      /** Exec form: the array elements (JSON-decoded). */
      argv?: DfValue[];
      /** Shell form: the text after the keyword, and its parse. */
      text?: DfValue;
      script?: ShellScript;
    }
  | { kind: 'OTHER'; keyword: string; range: Range };

export interface DfStage {
  index: number;
  /** `AS name`, lower-cased as Docker does. */
  name?: string;
  nameRange?: Range;
  /** The FROM image reference as written (may contain `$ARG`). */
  base: DfValue;
  platform?: DfValue;
  /** Range of the FROM instruction. */
  range: Range;
  instructions: DfInstruction[];
}

export interface DockerfileDoc {
  file: string;
  /** ARGs before the first FROM. */
  globalArgs: DfArg[];
  stages: DfStage[];
  escapeChar: string;
  problems: ParseProblem[];
  directives: Directive[];
}
