// Docker's own variable substitution, as BuildKit applies it to FROM, ENV, ARG, WORKDIR, COPY/ADD, USER ... (not to
// RUN and not to exec-form ENTRYPOINT/CMD, which the shell or nobody expands). A small scanner over one word:
//   $VAR  ${VAR}  ${VAR:-word} ${VAR-word}  ${VAR:+word} ${VAR+word}  ${VAR:?msg} ${VAR?msg}
//   ${VAR#pat} ${VAR##pat} ${VAR%pat} ${VAR%%pat} (pattern with `*` and `?`)
//   '...' (literal), "..." (expansion, escape only before `"`, `$`, escape), <escape>x (literal x).
// Quote removal follows Docker (moby/buildkit frontend/dockerfile/shell). Nothing here guesses: a variable whose
// value is not known makes the whole result unknown, with the variable's name.

export type DockerExpansion =
  | { ok: true; value: string }
  | { ok: false; reason: string; /** The variable whose value is not known, when that is the cause. */ variable?: string };

export interface DockerExpandOptions {
  /** The Dockerfile's escape character (`\` unless `# escape=` says otherwise). */
  escapeChar?: string;
  /**
   * Process quotes and escapes (default true). False for a value whose quotes were already removed. 'raw': escapes
   * only, quotes kept as written, and `$@`, `$1` ... (never in an image's environment) empty: how BuildKit expands
   * the body of an unquoted `COPY <<EOF` (its lexer with SkipProcessQuotes, moby/buildkit dockerfile2llb).
   */
  quotes?: boolean | 'raw';
  /**
   * How a name absent from `vars` is treated: 'unknown' (default; the base image may define it) or 'empty'
   * (Docker's behaviour when the name is defined nowhere).
   */
  absent?: 'unknown' | 'empty';
  /**
   * Put this text where a variable's value is not known instead of failing (to see which part of a word the unknown
   * value is in: `./build/${TARGETARCH}/server` still names a file `server`).
   */
  unknownAs?: string;
}

/**
 * Known variables: a string is the value; `undefined` means declared (e.g. `ARG X` without default and no build
 * arg given) but the value is not known.
 */
export type DockerVars = ReadonlyMap<string, string | undefined>;

class Unknown extends Error {
  constructor(
    readonly reason: string,
    readonly variable?: string,
  ) {
    super(reason);
  }
}

const SPECIAL = '@*#?-$!';

/** A character of a variable name (letters, digits, `_`), as in `$NAME`. */
export function isNameChar(c: string): boolean {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_';
}
function isDigit(c: string): boolean {
  return c >= '0' && c <= '9';
}

