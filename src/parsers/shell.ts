// Shell scripts (entrypoint scripts, `sh -c` strings, RUN lines) parsed with tree-sitter-bash through
// web-tree-sitter (WASM). Pure: produces the simple commands of a script in source order, their words split into
// literal / expansion parts, the statement tree (src/model/shell.ts ShellNode) and exact ranges in the containing
// file. What a script finally runs is decided in src/infer/script.ts, never here.
//
// Only the leaves tree-sitter leaves unstructured (the raw text of an unquoted `word`, the inside of quotes) are
// read by the small scanners at the bottom of this file: backslash escapes, glob characters, brace expansions and
// a leading tilde.

import type { Node as TSNode, Parser as TSParser } from 'web-tree-sitter';
import { MAX_SHELL_DEPTH, type ShellAssignment, type ShellCommand, type ShellHeredoc, type ShellWrite, type ShellNode, type ShellScript, type ShellWord, type WordPart } from '../model/shell.ts';
import type { LineIndex, Range } from '../model/source.ts';
import { lazyGrammar, utf8ToUtf16 } from './tree-sitter.ts';

/** A redirection as the walk carries it to the command it applies to. */
interface Redir {
  text: string;
  write?: ShellWrite;
  heredoc?: ShellHeredoc;
}

/** Redirection operators that write standard output to a file. */
const WRITE_OPS = new Set(['>', '>>', '>|', '&>', '&>>']);

const bash = lazyGrammar('tree-sitter-bash.wasm', 'tree-sitter-bash/tree-sitter-bash.wasm');

/** Loads web-tree-sitter and the bash grammar. Idempotent; safe to call concurrently. */
export function initShellParser(): Promise<void> {
  return bash.init();
}

export function shellParserReady(): boolean {
  return bash.ready() !== undefined;
}

export interface ParseShellOptions {
  file: string;
  lines: LineIndex;
  /** Offset in the file of text[0]. */
  baseOffset: number;
}

/** The value of a word when it is made of literal parts only (no expansion at all), else undefined. */
export function literalValue(word: ShellWord): string | undefined {
  let out = '';
  for (const p of word.parts) {
    if (p.kind !== 'literal') return undefined;
    out += p.value;
  }
  return out;
}

/** The literal text a word starts with, up to its first expansion ('' when it starts with one). */
export function literalPrefix(word: ShellWord): string {
  let out = '';
  for (const p of word.parts) {
    if (p.kind !== 'literal') break;
    out += p.value;
  }
  return out;
}

/**
 * Parses shell text. Synchronous; `await initShellParser()` first. Never throws on bad input: syntax errors are
 * recovered by tree-sitter and reported in `errors`.
 */
export function parseShell(text: string, opts: ParseShellOptions): ShellScript {
  const g = bash.ready();
  if (!g) throw new Error('parseShell: the shell parser is not initialised (await initShellParser() first)');
  const w = new Walker(text, opts, g.utf16);
  let tree: ReturnType<TSParser['parse']> = null;
  try {
    tree = g.parser.parse(text);
    if (!tree) {
      w.errors.push(w.range(0, text.length));
    } else {
      w.collectErrors(tree.rootNode);
      w.body = w.block(tree.rootNode.children, { reach: 'always', background: false, subshell: false });
    }
  } catch {
    // A bug in the walker must not crash the linter: report the whole text as unreadable.
    w.errors.push(w.range(0, text.length));
  } finally {
    tree?.delete();
  }
  return w.result();
}

// ---------------------------------------------------------------------------------------------------------------

interface Ctx {
  reach: 'always' | 'conditional';
  background: boolean;
  subshell: boolean;
  inFunction?: string;
}

const STATEMENTS = new Set([
  'c_style_for_statement',
  'case_statement',
  'command',
  'compound_statement',
  'declaration_command',
  'for_statement',
  'function_definition',
  'if_statement',
  'list',
  'negated_command',
  'pipeline',
  'redirected_statement',
  'subshell',
  'test_command',
  'unset_command',
  'variable_assignment',
  'variable_assignments',
  'while_statement',
  'ERROR',
]);

/** Operators whose operand is a pattern (matched, not expanded as a word). */
const PATTERN_OPS = new Set(['#', '##', '%', '%%', '/', '//', '/#', '/%']);

const TEST_EXPRESSIONS = new Set([
  'binary_expression',
  'unary_expression',
  'parenthesized_expression',
  'postfix_expression',
  'ternary_expression',
]);

class Walker {
  readonly commands: ShellCommand[] = [];
  readonly functions: string[] = [];
  readonly errors: Range[] = [];
  /** How deeply stmt() / conv() are nested now; where they first went past MAX_SHELL_DEPTH. */
  private depth = 0;
  private tooDeep: Range | undefined;
  body: ShellNode[] = [];
  /** Command substitutions met while converting words, walked once their command is listed. */
  private subs: TSNode[] = [];
  /** Groups made by splitting one tree-sitter command into assignment lines + the command. */
  private readonly splitGroups = new WeakSet<ShellNode>();
  private readonly toIndex: (i: number) => number;

  constructor(
    private readonly text: string,
    private readonly opts: ParseShellOptions,
    utf16: boolean,
  ) {
    this.toIndex = utf16 ? (i) => i : utf8ToUtf16(text);
  }

  result(): ShellScript {
    const out: ShellScript = { commands: this.commands, functions: this.functions, errors: this.errors };
    if (this.tooDeep) out.tooDeep = this.tooDeep;
    const shebang = this.shebang();
    if (shebang) out.shebang = shebang;
    out.body = this.body;
    return out;
  }

  // --- positions ---------------------------------------------------------------------------------------------

  s(n: TSNode): number {
    return this.toIndex(n.startIndex);
  }
  e(n: TSNode): number {
    return this.toIndex(n.endIndex);
  }
  range(start: number, end: number): Range {
    return this.opts.lines.range(this.opts.file, this.opts.baseOffset + start, this.opts.baseOffset + end);
  }
  nodeRange(n: TSNode): Range {
    return this.range(this.s(n), this.e(n));
  }
  raw(n: TSNode): string {
    return this.text.slice(this.s(n), this.e(n));
  }

