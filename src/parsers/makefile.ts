// Makefiles -> the images their recipes build (`docker build …`, see build-commands.ts).
//
// A small reader of GNU make's syntax, written here because no maintained JavaScript library parses Makefiles; it
// reads what build recipes need and nothing more:
// - logical lines (a `\` at the end continues a line), comments (`#`) outside recipes;
// - variable assignments (`NAME = v`, `:=`, `::=`, `?=`, `+=`, with `export` / `override`); `!=` (a shell command)
//   and `define` blocks are not known;
// - conditionals (`ifeq`, `ifneq`, `ifdef`, `ifndef`, `else [ifeq …]`, `endif`), decided as make reads them, with the
//   variables at that point; one that cannot be decided reads each branch and keeps what they agree on;
// - rules (`targets: prerequisites`, an inline `; recipe`) and their recipe lines (a tab first; `@`, `-`, `+` prefixes
//   dropped).
// A recipe is expanded as make does: `$(NAME)` and `${NAME}` from the variables (recursively), `$$` as `$`, and the
// text functions in TEXT_FUNCTIONS (`$(strip …)`, `$(filter …)` …). Another function (`$(shell …)`, `$(call …)`), a
// substitution reference (`$(SRCS:.go=)`), an automatic variable (`$@`) or a variable that is not known becomes a
// shell variable, so the word holding it is not known either. Each recipe line runs in its own shell, in the Makefile's directory (a
// variable set on the command line or in the environment is not known here: `?=` defaults are taken as they are).

import { posix } from 'node:path';
import type { ParseProblem, Range, SourceFile } from '../model/source.ts';
import type { ImageBuildSpec } from '../model/workload.ts';
import { buildCommands } from './build-commands.ts';

/** The stand-in for a make expression that is not known: a shell variable. */
const NOT_KNOWN_NAME = 'MAKE_VALUE_NOT_KNOWN';
const NOT_KNOWN = `\${${NOT_KNOWN_NAME}}`;
export { NOT_KNOWN as MAKE_NOT_KNOWN };
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

/** make's functions on text that are followed, with their number of arguments; the others (`$(shell …)`) are not known. */
const TEXT_FUNCTIONS = new Map([
  ['strip', 1],
  ['firstword', 1],
  ['lastword', 1],
  ['words', 1],
  ['findstring', 2],
  ['filter', 2],
  ['filter-out', 2],
  ['subst', 3],
]);

/**
 * A function call's value (`inner`: the text between `$(` and `)`, `open`/`close` those brackets): its arguments split
 * at the commas outside nested brackets of the same kind (the last one takes the rest), each expanded by `expand`.
 */
function textFunction(inner: string, open: string, close: string, expand: (arg: string) => string): string {
  let name = 0;
  while (name < inner.length && inner[name] !== ' ' && inner[name] !== '\t') name++;
  const fn = inner.slice(0, name);
  const count = TEXT_FUNCTIONS.get(fn);
  if (count === undefined) return NOT_KNOWN;
  let from = name;
  while (inner[from] === ' ' || inner[from] === '\t') from++;
  const args: string[] = [];
  for (let level = 0, k = from; k <= inner.length; k++) {
    if (k === inner.length || (inner[k] === ',' && level === 0 && args.length < count - 1)) {
      args.push(expand(inner.slice(from, k)));
      from = k + 1;
    } else if (inner[k] === open) level++;
    else if (inner[k] === close) level--;
  }
  if (args.length !== count || args.some(hasUnknownMake)) return NOT_KNOWN;
  const words = (t: string) => t.replaceAll('\t', ' ').replaceAll('\n', ' ').split(' ').filter((w) => w !== '');
  // A `%` in a filter pattern matches any text (once).
  const matches = (pattern: string, w: string) => {
    const p = pattern.indexOf('%');
    return p < 0 ? w === pattern : w.length >= pattern.length - 1 && w.startsWith(pattern.slice(0, p)) && w.endsWith(pattern.slice(p + 1));
  };
  const [a, b, c] = args as [string, string, string];
  switch (fn) {
    case 'strip':
      return words(a).join(' ');
    case 'firstword':
      return words(a)[0] ?? '';
    case 'lastword':
      return words(a).at(-1) ?? '';
    case 'words':
      return String(words(a).length);
    case 'findstring':
      return b.includes(a) ? a : '';
    case 'filter':
    case 'filter-out': {
      const patterns = words(a);
      return words(b)
        .filter((w) => patterns.some((p) => matches(p, w)) === (fn === 'filter'))
        .join(' ');
    }
    default:
      return a === '' ? NOT_KNOWN : c.replaceAll(a, b);
  }
}

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
    // A function call (`$(shell …)`, `$(subst a,b,…)`) has a space or a comma; a reference is a name (a `:` in it is a
    // substitution reference, `$(SRCS:.go=)`, not followed).
    const call = inner.includes(' ') || inner.includes(',') || inner.includes('$') || inner.includes(':');
    if (call) {
      out += textFunction(inner, next, close, (arg) => expand(arg, vars, unsetIsEmpty, depth + 1, budget));
      if (budget.left < 0) return NOT_KNOWN;
      continue;
    }
    const value = vars.get(inner);
    if (value !== undefined) out += expand(value, vars, unsetIsEmpty, depth + 1, budget);
    // (NOT_KNOWN, kept in a := value, stays what it is.)
    else out += unsetIsEmpty && !vars.has(inner) && inner !== NOT_KNOWN_NAME ? '' : NOT_KNOWN;
    if (budget.left < 0) return NOT_KNOWN;
  }
  return out;
}