/** `*` and `?` glob over a whole string (for `${X#pat}` and friends). */
function globMatch(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let starP = -1;
  let starT = 0;
  while (t < text.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === text[t])) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === '*') {
      starP = p++;
      starT = t;
    } else if (starP >= 0) {
      p = starP + 1;
      t = ++starT;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

class Scanner {
  pos = 0;
  constructor(
    private readonly text: string,
    private readonly vars: DockerVars,
    private readonly escape: string,
    private readonly quotes: boolean | 'raw',
    private readonly absent: 'unknown' | 'empty',
    private readonly unknownAs: string | undefined,
  ) {}

  private peek(): string | undefined {
    return this.text[this.pos];
  }

  /** Reads until `stop` (not consumed) or the end. */
  word(stop?: string): string {
    let out = '';
    while (this.pos < this.text.length) {
      const c = this.text[this.pos]!;
      if (stop !== undefined && c === stop) break;
      if (c === '$') {
        this.pos++;
        out += this.dollar();
      } else if (this.quotes !== false && c === this.escape) {
        this.pos++;
        if (this.pos < this.text.length) out += this.text[this.pos++];
      } else if (this.quotes === true && c === "'") {
        this.pos++;
        const end = this.text.indexOf("'", this.pos);
        if (end < 0) throw new Unknown("unterminated single quote");
        out += this.text.slice(this.pos, end);
        this.pos = end + 1;
      } else if (this.quotes === true && c === '"') {
        this.pos++;
        out += this.doubleQuoted();
      } else {
        out += c;
        this.pos++;
      }
    }
    return out;
  }

  private doubleQuoted(): string {
    let out = '';
    for (;;) {
      if (this.pos >= this.text.length) throw new Unknown('unterminated double quote');
      const c = this.text[this.pos]!;
      if (c === '"') {
        this.pos++;
        return out;
      }
      if (c === '$') {
        this.pos++;
        out += this.dollar();
      } else if (c === this.escape) {
        const next = this.text[this.pos + 1];
        if (next === '"' || next === '$' || next === this.escape) {
          out += next;
          this.pos += 2;
        } else {
          out += c;
          this.pos++;
        }
      } else {
        out += c;
        this.pos++;
      }
    }
  }

  private name(): string {
    const first = this.peek();
    if (first === undefined) return '';
    if (isDigit(first)) {
      let n = '';
      while (this.pos < this.text.length && isDigit(this.text[this.pos]!)) n += this.text[this.pos++];
      return n;
    }
    if (SPECIAL.includes(first)) {
      this.pos++;
      return first;
    }
    let n = '';
    while (this.pos < this.text.length && isNameChar(this.text[this.pos]!)) n += this.text[this.pos++];
    return n;
  }

  /** The state of a variable: a value, or `null` when it is unset. Throws when it is not known. */
  private lookup(name: string): string | null {
    if (this.quotes === 'raw' && (SPECIAL.includes(name) || isDigit(name[0] ?? ''))) return null;
    if (this.vars.has(name)) {
      const v = this.vars.get(name);
      if (v === undefined) {
        if (this.unknownAs !== undefined) return this.unknownAs;
        throw new Unknown(`the value of ${name} is not known`, name);
      }
      return v;
    }
    if (this.absent === 'empty') return null;
    if (this.unknownAs !== undefined) return this.unknownAs;
    throw new Unknown(`${name} is not defined in the Dockerfile`, name);
  }

  /** After a `$`. */
  private dollar(): string {
    if (this.peek() !== '{') {
      const name = this.name();
      if (name === '') return '$';
      return this.lookup(name) ?? '';
    }
    this.pos++; // {
    const name = this.name();
    if (name === '') throw new Unknown('bad substitution');
    const c = this.peek();
    if (c === '}') {
      this.pos++;
      return this.lookup(name) ?? '';
    }
    if (c === undefined) throw new Unknown('missing } in substitution');
    let op = c;
    this.pos++;
    if (op === ':' || ((op === '#' || op === '%' || op === '/') && this.peek() === op)) {
      const second = this.peek();
      if (second === undefined) throw new Unknown('missing } in substitution');
      op += second;
      this.pos++;
    }
    const operandStart = this.pos;
    const operand = (): string => {
      this.pos = operandStart;
      const w = this.word('}');
      if (this.peek() !== '}') throw new Unknown('missing } in substitution');
      this.pos++;
      return w;
    };
    const skipOperand = (): void => {
      // Scan the operand without evaluating it (it may hold unknown variables that do not matter).
      let depth = 0;
      while (this.pos < this.text.length) {
        const d = this.text[this.pos]!;
        if (d === this.escape && this.quotes !== false) this.pos++;
        else if (d === '{') depth++;
        else if (d === '}') {
          if (depth === 0) break;
          depth--;
        }
        this.pos++;
      }
      if (this.peek() !== '}') throw new Unknown('missing } in substitution');
      this.pos++;
    };
    switch (op) {
      case ':-':
      case '-': {
        const v = this.lookup(name);
        const useDefault = v === null || (op === ':-' && v === '');
        if (useDefault) return operand();
        skipOperand();
        return v;
      }
      case ':+':
      case '+': {
        const v = this.lookup(name);
        // A value that is not known may be empty: the result is not known either (unknownAs).
        if (v === this.unknownAs && v !== undefined) {
          skipOperand();
          return v;
        }
        const set = v !== null && (op === '+' || v !== '');
        if (set) return operand();
        skipOperand();
        return '';
      }
      case ':?':
      case '?': {
        const v = this.lookup(name);
        if (v === null || (op === ':?' && v === '')) {
          const msg = operand();
          throw new Unknown(`${name}: ${msg || 'is not set'}`, name);
        }
        skipOperand();
        return v;
      }
      case '#':
      case '##':
      case '%':
      case '%%': {
        const v = this.lookup(name) ?? '';
        const pat = operand();
        return v === this.unknownAs ? v : trim(v, pat, op);
      }
      default:
        throw new Unknown(`unsupported substitution \${${name}${op}...}`, name);
    }
  }
}

function trim(value: string, pattern: string, op: string): string {
  if (op === '#' || op === '##') {
    const lengths = [...Array(value.length + 1).keys()];
    if (op === '##') lengths.reverse();
    for (const n of lengths) if (globMatch(pattern, value.slice(0, n))) return value.slice(n);
    return value;
  }
  const starts = [...Array(value.length + 1).keys()];
  if (op === '%') starts.reverse();
  for (const s of starts) if (globMatch(pattern, value.slice(s))) return value.slice(0, s);
  return value;
}

/** Expands one Dockerfile word (a FROM reference, a WORKDIR, a COPY source, an ENV value ...). */
export function expandDockerWord(text: string, vars: DockerVars, opts: DockerExpandOptions = {}): DockerExpansion {
  const s = new Scanner(text, vars, opts.escapeChar ?? '\\', opts.quotes ?? true, opts.absent ?? 'unknown', opts.unknownAs);
  try {
    return { ok: true, value: s.word() };
  } catch (e) {
    if (e instanceof Unknown) {
      return e.variable !== undefined ? { ok: false, reason: e.reason, variable: e.variable } : { ok: false, reason: e.reason };
    }
    return { ok: false, reason: String(e) };
  }
}