  /** The ERROR and MISSING nodes, in text order (walked with a stack of its own: trees can be thousands deep). */
  collectErrors(root: TSNode): void {
    const todo = [root];
    for (let n = todo.pop(); n !== undefined; n = todo.pop()) {
      if (n.isError || n.isMissing) this.errors.push(this.nodeRange(n));
      else if (n.hasError) {
        const kids = n.children;
        for (let i = kids.length - 1; i >= 0; i--) todo.push(kids[i]!);
      }
    }
  }

  private shebang(): ShellScript['shebang'] {
    if (!this.text.startsWith('#!')) return undefined;
    let end = 0;
    while (end < this.text.length && this.text[end] !== '\n' && this.text[end] !== '\r') end++;
    const fields: string[] = [];
    let cur = '';
    for (const ch of this.text.slice(2, end)) {
      if (ch === ' ' || ch === '\t') {
        if (cur) fields.push(cur);
        cur = '';
      } else cur += ch;
    }
    if (cur) fields.push(cur);
    const out: NonNullable<ShellScript['shebang']> = { interpreter: fields[0] ?? '', args: fields.slice(1), range: this.range(0, end) };
    if (this.text[end] === '\r') out.cr = true;
    return out;
  }

  // --- statements --------------------------------------------------------------------------------------------

