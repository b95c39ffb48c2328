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
import type { ParseProblem, SourceFile } from '../model/source.ts';
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

/** At most this many characters are read by one expansion (a Makefile whose variables multiply stops there). */
const MAX_EXPANSION = 100_000;

/** The text with make's expansions done; one that is not known is NOT_KNOWN. */
function expand(text: string, vars: Map<string, string | undefined>, depth = 0, budget = { left: MAX_EXPANSION }): string {
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
      out += next !== undefined && vars.get(next) !== undefined ? expand(vars.get(next)!, vars, depth + 1, budget) : NOT_KNOWN;
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
    const value = inner.includes(' ') || inner.includes(',') || inner.includes('$') ? undefined : vars.get(inner);
    out += value === undefined ? NOT_KNOWN : expand(value, vars, depth + 1, budget);
    if (budget.left < 0) return NOT_KNOWN;
  }
  return out;
}

export function parseMakefile(file: SourceFile): { specs: ImageBuildSpec[]; problems: ParseProblem[] } {
  const specs: ImageBuildSpec[] = [];
  const dir = posix.dirname(file.path);
  /** Known values; undefined: assigned somewhere the reader cannot follow. */
  const vars = new Map<string, string | undefined>();
  const recipes: Line[] = [];
  let conditional = 0;
  let inDefine = false;
  let inRule = false;
  for (const line of logicalLines(file.text)) {
    if (line.recipe && inRule) {
      recipes.push(line);
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
      if (name) vars.set(name, undefined);
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
      inRule = false;
      if (conditional > 0 || a.op === '!=') vars.set(a.name, undefined);
      else if (a.op === '?=') {
        if (!vars.has(a.name)) vars.set(a.name, a.value);
      } else if (a.op === '+=') {
        const before = vars.has(a.name) ? vars.get(a.name) : '';
        vars.set(a.name, before === undefined ? undefined : before ? `${before} ${a.value}` : a.value);
      } else if (a.op === ':=' || a.op === '::=') {
        const now = expand(a.value, vars);
        vars.set(a.name, now.includes(NOT_KNOWN) ? undefined : now);
      } else vars.set(a.name, a.value);
      continue;
    }
    // A rule: `targets: prerequisites [; recipe]`.
    const colon = text.indexOf(':');
    inRule = colon > 0;
    const semi = inRule ? text.indexOf(';', colon) : -1;
    if (semi > 0) recipes.push({ text: text.slice(semi + 1), start: line.start + line.text.indexOf(';') + 1, recipe: true });
  }
  for (const line of recipes) {
    let body = line.text.startsWith('\t') ? line.text.slice(1) : line.text;
    while (body.startsWith('@') || body.startsWith('-') || body.startsWith('+')) body = body.slice(1);
    const script = expand(body, vars);
    try {
      const range = file.lines.range(file.path, line.start, line.start + line.text.split('\n')[0]!.length);
      for (const b of buildCommands(script, file.path, dir, range)) specs.push({ ...b, source: { kind: 'make', range } });
    } catch {
      // A recipe the shell parser cannot take costs only its own build commands.
    }
  }
  return { specs, problems: [] };
}
