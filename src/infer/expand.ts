// Word expansion as a POSIX shell does it, for the values we can know statically: parameters (with the common
// operators), quote removal (already done by the parser), field splitting on the default IFS, "$@". Anything that
// depends on the run time (command substitutions, unless the caller can say their output: ExpandEnv.commandSub;
// pathname patterns, unknown variables) makes the word unknown, with a sentence saying why.

import type { ShellWord, WordPart } from '../model/shell.ts';
import { literalValue } from '../parsers/shell.ts';

export interface ExpandEnv {
  /**
   * Known shell variables (image ENV, container env, script assignments). A name absent here is unset: a plain `$X`
   * is then unknown (it may be given at run time), while `${X:-d}` / `${X-d}` give d and `${X:+a}` gives ''.
   */
  vars: Map<string, string>;
  /** `$1`...: absent => unknown. An undefined element is one argument whose value is unknown. */
  positional?: readonly (string | undefined)[];
  /** `$0`: the path the script was started by, when known. */
  zero?: string;
  /** Variables whose value cannot be known (assigned from `$(...)`, `read`, a sourced file ...). */
  unknown?: ReadonlySet<string>;
  /**
   * What is known of variables in `unknown` whose value is only partly known (`LDF="-X main.c=$(git rev-parse HEAD)
   * -s -w"`): their text with UNKNOWN_PART for each part that is not. Only expandKnownParts reads it: to every other
   * expansion the variable stays unknown, so the text never becomes a value (a path).
   */
  partial?: ReadonlyMap<string, string>;
  /** Variables known to be unset (`unset X`): `$X` is ''. */
  unset?: Set<string>;
  /** Called when `${X:=d}` / `${X=d}` assigns (the assignment is also made in `vars`). */
  onAssign?: (name: string, value: string) => void;
  /**
   * The environment may hold variables the linter cannot see (an `envFrom` of a Secret, or of a ConfigMap not in the
   * repository): what sets them, for messages. A name absent from `vars` is then not known, rather than unset.
   */
  open?: string;
  /**
   * `$(...)` and backticks whose output can be known without running anything (`$(pwd)`, `$(dirname "$0")`; see
   * src/infer/image.ts): given the text as written and this environment, their output. Absent: not evaluated.
   */
  commandSub?: (text: string, env: ExpandEnv) => Expanded;
  /** `$BASH_SOURCE` where it is not `$0` (in a sourced file, or a function defined there): that file, if known. */
  source?: { path: string | undefined };
}

export type Expanded = { ok: true; value: string } | { ok: false; reason: string };

type Err = { ok: false; reason: string };
/** A piece of an expanded word: text, `split` if it came from an unquoted expansion; or a field break ("$@"). */
type Seg = { text: string; split: boolean } | { brk: true };

const err = (reason: string): Err => ({ ok: false, reason });
const isErr = (x: unknown): x is Err => typeof x === 'object' && x !== null && (x as Err).ok === false;

/** One word to one string: no field splitting, `"$@"` joined with spaces. `${X:=d}` assigns in env.vars. */
export function expandWord(word: ShellWord, env: ExpandEnv): Expanded {
  const segs = expandParts(word.parts, env, false, word.raw);
  if (isErr(segs)) return segs;
  return { ok: true, value: segs.map((s) => ('brk' in s ? ' ' : s.text)).join('') };
}

/** The mark `expandKnownParts` puts where a part of a word cannot be known. */
export const UNKNOWN_PART = '\u0000';

/**
 * One word with each part that cannot be known replaced by UNKNOWN_PART: `-ldflags=-s -X main.v=${VERSION}` with
 * VERSION unknown still says `-s`. Only for reading literal flags; the text is no value of the word.
 */
