// What an entrypoint script (or an `sh -c` string) finally runs.
//
// The script's statement tree (ShellScript.body, from src/parsers/shell.ts) is walked as a small abstract
// interpreter over the straight path: assignments and exports, `set --`, `shift`, `cd`, function calls, and the
// conditions it can decide (`[ ... ]` / `test` / `[[ ... ]]` string tests over known values, `case` on a known word,
// `true` / `false`). A condition it cannot decide splits the walk in two paths; when the paths disagree on what is
// finally run, the answer is 'unknown' and the reason lists the candidates. Paths on which the script starts no
// program at all (`exit 1` on bad input ...) are dropped when another path starts one.
//
// Supported `[` / `test` / `[[` operators: -n -z, one-argument tests, = == != < >, -eq -ne -lt -le -gt -ge, !, -a,
// -o, ( ), and in `[[ ]]` && || and pattern matching on the right of == / !=. File tests (-f -d -x ...), -v, =~ and
// anything over an unknown operand are undecidable.
// Loops run their body zero or one time (a `while true` loop never ends). `case` fallthrough (;& ;;&) is not
// followed. Sourced files (`.`, `source`) and `eval` are not followed.

import { MAX_SHELL_DEPTH, type ShellCommand, type ShellNode, type ShellScript, type ShellWord, type WordPart } from '../model/shell.ts';
import type { Evidence, Range } from '../model/source.ts';
import { expandArgv, expandWord, literalValue, matchPattern, parseInteger, type ExpandEnv } from './expand.ts';

export interface ScriptRun {
  /** 'exec': the shell process is replaced by argv (exe = argv[0] resolved);
   *  'child': the shell stays (PID 1 is the shell/interpreter) and starts argv as a foreground child;
   *  'unknown': could not tell (reason says why). */
  mode: 'exec' | 'child' | 'unknown';
  argv: (string | undefined)[];
  /** The command that runs it. */
  command?: ShellCommand;
  /** Evidence chain inside the script: `set -- ...` at line x, `exec "$@"` at line y, variable assignments used. */
  evidence: Evidence[];
  /** Variables exported/assigned on the straight path, visible to the started process. */
  env: Map<string, string>;
  reason?: string;
  /** Working directory of the started process, when the script changed it with `cd` (absent: no `cd`). */
  cwd?: string;
  /** True when a `cd` to a directory that cannot be known ran before the process started. */
  cwdUnknown?: boolean;
  /** Other programs the script leaves running in the background next to the one in argv. */
  others?: { argv: (string | undefined)[]; command: ShellCommand }[];
  /**
   * mode 'unknown' because the script starts different command lines on different paths (a condition it cannot
   * evaluate decides): one run per distinct command line. The caller may find they all end in the same program.
   */
  alternatives?: ScriptRun[];
}

export interface ScriptInput {
  /** The script's arguments ("$@": for an entrypoint, the image CMD); undefined when not known. */
  positional: string[] | undefined;
  /** Environment the script starts with (image ENV + container env). */
  env: Map<string, string>;
  /** How to name the script in messages, e.g. `docker-entrypoint.sh` or `the shell form of ENTRYPOINT`. */
  label: string;
  /** Working directory the script starts in (image WORKDIR): resolves a relative `cd`. */
  cwd?: string;
  /** `$0`: the path the script is started by (what the kernel was given). */
  zero?: string;
  /** Variables whose values are not known (set, to something): what a Helm action in a `sh -c` text became. */
  unknownEnv?: string[];
  /** The environment may hold variables the linter cannot see: what sets them (ExpandEnv.open). */
  envOpen?: string;
}

// ---------------------------------------------------------------------------------------------------------------

interface Proc {
  kind: 'exec' | 'run' | 'eval';
  argv: (string | undefined)[];
  unknown: string[];
  command: ShellCommand;
  env: Map<string, string>;
  cwd: string | undefined;
  cwdChanged: boolean;
  cwdUnknown: boolean;
  background: boolean;
  /** Evidence about this process: how its words got their values, the exec / run itself. */
  evidence: Evidence[];
}

type Flow = 'run' | 'exec' | 'exit' | 'return' | 'break' | 'continue' | 'stop';

/** A condition that could not be evaluated, and the value this path assumed for it. */
interface Decision {
  range: Range;
  /** The condition as written, e.g. `[ -f /x ]`, or `case "$1"` pattern `-*`. */
  text: string;
  why?: string;
  kind: 'condition' | 'pattern';
  assumed: boolean;
}

function decisionEvidence(d: Decision, withAssumption: boolean): Evidence {
  const why = d.why ? ` (${d.why})` : '';
  const assumed = d.kind === 'condition' ? `is ${d.assumed}` : d.assumed ? 'matches' : 'does not match';
  return { range: d.range, message: `${d.text} cannot be evaluated${why}${withAssumption ? `; this path assumes it ${assumed}` : ''}` };
}

interface St {
  vars: Map<string, string>;
  unknownVars: Set<string>;
  unset: Set<string>;
  exported: Set<string>;
  /** Names the script itself assigned (ScriptRun.env lists the exported ones). */
  assigned: Set<string>;
  allexport: boolean;
  positional: (string | undefined)[] | undefined;
  cwd: string | undefined;
  cwdChanged: boolean;
  cwdUnknown: boolean;
  funcs: Map<string, Extract<ShellNode, { kind: 'function' }>>;
  /** Where each variable the script set got its value. */
  origins: Map<string, Evidence>;
  evidence: Evidence[];
  /** Conditions that could not be decided and were assumed one way on this path. */
  decisions: Decision[];
  /** How many assumptions this path has made (decisions may merge or stop at a bound; this only grows). */
  assumptions: number;
  procs: Proc[];
  /** procs.length at the last `wait` (or keep-alive such as `sleep`) after background programs; -1: none. */
  waitAfter: number;
  waitEvidence?: Evidence;
  status: boolean | undefined;
  statusWhy?: string;
  /** The positional parameters are no longer the script's own arguments (`set --`, `shift`, inside a function). */
  positionalChanged: boolean;
  flow: Flow;
  /** `exit` with a literal status other than 0 (`echo "DB_URL is not set" >&2; exit 1`): the script gives up. */
  failed?: boolean;
  depth: number;
}

/** Above this many paths, paths that differ only in variable values are merged (those variables become unknown). */
const JOIN_PATHS = 8;
const MAX_PATHS = 64;
/** A `for` loop over more items than this runs zero or one time instead. */
export const MAX_ITEMS = 32;
/** Statements one analysis runs (loops, functions) before it stops. */
export const MAX_STEPS = 20000;
/**
 * A path keeps the first this many conditions it assumed (they become evidence): every fork copies them, so an
 * unbounded list made a script of many undecidable conditions quadratic, and a message with hundreds of assumptions
 * helps nobody.
 */
const MAX_DECISIONS = 32;
/** Functions calling functions: deeper than this is not followed. */
export const MAX_DEPTH = 16;
/**
 * Positional parameters beyond this many are not followed (they become unknown): `set -- "$@" "$@"` doubles them,
 * and 40 such lines made 2^40 words.
 */
export const MAX_ARGS = 256;
/** Characters of a variable's value the analysis keeps; a longer one is not known. */
export const MAX_VALUE = 65536;

/** The new positional parameters, or undefined (unknown) when there are too many to follow. */
function capArgs(args: (string | undefined)[]): (string | undefined)[] | undefined {
  return args.length > MAX_ARGS ? undefined : args;
}

class TooComplex extends Error {}

/** `left && right` / `left || right`. */
type ChainNode = Extract<ShellNode, { kind: 'and' | 'or' }>;

/** Builtins and helpers that are never the long-running program. */
const NOT_MAIN = new Set([
  'echo', 'printf', 'trap', 'umask', 'ulimit', 'alias', 'unalias', 'hash', 'type', 'shopt', 'enable', 'builtin',
  'caller', 'compgen', 'complete', 'dirs', 'disown', 'jobs', 'times', 'help', 'bind', 'history', 'fc', 'suspend',
  'logout', 'let', 'read', 'mapfile', 'readarray', 'getopts', 'sleep', 'wait', 'true', 'false', ':', 'test', '[', '[[',
]);