  /** Statements among `kids`; a statement followed by `&` runs in the background. */
  block(kids: TSNode[], ctx: Ctx): ShellNode[] {
    const out: ShellNode[] = [];
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!;
      if (!STATEMENTS.has(k.type)) continue;
      const bg = kids[i + 1]?.type === '&';
      const n = this.stmt(k, bg ? { ...ctx, background: true } : ctx);
      if (!n) continue;
      if (!bg) {
        out.push(n);
        continue;
      }
      // Assignment lines split off a merged command (see command()) are not part of the `&` statement.
      const split = n.kind === 'group' && this.splitGroups.has(n) ? n.body : [n];
      const last = split[split.length - 1]!;
      out.push(...split.slice(0, -1));
      out.push({ kind: 'background', body: last, range: this.range(last.range.start - this.opts.baseOffset, this.e(kids[i + 1]!)) });
    }
    return out;
  }

  /**
   * A statement. Statements nest (bodies, substitutions) and so does this walk: past MAX_SHELL_DEPTH levels it stops
   * and the script says where (`tooDeep`), rather than run out of stack.
   */
  stmt(n: TSNode, ctx: Ctx): ShellNode | undefined {
    if (!this.enter(n)) return undefined;
    try {
      return this.statement(n, ctx);
    } finally {
      this.depth--;
    }
  }

  /** One level deeper into `n` (the caller leaves with `this.depth--`); false past MAX_SHELL_DEPTH, noting where. */
  private enter(n: TSNode): boolean {
    if (this.depth >= MAX_SHELL_DEPTH) {
      this.tooDeep ??= this.nodeRange(n);
      return false;
    }
    this.depth++;
    return true;
  }

  private statement(n: TSNode, ctx: Ctx): ShellNode | undefined {
    switch (n.type) {
      case 'command':
        return this.command(n, ctx, [], this.e(n));
      case 'declaration_command':
        return this.declaration(n, ctx, [], this.e(n));
      case 'unset_command':
        return this.unset(n, ctx, [], this.e(n));
      case 'test_command':
        return this.test(n, ctx, [], this.e(n));
      case 'variable_assignment':
      case 'variable_assignments':
        return this.assignments(n, ctx, [], this.e(n));
      case 'redirected_statement':
        return this.redirected(n, ctx);
      case 'list':
        return this.list(n, ctx);
      case 'pipeline':
        return this.pipeline(n, ctx);
      case 'negated_command': {
        const inner = n.namedChildren.find((c) => STATEMENTS.has(c.type));
        const body = inner ? this.stmt(inner, ctx) : undefined;
        return body ? { kind: 'not', body, range: this.nodeRange(n) } : undefined;
      }
      case 'subshell':
        return {
          kind: 'group',
          subshell: true,
          body: this.block(n.children, { ...ctx, subshell: true }),
          range: this.nodeRange(n),
        };
      case 'compound_statement':
        if (n.child(0)?.type === '((') return this.arithCommand(n, ctx);
        return { kind: 'group', subshell: false, body: this.block(n.children, ctx), range: this.nodeRange(n) };
      case 'if_statement':
        return this.ifStatement(n, ctx);
      case 'while_statement':
        return this.whileStatement(n, ctx);
      case 'for_statement':
      case 'c_style_for_statement':
        return this.forStatement(n, ctx);
      case 'case_statement':
        return this.caseStatement(n, ctx);
      case 'function_definition':
        return this.functionDefinition(n, ctx);
      case 'ERROR':
        // Commands tree-sitter could place inside a syntax error are listed, but as 'conditional' (they may not be
        // what the shell runs) and left out of the statement tree.
        this.block(n.children, { ...ctx, reach: 'conditional' });
        return undefined;
      default:
        return undefined;
    }
  }

  private emit(
    ctx: Ctx,
    assignments: ShellAssignment[],
    words: ShellWord[],
    start: number,
    end: number,
    redirects: Redir[],
  ): ShellNode {
    const cmd: ShellCommand = {
      assignments,
      words,
      range: this.range(start, end),
      reach: ctx.reach,
      background: ctx.background,
      subshell: ctx.subshell,
      redirects: redirects.map((r) => r.text),
    };
    for (const r of redirects) {
      if (r.write) (cmd.writes ??= []).push(r.write);
      if (r.heredoc) cmd.heredoc = r.heredoc;
    }
    if (ctx.inFunction !== undefined) cmd.inFunction = ctx.inFunction;
    const index = this.commands.push(cmd) - 1;
    this.flushSubs(ctx);
    return { kind: 'command', index, range: cmd.range };
  }

  /** Lists the commands inside the `$(...)` met so far (they run in a subshell). */
  private flushSubs(ctx: Ctx): void {
    while (this.subs.length > 0) {
      const subs = this.subs;
      this.subs = [];
      for (const s of subs) this.block(s.children, { ...ctx, subshell: true });
    }
  }

  /** A newline that is not a backslash-newline continuation. */
  private hasNewline(start: number, end: number): boolean {
    for (let i = start; i < end; i++) {
      const c = this.text[i];
      if (c !== '\n' && c !== '\r') continue;
      let j = i - 1;
      if (c === '\n' && this.text[j] === '\r') j--;
      if (this.text[j] !== '\\') return true;
    }
    return false;
  }

  private command(n: TSNode, ctx: Ctx, outerRedirects: Redir[], end: number): ShellNode {
    const kids = n.children;
    // tree-sitter-bash 0.25 merges `A=1 B=2<newline>cmd` into one command: split prefix assignments that are
    // separated from what follows by a newline or a comment into assignment-only commands.
    const groups: TSNode[][] = [];
    let cur: TSNode[] = [];
    let prevEnd = -1;
    let brokeSinceLast = false;
    let nameIdx = -1;
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i]!;
      const field = n.fieldNameForChild(i);
      if (field === 'name') {
        nameIdx = i;
        if (cur.length > 0 && (brokeSinceLast || this.hasNewline(prevEnd, this.s(k)))) {
          groups.push(cur);
          cur = [];
        }
        break;
      }
      if (k.type === 'comment') {
        brokeSinceLast = true;
        continue;
      }
      if (k.type === 'variable_assignment') {
        if (cur.length > 0 && (brokeSinceLast || this.hasNewline(prevEnd, this.s(k)))) {
          groups.push(cur);
          cur = [];
        }
        brokeSinceLast = false;
        cur.push(k);
        prevEnd = this.e(k);
      }
    }
    const nodes: ShellNode[] = [];
    for (const g of groups) {
      const assigns = g.map((a) => this.assignment(a));
      nodes.push(this.emit({ ...ctx, background: false }, assigns, [], this.s(g[0]!), this.e(g[g.length - 1]!), []));
    }
    const assignments = cur.map((a) => this.assignment(a));
    const wordNodes: TSNode[] = [];
    const redirects: Redir[] = [];
    let start = cur.length > 0 ? this.s(cur[0]!) : -1;
    for (let i = nameIdx < 0 ? 0 : nameIdx; i < kids.length; i++) {
      const k = kids[i]!;
      const field = n.fieldNameForChild(i);
      if (field === 'name' || field === 'argument') {
        if (start < 0) start = this.s(k);
        wordNodes.push(k);
      } else if (field === 'redirect' || k.type.endsWith('_redirect')) {
        if (start < 0) start = this.s(k);
        redirects.push(...this.redirs(k));
      }
    }
    const words = this.words(wordNodes);
    if (words.length > 0) end = Math.max(end, words[words.length - 1]!.range.end - this.opts.baseOffset);
    if (start < 0) start = this.s(n);
    if (words.length > 0 || assignments.length > 0 || nodes.length === 0) {
      nodes.push(this.emit(ctx, assignments, words, start, Math.max(end, start), [...redirects, ...outerRedirects]));
    }
    if (nodes.length === 1) return nodes[0]!;
    const group: ShellNode = { kind: 'group', subshell: false, body: nodes, range: this.range(this.s(n), Math.max(end, this.e(n))) };
    this.splitGroups.add(group);
    return group;
  }

  /**
   * Argument nodes to words. tree-sitter-bash 0.25 drops an escaped blank that follows a quoted string or an
   * expansion (`"a"\ b` reads as two words `"a"` and `b`): such nodes are joined back into one word here.
   */
  private words(nodes: TSNode[]): ShellWord[] {
    const out: ShellWord[] = [];
    const escapedBlank = (i: number) => this.text[i] === '\\' && (this.text[i + 1] === ' ' || this.text[i + 1] === '\t');
    let i = 0;
    while (i < nodes.length) {
      const first = nodes[i]!;
      const group = [first];
      let end = this.e(first);
      while (escapedBlank(end)) {
        end += 2;
        const next = nodes[i + group.length];
        if (!next || this.s(next) !== end) break;
        group.push(next);
        end = this.e(next);
      }
      if (group.length === 1 && end === this.e(first)) {
        out.push(first.type === 'command_name' ? this.nameWord(first) : this.word(first, false));
      } else out.push(this.wordFromKids(group, this.s(first), end, false, false));
      i += group.length;
    }
    return out;
  }

  /** `command_name` wraps the real word node. */
  private nameWord(k: TSNode): ShellWord {
    const inner = k.type === 'command_name' && k.namedChildCount === 1 ? k.namedChild(0)! : k;
    if (inner !== k && (this.s(inner) !== this.s(k) || this.e(inner) !== this.e(k))) return this.word(k, false);
    return this.word(inner, false);
  }

  private declaration(n: TSNode, ctx: Ctx, outerRedirects: Redir[], end: number): ShellNode {
    const words: ShellWord[] = [];
    const assignments: ShellAssignment[] = [];
    for (const k of n.children) {
      if (k.type === 'comment') continue;
      if (k.type === 'variable_assignment') assignments.push(this.assignment(k));
      else if (k.type === 'variable_name') assignments.push({ name: this.raw(k), range: this.nodeRange(k) });
      else if (!k.isNamed) words.push(this.literalWord(k));
      else words.push(this.word(k, false));
    }
    return this.emit(ctx, assignments, words, this.s(n), end, outerRedirects);
  }

  private unset(n: TSNode, ctx: Ctx, outerRedirects: Redir[], end: number): ShellNode {
    const words: ShellWord[] = [];
    for (const k of n.children) {
      if (k.type === 'comment') continue;
      words.push(k.isNamed ? this.word(k, false) : this.literalWord(k));
    }
    return this.emit(ctx, [], words, this.s(n), end, outerRedirects);
  }

  /** `[ ... ]` / `[[ ... ]]`: argv in source order, as the `[` builtin receives it. */
  private test(n: TSNode, ctx: Ctx, outerRedirects: Redir[], end: number): ShellNode {
    const words: ShellWord[] = [];
    const redirects: Redir[] = [];
    const visit = (p: TSNode): void => {
      for (const k of p.children) {
        if (k.type === 'comment') continue;
        if (TEST_EXPRESSIONS.has(k.type)) visit(k);
        else if (k.type.endsWith('_redirect')) redirects.push(...this.redirs(k));
        else if (!k.isNamed || k.type === 'test_operator') words.push(this.literalWord(k));
        else words.push(this.word(k, false));
      }
    };
    visit(n);
    return this.emit(ctx, [], words, this.s(n), end, [...redirects, ...outerRedirects]);
  }

  /** `(( expr ))`: one word holding the arithmetic text. */
  private arithCommand(n: TSNode, ctx: Ctx): ShellNode {
    const raw = this.raw(n);
    const word: ShellWord = { raw, range: this.nodeRange(n), parts: [{ kind: 'arith', text: raw, quoted: false }] };
    return this.emit(ctx, [], [word], this.s(n), this.e(n), []);
  }

  private assignments(n: TSNode, ctx: Ctx, outerRedirects: Redir[], end: number): ShellNode {
    const list = n.type === 'variable_assignment' ? [n] : n.namedChildren.filter((c) => c.type === 'variable_assignment');
    return this.emit(ctx, list.map((a) => this.assignment(a)), [], this.s(n), end, outerRedirects);
  }

  private assignment(n: TSNode): ShellAssignment {
    const nameNode = n.childForFieldName('name');
    const name = nameNode ? this.raw(nameNode) : '';
    const out: ShellAssignment = { name, range: this.nodeRange(n) };
    const op = n.children.find((c) => !c.isNamed && (c.type === '=' || c.type === '+='));
    const valueNode = n.childForFieldName('value');
    let value: ShellWord | undefined;
    if (valueNode && valueNode.type === 'array') {
      // Arrays are not modelled: the value reads as unknown.
      value = { raw: this.raw(valueNode), range: this.nodeRange(valueNode), parts: [{ kind: 'glob', text: this.raw(valueNode) }] };
    } else if (valueNode) {
      const start = this.s(valueNode);
      const kids = n.children.filter((c, i) => this.s(c) >= start && n.fieldNameForChild(i) !== 'name');
      const end = Math.max(this.e(valueNode), ...kids.map((c) => this.e(c)));
      value = this.wordFromKids(kids, start, end, false, true);
    } else if (op) {
      value = { raw: '', range: this.range(this.e(op), this.e(op)), parts: [] };
    }
    if (value && op?.type === '+=') {
      // `A+=x` appends: read it as A="$A"x.
      value = { ...value, parts: [{ kind: 'param', name, quoted: true }, ...value.parts] };
    }
    if (value) out.value = value;
    return out;
  }

  /**
   * A redirect node as the command's redirections: its text, and for an output redirection to a file its target, for
   * a here-document its body (a heredoc redirect also holds the redirections written after its delimiter).
   */
  private redirs(k: TSNode): Redir[] {
    const out: Redir[] = [{ text: this.redirectText(k) }];
    if (k.type === 'file_redirect') {
      const op = k.children.find((c) => !c.isNamed)?.type;
      const dest = k.childForFieldName('destination');
      // `2> f` writes another descriptor: standard output stays where it was.
      const fd = k.children.find((c) => c.type === 'file_descriptor');
      const stdout = fd === undefined || this.raw(fd) === '1';
      if (dest && stdout && op !== undefined && WRITE_OPS.has(op)) out[0]!.write = { append: op === '>>' || op === '&>>', target: this.word(dest, false) };
    } else if (k.type === 'heredoc_redirect') {
      const startTok = k.children.find((c) => c.type === 'heredoc_start');
      const body = k.children.find((c) => c.type === 'heredoc_body');
      const op = k.children.find((c) => c.type === '<<' || c.type === '<<-')?.type;
      if (startTok && body) {
        const delim = this.raw(startTok);
        const expand = !delim.includes('"') && !delim.includes("'") && !delim.includes('\\');
        const word = expand
          ? this.heredocWord(body)
          : { raw: this.raw(body), range: this.nodeRange(body), parts: [{ kind: 'literal' as const, value: this.raw(body), quoted: true }] };
        out[0]!.heredoc = { body: word, expand, stripTabs: op === '<<-' };
      }
      for (const c of k.childrenForFieldName('redirect')) out.push(...this.redirs(c));
    }
    return out;
  }

  /** An unquoted here-document's body: parameter expansions and command substitutions apply, quotes do not. */
  private heredocWord(body: TSNode): ShellWord {
    const b = new PartsBuilder(true);
    b.lit('', true);
    let pos = this.s(body);
    const end = this.e(body);
    for (const k of body.children) {
      const ks = this.s(k);
      if (ks > pos) b.lit(unescapeHeredoc(this.text.slice(pos, ks)), true);
      if (k.type === 'heredoc_content' || !k.isNamed) b.lit(unescapeHeredoc(this.raw(k)), true);
      // Its commands are not listed among the script's: what the body says is data to the command it feeds.
      else if (k.type === 'command_substitution') b.part({ kind: 'command-sub', text: this.raw(k), quoted: true });
      else this.conv(k, b, true);
      pos = this.e(k);
    }
    if (end > pos) b.lit(unescapeHeredoc(this.text.slice(pos, end)), true);
    return { raw: this.raw(body), range: this.nodeRange(body), parts: b.finish() };
  }

  /** Adds redirections to the last simple command of a statement (the right end of its `&&`, `||` and pipes). */
  private attach(node: ShellNode, redirects: Redir[]): void {
    let n: ShellNode | undefined = node;
    while (n && n.kind !== 'command') {
      if (n.kind === 'and' || n.kind === 'or') n = n.right;
      else if (n.kind === 'pipeline') n = n.stages[n.stages.length - 1];
      else return;
    }
    const cmd = n ? this.commands[n.index] : undefined;
    if (!cmd) return;
    for (const r of redirects) {
      cmd.redirects.push(r.text);
      if (r.write) (cmd.writes ??= []).push(r.write);
      if (r.heredoc) cmd.heredoc = r.heredoc;
    }
  }

  private redirectText(k: TSNode): string {
    if (k.type === 'heredoc_redirect') {
      const startTok = k.children.find((c) => c.type === 'heredoc_start');
      return this.text.slice(this.s(k), startTok ? this.e(startTok) : this.e(k));
    }
    return this.raw(k);
  }

  /** End of a redirect's own text (a heredoc's body and what follows the delimiter are not part of it). */
  private redirectEnd(k: TSNode): number {
    if (k.type !== 'heredoc_redirect') return this.e(k);
    let end = this.s(k);
    const kids = k.children;
    for (let i = 0; i < kids.length; i++) {
      const c = kids[i]!;
      if (c.type === 'heredoc_body' || c.type === 'heredoc_end' || c.type === 'pipeline') break;
      const f = k.fieldNameForChild(i);
      if (f === 'operator' || f === 'right') break;
      end = this.e(c);
    }
    return end;
  }

  private redirected(n: TSNode, ctx: Ctx): ShellNode | undefined {
    const body = n.childForFieldName('body');
    const redirectNodes = n.children.filter((c, i) => n.fieldNameForChild(i) === 'redirect' || c.type.endsWith('_redirect'));
    const redirects: Redir[] = [];
    let end = body ? this.e(body) : this.s(n);
    for (const r of redirectNodes) {
      redirects.push(...this.redirs(r));
      end = Math.max(end, this.redirectEnd(r));
    }
    // What tree-sitter hangs on a heredoc redirect: `cat <<EOF | next` or `cat <<EOF && next`.
    const heredoc = redirectNodes.find((r) => r.type === 'heredoc_redirect');
    const pipeTail = heredoc?.children.find((c) => c.type === 'pipeline');
    const opTok = heredoc?.childForFieldName('operator');
    const right = heredoc?.childForFieldName('right');

    const bodyCtx = pipeTail ? { ...ctx, subshell: true } : ctx;
    let left: ShellNode | undefined;
    if (!body) left = undefined;
    else if (body.type === 'command') left = this.command(body, bodyCtx, redirects, end);
    else if (body.type === 'declaration_command') left = this.declaration(body, bodyCtx, redirects, end);
    else if (body.type === 'unset_command') left = this.unset(body, bodyCtx, redirects, end);
    else if (body.type === 'test_command') left = this.test(body, bodyCtx, redirects, end);
    else if (body.type === 'variable_assignment' || body.type === 'variable_assignments')
      left = this.assignments(body, bodyCtx, redirects, end);
    else {
      left = this.stmt(body, bodyCtx);
      // tree-sitter hangs a redirection written after the last command of `a && b > f` or `a | b > f` on the whole
      // list or pipeline: it is the last command's.
      if (left && (body.type === 'list' || body.type === 'pipeline')) this.attach(left, redirects);
    }

    if (pipeTail) {
      const stages = [left, ...this.block(pipeTail.children, ctx)].filter((x): x is ShellNode => x !== undefined);
      return { kind: 'pipeline', stages, range: this.nodeRange(n) };
    }
    if (opTok && right && left) {
      const or = opTok.type === '||';
      const r = this.stmt(right, or ? { ...ctx, reach: 'conditional' } : ctx);
      if (r) return { kind: or ? 'or' : 'and', left, right: r, range: this.nodeRange(n) };
    }
    return left;
  }

  /**
   * `a && b || c`. tree-sitter nests a chain to the left (`(a && b) || c`): its spine is walked in a loop, from the
   * first command out, not by recursion (a chain of thousands of commands ran out of stack; asking each level whether
   * the chain below holds a `||` made it quadratic).
   */
  private list(n: TSNode, ctx: Ctx): ShellNode | undefined {
    const spine: { node: TSNode; or: boolean; right: TSNode }[] = [];
    let first: TSNode = n;
    while (first.type === 'list') {
      const kids = first.children;
      const opIdx = kids.findIndex((c) => c.type === '&&' || c.type === '||');
      const stmts = kids.filter((c) => STATEMENTS.has(c.type));
      if (opIdx < 0 || stmts.length < 2) break;
      spine.push({ node: first, or: kids[opIdx]!.type === '||', right: stmts[1]! });
      first = stmts[0]!;
    }
    if (spine.length === 0) {
      const nodes = this.block(n.children, ctx);
      return nodes.length === 1 ? nodes[0] : { kind: 'group', subshell: false, body: nodes, range: this.nodeRange(n) };
    }
    let left = this.stmt(first, ctx);
    // Conditional: the right side of `||`, and whatever follows a chain that already holds a `||`.
    let hasOr = chainHasOr(first);
    for (let i = spine.length - 1; i >= 0; i--) {
      const { node, or, right: rightNode } = spine[i]!;
      hasOr ||= or;
      const right = this.stmt(rightNode, hasOr ? { ...ctx, reach: 'conditional' } : ctx);
      if (!left) left = right;
      else if (right) left = { kind: or ? 'or' : 'and', left, right, range: this.nodeRange(node) };
    }
    return left;
  }

  private pipeline(n: TSNode, ctx: Ctx): ShellNode {
    const stageNodes = n.children.filter((c) => STATEMENTS.has(c.type));
    const stages: ShellNode[] = [];
    stageNodes.forEach((k, i) => {
      const last = i === stageNodes.length - 1;
      const s = this.stmt(k, last ? ctx : { ...ctx, subshell: true });
      if (s) stages.push(s);
    });
    return { kind: 'pipeline', stages, range: this.nodeRange(n) };
  }

  /** Splits `kw cond... then body...` (if / elif) into its condition and body. */
  private clause(kids: TSNode[], startTok: TSNode, ctx: Ctx, condCtx: Ctx) {
    const thenIdx = kids.findIndex((c) => c.type === 'then');
    const condKids = thenIdx < 0 ? kids : kids.slice(0, thenIdx);
    const bodyKids = thenIdx < 0 ? [] : kids.slice(thenIdx + 1).filter((c) => c.type !== 'elif_clause' && c.type !== 'else_clause');
    const condition = this.block(condKids, condCtx);
    const body = this.block(bodyKids, { ...ctx, reach: 'conditional' });
    let end = this.s(startTok);
    for (const c of [...condKids, ...bodyKids]) {
      if ((STATEMENTS.has(c.type) || c.type === 'then') && !c.isMissing) end = Math.max(end, this.e(c));
    }
    return { condition, body, range: this.range(this.s(startTok), end) };
  }

  private ifStatement(n: TSNode, ctx: Ctx): ShellNode {
    const kids = n.children;
    const clauses = [this.clause(kids.filter((c) => c.type !== 'fi'), n, ctx, ctx)];
    let otherwise: ShellNode[] | undefined;
    for (const k of kids) {
      if (k.type === 'elif_clause') {
        const cctx: Ctx = { ...ctx, reach: 'conditional' };
        clauses.push(this.clause(k.children, k, cctx, cctx));
      } else if (k.type === 'else_clause') {
        otherwise = this.block(k.children, { ...ctx, reach: 'conditional' });
      }
    }
    const out: ShellNode = { kind: 'if', clauses, range: this.nodeRange(n) };
    if (otherwise) out.otherwise = otherwise;
    return out;
  }

  private doGroup(body: TSNode | null, ctx: Ctx): ShellNode[] {
    if (!body) return [];
    if (body.type === 'do_group' || body.type === 'compound_statement') return this.block(body.children, ctx);
    const s = this.stmt(body, ctx);
    return s ? [s] : [];
  }

  private whileStatement(n: TSNode, ctx: Ctx): ShellNode {
    const loop = n.child(0)?.type === 'until' ? 'until' : 'while';
    const condKids = n.children.filter((_, i) => n.fieldNameForChild(i) === 'condition');
    const condition = this.block(condKids, ctx);
    const body = this.doGroup(n.childForFieldName('body'), { ...ctx, reach: 'conditional' });
    return { kind: 'loop', loop, condition, body, range: this.nodeRange(n) };
  }

  private forStatement(n: TSNode, ctx: Ctx): ShellNode {
    const variable = n.type === 'for_statement' ? n.childForFieldName('variable') : null;
    const items = this.words(n.childrenForFieldName('value'));
    this.flushSubs(ctx);
    const body = this.doGroup(n.childForFieldName('body'), { ...ctx, reach: 'conditional' });
    const out: ShellNode = { kind: 'loop', loop: 'for', condition: [], body, range: this.nodeRange(n) };
    if (variable) {
      out.variable = this.raw(variable);
      if (n.children.some((c) => c.type === 'in')) out.items = items;
    }
    return out;
  }

  private caseStatement(n: TSNode, ctx: Ctx): ShellNode {
    const valueNode = n.childForFieldName('value');
    const word = valueNode
      ? this.word(valueNode, false, true)
      : { raw: '', range: this.range(this.s(n), this.s(n)), parts: [] };
    this.flushSubs(ctx);
    const items: { patterns: ShellWord[]; body: ShellNode[]; range: Range }[] = [];
    for (const item of n.namedChildren) {
      if (item.type !== 'case_item') continue;
      const patterns = item.childrenForFieldName('value').map((v) => this.word(v, false));
      this.flushSubs(ctx);
      const body = this.block(item.children, { ...ctx, reach: 'conditional' });
      items.push({ patterns, body, range: this.nodeRange(item) });
    }
    return { kind: 'case', word, items, range: this.nodeRange(n) };
  }

  private functionDefinition(n: TSNode, ctx: Ctx): ShellNode {
    const nameNode = n.childForFieldName('name');
    const name = nameNode ? this.raw(nameNode) : '';
    if (name && !this.functions.includes(name)) this.functions.push(name);
    const bodyNode = n.childForFieldName('body');
    const fctx: Ctx = { reach: 'always', background: false, subshell: ctx.subshell, inFunction: name };
    let body: ShellNode[] = [];
    if (bodyNode?.type === 'compound_statement' && bodyNode.child(0)?.type === '{') body = this.block(bodyNode.children, fctx);
    else if (bodyNode) {
      const s = this.stmt(bodyNode, fctx);
      if (s) body = [s];
    }
    return { kind: 'function', name, body, range: this.nodeRange(n) };
  }

  // --- words -------------------------------------------------------------------------------------------------

  private literalWord(k: TSNode): ShellWord {
    const raw = this.raw(k);
    return { raw, range: this.nodeRange(k), parts: [{ kind: 'literal', value: raw, quoted: false }] };
  }

  /**
   * One word. `noGlob`: no pathname / brace expansion applies (assignment values, the `case` word), so `*` stays
   * literal there.
   */
  word(n: TSNode, quoted: boolean, noGlob = false): ShellWord {
    const b = new PartsBuilder(noGlob);
    this.conv(n, b, quoted);
    return { raw: this.raw(n), range: this.nodeRange(n), parts: b.finish() };
  }

  /** A word made of the given sibling nodes and the text between them, from `start` to `end`. */
  private wordFromKids(kids: TSNode[], start: number, end: number, quoted: boolean, noGlob: boolean): ShellWord {
    const b = new PartsBuilder(noGlob);
    this.convSpan(kids, start, end, b, quoted);
    return { raw: this.text.slice(start, end), range: this.range(start, end), parts: b.finish() };
  }

  private convSpan(kids: TSNode[], start: number, end: number, b: PartsBuilder, quoted: boolean): void {
    let pos = start;
    for (const k of kids) {
      const ks = this.s(k);
      const ke = this.e(k);
      if (ks < pos || ke > end) continue;
      if (ks > pos) this.gap(this.text.slice(pos, ks), b, quoted);
      if (k.isNamed) this.conv(k, b, quoted);
      else this.gap(this.raw(k), b, quoted);
      pos = ke;
    }
    if (end > pos) this.gap(this.text.slice(pos, end), b, quoted);
  }

  private gap(t: string, b: PartsBuilder, quoted: boolean): void {
    if (quoted) b.lit(unescapeDouble(t), true);
    else b.raw(t);
  }

  /** One node of a word into its parts (words nest through quotes and `${x:-...}` operands: see stmt()). */
  private conv(n: TSNode, b: PartsBuilder, quoted: boolean): void {
    if (!this.enter(n)) {
      b.part({ kind: 'command-sub', text: this.raw(n), quoted });
      return;
    }
    try {
      this.part(n, b, quoted);
    } finally {
      this.depth--;
    }
  }

  private part(n: TSNode, b: PartsBuilder, quoted: boolean): void {
    switch (n.type) {
      case 'string': {
        const kids = n.children;
        const open = kids[0]?.type === '"' ? kids[0] : undefined;
        const close = kids.length > 1 && kids[kids.length - 1]!.type === '"' ? kids[kids.length - 1] : undefined;
        const start = open ? this.e(open) : this.s(n);
        const end = close && !close.isMissing ? this.s(close) : this.e(n);
        b.lit('', true);
        let pos = start;
        for (const k of kids) {
          if (k === open || k === close) continue;
          const ks = this.s(k);
          if (ks > pos) b.lit(unescapeDouble(this.text.slice(pos, ks)), true);
          if (k.type === 'string_content' || !k.isNamed) b.lit(unescapeDouble(this.raw(k)), true);
          else this.conv(k, b, true);
          pos = this.e(k);
        }
        if (end > pos) b.lit(unescapeDouble(this.text.slice(pos, end)), true);
        return;
      }
      case 'raw_string': {
        const t = this.raw(n);
        b.lit(t.length >= 2 && t.endsWith("'") ? t.slice(1, -1) : t.slice(1), true);
        return;
      }
      case 'ansi_c_string': {
        const t = this.raw(n);
        b.lit(unescapeAnsiC(t.length >= 3 && t.endsWith("'") ? t.slice(2, -1) : t.slice(2)), true);
        return;
      }
      case 'simple_expansion': {
        const t = this.raw(n);
        if (t.length < 2) b.lit(t, quoted);
        else b.part({ kind: 'param', name: t.slice(1), quoted });
        return;
      }
      case 'expansion':
        this.expansion(n, b, quoted);
        return;
      case 'command_substitution':
      case 'process_substitution':
        b.part({ kind: 'command-sub', text: this.raw(n), quoted });
        this.subs.push(n);
        return;
      case 'arithmetic_expansion':
        b.part({ kind: 'arith', text: this.raw(n), quoted });
        return;
      case 'translated_string':
      case 'concatenation':
      case 'command_name':
        this.convSpan(n.children, this.s(n), this.e(n), b, quoted);
        return;
      case 'brace_expression':
        this.gap(this.raw(n), b, quoted);
        return;
      default:
        if (n.namedChildCount > 0) this.convSpan(n.children, this.s(n), this.e(n), b, quoted);
        else this.gap(this.raw(n), b, quoted);
    }
  }

  private expansion(n: TSNode, b: PartsBuilder, quoted: boolean): void {
    const kids = n.children;
    let i = kids[0]?.type === '${' ? 1 : 0;
    let length = false;
    let indirect = false;
    while (i < kids.length && !kids[i]!.isNamed && kids[i]!.type !== '}' && n.fieldNameForChild(i) === 'operator') {
      if (kids[i]!.type === '#') length = true;
      else if (kids[i]!.type === '!') indirect = true;
      i++;
    }
    let name = '';
    const nameKid = kids[i];
    if (nameKid && (nameKid.type === 'variable_name' || nameKid.type === 'special_variable_name' || nameKid.type === 'subscript')) {
      name = this.raw(nameKid);
      i++;
    }
    if (!name && length) {
      // `${#}` is `$#`.
      name = '#';
      length = false;
    }
    const close = kids.length > 0 && kids[kids.length - 1]!.type === '}' ? kids[kids.length - 1]! : undefined;
    const closeStart = close ? this.s(close) : this.e(n);
    let op: string | undefined;
    let operand: ShellWord | undefined;
    if (i < kids.length && kids[i] !== close && n.fieldNameForChild(i) === 'operator') {
      const opKid = kids[i]!;
      op = opKid.type;
      const opEnd = this.e(opKid);
      const pattern = PATTERN_OPS.has(op);
      const pb = new PartsBuilder(pattern ? false : b.noGlob);
      this.convSpan(kids.slice(i + 1), opEnd, closeStart, pb, pattern ? false : quoted);
      operand = { raw: this.text.slice(opEnd, closeStart), range: this.range(opEnd, closeStart), parts: pb.finish() };
    }
    if (indirect) op = op ? `!${op}` : '!';
    if (!name) {
      // Not a parameter tree-sitter understood (`${}`, errors): keep it as an unknown substitution.
      b.part({ kind: 'command-sub', text: this.raw(n), quoted });
      return;
    }
    const part: WordPart = { kind: 'param', name, quoted };
    if (op !== undefined) part.op = op;
    if (operand !== undefined) part.operand = operand;
    if (length) part.length = true;
    b.part(part);
  }
}

