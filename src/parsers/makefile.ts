// Makefiles -> the images their recipes build (`docker build …`, see build-commands.ts).
//
// A small reader of GNU make's syntax, written here because no maintained JavaScript library parses Makefiles; it
// reads what build recipes need and nothing more:
// - logical lines (a `\` at the end continues a line), comments (`#`) outside recipes;
// - variable assignments (`NAME = v`, `:=`, `::=`, `?=`, `+=`, with `export` / `override`); `!=` (a shell command),
//   `define` blocks and assignments inside `ifeq` / `ifdef` … are not known;
// - rules (`targets: prerequisites`, an inline `; recipe`) and their recipe lines (a tab first; `@`, `-`, `+` prefixes
//   dropped).
// A recipe is expanded as make does: `$(NAME)` and `${NAME}` from the variables (recursively), `$$` as `$`. A function
// (`$(shell …)`, `$(call …)`), an automatic variable (`$@`) or a variable that is not known becomes a shell variable,
// so the word holding it is not known either. Each recipe line runs in its own shell, in the Makefile's directory (a
// variable set on the command line or in the environment is not known here: `?=` defaults are taken as they are).

import { posix } from 'node:path';
import type { ParseProblem, Range, SourceFile } from '../model/source.ts';
import type { ImageBuildSpec } from '../model/workload.ts';
import { buildCommands } from './build-commands.ts';

/** The stand-in for a make expression that is not known: a shell variable. */
const NOT_KNOWN = '${MAKE_VALUE_NOT_KNOWN}';
const ASSIGNMENT_OPS = ['::=', ':=', '?=', '+=', '!=', '='];

interface Line {
  text: string;
  start: number;
  recipe: boolean;
}

/** Logical lines: continuations joined (kept as `\` + newline in recipes, which the shell reads the same way). */
function logicalLines(text: string): Line[] {
  const out: Line[] = [];
  const raw = text.split('\n');
  let offset = 0;
  const withoutCr = (l: string) => (l.endsWith('\r') ? l.slice(0, -1) : l);
  for (let i = 0; i < raw.length; i++) {
    const start = offset;
    let line = withoutCr(raw[i]!);
    offset += raw[i]!.length + 1;
    const recipe = line.startsWith('\t');
    while (line.endsWith('\\') && i + 1 < raw.length) {
      i++;
      const next = withoutCr(raw[i]!);
      offset += raw[i]!.length + 1;
      line = recipe ? `${line}\n${next.startsWith('\t') ? next.slice(1) : next}` : `${line.slice(0, -1)} ${next.trimStart()}`;
    }
    out.push({ text: line, start, recipe });
  }
  return out;
}

/** A line outside recipes without its comment (`#` to the end, unless escaped). */
function stripComment(line: string): string {
  for (let i = 0; i < line.length; i++) if (line[i] === '#' && line[i - 1] !== '\\') return line.slice(0, i);
  return line;
}

/** `NAME op value` when the line assigns a variable. */
function assignment(line: string): { name: string; op: string; value: string } | undefined {
  let body = line.trim();
  for (const word of ['export ', 'override ']) if (body.startsWith(word)) body = body.slice(word.length).trimStart();
  // The first `=` or `:` decides: a rule's `:` comes before any `=` (a target-specific variable is a rule).
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '=' && c !== ':' && c !== '?' && c !== '+' && c !== '!') continue;
    const op = ASSIGNMENT_OPS.find((o) => body.startsWith(o, i));
    if (!op) {
      if (c === ':') return undefined;
      continue;
    }
    const name = body.slice(0, i).trim();
    if (name === '' || name.includes(' ') || name.includes('\t') || name.includes('$')) return undefined;
    return { name, op, value: body.slice(i + op.length).trim() };
  }
  return undefined;
}

/** make's automatic variables (`$@`, `$<` …): known only while a recipe runs, and then given in `vars`. */
const AUTOMATIC = '@<^*?+|%';

/** At most this many characters are read by one expansion (a Makefile whose variables multiply stops there). */
const MAX_EXPANSION = 100_000;