/** Pipeline stages that only filter another program's output. */
const FILTERS = new Set([
  'cat', 'tee', 'grep', 'egrep', 'fgrep', 'sed', 'awk', 'gawk', 'mawk', 'head', 'tail', 'sort', 'uniq', 'tr', 'cut',
  'logger', 'xargs', 'wc', 'jq', 'less', 'more', 'ts', 'rotatelogs', 'multilog', 'svlogd',
]);

/** Builtins whose exit status says something we cannot know. */
const UNKNOWN_STATUS = new Set(['type', 'hash', 'getopts', 'read', 'let', 'kill', 'jobs', 'mapfile', 'readarray']);

export function analyzeScript(
  script: ShellScript,
  input: ScriptInput,
): ScriptRun {
  if (script.tooDeep) {
    const at = script.tooDeep;
    return {
      mode: 'unknown',
      argv: [],
      evidence: [{ range: at, message: `nested more than ${MAX_SHELL_DEPTH} levels deep here` }],
      env: new Map(),
      reason: `${input.label} nests commands or words more than ${MAX_SHELL_DEPTH} levels deep (${at.file}:${at.line}); the linter does not follow it`,
    };
  }
  return new Analyzer(script, input).analyze();
}

class Analyzer {
  private steps = 0;

  constructor(
    private readonly script: ShellScript,
    private readonly input: ScriptInput,
  ) {}

  analyze(): ScriptRun {
    const st: St = {
      vars: new Map(this.input.env),
      unknownVars: new Set(this.input.unknownEnv),
      unset: new Set(),
      exported: new Set(this.input.env.keys()),
      assigned: new Set(),
      allexport: false,
      positional: this.input.positional ? [...this.input.positional] : undefined,
      cwd: this.input.cwd,
      cwdChanged: false,
      cwdUnknown: false,
      funcs: new Map(),
      origins: new Map(),
      evidence: [],
      decisions: [],
      assumptions: 0,
      procs: [],
      waitAfter: -1,
      status: true,
      positionalChanged: false,
      flow: 'run',
      depth: 0,
    };
    let finals: St[];
    try {
      finals = this.run(this.script.body ?? this.fallbackBody(), st);
    } catch (e) {
      if (!(e instanceof TooComplex)) throw e;
      return {
        mode: 'unknown',
        argv: [],
        evidence: [],
        env: new Map(),
        reason: `${this.input.label} has too many conditions that cannot be evaluated to follow every path`,
      };
    }
    return this.combine(finals);
  }

  /** Without a statement tree: the 'always' commands of the top level, in order. */
  private fallbackBody(): ShellNode[] {
    const out: ShellNode[] = [];
    this.script.commands.forEach((c, index) => {
      if (c.reach !== 'always' || c.inFunction !== undefined || c.subshell) return;
      const node: ShellNode = { kind: 'command', index, range: c.range };
      out.push(c.background ? { kind: 'background', body: node, range: c.range } : node);
    });
    return out;
  }

  // --- walking -----------------------------------------------------------------------------------------------

  private run(nodes: ShellNode[], st: St): St[] {
    let states = [st];
    for (const n of nodes) {
      const next: St[] = [];
      for (const s of states) {
        if (s.flow !== 'run') next.push(s);
        else next.push(...this.node(n, s));
      }
      states = settle(next);
    }
    return states;
  }

  /**
   * `a && b || c ...`: the parser nests a chain to the left (`(a && b) || c`), so it is walked from its first command
   * along the chain in a loop, not by recursion down the left side (a script of 3,000 `&&` ran out of stack).
   */
  private chain(n: ChainNode, st: St): St[] {
    const ops: ChainNode[] = [];
    let first: ShellNode = n;
    while (first.kind === 'and' || first.kind === 'or') {
      ops.push(first);
      first = first.left;
    }
    let states = this.run([first], st);
    for (let i = ops.length - 1; i >= 0; i--) {
      const op = ops[i]!;
      states = settle(states.flatMap((s) => {
        if (s.flow !== 'run') return [s];
        const runRight = op.kind === 'and' ? s.status : s.status === undefined ? undefined : !s.status;
        if (runRight === true) return this.node(op.right, s);
        if (runRight === false) return [s];
        // `a && b` runs b when a is true, `a || b` when a is false.
        const [t, f] = this.fork(s, op.left);
        return op.kind === 'and' ? [...this.node(op.right, t), f] : [t, ...this.node(op.right, f)];
      }));
    }
    return states;
  }

  private node(n: ShellNode, st: St): St[] {
    if (++this.steps > MAX_STEPS) throw new TooComplex();
    switch (n.kind) {
      case 'command': {
        const cmd = this.script.commands[n.index];
        return cmd ? this.command(cmd, st) : [st];
      }
      case 'and':
      case 'or':
        return this.chain(n, st);
      case 'not':
        return this.node(n.body, st).map((s) => {
          s.status = s.status === undefined ? undefined : !s.status;
          return s;
        });
      case 'group':
        return n.subshell ? this.subshell(n.body, st, false) : this.run(n.body, st);
      case 'background':
        return this.subshell([n.body], st, true);
      case 'pipeline':
        return this.pipeline(n, st);
      case 'if':
        return this.ifFrom(n, 0, st);
      case 'case':
        return this.caseStatement(n, st);
      case 'loop':
        return this.loop(n, st);
      case 'function':
        st.funcs.set(n.name, n);
        st.status = true;
        return [st];
    }
  }

  /** Two copies of a state at an undecidable condition: [assumed true, assumed false]. */
  private fork(s: St, cond: ShellNode | ShellNode[]): [St, St] {
    const d = { range: this.rangeOf(cond), text: this.conditionText(cond), kind: 'condition' as const, ...(s.statusWhy ? { why: s.statusWhy } : {}) };
    const a = clone(s);
    const b = clone(s);
    a.status = true;
    b.status = false;
    decide(a, { ...d, assumed: true });
    decide(b, { ...d, assumed: false });
    return [a, b];
  }

  private conditionText(cond: ShellNode | ShellNode[]): string {
    const nodes = Array.isArray(cond) ? cond : [cond];
    const last = nodes[nodes.length - 1];
    const words = last ? this.nodeWords(last) : undefined;
    return words ? `\`${words}\`` : 'the condition';
  }

  private nodeWords(n: ShellNode): string | undefined {
    if (n.kind === 'command') {
      const c = this.script.commands[n.index];
      return c ? c.words.map((w) => w.raw).join(' ') : undefined;
    }
    if (n.kind === 'not') {
      const inner = this.nodeWords(n.body);
      return inner === undefined ? undefined : `! ${inner}`;
    }
    if (n.kind === 'and' || n.kind === 'or') {
      const l = this.nodeWords(n.left);
      const r = this.nodeWords(n.right);
      return l === undefined || r === undefined ? undefined : `${l} ${n.kind === 'and' ? '&&' : '||'} ${r}`;
    }
    return undefined;
  }

  /**
   * The range of a statement, from the ranges of the commands inside it: callers may re-anchor command ranges
   * (a script parsed out of its file), never the statement tree's.
   */
  private rangeOf(nodes: ShellNode | ShellNode[]): Range {
    const list = Array.isArray(nodes) ? nodes : [nodes];
    const ranges: Range[] = [];
    const visit = (n: ShellNode): void => {
      switch (n.kind) {
        case 'command': {
          const c = this.script.commands[n.index];
          if (c) ranges.push(c.range);
          return;
        }
        case 'and':
        case 'or':
          visit(n.left);
          visit(n.right);
          return;
        case 'not':
        case 'background':
          visit(n.body);
          return;
        case 'pipeline':
          n.stages.forEach(visit);
          return;
        case 'group':
        case 'function':
          n.body.forEach(visit);
          return;
        case 'if':
          for (const c of n.clauses) {
            c.condition.forEach(visit);
            c.body.forEach(visit);
          }
          n.otherwise?.forEach(visit);
          return;
        case 'case':
          for (const i of n.items) i.body.forEach(visit);
          return;
        case 'loop':
          n.condition.forEach(visit);
          n.body.forEach(visit);
      }
    };
    list.forEach(visit);
    const first = ranges[0];
    const last = ranges[ranges.length - 1];
    if (!first || !last) return spanOf(list);
    if (last.file !== first.file || last.end < first.end) return first;
    return { ...first, endLine: last.endLine, endColumn: last.endColumn, end: last.end };
  }