/** Whether a list holds a `||` along its left spine (in a loop: see list()). */
function chainHasOr(n: TSNode | undefined): boolean {
  for (let cur = n; cur?.type === 'list'; cur = cur.namedChildren.find((c) => STATEMENTS.has(c.type))) {
    if (cur.children.some((c) => c.type === '||')) return true;
  }
  return false;
}

// --- word scanning ------------------------------------------------------------------------------------------

/** Accumulates the parts of one word; unquoted raw text is buffered and scanned for globs, escapes and `~`. */
class PartsBuilder {
  private parts: WordPart[] = [];
  private pending = '';
  private pendingAtStart = false;
  private started = false;
  constructor(readonly noGlob: boolean) {}

  raw(text: string): void {
    if (!text) return;
    if (!this.pending) this.pendingAtStart = !this.started;
    this.pending += text;
    this.started = true;
  }
  lit(value: string, quoted: boolean): void {
    this.flush(false);
    this.parts.push({ kind: 'literal', value, quoted });
    this.started = true;
  }
  part(p: WordPart): void {
    this.flush(false);
    this.parts.push(p);
    this.started = true;
  }
  private flush(final: boolean): void {
    if (!this.pending) return;
    this.parts.push(...scanUnquoted(this.pending, this.pendingAtStart, final, this.noGlob));
    this.pending = '';
  }
  finish(): WordPart[] {
    this.flush(true);
    const out: WordPart[] = [];
    for (const p of this.parts) {
      const prev = out[out.length - 1];
      if (p.kind === 'literal' && prev?.kind === 'literal' && prev.quoted === p.quoted) {
        out[out.length - 1] = { kind: 'literal', value: prev.value + p.value, quoted: p.quoted };
      } else out.push(p);
    }
    // An empty quoted literal only matters when it is the whole word (`""` is one empty argument).
    if (out.length > 1) return out.filter((p) => !(p.kind === 'literal' && p.value === ''));
    return out;
  }
}