/** The text with make's expansions done; one that is not known is NOT_KNOWN. */
function expand(text: string, vars: ReadonlyMap<string, string | undefined>, unsetIsEmpty = false, depth = 0, budget = { left: MAX_EXPANSION }): string {
  // Every character read counts against one budget for the whole expansion: variables that multiply stop there.
  budget.left -= text.length;
  if (depth > 10 || budget.left < 0) return NOT_KNOWN;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c !== '$') {
      out += c;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      out += '$';
      i++;
      continue;
    }
    if (next !== '(' && next !== '{') {
      // `$@`, `$<`, `$X`: automatic or one-letter variables.
      if (next !== undefined) i++;
      const known = next !== undefined ? vars.get(next) : undefined;
      if (known !== undefined) out += expand(known, vars, unsetIsEmpty, depth + 1, budget);
      else out += unsetIsEmpty && next !== undefined && !vars.has(next) && !AUTOMATIC.includes(next) ? '' : NOT_KNOWN;
      continue;
    }
    const close = next === '(' ? ')' : '}';
    let level = 0;
    let j = i + 1;
    for (; j < text.length; j++) {
      if (text[j] === next) level++;
      else if (text[j] === close && --level === 0) break;
    }
    const inner = text.slice(i + 2, j);
    i = j;
    // A function call (`$(shell …)`, `$(subst a,b,…)`) has a space or a comma; a reference is a name.
    const call = inner.includes(' ') || inner.includes(',') || inner.includes('$');
    const value = call ? undefined : vars.get(inner);
    if (value !== undefined) out += expand(value, vars, unsetIsEmpty, depth + 1, budget);
    else out += !call && unsetIsEmpty && !vars.has(inner) ? '' : NOT_KNOWN;
    if (budget.left < 0) return NOT_KNOWN;
  }
  return out;
}

/** A recipe line as written (a leading tab, or the text after an inline `;`), at `start` in the file. */
export interface MakeRecipeLine {
  text: string;
  start: number;
}

/** A Makefile's statements in order, as make reads them (nothing expanded yet). */
export type MakeStatement =
  | { kind: 'assign'; name: string; op: string; value: string; override: boolean; conditional: boolean }
  /** A variable assigned where its value cannot be known (`define … endef`). */
  | { kind: 'unknown-var'; name: string }
  /** A target-specific assignment (`build: LDFLAGS += -s -w`): in effect while those targets (and what they need) are made. */
  | { kind: 'target-var'; targets: string; name: string; op: string; value: string }
  | { kind: 'rule'; targets: string; prerequisites: string; doubleColon: boolean; recipe: MakeRecipeLine[] };

/** Reads a Makefile's variable assignments and rules. */
export function readMakefile(text: string): MakeStatement[] {
  const out: MakeStatement[] = [];
  let conditional = 0;
  let inDefine = false;
  let rule: Extract<MakeStatement, { kind: 'rule' }> | undefined;
  for (const line of logicalLines(text)) {
    if (line.recipe && rule) {
      rule.recipe.push({ text: line.text, start: line.start });
      continue;
    }
    const text = stripComment(line.text).trim();
    if (inDefine) {
      if (text === 'endef') inDefine = false;
      continue;
    }
    if (text === '') continue;
    let end = 0;
    while (end < text.length && text[end] !== ' ' && text[end] !== '\t' && text[end] !== '(') end++;
    const first = text.slice(0, end);
    if (first === 'define') {
      const name = text.slice('define'.length).trim().split(' ')[0];
      if (name) out.push({ kind: 'unknown-var', name });
      inDefine = true;
      continue;
    }
    if (first === 'ifeq' || first === 'ifneq' || first === 'ifdef' || first === 'ifndef') {
      conditional++;
      continue;
    }
    if (first === 'endif') {
      conditional = Math.max(0, conditional - 1);
      continue;
    }
    if (first === 'else' || first === 'include' || first === '-include' || first === 'sinclude') continue;
    const a = assignment(text);
    if (a) {
      rule = undefined;
      const override = text.startsWith('override ') || text.startsWith('export override ') || text.startsWith('override export ');
      out.push({ kind: 'assign', ...a, override, conditional: conditional > 0 });
      continue;
    }
    // A rule: `targets: prerequisites [; recipe]`, or a target-specific variable (`build: LDFLAGS += -s`).
    const colon = text.indexOf(':');
    if (colon <= 0) {
      rule = undefined;
      continue;
    }
    const doubleColon = text[colon + 1] === ':';
    let rest = text.slice(colon + (doubleColon ? 2 : 1));
    const semi = rest.indexOf(';');
    const inline = semi >= 0 ? rest.slice(semi + 1) : undefined;
    if (semi >= 0) rest = rest.slice(0, semi);
    const targetVar = inline === undefined ? assignment(rest) : undefined;
    if (targetVar) {
      out.push({ kind: 'target-var', targets: text.slice(0, colon).trim(), ...targetVar });
      // No recipe follows one (make stops there); tab lines after it are not read as rules either.
      rule = { kind: 'rule', targets: '', prerequisites: '', doubleColon: false, recipe: [] };
      continue;
    }
    rule = { kind: 'rule', targets: text.slice(0, colon).trim(), prerequisites: rest.trim(), doubleColon, recipe: [] };
    if (inline !== undefined) rule.recipe.push({ text: inline, start: line.start + line.text.indexOf(';') + 1 });
    out.push(rule);
  }
  return out;
}