export function expandKnownParts(word: ShellWord, env: ExpandEnv): string {
  let out = '';
  for (const part of word.parts) {
    const segs = expandParts([part], env, false, word.raw);
    if (!isErr(segs)) out += segs.map((s) => ('brk' in s ? ' ' : s.text)).join('');
    else if (part.kind === 'param' && part.op === undefined && !part.length) out += env.partial?.get(part.name) ?? UNKNOWN_PART;
    else out += UNKNOWN_PART;
  }
  return out;
}

/** The known parts of a word (expandKnownParts), or undefined when it has none: nothing but unknown parts. */
export function knownPartsOf(word: ShellWord, env: ExpandEnv): string | undefined {
  const p = expandKnownParts(word, env);
  return p.replaceAll(UNKNOWN_PART, '') === '' ? undefined : p;
}

/**
 * Words to argv: `"$@"` gives one field per argument, unquoted expansions are split on spaces, tabs and newlines and
 * vanish when empty. A word that cannot be known becomes one `undefined` element and adds a reason to `unknown`.
 */
export function expandArgv(words: ShellWord[], env: ExpandEnv): { argv: (string | undefined)[]; unknown: string[] } {
  const argv: (string | undefined)[] = [];
  const unknown: string[] = [];
  const note = (r: string) => {
    if (!unknown.includes(r)) unknown.push(r);
  };
  for (const w of words) {
    const only = w.parts.length === 1 ? w.parts[0]! : undefined;
    if (only?.kind === 'param' && only.quoted && only.name === '@' && only.op === undefined && !only.length) {
      // "$@" keeps every argument (known or not) as its own field.
      if (!env.positional) {
        argv.push(undefined);
        note(POSITIONAL_UNKNOWN);
        continue;
      }
      for (const a of env.positional) {
        argv.push(a);
        if (a === undefined) note(ARG_UNKNOWN);
      }
      continue;
    }
    const segs = expandParts(w.parts, env, false, w.raw);
    if (isErr(segs)) {
      argv.push(undefined);
      note(segs.reason);
      continue;
    }
    argv.push(...fields(segs));
  }
  return { argv, unknown };
}

export { literalValue };

const POSITIONAL_UNKNOWN = "the script's arguments are not known";
const ARG_UNKNOWN = "one of the script's arguments is not known";

// --- field splitting ------------------------------------------------------------------------------------------

const IFS_WS = new Set([' ', '\t', '\n']);

function fields(segs: Seg[]): string[] {
  const out: string[] = [];
  let cur = '';
  let exists = false;
  const end = () => {
    if (exists) out.push(cur);
    cur = '';
    exists = false;
  };
  for (const s of segs) {
    if ('brk' in s) {
      end();
      continue;
    }
    if (!s.split) {
      cur += s.text;
      exists = true;
      continue;
    }
    for (const ch of s.text) {
      if (IFS_WS.has(ch)) end();
      else {
        cur += ch;
        exists = true;
      }
    }
  }
  end();
  return out;
}

// --- parts ----------------------------------------------------------------------------------------------------

/**
 * `outerUnquoted`: the parts are the operand of an unquoted `${X:-...}`, whose unquoted literal text is split too.
 */
function expandParts(parts: WordPart[], env: ExpandEnv, outerUnquoted: boolean, raw: string): Seg[] | Err {
  const out: Seg[] = [];
  for (const p of parts) {
    switch (p.kind) {
      case 'literal':
        out.push({ text: p.value, split: outerUnquoted && !p.quoted });
        break;
      case 'param': {
        const r = expandParam(p, env);
        if (isErr(r)) return r;
        out.push(...r);
        break;
      }
      case 'command-sub': {
        if (!env.commandSub) return err(`${p.text} is a command substitution, not evaluated`);
        const r = env.commandSub(p.text, env);
        if (!r.ok) return r;
        out.push({ text: r.value, split: !p.quoted });
        break;
      }
      case 'arith':
        return err(`${p.text} is an arithmetic expansion, not evaluated`);
      case 'glob':
        return err(`${raw} is a pathname pattern, expanded against the image filesystem at run time`);
      case 'tilde': {
        if (p.user) return err(`~${p.user} is another user's home directory`);
        const home = lookup('HOME', env);
        if (home.state !== 'set') return err('~ needs $HOME, which is not set in the image or the script');
        out.push({ text: home.value, split: false });
        break;
      }
    }
  }
  return out;
}