  private decided(st: St, cond: ShellNode[], value: boolean): void {
    const text = this.conditionText(cond);
    if (text === 'the condition') return;
    st.evidence.push({ range: this.rangeOf(cond), message: `${text} is ${value ? 'true' : 'false'} here` });
  }

  private ifFrom(n: Extract<ShellNode, { kind: 'if' }>, i: number, st: St): St[] {
    if (i >= n.clauses.length) {
      if (n.otherwise) return this.run(n.otherwise, st);
      st.status = true;
      return [st];
    }
    const clause = n.clauses[i]!;
    const before = st.assumptions;
    return this.run(clause.condition, st).flatMap((s) => {
      if (s.flow !== 'run') return [s];
      // A value this path reached by assuming part of the condition (`[ "$IP" = 0.0.0.0 ] || …` with $IP not known)
      // is not said to be what the condition is: the assumption says it.
      const known = s.assumptions === before;
      if (s.status === true) {
        if (known) this.decided(s, clause.condition, true);
        return this.run(clause.body, s);
      }
      if (s.status === false) {
        if (known) this.decided(s, clause.condition, false);
        return this.ifFrom(n, i + 1, s);
      }
      const [a, b] = this.fork(s, clause.condition);
      return [...this.run(clause.body, a), ...this.ifFrom(n, i + 1, b)];
    });
  }

  private caseStatement(n: Extract<ShellNode, { kind: 'case' }>, st: St): St[] {
    const value = expandWord(n.word, this.env(st));
    const out: St[] = [];
    let rest: St[] = [st];
    for (const item of n.items) {
      const next: St[] = [];
      for (const s of rest) {
        let verdict: boolean | undefined = false;
        let why = value.ok ? undefined : value.reason;
        if (value.ok) {
          for (const pat of item.patterns) {
            const m = matchPattern(pat, value.value, this.env(s));
            if (!m.ok) {
              verdict = undefined;
              why = m.reason;
            } else if (m.match) {
              verdict = true;
              break;
            }
          }
        } else verdict = undefined;
        const label = `\`case ${n.word.raw}\` pattern \`${item.patterns.map((p) => p.raw).join('|')}\``;
        const itemRange = item.body.length > 0 ? this.rangeOf(item.body) : this.rangeOf(n);
        if (verdict === true) {
          s.evidence.push({ range: itemRange, message: `${label} matches ${JSON.stringify(value.ok ? value.value : '')}` });
          out.push(...this.run(item.body, s));
        } else if (verdict === false) next.push(s);
        else {
          const a = clone(s);
          const d = { range: itemRange, text: label, kind: 'pattern' as const, ...(why ? { why } : {}) };
          decide(a, { ...d, assumed: true });
          decide(s, { ...d, assumed: false });
          out.push(...this.run(item.body, a));
          next.push(s);
        }
      }
      rest = next;
    }
    for (const s of rest) s.status = true;
    return [...out, ...rest];
  }

  private loop(n: Extract<ShellNode, { kind: 'loop' }>, st: St): St[] {
    const afterBody = (s: St, forever: boolean): St[] =>
      this.run(n.body, s).map((r) => {
        if (r.flow === 'break') r.flow = 'run';
        else if (r.flow === 'continue' || r.flow === 'run') r.flow = forever ? 'stop' : 'run';
        return r;
      });
    if (n.loop === 'for') return this.forLoop(n, st, afterBody);
    // A condition known to hold runs the body and is asked again (`while [ $# -gt 0 ]; do …; shift; done` ends when
    // the arguments do), up to MAX_ITEMS rounds: a loop still going then is endless (`while true`). A condition not
    // known runs the body once or not at all, as before.
    const cond = this.conditionText(n.condition);
    if (cond === '`true`' || cond === '`:`') {
      // `while true` / `while :`: endless whatever the body does (a restart loop, a keep-alive).
      return this.run(n.condition, st).flatMap((s) => (s.flow !== 'run' ? [s] : n.loop === 'until' ? [{ ...s, status: true }] : afterBody(s, true)));
    }
    const done: St[] = [];
    let pending = [st];
    for (let round = 0; round < MAX_ITEMS && pending.length > 0; round++) {
      const steps = this.steps;
      try {
        pending = this.loopRound(n, pending, done, afterBody);
      } catch (e) {
        // A later round the linter cannot follow (too many paths or steps): the loop ends there, as one whose
        // condition is not known does. The first round is the statement itself: too complex is too complex.
        if (round === 0 || !(e instanceof TooComplex)) throw e;
        this.steps = steps;
        done.push(...pending);
        pending = [];
      }
    }
    for (const s of pending) s.flow = 'stop';
    return [...done, ...pending];
  }

  /** One round of a while / until loop: the states that go round again; those that leave it are added to `done`. */
  private loopRound(n: Extract<ShellNode, { kind: 'loop' }>, pending: St[], done: St[], afterBody: (s: St, forever: boolean) => St[]): St[] {
    const next: St[] = [];
    for (const s of pending.flatMap((p) => this.run(n.condition, p))) {
      if (s.flow !== 'run') {
        done.push(s);
        continue;
      }
      const status = n.loop === 'until' && s.status !== undefined ? !s.status : s.status;
      if (status === false) {
        s.status = true;
        done.push(s);
      } else if (status === true) {
        for (const r of this.run(n.body, s)) {
          if (r.flow === 'break') r.flow = 'run';
          else if (r.flow === 'continue' || r.flow === 'run') {
            r.flow = 'run';
            next.push(r);
            continue;
          }
          done.push(r);
        }
      } else {
        const [a, b] = this.fork(s, n.condition);
        b.status = true;
        done.push(...afterBody(a, false), b);
      }
    }
    // Too many paths to follow round by round: they leave the loop at some point, as an unknown condition's do.
    if (next.length + done.length > MAX_PATHS) {
      done.push(...next);
      return [];
    }
    return next;
  }

  /** A `for` loop over known items runs its body for each; otherwise zero or one time with the variable unknown. */
  private forLoop(n: Extract<ShellNode, { kind: 'loop' }>, st: St, afterBody: (s: St, forever: boolean) => St[]): St[] {
    const origin = (value: string | undefined): Evidence => ({
      range: this.rangeOf(n),
      message: value === undefined ? `the loop variable ${n.variable} cannot be known` : `the loop sets ${n.variable}=${JSON.stringify(value)}`,
    });
    let items: (string | undefined)[] | undefined;
    if (n.variable !== undefined) {
      items = n.items ? expandArgv(n.items, this.env(st)).argv : st.positional;
      if (items && (items.includes(undefined) || items.length > MAX_ITEMS)) items = undefined;
    }
    if (items === undefined) {
      const skip = clone(st);
      skip.status = true;
      if (n.variable !== undefined) this.setVar(st, n.variable, undefined, origin(undefined), false);
      return [...afterBody(st, false), skip];
    }
    let states = [st];
    for (const item of items as string[]) {
      states = states.flatMap((s) => {
        if (s.flow !== 'run') return [s];
        this.setVar(s, n.variable!, item, origin(item), false);
        return this.run(n.body, s).map((r) => {
          if (r.flow === 'continue') r.flow = 'run';
          return r;
        });
      });
    }
    for (const s of states) {
      if (s.flow === 'break') s.flow = 'run';
      if (s.flow === 'run' && items.length === 0) s.status = true;
    }
    return states;
  }

