// What the shell parser (src/parsers/shell.ts, tree-sitter-bash) produces: the simple commands of a script in the
// order they run, with every word split into literal and expanded parts, and exact ranges in the containing file.
// Interpretation (what a `go build` writes, what a script finally execs) is done in src/infer/, never here.

import type { Range } from './source.ts';

export type WordPart =
  /** Literal text, quotes already removed and escapes resolved. */
  | { kind: 'literal'; value: string; quoted: boolean }
  /**
   * A parameter expansion: `$X`, `${X}`, `${X:-default}`, `$1`, `$@`, `$*`, `$#` ...
   * `op` is the operator between name and operand (`:-`, `-`, `:=`, `=`, `:+`, `+`, `:?`, `?`, `#`, `##`, `%`, `%%`,
   * `/`, `//`, `^`, `,`, ...) or absent for a plain reference. `length` is true for `${#X}`.
   */
  | { kind: 'param'; name: string; op?: string; operand?: ShellWord; length?: boolean; quoted: boolean }
  /** `$(...)` or backticks: not evaluated; anything depending on it is unknown. */
  | { kind: 'command-sub'; text: string; quoted: boolean }
  /** `$((...))` */
  | { kind: 'arith'; text: string; quoted: boolean }
  /** An unquoted glob character or pattern (`*`, `?`, `[...]`) or a brace expansion: its expansion is unknown. */
  | { kind: 'glob'; text: string }
  /** Unquoted `~` at the start of a word. */
  | { kind: 'tilde'; user: string };

export interface ShellWord {
  /** The word exactly as written in the source. */
  raw: string;
  range: Range;
  parts: WordPart[];
}

export interface ShellAssignment {
  name: string;
  value?: ShellWord;
  range: Range;
}

/** One simple command (or a declaration command such as `export A=b`). */
export interface ShellCommand {
  /** `VAR=value` prefixes. A command made only of assignments has `words: []` and sets shell variables. */
  assignments: ShellAssignment[];
  /** argv as written: words[0] is the command name. For `export A=b` words is ['export'] and assignments holds A. */
  words: ShellWord[];
  range: Range;
  /**
   * How the command is reached. 'always': on the straight path of the script (top level, or in a `&&` / `;` chain
   * whose earlier parts succeeded). 'conditional': inside if/elif/else/case/while/for/until bodies, on the right of
   * `||`, or anything else that may not run. Commands after a conditional `exec` are still listed.
   */
  reach: 'always' | 'conditional';
  /** Runs in the background (`&`) — the script goes on. */
  background: boolean;
  /** Runs in a subshell `( ... )`, a pipeline stage other than the last, or a command substitution. */
  subshell: boolean;
  /** Name of the function whose body holds it, if any. */
  inFunction?: string;
  /** Redirections as written. */
  redirects: string[];
  /** Its output redirected to files (`> f`, `>> f`), in order (the last one receives the output). */
  writes?: ShellWrite[];
  /** The here-document on its standard input (`cat <<'EOF' > /entrypoint.sh`). */
  heredoc?: ShellHeredoc;
}

export interface ShellWrite {
  append: boolean;
  target: ShellWord;
}

export interface ShellHeredoc {
  /** The body (up to the delimiter line) as one word: literal when the delimiter is quoted, else with its expansions. */
  body: ShellWord;
  /** The delimiter is unquoted: parameters and command substitutions in the body are expanded. */
  expand: boolean;
  /** `<<-`: leading tabs are removed from every line. */
  stripTabs: boolean;
}

/** Statements and word parts nested deeper than this are not read (ShellScript.tooDeep). */
export const MAX_SHELL_DEPTH = 100;