/** Unquoted word text: backslash escapes, `*` `?` `[...]` globs, `{a,b}` / `{1..3}` brace expansions, leading `~`. */
function scanUnquoted(s: string, atWordStart: boolean, atWordEnd: boolean, noGlob: boolean): WordPart[] {
  const out: WordPart[] = [];
  let lit = '';
  let i = 0;
  const flushLit = () => {
    if (lit) out.push({ kind: 'literal', value: lit, quoted: false });
    lit = '';
  };
  if (atWordStart && s[0] === '~') {
    let j = 1;
    while (j < s.length && s[j] !== '/' && s[j] !== '\\' && s[j] !== '*' && s[j] !== '?' && s[j] !== '[') j++;
    if (j < s.length ? s[j] === '/' : atWordEnd) {
      out.push({ kind: 'tilde', user: s.slice(1, j) });
      i = j;
    }
  }
  while (i < s.length) {
    const c = s[i]!;
    if (c === '\\') {
      if (s[i + 1] === '\n') i += 2;
      else if (s[i + 1] === '\r' && s[i + 2] === '\n') i += 3;
      else if (i + 1 < s.length) {
        lit += s[i + 1];
        i += 2;
      } else {
        lit += c;
        i++;
      }
      continue;
    }
    if (!noGlob) {
      if (c === '*' || c === '?') {
        flushLit();
        out.push({ kind: 'glob', text: c });
        i++;
        continue;
      }
      if (c === '[') {
        const end = bracketEnd(s, i);
        if (end > 0) {
          flushLit();
          out.push({ kind: 'glob', text: s.slice(i, end) });
          i = end;
          continue;
        }
      }
      if (c === '{') {
        const end = braceEnd(s, i);
        if (end > 0) {
          flushLit();
          out.push({ kind: 'glob', text: s.slice(i, end) });
          i = end;
          continue;
        }
      }
    }
    lit += c;
    i++;
  }
  flushLit();
  return out;
}