  /** Runs `body` in a subshell (`( ... )`, a pipeline stage, `&`): only the programs it starts come back. */
  private subshell(body: ShellNode[], st: St, background: boolean): St[] {
    const sub = clone(st);
    sub.procs = [];
    sub.waitAfter = -1;
    return this.run(body, sub).map((r) => {
      const out = clone(st);
      out.evidence = r.evidence;
      out.decisions = r.decisions;
      for (const p of r.procs) {
        out.procs.push({ ...p, kind: p.kind === 'exec' ? 'run' : p.kind, background: background || p.background });
      }
      out.status = background ? true : r.status;
      out.statusWhy = r.statusWhy;
      return out;
    });
  }

  private pipeline(n: Extract<ShellNode, { kind: 'pipeline' }>, st: St): St[] {
    if (n.stages.length === 1) return this.node(n.stages[0]!, st);
    const base = st.procs.length;
    let states = [st];
    for (const stage of n.stages) states = states.flatMap((s) => this.subshell([stage], s, false));
    for (const s of states) {
      // The stage that is the program (not a filter of its output) is the one the shell waits on in the end.
      const added = s.procs.slice(base);
      const main = added.find((p) => !FILTERS.has(basename(p.argv[0] ?? ''))) ?? added[added.length - 1];
      if (main) s.procs = [...s.procs.slice(0, base), ...added.filter((p) => p !== main), main];
    }
    return states;
  }

  // --- commands ----------------------------------------------------------------------------------------------

  private env(st: St, onAssign?: (name: string, value: string) => void): ExpandEnv {
    return {
      vars: st.vars,
      positional: st.positional,
      ...(this.input.zero !== undefined ? { zero: this.input.zero } : {}),
      ...(this.input.envOpen !== undefined ? { open: this.input.envOpen } : {}),
      unknown: st.unknownVars,
      unset: st.unset,
      onAssign: (name, value) => {
        st.assigned.add(name);
        if (st.allexport) st.exported.add(name);
        onAssign?.(name, value);
      },
    };
  }

  private setVar(st: St, name: string, value: string | undefined, origin: Evidence, exportIt: boolean): void {
    st.assigned.add(name);
    st.unset.delete(name);
    // A value that grows round by round (`X="$X$X"` in a loop) is not followed past MAX_VALUE characters.
    if (value === undefined || value.length > MAX_VALUE) {
      st.vars.delete(name);
      st.unknownVars.add(name);
    } else {
      st.vars.set(name, value);
      st.unknownVars.delete(name);
    }
    st.origins.set(name, origin);
    if (exportIt || st.allexport) st.exported.add(name);
  }

  private assign(st: St, cmd: ShellCommand, exportIt: boolean): void {
    for (const a of cmd.assignments) {
      if (!a.value) {
        if (exportIt) st.exported.add(a.name);
        continue;
      }
      const env = this.env(st, (name, value) => {
        st.origins.set(name, { range: a.range, message: `${name} defaults to ${JSON.stringify(value)} here` });
      });
      const v = expandWord(a.value, env);
      const message = v.ok
        ? `${a.name}=${JSON.stringify(v.value)} is set here${exportIt ? ' (exported)' : ''}`
        : `${a.name} is set here to a value that cannot be known (${v.reason})`;
      this.setVar(st, a.name, v.ok ? v.value : undefined, { range: a.range, message }, exportIt);
    }
  }

  private command(cmd: ShellCommand, st: St): St[] {
    st.statusWhy = undefined;
    if (cmd.words.length === 0) {
      this.assign(st, cmd, false);
      st.status = true;
      return [st];
    }
    const origins: Evidence[] = [];
    const env = this.env(st, (name, value) => {
      const ev = { range: cmd.range, message: `${name} defaults to ${JSON.stringify(value)} here` };
      st.origins.set(name, ev);
      origins.push(ev);
    });
    const name = literalValue(cmd.words[0]!) ?? (() => {
      const r = expandWord(cmd.words[0]!, env);
      return r.ok ? r.value : undefined;
    })();

    // Declaration builtins: their operands are in cmd.assignments.
    if (name === 'export' || name === 'readonly' || name === 'local' || name === 'declare' || name === 'typeset') {
      const flags = expandArgv(cmd.words.slice(1), env).argv;
      const exportIt = name === 'export' || flags.some((f) => f !== undefined && f.startsWith('-') && f.includes('x'));
      this.assign(st, cmd, exportIt);
      st.status = true;
      return [st];
    }
    if (name !== undefined && st.funcs.has(name) && literalValue(cmd.words[0]!) !== undefined) {
      return this.call(name, cmd, st);
    }
    if (name === '[' || name === 'test' || name === '[[') {
      const r = name === '[[' ? this.evalDouble(cmd.words.slice(1, -1), st) : this.evalSingle(cmd, st);
      st.status = r.value;
      st.statusWhy = r.why;
      return [st];
    }

    const { argv, unknown } = expandArgv(cmd.words, env);
    const args = argv.slice(1);
    switch (name) {
      case ':':
      case 'true':
        st.status = true;
        return [st];
      case 'false':
        st.status = false;
        return [st];
      case 'exec':
        return this.exec(cmd, st, args, unknown, origins);
      case 'set':
        this.set(cmd, st, args);
        return [st];
      case 'shift': {
        const n = args[0] === undefined && args.length > 0 ? undefined : Number(args[0] ?? '1');
        if (n === undefined || !Number.isInteger(n)) st.positional = undefined;
        else if (st.positional) {
          if (n <= st.positional.length) st.positional = st.positional.slice(n);
          else if (!st.positional.includes(undefined)) {
            st.status = false;
            return [st];
          } else st.positional = undefined;
        }
        st.positionalChanged = true;
        st.evidence.push({ range: cmd.range, message: `\`${cmd.words.map((w) => w.raw).join(' ')}\` drops ${n === 1 ? 'the first argument' : 'arguments'}` });
        st.status = true;
        return [st];
      }
      case 'cd':
      case 'pushd':
      case 'popd':
        this.cd(cmd, st, name, args);
        return [st];
      case 'unset': {
        const fn = args.includes('-f');
        for (const a of args) {
          if (a === undefined || a.startsWith('-')) continue;
          if (fn) st.funcs.delete(a);
          else {
            st.vars.delete(a);
            st.unknownVars.delete(a);
            st.unset.add(a);
          }
        }
        st.status = true;
        return [st];
      }
      case '.':
      case 'source':
        st.evidence.push({ range: cmd.range, message: `\`${cmd.words.map((w) => w.raw).join(' ')}\` reads another file, which is not followed` });
        st.status = true;
        return [st];
      case 'exit': {
        st.flow = 'exit';
        const code = args[0];
        if (code !== undefined && code !== '0' && code.length > 0 && [...code].every((c) => c >= '0' && c <= '9')) st.failed = true;
        return [st];
      }
      case 'return': {
        st.flow = 'return';
        const code = args[0];
        if (args.length > 0) st.status = code === undefined ? undefined : code === '0';
        return [st];
      }
      case 'break':
      case 'continue':
        st.flow = name;
        return [st];
      case 'wait':
        if (st.procs.some((p) => p.background)) {
          st.waitAfter = st.procs.length;
          st.waitEvidence = { range: cmd.range, message: `\`${cmd.words.map((w) => w.raw).join(' ')}\` waits for the background program: the shell stays PID 1` };
        }
        st.status = true;
        return [st];
      case 'sleep':
        if (st.procs.some((p) => p.background)) {
          st.waitAfter = st.procs.length;
          st.waitEvidence = { range: cmd.range, message: `\`${cmd.words.map((w) => w.raw).join(' ')}\` keeps the shell alive while the background program runs` };
        }
        st.status = true;
        return [st];
      case 'command':
        if (args[0] === '-v' || args[0] === '-V') {
          st.status = undefined;
          st.statusWhy = 'whether a program is installed is not known';
          return [st];
        }
        break;
      case 'read':
        for (const a of args) if (a !== undefined && !a.startsWith('-')) this.setVar(st, a, undefined, { range: cmd.range, message: `${a} is read at run time` }, false);
        break;
      case 'eval':
        this.start(cmd, st, 'eval', args, unknown, origins);
        return [st];
    }
    if (name === 'tail' && args.some((a) => a === '-f' || a === '-F') && st.procs.some((p) => p.background)) {
      st.waitAfter = st.procs.length;
      st.waitEvidence = { range: cmd.range, message: `\`${cmd.words.map((w) => w.raw).join(' ')}\` keeps the shell alive while the background program runs` };
      st.status = true;
      return [st];
    }
    if (name !== undefined && NOT_MAIN.has(name)) {
      st.status = UNKNOWN_STATUS.has(name) ? undefined : true;
      if (st.status === undefined) st.statusWhy = `the result of \`${name}\` is only known at run time`;
      return [st];
    }
    // `command prog args` runs prog.
    const runArgv = name === 'command' ? args.filter((_, i) => i > 0 || !(args[0] ?? '').startsWith('-')) : argv;
    this.start(cmd, st, 'run', runArgv, unknown, origins);
    return [st];
  }

