// Compose interpolation: `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:?error}`, `${VAR?error}`,
// `${VAR:+other}`, `${VAR+other}` (nested in defaults), `$$` for a literal `$`, as compose-go's template package
// applies them to every value of a compose file.
//
// Where the variables come from: the shell running `docker compose`, then the project's `.env` file. The shell is
// not known statically, so the linter assumes it sets none of them: a variable is what `.env` says, and a variable
// `.env` does not set is unset (its default applies). A value that needs an unset variable without a default (Compose
// would substitute an empty string and warn), or a `.env` that exists but is not part of the repository
// (.gitignore'd), gives no value at all: nothing is built on a guess.

import type { Evidence, Range } from '../model/source.ts';
import type { Scalar } from '../model/workload.ts';
import { isNameChar as isVarNameChar } from '../infer/docker-vars.ts';

/** What `.env` says about a variable: its value and where it is written; undefined when unset. */
export type VarLookup = (name: string) => Scalar | undefined | 'unknown';

/** Where a piece of the result comes from. */
type Origin =
  /** Text of the template copied verbatim: [start, end) in the template. */
  | { kind: 'text'; start: number; end: number }
  /** A variable's value from `.env`. */
  | { kind: 'var'; name: string; scalar: Scalar }
  /** Anything else (`$$`): the result differs from what is written. */
  | { kind: 'other' };

interface Piece {
  value: string;
  origin: Origin;
}

export interface Interpolated {
  value?: string;
  /** Why there is no value. */
  reason?: string;
  pieces: Piece[];
  /** The variables used, and how (for evidence messages). */
  used: { name: string; how: string; scalar?: Scalar }[];
}

// Variable names as in a Dockerfile (letters, digits, `_`), not starting with a digit.
const isNameChar = (c: string | undefined): boolean => c !== undefined && isVarNameChar(c);
const isNameStart = (c: string | undefined): boolean => isNameChar(c) && !(c! >= '0' && c! <= '9');

class Failure {
  constructor(readonly reason: string) {}
}

/** Interpolates a compose value. Never throws. */
export function interpolate(text: string, lookup: VarLookup): Interpolated {
  const used: Interpolated['used'] = [];
  if (!text.includes('$')) return { value: text, pieces: [{ value: text, origin: { kind: 'text', start: 0, end: text.length } }], used };
  try {
    // At the top level a `}` is text: the template runs to the end.
    const { pieces } = template(text, 0, false, lookup, used);
    return { value: pieces.map((p) => p.value).join(''), pieces: merge(pieces), used };
  } catch (e) {
    if (e instanceof Failure) return { reason: e.reason, pieces: [], used };
    throw e;
  }
}

/** Adjacent verbatim pieces become one. */
function merge(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    if (p.value === '') continue;
    const last = out[out.length - 1];
    if (last && last.origin.kind === 'text' && p.origin.kind === 'text' && last.origin.end === p.origin.start) {
      out[out.length - 1] = { value: last.value + p.value, origin: { kind: 'text', start: last.origin.start, end: p.origin.end } };
    } else out.push(p);
  }
  return out;
}

/** Reads a template from `i` up to the end of the text, or (nested) up to its closing `}`. */
function template(text: string, i: number, nested: boolean, lookup: VarLookup, used: Interpolated['used']): { pieces: Piece[]; end: number } {
  const pieces: Piece[] = [];
  let litStart = i;
  const flush = (to: number): void => {
    if (to > litStart) pieces.push({ value: text.slice(litStart, to), origin: { kind: 'text', start: litStart, end: to } });
  };
  while (i < text.length) {
    const c = text[i];
    if (nested && c === '}') break;
    if (c !== '$') {
      i++;
      continue;
    }
    flush(i);
    const n = text[i + 1];
    if (n === '$') {
      pieces.push({ value: '$', origin: { kind: 'other' } });
      i += 2;
    } else if (isNameStart(n)) {
      let j = i + 1;
      while (isNameChar(text[j])) j++;
      pieces.push(...variable(text.slice(i + 1, j), undefined, lookup, used));
      i = j;
    } else if (n === '{') {
      let j = i + 2;
      if (!isNameStart(text[j])) throw new Failure(`"${text}" is not a valid interpolation (at "${text.slice(i, i + 8)}")`);
      while (isNameChar(text[j])) j++;
      const name = text.slice(i + 2, j);
      let op: string | undefined;
      for (const o of [':-', ':?', ':+', '-', '?', '+']) {
        if (text.startsWith(o, j)) {
          op = o;
          break;
        }
      }
      let arg: (() => Piece[]) | undefined;
      if (op !== undefined) {
        // Evaluated only when it is used: `${SET:-${UNSET}}` is fine.
        const from = j + op.length;
        arg = () => template(text, from, true, lookup, used).pieces;
        j = skipNested(text, from);
      }
      if (text[j] !== '}') throw new Failure(`"${text}" has an unclosed "\${"`);
      pieces.push(...variable(name, op !== undefined ? { op, arg: arg! } : undefined, lookup, used));
      i = j + 1;
    } else throw new Failure(`"${text}" is not a valid interpolation (a "$" not followed by a name, "{" or "$")`);
    litStart = i;
  }
  flush(i);
  return { pieces, end: i };
}