/** End (exclusive) of a `[...]` bracket expression starting at `i`, or -1. */
function bracketEnd(s: string, i: number): number {
  let j = i + 1;
  if (s[j] === '!' || s[j] === '^') j++;
  if (s[j] === ']') j++;
  while (j < s.length) {
    if (s[j] === '\\') j += 2;
    else if (s[j] === '[' && s[j + 1] === ':') {
      const k = s.indexOf(':]', j + 2);
      j = k < 0 ? j + 1 : k + 2;
    } else if (s[j] === ']') return j + 1;
    else j++;
  }
  return -1;
}

/** End (exclusive) of a brace expansion `{a,b}` / `{1..3}` starting at `i`, or -1 when the braces are literal. */
function braceEnd(s: string, i: number): number {
  let depth = 0;
  let comma = false;
  for (let j = i; j < s.length; j++) {
    const c = s[j];
    if (c === '\\') {
      j++;
      continue;
    }
    if (c === '{') depth++;
    else if (c === '}') {
      depth--;
      if (depth === 0) {
        const inner = s.slice(i + 1, j);
        return comma || isSequence(inner) ? j + 1 : -1;
      }
    } else if (c === ',' && depth === 1) comma = true;
  }
  return -1;
}

/** `1..3`, `a..z`, `1..10..2` */
function isSequence(inner: string): boolean {
  const parts = inner.split('..');
  if (parts.length < 2 || parts.length > 3) return false;
  const isInt = (t: string) => {
    const digits = t[0] === '-' || t[0] === '+' ? t.slice(1) : t;
    return digits.length > 0 && [...digits].every((ch) => ch >= '0' && ch <= '9');
  };
  const isChar = (t: string) => t.length === 1 && !(t >= '0' && t <= '9');
  const [a, b2, step] = parts as [string, string, string | undefined];
  if (step !== undefined && !isInt(step)) return false;
  return (isInt(a) && isInt(b2)) || (isChar(a) && isChar(b2));
}