  private start(
    cmd: ShellCommand,
    st: St,
    kind: Proc['kind'],
    argv: (string | undefined)[],
    unknown: string[],
    origins: Evidence[],
  ): Proc {
    const env = new Map<string, string>();
    for (const n of st.assigned) {
      const v = st.vars.get(n);
      if (v !== undefined && st.exported.has(n)) env.set(n, v);
    }
    for (const a of cmd.assignments) {
      if (!a.value) continue;
      const v = expandWord(a.value, this.env(st));
      if (v.ok) env.set(a.name, v.value);
    }
    const evidence = [...origins];
    const names = paramNames(cmd.words);
    for (const name of names) {
      const o = st.origins.get(name);
      if (o && !evidence.includes(o)) evidence.push(o);
    }
    if (!st.positionalChanged && names.some((n) => n === '@' || n === '*' || (n >= '1' && n <= '9'))) {
      evidence.push({
        range: cmd.range,
        message: st.positional
          ? `the script's arguments ("$@") are: ${formatArgv(st.positional)}`
          : `the script's arguments ("$@") are not known`,
      });
    }
    const proc: Proc = {
      kind,
      argv,
      unknown,
      command: cmd,
      env,
      cwd: st.cwd,
      cwdChanged: st.cwdChanged,
      cwdUnknown: st.cwdUnknown,
      background: false,
      evidence,
    };
    // A foreground program started before this one has ended by now: it can no longer be the program the script
    // leaves running. Forgotten, so that paths differing only in such commands (`[ -d $d ] || mkdir $d` in a loop
    // over five directories made 32 paths) are one path again.
    if (st.procs.some((p) => !p.background)) {
      const wait = st.waitAfter;
      let before = 0;
      st.procs = st.procs.filter((p, i) => {
        if (p.background) return true;
        if (i < wait) before++;
        return false;
      });
      if (wait >= 0) st.waitAfter = wait - before;
    }
    st.procs.push(proc);
    st.status = true;
    return proc;
  }

  private exec(cmd: ShellCommand, st: St, args: (string | undefined)[], unknown: string[], origins: Evidence[]): St[] {
    let i = 0;
    while (i < args.length) {
      const a = args[i];
      if (a === '--') {
        i++;
        break;
      }
      if (a === undefined || !a.startsWith('-') || a === '-') break;
      i += a === '-a' ? 2 : 1;
    }
    const rest = args.slice(i);
    if (rest.length === 0) {
      // `exec >log 2>&1`, or `exec "$@"` with no arguments: the shell goes on.
      st.status = true;
      return [st];
    }
    const prog = basename(rest[0] ?? '');
    if (st.procs.some((p) => p.background) && (prog === 'sleep' || (prog === 'tail' && rest.some((a) => a === '-f' || a === '-F')))) {
      // `exec tail -f /dev/null` / `exec sleep infinity` after `prog &`: only keeps the container alive.
      st.waitAfter = st.procs.length;
      st.waitEvidence = { range: cmd.range, message: `\`${cmd.words.map((w) => w.raw).join(' ')}\` keeps the container alive while the background program runs` };
      st.flow = 'stop';
      return [st];
    }
    this.start(cmd, st, 'exec', rest, unknown, origins);
    st.flow = 'exec';
    return [st];
  }

  private set(cmd: ShellCommand, st: St, args: (string | undefined)[]): void {
    st.status = true;
    let i = 0;
    let newArgs: (string | undefined)[] | undefined;
    while (i < args.length) {
      const a = args[i];
      if (a === '--') {
        newArgs = args.slice(i + 1);
        break;
      }
      if (a === undefined) {
        // An unknown word: either an option or the new arguments.
        st.positional = undefined;
        return;
      }
      if ((a.startsWith('-') || a.startsWith('+')) && a.length > 1) {
        const letters = a.slice(1);
        if (letters.includes('a')) st.allexport = a.startsWith('-');
        // `-o name` / `-eo pipefail`: the option name is the next word.
        if (letters.includes('o')) {
          if (args[i + 1] === 'allexport') st.allexport = a.startsWith('-');
          i++;
        }
        i++;
        continue;
      }
      newArgs = args.slice(i);
      break;
    }
    if (newArgs === undefined) return;
    st.positional = capArgs(newArgs);
    st.positionalChanged = true;
    st.evidence.push({
      range: cmd.range,
      message: `\`${cmd.words.map((w) => w.raw).join(' ')}\` sets the script's arguments to: ${st.positional ? formatArgv(newArgs) : `${newArgs.length} words, more than the ${MAX_ARGS} the linter follows`}`,
    });
  }

  private cd(cmd: ShellCommand, st: St, name: string, args: (string | undefined)[]): void {
    st.status = true;
    const operands = args.filter((a) => a === undefined || !a.startsWith('-') || a === '-');
    let target: string | undefined;
    let why = '';
    if (name === 'popd') why = 'popd returns to a directory kept at run time';
    else if (operands.length === 0) {
      target = st.vars.get('HOME');
      if (target === undefined) why = '$HOME is not known';
    } else {
      const t = operands[0];
      if (t === undefined) why = 'its argument is not known';
      else if (t === '-') why = '`cd -` returns to a directory kept at run time';
      else if (t.startsWith('/')) target = normalizePath(t);
      else if (st.cwd !== undefined && !st.cwdUnknown) target = normalizePath(`${st.cwd}/${t}`);
      else why = 'the directory it starts from is not known';
    }
    st.cwdChanged = true;
    if (target === undefined) {
      st.cwd = undefined;
      st.cwdUnknown = true;
      st.evidence.push({ range: cmd.range, message: `\`${cmd.words.map((w) => w.raw).join(' ')}\` changes to a directory that cannot be known (${why})` });
    } else {
      st.cwd = target;
      st.cwdUnknown = false;
      st.evidence.push({ range: cmd.range, message: `\`${cmd.words.map((w) => w.raw).join(' ')}\` changes the working directory to ${target}` });
    }
  }

  private call(name: string, cmd: ShellCommand, st: St): St[] {
    const fn = st.funcs.get(name)!;
    if (st.depth >= MAX_DEPTH) {
      st.status = undefined;
      st.statusWhy = `${name} calls itself too deeply to follow`;
      return [st];
    }
    const { argv } = expandArgv(cmd.words, this.env(st));
    const saved = st.positional;
    const savedChanged = st.positionalChanged;
    st.positional = capArgs(argv.slice(1));
    st.positionalChanged = true;
    st.depth++;
    st.evidence.push({ range: cmd.range, message: `calls the function ${name}` });
    return this.run(fn.body, st).map((r) => {
      r.positional = saved;
      r.positionalChanged = savedChanged;
      r.depth--;
      if (r.flow === 'return') r.flow = 'run';
      return r;
    });
  }

  // --- tests -------------------------------------------------------------------------------------------------

  private evalSingle(cmd: ShellCommand, st: St): { value: boolean | undefined; why?: string } {
    const words = cmd.words.slice(1);
    const name = literalValue(cmd.words[0]!);
    if (name === '[') {
      const last = words[words.length - 1];
      if (!last || literalValue(last) !== ']') return { value: undefined, why: '`[` without a closing `]`' };
      words.pop();
    }
    const { argv, unknown } = expandArgv(words, this.env(st));
    const r = evalTestArgs(argv.map((a) => (a === undefined ? UNKNOWN : a)));
    if (r === undefined) return { value: undefined, why: unknown[0] ?? testWhy(argv) };
    return { value: r };
  }