/** A recipe line as written (a leading tab, or the text after an inline `;`), at `start` in the file. */
export interface MakeRecipeLine {
  text: string;
  start: number;
  /** Index of the statement read last before it (its rule, or a conditional directive between them). */
  after: number;
}

/**
 * A conditional directive's test, its arguments as written (make expands them when it reads the directive):
 * `ifeq (a,b)`, `ifeq "a" 'b'`, `ifdef NAME`; `invalid`: syntax make rejects.
 */
export type MakeTest =
  | { kind: 'ifeq' | 'ifneq'; left: string; right: string }
  | { kind: 'ifdef' | 'ifndef'; name: string }
  | { kind: 'invalid' };

/** A Makefile's statements in order, as make reads them (nothing expanded yet). */
export type MakeStatement =
  | { kind: 'assign'; name: string; op: string; value: string; override: boolean }
  /** A variable assigned where its value cannot be known (`define … endef`). */
  | { kind: 'unknown-var'; name: string }
  /** A target-specific assignment (`build: LDFLAGS += -s -w`): in effect while those targets (and what they need) are made. */
  | { kind: 'target-var'; targets: string; name: string; op: string; value: string }
  | { kind: 'rule'; targets: string; prerequisites: string; doubleColon: boolean; recipe: MakeRecipeLine[] }
  /** `ifeq …` / `ifdef …` at `start`; `else` (with its own test: `else ifeq …`); `endif`. */
  | { kind: 'if'; test: MakeTest; start: number }
  | { kind: 'else'; test?: MakeTest; start: number }
  | { kind: 'endif'; start: number };

const TESTS = new Set(['ifeq', 'ifneq', 'ifdef', 'ifndef']);

/** The test of a conditional directive: `keyword` and the text after it, as GNU make's reader splits them. */
function conditionalTest(keyword: string, rest: string): MakeTest {
  let s = rest.trimStart();
  if (keyword === 'ifdef' || keyword === 'ifndef') return { kind: keyword, name: s.trimEnd() };
  const kind = keyword === 'ifeq' ? 'ifeq' : 'ifneq';
  const blank = (c: string | undefined) => c === ' ' || c === '\t';
  if (s[0] === '(') {
    // `(a, b)`: the first argument ends at a `,` outside parentheses, without the blanks before it; the second starts
    // after the blanks that follow and ends at the matching `)` (blanks before it are kept).
    let i = 1;
    for (let level = 0; i < s.length; i++) {
      if (s[i] === '(') level++;
      else if (s[i] === ')') level--;
      else if (s[i] === ',' && level <= 0) break;
    }
    if (i >= s.length) return { kind: 'invalid' };
    let end = i;
    while (end > 1 && blank(s[end - 1])) end--;
    const left = s.slice(1, end);
    let j = i + 1;
    while (blank(s[j])) j++;
    const from = j;
    for (let level = 0; j < s.length; j++) {
      if (s[j] === '(') level++;
      else if (s[j] === ')' && level-- <= 0) break;
    }
    if (j >= s.length) return { kind: 'invalid' };
    return { kind, left, right: s.slice(from, j) };
  }
  // `"a" "b"`, `'a' 'b'` or mixed: each argument up to its closing quote, taken as it is.
  const args: string[] = [];
  for (let n = 0; n < 2; n++) {
    const q = s[0];
    if (q !== '"' && q !== "'") return { kind: 'invalid' };
    const close = s.indexOf(q, 1);
    if (close < 0) return { kind: 'invalid' };
    args.push(s.slice(1, close));
    s = s.slice(close + 1).trimStart();
  }
  return { kind, left: args[0]!, right: args[1]! };
}