/** Inside double quotes a backslash escapes only `$`, backquote, `"`, `\` and newline. */
/** The text of an unquoted here-document: a backslash escapes only `$`, `` ` ``, `\\` and a newline (which it removes). */
function unescapeHeredoc(s: string): string {
  if (!s.includes('\\')) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const n = s[i + 1];
    if (c === '\\' && (n === '$' || n === '`' || n === '\\')) {
      out += n;
      i++;
    } else if (c === '\\' && n === '\n') i++;
    else out += c;
  }
  return out;
}

export function unescapeDouble(s: string): string {
  if (!s.includes('\\')) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\\' && i + 1 < s.length) {
      const n = s[i + 1]!;
      if (n === '$' || n === '`' || n === '"' || n === '\\') {
        out += n;
        i++;
        continue;
      }
      if (n === '\n') {
        i++;
        continue;
      }
      if (n === '\r' && s[i + 2] === '\n') {
        i += 2;
        continue;
      }
    }
    out += c;
  }
  return out;
}

const ANSI_SIMPLE: Record<string, string> = {
  a: '\x07',
  b: '\b',
  e: '\x1b',
  E: '\x1b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
  "'": "'",
  '"': '"',
  '?': '?',
};

const isHex = (c: string | undefined) =>
  c !== undefined && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'));