export interface ShellScript {
  /** All simple commands in source order (function bodies included, marked with inFunction). */
  commands: ShellCommand[];
  /** Names of functions defined in the script. */
  functions: string[];
  /**
   * `#!` line, if the text starts with one. `cr`: the line ends in a carriage return (the file was saved with Windows
   * line endings): the kernel takes the `\r` as part of the interpreter's name (or of its last argument).
   */
  shebang?: { interpreter: string; args: string[]; range: Range; cr?: true };
  /** Syntax errors tree-sitter recovered from. */
  errors: Range[];
  /**
   * Where statements or words first nest deeper than the parser reads (src/parsers/shell.ts MAX_SHELL_DEPTH): what
   * is inside is missing from `commands` and `body`.
   */
  tooDeep?: Range;
  /** Statement tree of the top level (see ShellNode). Optional: absent when a ShellScript is built by hand. */
  body?: ShellNode[];
}

/**
 * The control structure of a script, as the parser saw it (optional: filled by src/parsers/shell.ts). Each
 * statement refers to its simple commands by index into ShellScript.commands, so inference can evaluate
 * `if` / `case` / `&&` / `||` conditions on the straight path instead of only knowing that a command is
 * 'conditional'. Commands inside `$(...)` are not part of this tree (they are listed in `commands` only).
 */
export type ShellNode =
  | { kind: 'command'; index: number; range: Range }
  /** `left && right`, `left || right`. */
  | { kind: 'and' | 'or'; left: ShellNode; right: ShellNode; range: Range }
  /** `! stmt` */
  | { kind: 'not'; body: ShellNode; range: Range }
  /** `a | b | c`: every stage but the last runs in a subshell. */
  | { kind: 'pipeline'; stages: ShellNode[]; range: Range }
  /** `{ ...; }` (subshell false) or `( ... )` (subshell true). */
  | { kind: 'group'; body: ShellNode[]; subshell: boolean; range: Range }
  /** `stmt &` */
  | { kind: 'background'; body: ShellNode; range: Range }
  /** if / elif clauses in order, then the optional else body. */
  | { kind: 'if'; clauses: { condition: ShellNode[]; body: ShellNode[]; range: Range }[]; otherwise?: ShellNode[]; range: Range }
  /** `case word in pat|pat) body ;; ... esac` */
  | { kind: 'case'; word: ShellWord; items: { patterns: ShellWord[]; body: ShellNode[]; range: Range }[]; range: Range }
  /**
   * while / until (condition evaluated first) and for / select / C-style for (condition empty). For `for NAME in
   * WORDS`: `variable` and `items`; `for NAME; do` (no `in`) has a variable and no items: it loops over "$@".
   */
  | {
      kind: 'loop';
      loop: 'while' | 'until' | 'for';
      condition: ShellNode[];
      body: ShellNode[];
      variable?: string;
      items?: ShellWord[];
      range: Range;
    }
  | { kind: 'function'; name: string; body: ShellNode[]; range: Range };

/** Re-anchors every range of a script parsed out of context onto one range (when offsets cannot map 1:1). */
export function pinRanges(script: ShellScript, at: Range): ShellScript {
  const pin = (): Range => ({ ...at });
  return {
    ...script,
    commands: script.commands.map((c) => ({
      ...c,
      range: pin(),
      words: c.words.map((w) => ({ ...w, range: pin() })),
      assignments: c.assignments.map((a) => ({ ...a, range: pin() })),
    })),
    errors: script.errors.map(pin),
  };
}

/**
 * Moves every range of a script parsed from a piece of a file (with offsets from 0) to where the piece starts: `lines`
 * down and `offset` on. The piece must start a line (a here-document's body), so columns stay as they are.
 */
export function shiftRanges(script: ShellScript, lines: number, offset: number): ShellScript {
  const move = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(move);
    if (typeof x !== 'object' || x === null) return x;
    const o = x as Record<string, unknown>;
    if (typeof o.line === 'number' && typeof o.start === 'number' && typeof o.endLine === 'number' && typeof o.file === 'string') {
      return { ...o, line: o.line + lines, endLine: o.endLine + lines, start: o.start + offset, end: (o.end as number) + offset };
    }
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(o)) out[k] = move(o[k]);
    return out;
  };
  return move(script) as ShellScript;
}