/** The end of a nested template starting at `i` (its closing `}`, or the end of the text), without evaluating it. */
function skipNested(text: string, i: number): number {
  let depth = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '$' && text[i + 1] === '$') i += 2;
    else if (c === '$' && text[i + 1] === '{') {
      depth++;
      i += 2;
    } else if (c === '}') {
      if (depth === 0) return i;
      depth--;
      i++;
    } else i++;
  }
  return i;
}

function variable(name: string, sub: { op: string; arg: () => Piece[] } | undefined, lookup: VarLookup, used: Interpolated['used']): Piece[] {
  const v = lookup(name);
  if (v === 'unknown') throw new Failure(`$${name} comes from a .env file that is not part of the repository`);
  if (v?.unknown) throw new Failure(`$${name} is set in ${v.range.file}:${v.range.line} from other variables`);
  const set = v !== undefined;
  const empty = !set || v.value === '';
  const own = (): Piece[] => {
    used.push({ name, how: `$${name} is "${v!.value}" (${v!.range.file}:${v!.range.line})`, scalar: v! });
    return [{ value: v!.value, origin: { kind: 'var', name, scalar: v! } }];
  };
  if (!sub) {
    if (!set) throw new Failure(`$${name} is not set in .env, so it would come from the shell running docker compose`);
    return own();
  }
  const { op, arg } = sub;
  if (op === ':-' || op === '-') {
    const useDefault = op === ':-' ? empty : !set;
    if (!useDefault) return own();
    used.push({ name, how: `$${name} is not set${set ? ` (empty in ${v!.range.file}:${v!.range.line})` : ' in .env'}, so the default applies` });
    return arg();
  }
  if (op === ':?' || op === '?') {
    const fails = op === ':?' ? empty : !set;
    if (fails) throw new Failure(`$${name} is not set, and Compose stops with an error unless the shell sets it`);
    return own();
  }
  // :+ and +: the other value when set.
  const useOther = op === ':+' ? !empty : set;
  used.push({ name, how: `$${name} is ${useOther ? 'set' : 'not set'}, so "\${${name}${op}…}" gives ${useOther ? 'the alternative' : 'nothing'}` });
  return useOther ? arg() : [];
}

/**
 * Where the interpolated value of a scalar is written, when one place writes all of it: the `.env` value, or the
 * default's text inside the compose value (mapped onto the file through `source`, the scalar's text as written).
 */
export function singleOrigin(r: Interpolated, scalar: Scalar, source: string | undefined, range: (start: number, end: number) => Range): { range: Range; edit: 'scalar' | 'raw' } | undefined {
  if (r.pieces.length !== 1) return undefined;
  const o = r.pieces[0]!.origin;
  if (o.kind === 'var') return o.scalar.via ? undefined : { range: o.scalar.range, edit: 'scalar' };
  if (o.kind !== 'text' || source === undefined) return undefined;
  // The scalar's text as written must be the template itself, plain or between quotes without escapes.
  let base: number;
  if (source === scalar.value) base = scalar.range.start;
  else if ((source[0] === '"' || source[0] === "'") && source.slice(1, -1) === scalar.value) base = scalar.range.start + 1;
  else return undefined;
  return { range: range(base + o.start, base + o.end), edit: 'raw' };
}

/** The evidence for an interpolated value: the compose value and every variable it used. */
export function interpolationEvidence(r: Interpolated, scalar: Scalar, primary?: Range): Evidence[] {
  const how = r.used.map((u) => u.how).join('; ');
  const out: Evidence[] = [{ range: scalar.range, message: `Compose interpolates "${scalar.value}"${how ? `: ${how}` : ''}` }];
  for (const u of r.used) {
    if (u.scalar && u.scalar.range !== primary) out.push({ range: u.scalar.range, message: `${u.name}=${u.scalar.value}` });
    // A variable `.env` itself interpolates (`TARGET=${BIN_DIR}/server`) brings its own steps.
    for (const e of u.scalar?.via?.evidence ?? []) out.push(e);
  }
  return out;
}