const isOct = (c: string | undefined) => c !== undefined && c >= '0' && c <= '7';

/** The inside of `$'...'`. */
export function unescapeAnsiC(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '\\' || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const n = s[i + 1]!;
    const simple = ANSI_SIMPLE[n];
    if (simple !== undefined) {
      out += simple;
      i++;
    } else if (isOct(n)) {
      let j = i + 1;
      let digits = '';
      while (j < s.length && digits.length < 3 && isOct(s[j])) digits += s[j++];
      out += String.fromCharCode(parseInt(digits, 8));
      i = j - 1;
    } else if (n === 'x' || n === 'u' || n === 'U') {
      const max = n === 'x' ? 2 : n === 'u' ? 4 : 8;
      let j = i + 2;
      let digits = '';
      while (j < s.length && digits.length < max && isHex(s[j])) digits += s[j++];
      if (!digits) {
        out += c + n;
        i++;
        continue;
      }
      const code = parseInt(digits, 16);
      out += code <= 0x10ffff ? String.fromCodePoint(code) : '';
      i = j - 1;
    } else if (n === 'c' && i + 2 < s.length) {
      out += String.fromCharCode(s.charCodeAt(i + 2) & 0x1f);
      i += 2;
    } else {
      out += c + n;
      i++;
    }
  }
  return out;
}