type Lookup =
  | { state: 'set'; value: string }
  | { state: 'unset' }
  | { state: 'absent' }
  | { state: 'unknown'; reason: string };

function lookup(name: string, env: ExpandEnv): Lookup {
  if (name.length > 0 && [...name].every((c) => c >= '0' && c <= '9')) {
    const n = Number(name);
    if (n === 0) return env.zero !== undefined ? { state: 'set', value: env.zero } : { state: 'unknown', reason: "$0 (the script's name) is not known" };
    if (!env.positional) return { state: 'unknown', reason: `$${name} is not known: ${POSITIONAL_UNKNOWN}` };
    if (n <= env.positional.length) {
      const v = env.positional[n - 1];
      return v === undefined ? { state: 'unknown', reason: `$${name} is not known` } : { state: 'set', value: v };
    }
    return env.positional.includes(undefined) ? { state: 'unknown', reason: `$${name} is not known` } : { state: 'unset' };
  }
  if (name === '#') {
    if (!env.positional || env.positional.includes(undefined)) return { state: 'unknown', reason: `$# is not known: ${POSITIONAL_UNKNOWN}` };
    return { state: 'set', value: String(env.positional.length) };
  }
  if (name === '?' || name === '$' || name === '!' || name === '-') return { state: 'unknown', reason: `$${name} is only known at run time` };
  // Bash: the file being run, inside its functions too (`exec gosu app "$BASH_SOURCE"`, the docker-library re-exec).
  if ((name === 'BASH_SOURCE' || name === 'BASH_SOURCE[0]') && !env.vars.has('BASH_SOURCE')) {
    const file = env.source ? env.source.path : env.zero;
    if (file !== undefined) return { state: 'set', value: file };
    if (env.source) return { state: 'unknown', reason: '$BASH_SOURCE (the file being read) is not known' };
  }
  if (name.includes('[')) return { state: 'unknown', reason: `\${${name}}: arrays are not evaluated` };
  if (env.unknown?.has(name)) return { state: 'unknown', reason: `$${name} has a value that cannot be known statically` };
  const v = env.vars.get(name);
  if (v !== undefined) return { state: 'set', value: v };
  if (env.unset?.has(name)) return { state: 'unset' };
  if (env.open !== undefined) return { state: 'unknown', reason: `$${name} is not set in the image or the script, and ${env.open} may set it` };
  return { state: 'absent' };
}

function notSet(name: string): Err {
  return err(`$${name} is not set in the image or the script`);
}

function expandParam(p: Extract<WordPart, { kind: 'param' }>, env: ExpandEnv): Seg[] | Err {
  const r = expandParamSegs(p, env);
  // A quoted expansion is always (part of) a field, even when it is empty: "${X:-}" is one empty argument.
  if (!isErr(r) && p.quoted && p.name !== '@' && !r.some((s) => !('brk' in s))) return [...r, { text: '', split: false }];
  return r;
}