  private evalDouble(words: ShellWord[], st: St): { value: boolean | undefined; why?: string } {
    const env = this.env(st);
    let why: string | undefined;
    const toks = words.map((w) => ({ word: w, op: w.parts.length === 1 && w.parts[0]!.kind === 'literal' && !w.parts[0]!.quoted ? w.parts[0]!.value : undefined }));
    let i = 0;
    const val = (w: ShellWord): string | typeof UNKNOWN => {
      const r = expandWord(w, env);
      if (!r.ok) {
        why ??= r.reason;
        return UNKNOWN;
      }
      return r.value;
    };
    const or = (): Tri => {
      let v = and();
      while (toks[i]?.op === '||') {
        i++;
        v = triOr(v, and());
      }
      return v;
    };
    const and = (): Tri => {
      let v = unary();
      while (toks[i]?.op === '&&') {
        i++;
        v = triAnd(v, unary());
      }
      return v;
    };
    const unary = (): Tri => {
      const t = toks[i];
      if (!t) return undefined;
      if (t.op === '!') {
        i++;
        return triNot(unary());
      }
      if (t.op === '(') {
        i++;
        const v = or();
        if (toks[i]?.op === ')') i++;
        return v;
      }
      const next = toks[i + 1];
      if (next?.op !== undefined && BINARY.has(next.op) && toks[i + 2]) {
        const left = val(t.word);
        const right = toks[i + 2]!.word;
        i += 3;
        if (next.op === '=~') {
          why ??= '=~ (regular expressions) is not evaluated';
          return undefined;
        }
        if (next.op === '==' || next.op === '=' || next.op === '!=') {
          if (left === UNKNOWN) return undefined;
          const m = matchPattern(right, left, env);
          if (!m.ok) {
            why ??= m.reason;
            return undefined;
          }
          return next.op === '!=' ? !m.match : m.match;
        }
        const r = val(right);
        return binaryTest(left, next.op, r, (w) => (why ??= w));
      }
      if (t.op !== undefined && UNARY.has(t.op) && toks[i + 1]) {
        const operand = val(toks[i + 1]!.word);
        i += 2;
        return unaryTest(t.op, operand, (w) => (why ??= w));
      }
      i++;
      const v = val(t.word);
      return v === UNKNOWN ? undefined : v !== '';
    };
    const v = or();
    if (i < toks.length) return { value: undefined, why: why ?? 'the test expression is not understood' };
    return v === undefined ? { value: undefined, why } : { value: v };
  }

  // --- outcome -----------------------------------------------------------------------------------------------

  private outcome(s: St): Outcome {
    const procs = s.procs;
    let main: Proc | undefined;
    // A loop run round by round says the same things each round: once is enough.
    const said = new Set<string>();
    const evidence: Evidence[] = s.evidence.filter((e) => {
      const key = `${e.range.file}:${e.range.start}:${e.message}`;
      if (said.has(key)) return false;
      said.add(key);
      return true;
    });
    // A path that gives up (`exit 1`) ends the container: what it ran before (`mkdir`, `cat` of a usage text) is no
    // program that keeps running. Unless it waited for programs it started in the background first (`/main/api &`,
    // `wait -n`, `exit 1`: the container ends when one of them does), or ran a program of its own in the foreground.
    const waited = procs.some((p, i) => p.background && i < s.waitAfter);
    const lastFg = [...procs].reverse().find((p) => !p.background);
    const ownProgram = lastFg?.argv[0] !== undefined && !EXIT_PATH_UTILITIES.has(basename(lastFg.argv[0]));
    if (s.flow === 'exit' && s.failed && !waited && !ownProgram) return { started: false, evidence, decisions: s.decisions, exited: true };
    if (s.flow === 'exec') main = procs[procs.length - 1];
    else {
      let lastFg = -1;
      procs.forEach((p, i) => {
        if (!p.background) lastFg = i;
      });
      let lastBgWaited = -1;
      procs.forEach((p, i) => {
        if (p.background && i < s.waitAfter) lastBgWaited = i;
      });
      if (lastBgWaited >= 0 && lastFg < s.waitAfter) {
        main = procs[lastBgWaited];
      } else if (lastFg >= 0) main = procs[lastFg];
      else {
        for (let i = procs.length - 1; i >= 0; i--) if (procs[i]!.background) {
          main = procs[i];
          break;
        }
      }
    }
    // The Go agent started beside the application by the same script (the agent copied into the application's image):
    // the application is the program the script runs, the last other one.
    if (main && isGoAgent(main)) {
      for (let i = procs.length - 1; i >= 0; i--) {
        if (!isGoAgent(procs[i]!)) {
          main = procs[i];
          break;
        }
      }
    }
    if (!main) return { started: false, evidence, decisions: s.decisions, exited: s.flow === 'exit' };
    const others = procs.filter((p) => p.background && p !== main).map((p) => ({ argv: p.argv, command: p.command }));
    let mode: ScriptRun['mode'] = main.kind === 'exec' && s.flow === 'exec' ? 'exec' : 'child';
    let reason: string | undefined = main.unknown.length > 0 ? main.unknown.join('; ') : undefined;
    const label = this.input.label;
    const shown = formatArgv(main.argv);
    evidence.push(...main.evidence.filter((e) => !evidence.includes(e)));
    if (main.kind === 'eval') {
      mode = 'unknown';
      reason = `${label} ends with \`eval\`, whose command is not analyzed`;
      evidence.push({ range: main.command.range, message: `eval runs ${shown}` });
    } else if (mode === 'exec') {
      evidence.push({ range: main.command.range, message: `${label}: exec replaces the shell with ${shown}` });
    } else if (main.background) {
      evidence.push({ range: main.command.range, message: `${label}: starts ${shown} in the background (&); the shell stays PID 1` });
      if (s.waitEvidence && procs.indexOf(main) < s.waitAfter) evidence.push(s.waitEvidence);
      else evidence.push({ range: main.command.range, message: `${label} does not wait for it: the container stops when the script ends` });
    } else {
      evidence.push({ range: main.command.range, message: `${label}: runs ${shown} as a child process without exec; the shell stays PID 1` });
    }
    const run: ScriptRun = { mode, argv: main.argv, command: main.command, evidence, env: main.env };
    if (reason !== undefined) run.reason = reason;
    if (main.cwdUnknown) run.cwdUnknown = true;
    else if (main.cwdChanged && main.cwd !== undefined) run.cwd = main.cwd;
    if (others.length > 0) run.others = others;
    return { started: true, run, decisions: s.decisions };
  }