/** Reads a Makefile's variable assignments and rules. */
export function readMakefile(text: string): MakeStatement[] {
  const out: MakeStatement[] = [];
  let inDefine = false;
  let rule: Extract<MakeStatement, { kind: 'rule' }> | undefined;
  for (const line of logicalLines(text)) {
    if (line.recipe && rule) {
      rule.recipe.push({ text: line.text, start: line.start, after: out.length - 1 });
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
    // Conditional directives do not end a rule: recipe lines may follow in their branches.
    const start = line.start + line.text.length - line.text.trimStart().length;
    if (TESTS.has(first)) {
      out.push({ kind: 'if', test: conditionalTest(first, text.slice(end)), start });
      continue;
    }
    if (first === 'else') {
      const rest = text.slice(end).trimStart();
      let word = 0;
      while (word < rest.length && rest[word] !== ' ' && rest[word] !== '\t' && rest[word] !== '(') word++;
      // `else ifeq …`; other text after `else` is ignored (make warns).
      const keyword = rest.slice(0, word);
      out.push(TESTS.has(keyword) ? { kind: 'else', test: conditionalTest(keyword, rest.slice(word)), start } : { kind: 'else', start });
      continue;
    }
    if (first === 'endif') {
      out.push({ kind: 'endif', start });
      continue;
    }
    if (first === 'include' || first === '-include' || first === 'sinclude') continue;
    const a = assignment(text);
    if (a) {
      rule = undefined;
      const override = text.startsWith('override ') || text.startsWith('export override ') || text.startsWith('override export ');
      out.push({ kind: 'assign', ...a, override });
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
    out.push(rule);
    if (inline !== undefined) rule.recipe.push({ text: inline, start: line.start + line.text.indexOf(';') + 1, after: out.length - 1 });
  }
  return out;
}

/**
 * Whether make reads a statement: surely (`on`), not (`off`), or only if a conditional around it that cannot be decided
 * holds (`maybe`).
 */
export type MakeReach = 'on' | 'off' | 'maybe';

/**
 * Reads the statements as make does: the variables after every assignment, as make has them when it runs recipes
 * (`seed` are the environment's: an assignment in the file wins over them, not `?=`; `overrides` the command line's:
 * they win over the file's, except an `override` assignment's; undefined: a value that cannot be known), and for each
 * statement whether make reads it (for a recipe line: the reach of the statement its `after` names). A conditional is
 * decided with the variables where it is read; one that cannot be decided reads each branch that may hold from the
 * same variables, and a variable the branches leave with different values (or set in some only) is not known after
 * its `endif`.
 */
export function readStatements(
  statements: readonly MakeStatement[],
  seed: ReadonlyMap<string, string | undefined> = new Map(),
  overrides: ReadonlyMap<string, string | undefined> = new Map(),
  unsetIsEmpty = false,
): { vars: Map<string, string | undefined>; reach: MakeReach[] } {
  let vars = new Map<string, string | undefined>([...seed, ...overrides]);
  const reach: MakeReach[] = [];
  // One frame per conditional being read. `entry`: the variables at `ifeq`, kept once a branch may hold; `worlds`: the
  // variables each branch that may have been read left; `taken`: a branch surely holds; `maybe`: one may have.
  type Frame = { outer: MakeReach; entry?: Map<string, string | undefined>; worlds: Map<string, string | undefined>[]; live: boolean; taken: boolean; maybe: boolean };
  const frames: Frame[] = [];
  let here: MakeReach = 'on';
  const branch = (f: Frame, test: MakeTest | undefined) => {
    if (f.live) f.worlds.push(vars);
    f.live = false;
    here = 'off';
    if (f.outer === 'off' || f.taken) return;
    const holds = test ? testHolds(test, f.entry ?? vars, unsetIsEmpty) : true;
    if (holds === false) return;
    if (f.maybe) vars = new Map(f.entry);
    else if (holds === undefined) f.entry = new Map(vars);
    here = holds && !f.maybe && f.outer === 'on' ? 'on' : 'maybe';
    f.live = true;
    if (holds) f.taken = true;
    else f.maybe = true;
  };
  for (const st of statements) {
    if (st.kind === 'if') {
      const f: Frame = { outer: here, worlds: [], live: false, taken: false, maybe: false };
      frames.push(f);
      branch(f, st.test);
    } else if (st.kind === 'else') {
      const f = frames[frames.length - 1];
      if (f) branch(f, st.test);
    } else if (st.kind === 'endif') {
      const f = frames.pop();
      if (f) {
        if (f.live) f.worlds.push(vars);
        if (f.maybe && !f.taken) f.worlds.push(f.entry!);
        if (f.worlds.length > 1) vars = agreed(f.worlds);
        here = f.outer;
      }
    } else if (here !== 'off') {
      if (st.kind === 'unknown-var') {
        if (!overrides.has(st.name)) vars.set(st.name, undefined);
      } else if (st.kind === 'assign' && (!overrides.has(st.name) || st.override)) assignVariable(vars, st, unsetIsEmpty);
    }
    reach.push(here);
  }
  return { vars, reach };
}

/** The variables as several branches left them: a value they do not all have is not known. */
function agreed(worlds: readonly Map<string, string | undefined>[]): Map<string, string | undefined> {
  const out = new Map(worlds[0]);
  for (const w of worlds.slice(1)) {
    for (const [k, v] of w) if (out.get(k) !== v || !out.has(k)) out.set(k, undefined);
    for (const k of out.keys()) if (!w.has(k)) out.set(k, undefined);
  }
  return out;
}

/** Whether a conditional's test holds with `vars`; undefined when that is not known. */
function testHolds(test: MakeTest, vars: ReadonlyMap<string, string | undefined>, unsetIsEmpty: boolean): boolean | undefined {
  if (test.kind === 'invalid') return undefined;
  if ('name' in test) {
    // The name is expanded, the variable's value is not: `foo = $(bar)` is defined even when bar is empty.
    const name = expand(test.name, vars, unsetIsEmpty).trim();
    if (name === '' || hasUnknownMake(name) || name.includes(' ') || name.includes('\t')) return undefined;
    const value = vars.get(name);
    if (value === undefined && (vars.has(name) || !unsetIsEmpty)) return undefined;
    // A := value keeps a part that is not known as NOT_KNOWN, which may stand for nothing.
    const known = value?.replaceAll(NOT_KNOWN, '') ?? '';
    if (known === '' && value !== undefined && value !== '') return undefined;
    return (known !== '') === (test.kind === 'ifdef');
  }
  const left = expand(test.left, vars, unsetIsEmpty);
  const right = expand(test.right, vars, unsetIsEmpty);
  if (hasUnknownMake(left) || hasUnknownMake(right)) return undefined;
  return (left === right) === (test.kind === 'ifeq');
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
    // Appended to a value not known, the new words are still known (`LDFLAGS += -s -w`).
    const before = vars.has(a.name) ? (vars.get(a.name) ?? NOT_KNOWN) : '';
    vars.set(a.name, before ? `${before} ${a.value}` : a.value);
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
  const { vars, reach } = readStatements(statements);
  for (const [i, st] of statements.entries()) {
    if (st.kind !== 'rule' || reach[i] === 'off') continue;
    for (const line of st.recipe) {
      if (reach[line.after] === 'off') continue;
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
