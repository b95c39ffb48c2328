// Dockerfile parser: dockerfile-ast for the instruction structure, tree-sitter-bash (src/parsers/shell.ts) for RUN
// and shell-form ENTRYPOINT/CMD. Pure: values stay as written (ARG/ENV references unexpanded) with exact ranges;
// src/infer/image.ts evaluates them. Never throws: what cannot be read becomes a ParseProblem.
//
// Shell text is handed to the shell parser as a SAME-LENGTH copy of the instruction's argument text in which
// Docker's own pre-processing is blanked out (escape+newline, comment and empty lines inside a continuation), so
// every shell range maps 1:1 onto the Dockerfile.

import {
  Arg,
  Cmd,
  Copy,
  DockerfileParser,
  Entrypoint,
  Env,
  From,
  JSONInstruction,
  ModifiableInstruction,
  Run,
  Add,
  Workdir,
  type Argument,
  type Heredoc,
  type Instruction,
  type Property,
} from 'dockerfile-ast';
import type { DfArg, DfInstruction, DfStage, DfValue, DockerfileDoc } from '../model/dockerfile.ts';
import type { ShellNode, ShellScript } from '../model/shell.ts';
import type { Range, SourceFile } from '../model/source.ts';
import { splitBlanks } from './blanks.ts';
import { parseDirective } from './directives.ts';
import { parseShell } from './shell.ts';

/** 0-based line/character position as dockerfile-ast (LSP) reports it. */
interface LspPos {
  line: number;
  character: number;
}
interface LspRange {
  start: LspPos;
  end: LspPos;
}

const KNOWN_KEYWORDS = new Set([
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER', 'ONBUILD',
  'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
]);

/** Shell names after which `RUN <<EOF` / `RUN sh <<EOF` runs the heredoc body as the script. */
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'busybox']);

export interface LogicalText {
  /** Same length as the source slice: continuations, comment and empty continuation lines are blanked. */
  sameLength: string;
  /** What Docker passes on: the removed parts dropped entirely. */
  joined: string;
}

/**
 * Docker's line-continuation processing over `text[start, end)`: escape char (+ trailing blanks) + newline is
 * removed, and so are comment lines and empty lines inside the continuation.
 */
export function logicalText(text: string, start: number, end: number, escapeChar: string): LogicalText {
  const seg = text.slice(start, end);
  // Removed spans [s, e) of `seg`, in order and disjoint (at most one per line). Built from slices, not one
  // character at a time: this runs on every RUN, COPY, CMD and ENTRYPOINT of every Dockerfile.
  const removed: number[] = [];
  let ls = 0;
  let first = true;
  while (ls < seg.length) {
    let le = ls;
    while (le < seg.length && seg[le] !== '\n' && seg[le] !== '\r') le++;
    const nl = le < seg.length ? (seg[le] === '\r' && seg[le + 1] === '\n' ? 2 : 1) : 0;
    let fnw = ls;
    while (fnw < le && (seg[fnw] === ' ' || seg[fnw] === '\t')) fnw++;
    if (!first && (fnw === le || seg[fnw] === '#')) {
      // A comment or empty line inside a continuation: Docker drops it with its newline.
      if (le + nl > ls) removed.push(ls, le + nl);
    } else if (nl > 0) {
      let j = le - 1;
      while (j >= ls && (seg[j] === ' ' || seg[j] === '\t')) j--;
      if (j >= ls && seg[j] === escapeChar) removed.push(j, le + nl);
    }
    first = false;
    ls = le + nl;
  }
  if (removed.length === 0) return { sameLength: seg, joined: seg };
  let sameLength = '';
  let joined = '';
  let pos = 0;
  for (let k = 0; k < removed.length; k += 2) {
    const s = removed[k]!;
    const e = removed[k + 1]!;
    const kept = seg.slice(pos, s);
    sameLength += kept + ' '.repeat(e - s);
    joined += kept;
    pos = e;
  }
  const tail = seg.slice(pos);
  return { sameLength: sameLength + tail, joined: joined + tail };
}

/**
 * A JSON array of strings (exec form) with the offset range of each string token (quotes included), or undefined
 * when the text is not one (Docker then uses the shell form). `notStrings` when it is an array of other things.
 */