  private combine(finals: St[]): ScriptRun {
    const outcomes = finals.map((s) => this.outcome(s));
    const started = outcomes.filter((o): o is Extract<Outcome, { started: true }> => o.started);
    const label = this.input.label;
    if (started.length === 0) {
      const first = outcomes[0] as Extract<Outcome, { started: false }> | undefined;
      const allExit = outcomes.every((o) => !o.started && o.exited);
      return {
        mode: 'unknown',
        argv: [],
        evidence: first ? [...first.evidence, ...first.decisions.map((d) => decisionEvidence(d, true))] : [],
        env: new Map(),
        reason: allExit
          ? `${label} exits without starting a program`
          : `${label} starts no program (it only runs shell builtins)`,
      };
    }
    const groups = new Map<string, Extract<Outcome, { started: true }>[]>();
    for (const o of started) {
      const key = JSON.stringify([o.run.mode, o.run.argv, o.run.cwd, o.run.cwdUnknown]);
      const g = groups.get(key);
      if (g) g.push(o);
      else groups.set(key, [o]);
    }
    if (groups.size === 1) {
      const o = started[0]!;
      // Decisions only matter when some paths were dropped (they start nothing).
      if (started.length < outcomes.length) o.run.evidence.push(...o.decisions.map((d) => decisionEvidence(d, true)));
      return o.run;
    }
    const evidence: Evidence[] = [];
    const seen = new Set<string>();
    const add = (e: Evidence) => {
      const k = `${e.range.start}:${e.range.end}:${e.message}`;
      if (!seen.has(k)) {
        seen.add(k);
        evidence.push(e);
      }
    };
    // The conditions that decide between the candidates: a condition whose assumed values are the same in every
    // group (both true and false lead to each candidate) does not matter.
    const keyOf = (d: Decision) => `${d.range.start}:${d.range.end}:${d.text}`;
    const overall = new Map<string, Set<boolean>>();
    const perGroup = [...groups.values()].map((g) => {
      const m = new Map<string, Set<boolean>>();
      for (const o of g) for (const d of o.decisions) {
        const k = keyOf(d);
        (m.get(k) ?? m.set(k, new Set()).get(k)!).add(d.assumed);
        (overall.get(k) ?? overall.set(k, new Set()).get(k)!).add(d.assumed);
      }
      return m;
    });
    const relevant = (d: Decision) => {
      const all = overall.get(keyOf(d))!;
      return perGroup.some((m) => {
        const here = m.get(keyOf(d));
        return here !== undefined && here.size !== all.size;
      });
    };
    const conditions: string[] = [];
    for (const o of started) {
      for (const d of o.decisions) {
        if (!relevant(d) || conditions.includes(d.text)) continue;
        conditions.push(d.text);
        add(decisionEvidence(d, false));
      }
    }
    const candidates: string[] = [];
    for (const g of groups.values()) {
      const r = g[0]!.run;
      const line = r.command ? ` (line ${r.command.range.line})` : '';
      const what = r.mode === 'exec' ? `exec ${formatArgv(r.argv)}` : r.mode === 'child' ? `${formatArgv(r.argv)} as a child` : `${formatArgv(r.argv)}`;
      candidates.push(`${what}${line}${r.cwd ? ` in ${r.cwd}` : ''}`);
      if (r.command) add({ range: r.command.range, message: `on one path ${label} runs ${what}` });
    }
    const cond = conditions.length > 0 ? ` on ${conditions.join(', ')}` : '';
    return {
      mode: 'unknown',
      argv: [],
      evidence,
      env: new Map(),
      reason: `what ${label} runs depends${cond}, which cannot be evaluated statically: ${candidates.join(' or ')}`,
      alternatives: [...groups.values()].map((g) => g[0]!.run),
    };
  }
}

type Outcome =
  | { started: true; run: ScriptRun; decisions: Decision[] }
  | { started: false; evidence: Evidence[]; decisions: Decision[]; exited: boolean };

// --- test evaluation -----------------------------------------------------------------------------------------

type Tri = boolean | undefined;
const UNKNOWN = Symbol('unknown');
type Arg = string | typeof UNKNOWN;