function expandParamSegs(p: Extract<WordPart, { kind: 'param' }>, env: ExpandEnv): Seg[] | Err {
  const split = !p.quoted;
  const { name, op } = p;
  if (name === '@' || name === '*') {
    if (op !== undefined) return err(`\${${name}${op}...} is not evaluated`);
    if (!env.positional) return err(POSITIONAL_UNKNOWN);
    if (env.positional.includes(undefined)) return err(ARG_UNKNOWN);
    const args = env.positional as string[];
    if (p.length) return [{ text: String(args.length), split }];
    if (p.quoted && name === '*') return [{ text: args.join(' '), split: false }];
    const out: Seg[] = [];
    args.forEach((a, i) => {
      if (i > 0) out.push({ brk: true });
      out.push({ text: a, split });
    });
    return out;
  }
  const v = lookup(name, env);
  if (v.state === 'unknown') return err(v.reason);
  if (p.length) {
    if (op !== undefined) return err(`\${#${name}${op}...} is not valid`);
    if (v.state === 'absent') return notSet(name);
    return [{ text: String(v.state === 'set' ? [...v.value].length : 0), split }];
  }
  if (op === undefined) {
    if (v.state === 'absent') return notSet(name);
    return [{ text: v.state === 'set' ? v.value : '', split }];
  }
  const isSet = v.state === 'set';
  const nonEmpty = isSet && v.value !== '';
  const value = isSet ? v.value : '';
  const operand = (): Seg[] | Err => (p.operand ? expandParts(p.operand.parts, env, split, p.operand.raw) : []);
  const operandString = (): string | Err => {
    const segs = p.operand ? expandParts(p.operand.parts, env, false, p.operand.raw) : [];
    if (isErr(segs)) return segs;
    return segs.map((s) => ('brk' in s ? ' ' : s.text)).join('');
  };
  switch (op) {
    case ':-':
    case '-':
      return (op === ':-' ? nonEmpty : isSet) ? [{ text: value, split }] : operand();
    case ':=':
    case '=': {
      if (op === ':=' ? nonEmpty : isSet) return [{ text: value, split }];
      const d = operandString();
      if (isErr(d)) return d;
      env.vars.set(name, d);
      env.unset?.delete(name);
      env.onAssign?.(name, d);
      return [{ text: d, split }];
    }
    case ':?':
    case '?':
      if (op === ':?' ? nonEmpty : isSet) return [{ text: value, split }];
      return err(`$${name} is not set: \${${name}${op}...} stops the shell with an error`);
    case ':+':
    case '+':
      return (op === ':+' ? nonEmpty : isSet) ? operand() : [];
  }
  // The remaining operators transform the value, which must be known.
  if (v.state === 'absent') return notSet(name);
  const r = transform(value, op, p.operand, env);
  if (isErr(r)) return err(r.reason.replace('%s', `\${${name}${op}${p.operand?.raw ?? ''}}`));
  return [{ text: r, split }];
}

function transform(value: string, op: string, operand: ShellWord | undefined, env: ExpandEnv): string | Err {
  const unsupported = err('%s is not evaluated');
  switch (op) {
    case '#':
    case '##':
    case '%':
    case '%%': {
      const pat = operand ? compilePattern(operand.parts, env) : [];
      if (isErr(pat)) return pat;
      const n = value.length;
      if (op === '#') {
        for (let i = 0; i <= n; i++) if (matchTokens(pat, value.slice(0, i))) return value.slice(i);
      } else if (op === '##') {
        for (let i = n; i >= 0; i--) if (matchTokens(pat, value.slice(0, i))) return value.slice(i);
      } else if (op === '%') {
        for (let i = n; i >= 0; i--) if (matchTokens(pat, value.slice(i))) return value.slice(0, i);
      } else {
        for (let i = 0; i <= n; i++) if (matchTokens(pat, value.slice(i))) return value.slice(0, i);
      }
      return value;
    }
    case '/':
    case '//':
    case '/#':
    case '/%':
      return replace(value, op, operand, env);
    case ':': {
      const text = operand ? literalValue(operand) : undefined;
      if (text === undefined) return unsupported;
      const [offText, lenText] = text.split(':') as [string, string | undefined];
      const off = parseInteger(offText);
      const len = lenText === undefined ? undefined : parseInteger(lenText);
      if (off === undefined || (lenText !== undefined && len === undefined)) return unsupported;
      const n = value.length;
      const start = off < 0 ? Math.max(0, n + off) : Math.min(off, n);
      if (len === undefined) return value.slice(start);
      const end = len < 0 ? n + len : start + len;
      if (end < start) return err('%s: the length is before the offset');
      return value.slice(start, end);
    }
    case '^^':
    case '^':
    case ',,':
    case ',':
      if (operand && operand.raw !== '') return unsupported;
      if (op === '^^') return value.toUpperCase();
      if (op === ',,') return value.toLowerCase();
      if (op === '^') return value.slice(0, 1).toUpperCase() + value.slice(1);
      return value.slice(0, 1).toLowerCase() + value.slice(1);
    default:
      return unsupported;
  }
}