export function parseJsonArray(
  text: string,
): { items: { value: string; start: number; end: number }[] } | { notStrings: true } | undefined {
  const trimmed = text.trim();
  if (!trimmed.startsWith('[')) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(trimmed);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  if (!parsed.every((x) => typeof x === 'string')) return { notStrings: true };
  const items: { value: string; start: number; end: number }[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] !== '"') {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
    items.push({ value: JSON.parse(text.slice(i, j + 1)) as string, start: i, end: j + 1 });
    i = j + 1;
  }
  return { items };
}

/** A statement tree with its command indices moved by `offset` (when scripts are concatenated). */
function shiftIndices(n: ShellNode, offset: number): ShellNode {
  const all = (ns: ShellNode[]) => ns.map((x) => shiftIndices(x, offset));
  switch (n.kind) {
    case 'command':
      return { ...n, index: n.index + offset };
    case 'and':
    case 'or':
      return { ...n, left: shiftIndices(n.left, offset), right: shiftIndices(n.right, offset) };
    case 'not':
    case 'background':
      return { ...n, body: shiftIndices(n.body, offset) };
    case 'pipeline':
      return { ...n, stages: all(n.stages) };
    case 'group':
    case 'function':
      return { ...n, body: all(n.body) };
    case 'if': {
      const out: ShellNode = { ...n, clauses: n.clauses.map((c) => ({ ...c, condition: all(c.condition), body: all(c.body) })) };
      if (n.otherwise) out.otherwise = all(n.otherwise);
      return out;
    }
    case 'case':
      return { ...n, items: n.items.map((i) => ({ ...i, body: all(i.body) })) };
    case 'loop':
      return { ...n, condition: all(n.condition), body: all(n.body) };
  }
}

/** `<<-` heredocs: leading tabs of every line are removed. */
function stripLeadingTabs(text: string): string {
  let out = '';
  let atLineStart = true;
  for (const c of text) {
    if (atLineStart && c === '\t') continue;
    atLineStart = c === '\n';
    out += c;
  }
  return out;
}

class DockerfileReader {
  private readonly doc: DockerfileDoc;
  private readonly text: string;
  private escape = '\\';

  constructor(private readonly file: SourceFile) {
    this.text = file.text;
    this.doc = { file: file.path, globalArgs: [], stages: [], escapeChar: '\\', problems: [], directives: [] };
  }

  private off(p: LspPos): number {
    return this.file.lines.offset(p.line + 1, p.character + 1);
  }
  private range(start: number, end: number): Range {
    return this.file.lines.range(this.file.path, start, end);
  }
  private lsp(r: LspRange): Range {
    return this.range(this.off(r.start), this.off(r.end));
  }
  private value(r: LspRange, value?: string): DfValue {
    const s = this.off(r.start);
    const e = this.off(r.end);
    return { value: value ?? this.text.slice(s, e), range: this.range(s, e) };
  }
  private problem(range: Range, message: string, severity: 'error' | 'partial' = 'partial'): void {
    this.doc.problems.push({ range, message, severity });
  }

  private shell(text: string, baseOffset: number): ShellScript | undefined {
    try {
      return parseShell(text, { file: this.file.path, lines: this.file.lines, baseOffset });
    } catch (e) {
      this.problem(
        this.range(baseOffset, baseOffset + text.length),
        `could not parse the shell text: ${e instanceof Error ? e.message : String(e)}`,
      );
      return undefined;
    }
  }