const UNARY = new Set([
  '-n', '-z', '-e', '-f', '-d', '-r', '-w', '-x', '-s', '-L', '-h', '-p', '-S', '-b', '-c', '-g', '-u', '-k', '-O',
  '-G', '-N', '-t', '-v', '-a', '-o', '-R',
]);
const BINARY = new Set(['=', '==', '!=', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef', '=~']);

const triNot = (v: Tri): Tri => (v === undefined ? undefined : !v);
const triAnd = (a: Tri, b: Tri): Tri => (a === false || b === false ? false : a === undefined || b === undefined ? undefined : true);
const triOr = (a: Tri, b: Tri): Tri => (a === true || b === true ? true : a === undefined || b === undefined ? undefined : false);

function unaryTest(op: string, operand: Arg, why: (w: string) => void): Tri {
  if (op === '-n' || op === '-z') {
    if (operand === UNKNOWN) return undefined;
    return op === '-n' ? operand !== '' : operand === '';
  }
  if (op === '-v') {
    why('-v (is a variable set) is not evaluated');
    return undefined;
  }
  if (op === '-t') {
    why('-t (is a terminal) is only known at run time');
    return undefined;
  }
  why(`the file test ${op} depends on the image filesystem`);
  return undefined;
}

function binaryTest(left: Arg, op: string, right: Arg, why: (w: string) => void): Tri {
  if (op === '-nt' || op === '-ot' || op === '-ef') {
    why(`the file test ${op} depends on the image filesystem`);
    return undefined;
  }
  if (op === '=~') {
    why('=~ (regular expressions) is not evaluated');
    return undefined;
  }
  if (left === UNKNOWN || right === UNKNOWN) return undefined;
  switch (op) {
    case '=':
    case '==':
      return left === right;
    case '!=':
      return left !== right;
    case '<':
      return left < right;
    case '>':
      return left > right;
  }
  const a = parseInteger(left);
  const b = parseInteger(right);
  if (a === undefined || b === undefined) {
    why(`${op} needs integers`);
    return undefined;
  }
  switch (op) {
    case '-eq':
      return a === b;
    case '-ne':
      return a !== b;
    case '-lt':
      return a < b;
    case '-le':
      return a <= b;
    case '-gt':
      return a > b;
    default:
      return a >= b;
  }
}


/** POSIX `test` on its arguments (without the closing `]`). */
function evalTestArgs(a: Arg[]): Tri {
  const noop = () => undefined;
  const one = (x: Arg): Tri => (x === UNKNOWN ? undefined : x !== '');
  const isStr = (x: Arg | undefined, s: string) => x !== UNKNOWN && x === s;
  switch (a.length) {
    case 0:
      return false;
    case 1:
      return one(a[0]!);
    case 2:
      if (isStr(a[0], '!')) return triNot(one(a[1]!));
      if (a[0] !== UNKNOWN && UNARY.has(a[0]!)) return unaryTest(a[0]!, a[1]!, noop);
      return undefined;
    case 3:
      if (a[1] !== UNKNOWN && BINARY.has(a[1]!)) return binaryTest(a[0]!, a[1]!, a[2]!, noop);
      if (isStr(a[1], '-a')) return triAnd(one(a[0]!), one(a[2]!));
      if (isStr(a[1], '-o')) return triOr(one(a[0]!), one(a[2]!));
      if (isStr(a[0], '!')) return triNot(evalTestArgs(a.slice(1)));
      if (isStr(a[0], '(') && isStr(a[2], ')')) return one(a[1]!);
      return undefined;
    case 4:
      if (isStr(a[0], '!')) return triNot(evalTestArgs(a.slice(1)));
      if (isStr(a[0], '(') && isStr(a[3], ')')) return evalTestArgs(a.slice(1, 3));
  }
  // Longer expressions: -o binds looser than -a, ! and ( ) as usual.
  let i = 0;
  const or = (): Tri => {
    let v = and();
    while (isStr(a[i], '-o')) {
      i++;
      v = triOr(v, and());
    }
    return v;
  };
  const and = (): Tri => {
    let v = prim();
    while (isStr(a[i], '-a')) {
      i++;
      v = triAnd(v, prim());
    }
    return v;
  };
  const prim = (): Tri => {
    const t = a[i];
    if (t === undefined) return undefined;
    if (isStr(t, '!')) {
      i++;
      return triNot(prim());
    }
    if (isStr(t, '(')) {
      i++;
      const v = or();
      if (isStr(a[i], ')')) i++;
      return v;
    }
    const op = a[i + 1];
    if (op !== undefined && op !== UNKNOWN && BINARY.has(op) && i + 2 < a.length) {
      i += 3;
      return binaryTest(t, op, a[i - 1]!, noop);
    }
    if (t !== UNKNOWN && UNARY.has(t) && i + 1 < a.length) {
      i += 2;
      return unaryTest(t, a[i - 1]!, noop);
    }
    i++;
    return one(t);
  };
  const v = or();
  return i === a.length ? v : undefined;
}

function testWhy(argv: (string | undefined)[]): string {
  for (const a of argv) {
    if (a === undefined) return 'an operand is not known';
    if (UNARY.has(a) && a !== '-n' && a !== '-z' && a !== '-a' && a !== '-o') return `the file test ${a} depends on the image filesystem`;
    if (a === '-nt' || a === '-ot' || a === '-ef') return `the file test ${a} depends on the image filesystem`;
  }
  return 'the test expression is not understood';
}

// --- helpers -------------------------------------------------------------------------------------------------

function clone(s: St): St {
  return {
    ...s,
    vars: new Map(s.vars),
    unknownVars: new Set(s.unknownVars),
    unset: new Set(s.unset),
    exported: new Set(s.exported),
    assigned: new Set(s.assigned),
    positional: s.positional ? [...s.positional] : undefined,
    funcs: new Map(s.funcs),
    origins: new Map(s.origins),
    evidence: [...s.evidence],
    decisions: [...s.decisions],
    procs: [...s.procs],
  };
}

function decide(s: St, d: Decision): void {
  s.assumptions++;
  // The same condition assumed the same way again (a later round of a loop) is one assumption.
  if (s.decisions.some((x) => x.range.file === d.range.file && x.range.start === d.range.start && x.assumed === d.assumed && x.text === d.text)) return;
  if (s.decisions.length < MAX_DECISIONS) s.decisions.push(d);
}

/** The paths after a statement: equal ones merged, joined past JOIN_PATHS; more than MAX_PATHS is too complex. */
function settle(next: St[]): St[] {
  let states = dedupe(next);
  if (states.length > JOIN_PATHS) states = join(states);
  if (states.length > MAX_PATHS) throw new TooComplex();
  return states;
}

/** Merges paths that reached the same state (their evidence may differ; the first is kept). */
function dedupe(states: St[]): St[] {
  if (states.length < 2) return states;
  const out: St[] = [];
  next: for (const s of states) {
    for (const o of out) if (sameState(o, s)) continue next;
    out.push(s);
  }
  return out;
}

function sameEntries<K, V>(a: Map<K, V>, b: Map<K, V>): boolean {
  if (a.size !== b.size) return false;
  const ib = b.entries();
  for (const [k, v] of a) {
    const e = ib.next().value as [K, V];
    if (e[0] !== k || e[1] !== v) return false;
  }
  return true;
}

function sameKeys<K>(a: Set<K> | Map<K, unknown>, b: Set<K> | Map<K, unknown>): boolean {
  if (a.size !== b.size) return false;
  const ib = b.keys();
  for (const k of a.keys()) if (ib.next().value !== k) return false;
  return true;
}

function sameList<T>(a: readonly T[] | undefined, b: readonly T[] | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Two paths that would run the rest of the script alike: the same variables, positional parameters, directory,
 * functions, processes so far and control flow, each in the same order (where each came from does not matter).
 */
function sameState(a: St, b: St): boolean {
  if (
    a.allexport !== b.allexport ||
    a.cwd !== b.cwd ||
    a.cwdUnknown !== b.cwdUnknown ||
    a.waitAfter !== b.waitAfter ||
    a.status !== b.status ||
    a.flow !== b.flow ||
    a.failed !== b.failed ||
    a.depth !== b.depth ||
    a.procs.length !== b.procs.length ||
    !sameList(a.positional, b.positional) ||
    !sameEntries(a.vars, b.vars) ||
    !sameKeys(a.unknownVars, b.unknownVars) ||
    !sameKeys(a.unset, b.unset) ||
    !sameKeys(a.exported, b.exported) ||
    !sameKeys(a.funcs, b.funcs)
  ) {
    return false;
  }
  for (let i = 0; i < a.procs.length; i++) {
    const p = a.procs[i]!;
    const q = b.procs[i]!;
    if (p.kind !== q.kind || p.command.range.start !== q.command.range.start || p.background !== q.background || p.cwd !== q.cwd || !sameList(p.argv, q.argv)) {
      return false;
    }
  }
  return true;
}

/** Merges paths that differ only in variable values: a variable whose value differs becomes unknown. */
function join(states: St[]): St[] {
  const groups = new Map<string, St[]>();
  for (const s of states) {
    const key = JSON.stringify([
      s.positional === undefined ? null : s.positional.map((p) => (p === undefined ? null : p)),
      s.cwd ?? null,
      s.cwdUnknown,
      s.allexport,
      [...s.funcs.keys()],
      s.procs.map((p) => [p.kind, p.argv.map((x) => (x === undefined ? null : x)), p.command.range.start, p.background, p.cwd ?? null]),
      s.waitAfter,
      s.status ?? null,
      s.flow,
      s.depth,
    ]);
    const g = groups.get(key);
    if (g) g.push(s);
    else groups.set(key, [s]);
  }
  const out: St[] = [];
  for (const g of groups.values()) {
    const m = clone(g[0]!);
    // A Set beside the list: a path holds a decision per condition it passed, and includes() made each join quadratic.
    const decided = new Set(m.decisions);
    for (const o of g.slice(1)) {
      const names = new Set([...m.vars.keys(), ...o.vars.keys(), ...m.unknownVars, ...o.unknownVars]);
      for (const n of names) {
        if (m.unknownVars.has(n)) continue;
        if (o.unknownVars.has(n) || m.vars.get(n) !== o.vars.get(n)) {
          m.vars.delete(n);
          m.unknownVars.add(n);
        }
      }
      for (const n of o.exported) m.exported.add(n);
      for (const n of o.assigned) m.assigned.add(n);
      for (const n of [...m.unset]) if (!o.unset.has(n)) m.unset.delete(n);
      for (const d of o.decisions) {
        if (decided.has(d)) continue;
        decided.add(d);
        decide(m, d);
      }
    }
    out.push(m);
  }
  return out;
}

function spanOf(nodes: ShellNode[]): Range {
  const first = nodes[0]?.range;
  const last = nodes[nodes.length - 1]?.range;
  if (!first || !last) return { file: '', line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 };
  return { ...first, endLine: last.endLine, endColumn: last.endColumn, end: last.end };
}

/** Names of the parameters a command's words use (operands included). */
function paramNames(words: ShellWord[]): string[] {
  const out: string[] = [];
  const visit = (parts: WordPart[]) => {
    for (const p of parts) {
      if (p.kind !== 'param') continue;
      if (!out.includes(p.name)) out.push(p.name);
      if (p.operand) visit(p.operand.parts);
    }
  };
  for (const w of words) visit(w.parts);
  return out;
}

export function formatArgv(argv: (string | undefined)[]): string {
  if (argv.length === 0) return '(nothing)';
  return argv
    .map((a) => {
      if (a === undefined) return '<unknown>';
      if (a === '' || [...a].some((c) => c === ' ' || c === '\t' || c === '\n' || c === '"' || c === "'")) return JSON.stringify(a);
      return a;
    })
    .join(' ');
}

function basename(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? p : p.slice(i + 1);
}

/** Resolves `.` and `..` in an absolute path. */
function normalizePath(p: string): string {
  const out: string[] = [];
  for (const seg of p.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') out.pop();
    else out.push(seg);
  }
  return `/${out.join('/')}`;
}

/** The process runs the Go auto-instrumentation agent's binary (`/otel-go-instrumentation`). */
function isGoAgent(p: Proc): boolean {
  const a = p.argv[0];
  return a !== undefined && (a === 'otel-go-instrumentation' || a.endsWith('/otel-go-instrumentation'));
}

/**
 * Programs a script runs on a path that then gives up (`exit 1`) to report or prepare, not to serve: such a path
 * starts nothing that keeps running. Any other program run in the foreground before the `exit` is the container's.
 */
const EXIT_PATH_UTILITIES = new Set([
  'cat', 'echo', 'printf', 'ls', 'mkdir', 'rm', 'cp', 'mv', 'chmod', 'chown', 'touch', 'ln', 'sleep', 'test', '[',
  'true', 'false', 'id', 'whoami', 'date', 'tee', 'sed', 'grep', 'awk', 'head', 'tail', 'env', 'printenv', 'logger',
  'kill', 'wait', 'curl', 'wget', 'nc', 'getent', 'stat', 'find', 'dirname', 'basename', 'readlink', 'realpath', 'wc',
  'sort', 'tr', 'cut', 'xargs', 'usermod', 'useradd', 'adduser', 'addgroup', 'groupadd',
]);