/**
 * The variables after reading every assignment, as make has them when it runs recipes: `seed` are the environment's
 * (an assignment in the file wins over them), `overrides` the command line's (they win over the file's, except an
 * `override` assignment's). Undefined: a value that cannot be known.
 */
export function makeVariables(
  statements: readonly MakeStatement[],
  seed: ReadonlyMap<string, string | undefined> = new Map(),
  overrides: ReadonlyMap<string, string | undefined> = new Map(),
  unsetIsEmpty = false,
): Map<string, string | undefined> {
  const vars = new Map<string, string | undefined>([...seed, ...overrides]);
  for (const st of statements) {
    if (st.kind === 'unknown-var') {
      if (!overrides.has(st.name)) vars.set(st.name, undefined);
      continue;
    }
    if (st.kind !== 'assign' || (overrides.has(st.name) && !st.override)) continue;
    if (st.conditional) vars.set(st.name, undefined);
    else assignVariable(vars, st, unsetIsEmpty);
  }
  return vars;
}

/**
 * One assignment as make does it (`=`, `:=` / `::=` expanded now, `?=`, `+=`; `!=` runs a shell command: not known).
 * Undefined in `vars`: a value that cannot be known.
 */
export function assignVariable(vars: Map<string, string | undefined>, a: { name: string; op: string; value: string }, unsetIsEmpty = false): void {
  if (a.op === '!=') vars.set(a.name, undefined);
  else if (a.op === '?=') {
    if (!vars.has(a.name)) vars.set(a.name, a.value);
  } else if (a.op === '+=') {
    const before = vars.has(a.name) ? vars.get(a.name) : '';
    vars.set(a.name, before === undefined ? undefined : before ? `${before} ${a.value}` : a.value);
  } else if (a.op === ':=' || a.op === '::=') {
    // A part that cannot be known stays marked in the value (`"-s -w -X main.version=$(VERSION)"` with VERSION from
    // `$(shell git describe)`): the rest of it is still read where it is used.
    vars.set(a.name, expand(a.value, vars, unsetIsEmpty));
  } else vars.set(a.name, a.value);
}

/**
 * A recipe line's command as make hands it to the shell: without the tab and the `@`, `-`, `+` prefixes (and blanks
 * among them); `start` is its offset in the file.
 */
export function recipeCommand(line: MakeRecipeLine): { text: string; start: number } {
  let i = line.text.startsWith('\t') ? 1 : 0;
  while (i < line.text.length && '@-+ \t'.includes(line.text[i]!)) i++;
  return { text: line.text.slice(i), start: line.start + i };
}

/** The range of a recipe line's first physical line (where evidence and build specs point). */
export function recipeLineRange(file: SourceFile, line: MakeRecipeLine): Range {
  return file.lines.range(file.path, line.start, line.start + line.text.split('\n')[0]!.length);
}

/**
 * Text with make's expansions done; an expansion that is not known is a shell variable that is not set either.
 * `unsetIsEmpty`: the whole environment is in `vars` (make in a Dockerfile's RUN), so a variable set nowhere is empty,
 * as make has it; otherwise (a Makefile run on some machine) it may come from the environment and is not known.
 */
export function expandMake(text: string, vars: ReadonlyMap<string, string | undefined>, unsetIsEmpty = false): string {
  return expand(text, vars, unsetIsEmpty);
}

/** Whether an expanded text holds something make could not expand. */
export function hasUnknownMake(text: string): boolean {
  return text.includes(NOT_KNOWN);
}

export function parseMakefile(file: SourceFile): { specs: ImageBuildSpec[]; problems: ParseProblem[] } {
  const specs: ImageBuildSpec[] = [];
  const dir = posix.dirname(file.path);
  const statements = readMakefile(file.text);
  const vars = makeVariables(statements);
  for (const st of statements) {
    if (st.kind !== 'rule') continue;
    for (const line of st.recipe) {
      const script = expand(recipeCommand(line).text, vars);
      try {
        const range = recipeLineRange(file, line);
        for (const b of buildCommands(script, file.path, dir, range)) specs.push({ ...b, source: { kind: 'make', range } });
      } catch {
        // A recipe the shell parser cannot take costs only its own build commands.
      }
    }
  }
  return { specs, problems: [] };
}