/** A decimal integer, optionally signed, as `test` and `${x:off:len}` read one; undefined for anything else. */
export function parseInteger(t: string): number | undefined {
  const s = t.trim();
  const digits = s[0] === '-' || s[0] === '+' ? s.slice(1) : s;
  if (!digits || ![...digits].every((c) => c >= '0' && c <= '9')) return undefined;
  return Number(s);
}

/** `${X/pat/rep}`: the operand holds `pat/rep`; split it at the first unquoted literal `/`. */
function replace(value: string, op: string, operand: ShellWord | undefined, env: ExpandEnv): string | Err {
  const patParts: WordPart[] = [];
  const repParts: WordPart[] = [];
  let inRep = false;
  for (const p of operand?.parts ?? []) {
    if (!inRep && p.kind === 'literal' && !p.quoted && p.value.includes('/')) {
      const i = p.value.indexOf('/');
      if (i > 0) patParts.push({ ...p, value: p.value.slice(0, i) });
      if (i + 1 < p.value.length) repParts.push({ ...p, value: p.value.slice(i + 1) });
      inRep = true;
    } else (inRep ? repParts : patParts).push(p);
  }
  const pat = compilePattern(patParts, env);
  if (isErr(pat)) return pat;
  const repSegs = expandParts(repParts, env, false, '');
  if (isErr(repSegs)) return repSegs;
  const rep = repSegs.map((s) => ('brk' in s ? ' ' : s.text)).join('');
  if (pat.length === 0) return value;
  const n = value.length;
  if (op === '/#') {
    for (let e = n; e >= 0; e--) if (matchTokens(pat, value.slice(0, e))) return rep + value.slice(e);
    return value;
  }
  if (op === '/%') {
    for (let s = 0; s <= n; s++) if (matchTokens(pat, value.slice(s))) return value.slice(0, s) + rep;
    return value;
  }
  let out = '';
  let i = 0;
  let replaced = false;
  while (i <= n) {
    let matchEnd = -1;
    if (!(replaced && op === '/')) {
      for (let e = n; e >= i; e--) {
        if (matchTokens(pat, value.slice(i, e))) {
          matchEnd = e;
          break;
        }
      }
    }
    if (matchEnd > i) {
      out += rep;
      i = matchEnd;
      replaced = true;
      continue;
    }
    if (i < n) out += value[i];
    i++;
  }
  return out;
}

// --- patterns (case, [[ == ]], ${X#pat}) ----------------------------------------------------------------------

type Tok =
  | { t: 'lit'; c: string }
  | { t: 'star' }
  | { t: 'any' }
  | { t: 'class'; neg: boolean; ranges: [string, string][]; named: string[] };

/** Whether `value` matches the shell pattern `pattern` (quoted parts match literally). */
export function matchPattern(
  pattern: ShellWord,
  value: string,
  env: ExpandEnv,
): { ok: true; match: boolean } | { ok: false; reason: string } {
  const toks = compilePattern(pattern.parts, env);
  if (isErr(toks)) return toks;
  return { ok: true, match: matchTokens(toks, value) };
}