  read(): DockerfileDoc {
    let df;
    try {
      df = DockerfileParser.parse(this.text);
    } catch (e) {
      this.problem(this.range(0, 0), `could not parse the Dockerfile: ${e instanceof Error ? e.message : String(e)}`, 'error');
      return this.doc;
    }
    try {
      this.escape = df.getEscapeCharacter() || '\\';
    } catch {
      this.escape = '\\';
    }
    this.doc.escapeChar = this.escape;
    for (const c of df.getComments()) {
      try {
        const d = parseDirective(c.getContent(), this.lsp(c.getRange()));
        if (d) this.doc.directives.push(d);
      } catch {
        // a comment that cannot be read is not a directive
      }
    }
    let stage: DfStage | undefined;
    for (const ins of df.getInstructions()) {
      const range = this.lsp(ins.getRange());
      try {
        if (ins instanceof From) {
          stage = this.from(ins, range);
          this.doc.stages.push(stage);
          continue;
        }
        if (ins instanceof Arg && stage === undefined) {
          this.doc.globalArgs.push(...this.args(ins));
          continue;
        }
        const out = this.instruction(ins, range);
        if (out === undefined) continue;
        if (stage === undefined) {
          this.problem(range, `${ins.getInstruction()} before the first FROM: Docker rejects it (only ARG may come first)`);
          continue;
        }
        stage.instructions.push(out);
      } catch (e) {
        this.problem(range, `could not read this ${ins.getKeyword()} instruction: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (this.doc.stages.length === 0 && this.text.trim() !== '') {
      this.problem(this.range(0, 0), 'no FROM instruction: this is not a Dockerfile Docker can build', 'error');
    }
    return this.doc;
  }

  private from(ins: From, range: Range): DfStage {
    const image = ins.getImage();
    const imageRange = ins.getImageRange();
    let base: DfValue;
    if (image === null || imageRange === null) {
      this.problem(range, 'FROM without an image');
      base = { value: '', range: this.lsp(ins.getInstructionRange()) };
    } else base = this.value(imageRange, image);
    const stage: DfStage = { index: this.doc.stages.length, base, range, instructions: [] };
    const name = ins.getBuildStage();
    const nameRange = ins.getBuildStageRange();
    if (name !== null && nameRange !== null) {
      stage.name = name.toLowerCase();
      stage.nameRange = this.lsp(nameRange);
    }
    const platform = ins.getPlatformFlag();
    const pv = platform?.getValue();
    const pr = platform?.getValueRange();
    if (pv != null && pr != null) stage.platform = this.value(pr, pv);
    return stage;
  }

  /** ARG name[=value] [name[=value] ...]; dockerfile-ast reads `ARG A B` as A with value "B": split it again. */
  private args(ins: Arg): DfArg[] {
    const out: DfArg[] = [];
    const props = ins.getProperties();
    if (props.length === 0) {
      this.problem(this.lsp(ins.getRange()), 'ARG without a name');
      return out;
    }
    for (const p of props) {
      if (p.getAssignmentOperator() === null && p.getValue() !== null) {
        const pr = p.getRange();
        const s = this.off(pr.start);
        const e = this.off(pr.end);
        for (const a of ins.getArguments()) {
          const as = this.off(a.getRange().start);
          if (as < s || as >= e) continue;
          const r = this.lsp(a.getRange());
          out.push({ name: a.getValue(), nameRange: r, range: r });
        }
        continue;
      }
      out.push(this.arg(p));
    }
    return out;
  }

  private arg(p: Property): DfArg {
    const range = this.lsp(p.getRange());
    const a: DfArg = { name: p.getName(), nameRange: this.lsp(p.getNameRange()), range };
    const v = p.getValue();
    const vr = p.getValueRange();
    if (v !== null) {
      if (vr !== null) {
        const dv = this.value(vr, v);
        const raw = this.text.slice(dv.range.start, dv.range.end);
        if (raw !== v) dv.raw = raw;
        a.default = dv;
      } else {
        // `ARG X=` : an empty default ends where the property ends
        a.default = { value: '', range: this.range(range.end, range.end) };
      }
    }
    return a;
  }

  private instruction(ins: Instruction, range: Range): DfInstruction | undefined {
    const keyword = ins.getKeyword();
    if (ins instanceof Arg) return { kind: 'ARG', range, args: this.args(ins) };
    if (ins instanceof Env) return this.env(ins, range);
    if (ins instanceof Workdir) {
      const t = this.argumentText(ins);
      if (t === undefined) {
        this.problem(range, 'WORKDIR without a path');
        return undefined;
      }
      return { kind: 'WORKDIR', range, path: t };
    }
    if (keyword === 'USER') {
      const t = this.argumentText(ins);
      if (t === undefined) {
        this.problem(range, 'USER without a user');
        return undefined;
      }
      return { kind: 'USER', range, user: t };
    }
    if (keyword === 'SHELL') {
      const t = this.argumentText(ins);
      const arr = t === undefined ? undefined : this.jsonArray(t.range.start, range.end);
      if (arr === undefined || arr.length === 0) {
        this.problem(range, 'SHELL requires a JSON array of strings, e.g. SHELL ["/bin/bash", "-c"]');
        return undefined;
      }
      return { kind: 'SHELL', range, argv: arr };
    }
    if (ins instanceof Run) return this.run(ins, range);
    if (ins instanceof Copy || ins instanceof Add) return this.copy(ins, range);
    if (ins instanceof Entrypoint || ins instanceof Cmd) return this.execOrShell(ins, range);
    if (!KNOWN_KEYWORDS.has(keyword)) {
      this.problem(this.lsp(ins.getInstructionRange()), `unknown instruction ${ins.getInstruction()}`);
    }
    return { kind: 'OTHER', keyword, range };
  }

  private env(ins: Env, range: Range): DfInstruction {
    const vars: { name: string; value: DfValue; range: Range }[] = [];
    for (const p of ins.getProperties()) {
      const v = p.getValue();
      const vr = p.getValueRange();
      const pr = this.lsp(p.getRange());
      if (v === null) {
        this.problem(pr, `ENV ${p.getName()} has no value`);
        continue;
      }
      let value: DfValue;
      if (vr !== null) {
        value = this.value(vr, v);
        const raw = this.text.slice(value.range.start, value.range.end);
        if (raw !== v) value.raw = raw;
      } else value = { value: '', range: this.range(pr.end, pr.end) };
      vars.push({ name: p.getName(), value, range: pr });
    }
    if (vars.length === 0 && ins.getProperties().length === 0) this.problem(range, 'ENV without a variable');
    return { kind: 'ENV', range, vars };
  }

  /** The logical (continuation-joined) argument text of an instruction, with its range; undefined if none. */
  private argumentText(ins: Instruction): DfValue | undefined {
    const args = ins.getArguments();
    if (args.length === 0) return undefined;
    const s = this.off(args[0]!.getRange().start);
    const e = this.off(args[args.length - 1]!.getRange().end);
    return { value: logicalText(this.text, s, e, this.escape).joined.trim(), range: this.range(s, e) };
  }

  /**
   * Start offset of the text after the flags, or undefined when there is none. `args` is `ins.getArguments()`
   * (dockerfile-ast re-tokenises the instruction on every call: callers that need the arguments again pass them).
   */
  private bodyStart(ins: Instruction, args: Argument[] = ins.getArguments()): number | undefined {
    if (args.length === 0) return undefined;
    return this.off(args[0]!.getRange().start);
  }

  /**
   * The instruction's heredocs. dockerfile-ast re-tokenises the instruction to find them; a heredoc needs an
   * argument starting with `<<`, so an instruction without a `<` in its text has none.
   */
  private heredocs(ins: Run | Copy, range: Range): Heredoc[] {
    const lt = this.text.indexOf('<', range.start);
    if (lt < 0 || lt >= range.end) return [];
    return ins.getHeredocs();
  }

  private jsonArray(start: number, end: number): DfValue[] | undefined {
    const logical = logicalText(this.text, start, end, this.escape).sameLength;
    const arr = parseJsonArray(logical);
    if (arr === undefined || 'notStrings' in arr) return undefined;
    return arr.items.map((it) => ({ value: it.value, range: this.range(start + it.start, start + it.end) }));
  }

  private flagValues(ins: ModifiableInstruction): DfValue[] {
    return ins.getFlags().map((f) => this.value(f.getRange()));
  }

  private run(ins: Run, range: Range): DfInstruction {
    const out: Extract<DfInstruction, { kind: 'RUN' }> = { kind: 'RUN', range, flags: this.flagValues(ins) };
    const start = this.bodyStart(ins);
    if (start === undefined) {
      this.problem(range, 'RUN without a command');
      return out;
    }
    const end = range.end;
    const heredocs = this.heredocs(ins, range);
    if (heredocs.length > 0) {
      out.script = this.runHeredoc(heredocs, start, end);
      return out;
    }
    const logical = logicalText(this.text, start, end, this.escape);
    const json = parseJsonArray(logical.sameLength);
    if (json !== undefined) {
      if ('notStrings' in json) {
        this.problem(range, 'RUN exec form must be a JSON array of strings');
        return out;
      }
      out.execArgv = json.items.map((it) => ({ value: it.value, range: this.range(start + it.start, start + it.end) }));
      return out;
    }
    const script = this.shell(logical.sameLength, start);
    if (script) out.script = script;
    return out;
  }

  /**
   * `RUN <<EOF` (or `RUN bash <<EOF`): the heredoc body is the script. Anything else (`RUN cat <<EOF > /x`) is
   * parsed as a whole: the shell parser understands heredocs itself.
   */
  private runHeredoc(heredocs: Heredoc[], start: number, end: number): ShellScript | undefined {
    const firstLineEnd = this.lineEnd(start);
    let rest = '';
    let pos = start;
    const markers = heredocs
      .map((h) => ({ s: this.off(h.getStartRange().start), e: this.off(h.getStartRange().end) }))
      .filter((m) => m.s >= start && m.e <= firstLineEnd)
      .sort((a, b) => a.s - b.s);
    for (const m of markers) {
      rest += this.text.slice(pos, m.s) + ' ';
      pos = m.e;
    }
    rest += this.text.slice(pos, firstLineEnd);
    const words = splitBlanks(rest);
    const bodyIsScript =
      markers.length > 0 &&
      (words.length === 0 ||
        (SHELLS.has(words[0]!.slice(words[0]!.lastIndexOf('/') + 1)) && words.slice(1).every((w) => w.startsWith('-'))));
    if (!bodyIsScript) return this.shell(this.text.slice(start, end), start);
    let merged: ShellScript | undefined;
    for (const h of heredocs) {
      const body = this.heredocBody(h);
      if (!body) {
        this.problem(this.lsp(h.getStartRange()), `heredoc ${h.getName()} has no terminating ${h.getName()} line`);
        continue;
      }
      if (body.end <= body.start) continue;
      const script = this.shell(this.text.slice(body.start, body.end), body.start);
      if (!script) continue;
      if (!merged) merged = script;
      else {
        const offset = merged.commands.length;
        merged.commands.push(...script.commands);
        merged.functions.push(...script.functions);
        merged.errors.push(...script.errors);
        if (script.tooDeep) merged.tooDeep ??= script.tooDeep;
        if (merged.body && script.body) merged.body.push(...script.body.map((n) => shiftIndices(n, offset)));
        else delete merged.body;
      }
    }
    return merged ?? { commands: [], functions: [], errors: [] };
  }

  /** Offset of the end of the line holding `offset` (before its newline). */
  private lineEnd(offset: number): number {
    let i = offset;
    while (i < this.text.length && this.text[i] !== '\n' && this.text[i] !== '\r') i++;
    return i;
  }

  /** The heredoc body: from the line after the marker to the start of the delimiter line (final newline kept). */
  private heredocBody(h: Heredoc): { start: number; end: number } | undefined {
    const delim = h.getDelimiterRange();
    if (delim === null) return undefined;
    const markerEnd = this.off(h.getStartRange().end);
    const cr = h.getContentRange();
    let start: number;
    if (cr !== null) start = this.off(cr.start);
    else {
      start = this.lineEnd(markerEnd);
      if (this.text[start] === '\r') start++;
      if (this.text[start] === '\n') start++;
    }
    const delimStart = this.off(delim.start);
    const end = this.file.lines.offset(this.file.lines.position(delimStart).line, 1);
    return { start, end: Math.max(start, end) };
  }

  private copy(ins: Copy | Add, range: Range): DfInstruction {
    const kind = ins instanceof Copy ? 'COPY' : 'ADD';
    const flags = ins.getFlags();
    const flag = (name: string) => flags.find((f) => f.getName().toLowerCase() === name);
    const flagValue = (name: string): DfValue | undefined => {
      const f = flag(name);
      const v = f?.getValue();
      const r = f?.getValueRange();
      return v != null && r != null ? this.value(r, v) : undefined;
    };
    const linkFlag = flag('link');
    const linkValue = linkFlag?.getValue();
    const out: Extract<DfInstruction, { kind: 'COPY' | 'ADD' }> = {
      kind,
      range,
      link: linkFlag !== undefined && (linkValue === null || linkValue === undefined || linkValue === '' || linkValue === 'true'),
      sources: [],
      dest: { value: '', range },
    };
    const from = flagValue('from');
    if (from) out.from = from;
    const chmod = flagValue('chmod');
    if (chmod) out.chmod = chmod;
    const chown = flagValue('chown');
    if (chown) out.chown = chown;

    const args = ins.getArguments();
    const start = this.bodyStart(ins, args);
    if (start === undefined) {
      this.problem(range, `${kind} without source and destination`);
      return out;
    }
    const heredocs = ins instanceof Copy ? this.heredocs(ins, range) : [];
    if (heredocs.length === 0) {
      const logical = logicalText(this.text, start, range.end, this.escape).sameLength;
      const json = parseJsonArray(logical);
      if (json !== undefined && !('notStrings' in json)) {
        const vals = json.items.map((it) => ({ value: it.value, range: this.range(start + it.start, start + it.end) }));
        if (vals.length < 2) this.problem(range, `${kind} needs at least one source and a destination`);
        else {
          out.dest = vals.pop()!;
          out.sources = vals;
        }
        return out;
      }
    }
    // Whitespace-separated words on the instruction's own lines (not the heredoc bodies, not the markers).
    const markerStarts = new Set(heredocs.map((h) => this.off(h.getStartRange().start)));
    const docs = heredocs.map((h) => ({ h, body: this.heredocBody(h) }));
    const firstBodyStart = docs.reduce((m, d) => (d.body !== undefined && d.body.start < m ? d.body.start : m), Infinity);
    const words: DfValue[] = [];
    for (const a of args) {
      const s = this.off(a.getRange().start);
      if (markerStarts.has(s) || s >= firstBodyStart) continue;
      words.push(this.value(a.getRange(), a.getValue()));
    }
    if (heredocs.length > 0) {
      const dest = words.pop();
      if (dest === undefined) this.problem(range, `${kind} without a destination`);
      else out.dest = dest;
      out.sources = words;
      out.heredocs = [];
      for (const { h, body } of docs) {
        if (!body) {
          this.problem(this.lsp(h.getStartRange()), `heredoc ${h.getName()} has no terminating ${h.getName()} line`);
          continue;
        }
        const marker = this.text.slice(this.off(h.getStartRange().start), this.off(h.getStartRange().end));
        const raw = this.text.slice(body.start, body.end);
        const content = marker.startsWith('<<-') ? stripLeadingTabs(raw) : raw;
        const entry: NonNullable<typeof out.heredocs>[number] = { name: h.getName(), content, range: this.range(body.start, body.end) };
        // Any quote in the delimiter word turns the expansion off (`<<'EOF'`, `<<"EOF"`, `<<E"O"F`).
        if (!marker.includes("'") && !marker.includes('"')) entry.expand = true;
        if (content.startsWith('#!') || out.dest.value.endsWith('.sh')) {
          const script = this.shell(raw, body.start);
          if (script) entry.script = script;
        }
        out.heredocs.push(entry);
      }
      return out;
    }
    if (words.length < 2) {
      this.problem(range, `${kind} needs at least one source and a destination`);
      if (words.length === 1) out.dest = words[0]!;
      return out;
    }
    out.dest = words.pop()!;
    out.sources = words;
    return out;
  }

  private execOrShell(ins: JSONInstruction, range: Range): DfInstruction {
    const kind = ins instanceof Entrypoint ? 'ENTRYPOINT' : 'CMD';
    const start = this.bodyStart(ins);
    if (start === undefined) {
      this.problem(range, `${kind} without a command`);
      return { kind, range, form: 'exec', argv: [] };
    }
    const logical = logicalText(this.text, start, range.end, this.escape);
    const json = parseJsonArray(logical.sameLength);
    if (json !== undefined) {
      if ('notStrings' in json) {
        this.problem(range, `${kind} exec form must be a JSON array of strings`);
        return { kind, range, form: 'exec', argv: [] };
      }
      return {
        kind,
        range,
        form: 'exec',
        argv: json.items.map((it) => ({ value: it.value, range: this.range(start + it.start, start + it.end) })),
      };
    }
    // Shell form (also `['/x']` in single quotes, which is not JSON).
    let endTrim = range.end;
    while (endTrim > start && (this.text[endTrim - 1] === ' ' || this.text[endTrim - 1] === '\t')) endTrim--;
    const out: Extract<DfInstruction, { kind: 'ENTRYPOINT' | 'CMD' }> = {
      kind,
      range,
      form: 'shell',
      text: { value: logical.joined.trim(), range: this.range(start, endTrim) },
    };
    const script = this.shell(logical.sameLength, start);
    if (script) out.script = script;
    return out;
  }
}

/** Parses a Dockerfile. `initShellParser()` must have been awaited once before (for RUN and shell forms). */
export function parseDockerfile(file: SourceFile): DockerfileDoc {
  try {
    return new DockerfileReader(file).read();
  } catch (e) {
    const range = file.lines.range(file.path, 0, 0);
    return {
      file: file.path,
      globalArgs: [],
      stages: [],
      escapeChar: '\\',
      problems: [{ range, message: `could not parse the Dockerfile: ${e instanceof Error ? e.message : String(e)}`, severity: 'error' }],
      directives: [],
    };
  }
}