function compilePattern(parts: WordPart[], env: ExpandEnv): Tok[] | Err {
  const out: Tok[] = [];
  for (const p of parts) {
    switch (p.kind) {
      case 'literal':
        for (const c of p.value.split('')) out.push({ t: 'lit', c });
        break;
      case 'glob':
        out.push(...parseGlob(p.text));
        break;
      case 'param': {
        const segs = expandParam(p, env);
        if (isErr(segs)) return segs;
        const text = segs.map((s) => ('brk' in s ? ' ' : s.text)).join('');
        // An unquoted expansion inside a pattern is itself a pattern.
        if (p.quoted) for (const c of text.split('')) out.push({ t: 'lit', c });
        else out.push(...parseGlob(text));
        break;
      }
      case 'tilde': {
        const segs = expandParts([p], env, false, '~');
        if (isErr(segs)) return segs;
        for (const s of segs) if (!('brk' in s)) for (const c of s.text.split('')) out.push({ t: 'lit', c });
        break;
      }
      case 'command-sub':
        return err(`${p.text} is a command substitution, not evaluated`);
      case 'arith':
        return err(`${p.text} is an arithmetic expansion, not evaluated`);
    }
  }
  return out;
}

function parseGlob(text: string): Tok[] {
  const out: Tok[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '*') out.push({ t: 'star' });
    else if (c === '?') out.push({ t: 'any' });
    else if (c === '\\' && i + 1 < text.length) out.push({ t: 'lit', c: text[++i]! });
    else if (c === '[') {
      const cls = parseClass(text, i);
      if (cls) {
        out.push(cls.tok);
        i = cls.end - 1;
      } else out.push({ t: 'lit', c });
    } else out.push({ t: 'lit', c });
  }
  return out;
}

function parseClass(text: string, start: number): { tok: Tok; end: number } | undefined {
  let i = start + 1;
  let neg = false;
  if (text[i] === '!' || text[i] === '^') {
    neg = true;
    i++;
  }
  const ranges: [string, string][] = [];
  const named: string[] = [];
  let first = true;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ']' && !first) return { tok: { t: 'class', neg, ranges, named }, end: i + 1 };
    first = false;
    if (c === '[' && text[i + 1] === ':') {
      const close = text.indexOf(':]', i + 2);
      if (close > 0) {
        named.push(text.slice(i + 2, close));
        i = close + 2;
        continue;
      }
    }
    let lo = c;
    if (c === '\\' && i + 1 < text.length) lo = text[++i]!;
    if (text[i + 1] === '-' && i + 2 < text.length && text[i + 2] !== ']') {
      ranges.push([lo, text[i + 2]!]);
      i += 3;
    } else {
      ranges.push([lo, lo]);
      i++;
    }
  }
  return undefined;
}

const NAMED_CLASSES: Record<string, (c: string) => boolean> = {
  alpha: (c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'),
  digit: (c) => c >= '0' && c <= '9',
  alnum: (c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'),
  upper: (c) => c >= 'A' && c <= 'Z',
  lower: (c) => c >= 'a' && c <= 'z',
  space: (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v',
  blank: (c) => c === ' ' || c === '\t',
  xdigit: (c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'),
  punct: (c) => c > ' ' && c < '\x7f' && !NAMED_CLASSES.alnum!(c),
};

function classHas(tok: Extract<Tok, { t: 'class' }>, c: string): boolean {
  const inside = tok.ranges.some(([lo, hi]) => c >= lo && c <= hi) || tok.named.some((n) => NAMED_CLASSES[n]?.(c) ?? false);
  return inside !== tok.neg;
}

function matchTokens(toks: Tok[], s: string): boolean {
  const memo = new Map<number, boolean>();
  const go = (ti: number, si: number): boolean => {
    const key = ti * (s.length + 1) + si;
    const cached = memo.get(key);
    if (cached !== undefined) return cached;
    let r: boolean;
    if (ti === toks.length) r = si === s.length;
    else {
      const t = toks[ti]!;
      if (t.t === 'star') r = go(ti + 1, si) || (si < s.length && go(ti, si + 1));
      else if (si >= s.length) r = false;
      else if (t.t === 'any') r = go(ti + 1, si + 1);
      else if (t.t === 'lit') r = t.c === s[si] && go(ti + 1, si + 1);
      else r = classHas(t, s[si]!) && go(ti + 1, si + 1);
    }
    memo.set(key, r);
    return r;
  };
  return go(0, 0);
}
