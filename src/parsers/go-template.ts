import { parse as parseYamlValue } from 'yaml';

// The small part of Go's text/template language (Helm's and GoReleaser's templates) that a value can be read from
// statically: text with `{{ … }}` actions whose pipelines are field chains (`.Values.a.b`, `.Env.NAME`,
// `.ProjectName`), string literals, and the functions `default`, `quote`, `squote`, `toString` and `trim`. Anything
// else (`include`, `tpl`, variables, conditionals, other functions) makes the value unknown. A scanner of its own,
// not a regular expression; src/link/helm.ts evaluates the result against the chart's values.yaml and Chart.yaml,
// src/parsers/goreleaser.ts against what a GoReleaser configuration fixes (its project name, its `env:` list).

export type TemplateOperand =
  | { kind: 'field'; root: string; path: string[] }
  | { kind: 'string'; value: string };

/** One command of a pipeline: a function with arguments, or a lone operand (`fn` undefined). */
export interface TemplateCommand {
  fn?: 'default' | 'quote' | 'squote' | 'toString' | 'trim';
  args: TemplateOperand[];
}

export type TemplatePart = { kind: 'text'; text: string } | { kind: 'action'; pipeline: TemplateCommand[] };

/** A part of `templateParts`: an action outside the subset has no pipeline (its value is not known). */
export type LooseTemplatePart = { kind: 'text'; text: string } | { kind: 'action'; pipeline?: TemplateCommand[] };

const FUNCTIONS = new Set(['default', 'quote', 'squote', 'toString', 'trim']);

/** Text and actions in order, or undefined when an action is outside the subset (or the text is not well formed). */
export function parseTemplate(text: string): TemplatePart[] | undefined {
  const parts = templateParts(text);
  return parts && parts.every((p) => p.kind === 'text' || p.pipeline) ? (parts as TemplatePart[]) : undefined;
}

/** Actions that make the text around them conditional or repeated: the text cannot be read part by part. */
const CONTROL = new Set(['if', 'else', 'end', 'range', 'with', 'define', 'block', 'template', 'break', 'continue']);

/**
 * Text and actions in order, an action outside the subset kept without its pipeline; undefined when the text is not
 * well formed or holds control actions (`{{ if }}`, `{{ range }}` …), whose text in between may or may not appear.
 */
export function templateParts(text: string): LooseTemplatePart[] | undefined {
  const parts: LooseTemplatePart[] = [];
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    if (open < 0) {
      parts.push({ kind: 'text', text: text.slice(i) });
      break;
    }
    if (open > i) parts.push({ kind: 'text', text: text.slice(i, open) });
    const close = findClose(text, open + 2);
    if (close < 0) return undefined;
    let body = text.slice(open + 2, close);
    if (body.startsWith('-') && isSpace(body[1])) body = body.slice(1);
    if (body.endsWith('-') && isSpace(body[body.length - 2])) body = body.slice(0, -1);
    const tokens = tokenize(body);
    const first = tokens?.[0];
    if (first?.kind === 'word' && CONTROL.has(first.text)) return undefined;
    if (body.trimStart().startsWith('/*')) return undefined;
    const pipeline = tokens ? parsePipeline(tokens) : undefined;
    parts.push(pipeline ? { kind: 'action', pipeline } : { kind: 'action' });
    i = close + 2;
  }
  return parts;
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** Index of the `}}` that closes an action whose body starts at `from` (string literals skipped), or -1. */
function findClose(text: string, from: number): number {
  for (let k = from; k < text.length; k++) {
    const c = text[k];
    if (c === '"') {
      for (k++; k < text.length && text[k] !== '"'; k++) if (text[k] === '\\') k++;
    } else if (c === '`') {
      k = text.indexOf('`', k + 1);
      if (k < 0) return -1;
    } else if (c === '}' && text[k + 1] === '}') return k;
  }
  return -1;
}

type Token = { kind: 'word'; text: string } | { kind: 'string'; value: string } | { kind: 'pipe' } | { kind: 'paren' };

function tokenize(body: string): Token[] | undefined {
  const out: Token[] = [];
  let k = 0;
  while (k < body.length) {
    const c = body[k]!;
    if (isSpace(c)) {
      k++;
    } else if (c === '|') {
      out.push({ kind: 'pipe' });
      k++;
    } else if (c === '(' || c === ')') {
      out.push({ kind: 'paren' });
      k++;
    } else if (c === '"') {
      let value = '';
      let j = k + 1;
      for (; j < body.length && body[j] !== '"'; j++) {
        if (body[j] === '\\') {
          const e = body[++j];
          if (e === 'n') value += '\n';
          else if (e === 't') value += '\t';
          else if (e === '"' || e === '\\') value += e;
          else return undefined;
        } else value += body[j];
      }
      if (j >= body.length) return undefined;
      out.push({ kind: 'string', value });
      k = j + 1;
    } else if (c === '`') {
      const j = body.indexOf('`', k + 1);
      if (j < 0) return undefined;
      out.push({ kind: 'string', value: body.slice(k + 1, j) });
      k = j + 1;
    } else {
      let j = k;
      while (j < body.length && !isSpace(body[j]) && !'|()"`'.includes(body[j]!)) j++;
      out.push({ kind: 'word', text: body.slice(k, j) });
      k = j;
    }
  }
  return out;
}

function operand(t: Token): TemplateOperand | undefined {
  if (t.kind === 'string') return { kind: 'string', value: t.value };
  if (t.kind !== 'word') return undefined;
  // `.Values.a.b` or `$.Values.a.b` (the root context); nothing else (variables, `.` alone) is known here.
  const text = t.text.startsWith('$.') ? t.text.slice(1) : t.text;
  if (!text.startsWith('.')) return undefined;
  const path = text.slice(1).split('.');
  const root = path.shift();
  if (!root || path.some((p) => p === '')) return undefined;
  return { kind: 'field', root, path };
}

function parsePipeline(tokens: Token[]): TemplateCommand[] | undefined {
  if (tokens.length === 0 || tokens.some((t) => t.kind === 'paren')) return undefined;
  const commands: TemplateCommand[] = [];
  let cur: Token[] = [];
  const flush = (): boolean => {
    if (cur.length === 0) return false;
    const [head, ...rest] = cur;
    let cmd: TemplateCommand;
    if (head!.kind === 'word' && FUNCTIONS.has(head!.text)) {
      cmd = { fn: head!.text as TemplateCommand['fn'] & string, args: [] };
      for (const t of rest) {
        const o = operand(t);
        if (!o) return false;
        cmd.args.push(o);
      }
    } else {
      const o = operand(head!);
      if (!o || rest.length > 0) return false;
      cmd = { args: [o] };
    }
    commands.push(cmd);
    cur = [];
    return true;
  };
  for (const t of tokens) {
    if (t.kind === 'pipe') {
      if (!flush()) return undefined;
    } else cur.push(t);
  }
  if (!flush()) return undefined;
  return commands;
}

/**
 * What a Helm action alone on its line(s) does to the YAML structure around it, as far as values can be followed:
 * `toYaml <x>` (also `<x> | toYaml`), optionally indented (`| nindent 8`, `| indent 2`) or trimmed, writes the value
 * `x` as YAML; `with <x>` makes `.` stand for `x` until its `end`; `if` keeps `.`; `range`, `define` and `block` make
 * it unknown. `x`: a `.Values` path (`[]`: `.Values` itself), `dot` (`.`), or undefined for anything else.
 */
export type StructuralAction =
  | { kind: 'toYaml'; of: ValuesRef }
  | { kind: 'with'; of: ValuesRef }
  | { kind: 'if' | 'scope' | 'else' | 'end' | 'other' };
export type ValuesRef = { values: string[] } | 'dot' | undefined;

export function structuralAction(action: string): StructuralAction {
  let body = action.startsWith('{{') ? action.slice(2) : action;
  if (body.endsWith('}}')) body = body.slice(0, -2);
  if (body.startsWith('-') && isSpace(body[1])) body = body.slice(1);
  if (body.endsWith('-') && isSpace(body[body.length - 2])) body = body.slice(0, -1);
  const tokens = tokenize(body);
  const head = tokens?.[0];
  if (!tokens || !head || head.kind !== 'word') return { kind: 'other' };
  switch (head.text) {
    case 'with':
      return { kind: 'with', of: tokens.length === 2 ? valuesRef(tokens[1]!) : undefined };
    case 'if':
      return { kind: 'if' };
    case 'range':
    case 'define':
    case 'block':
      return { kind: 'scope' };
    case 'else':
      return { kind: 'else' };
    case 'end':
      return { kind: 'end' };
  }
  // Split at the pipes: `toYaml x | nindent 8` or `x | toYaml | nindent 8`.
  const commands: Token[][] = [[]];
  for (const t of tokens) {
    if (t.kind === 'pipe') commands.push([]);
    else commands[commands.length - 1]!.push(t);
  }
  let of: ValuesRef;
  let rest: Token[][];
  const first = commands[0]!;
  const word = (t: Token | undefined, text: string) => t?.kind === 'word' && t.text === text;
  if (word(first[0], 'toYaml') && first.length === 2) {
    of = valuesRef(first[1]!);
    rest = commands.slice(1);
  } else if (first.length === 1 && commands[1]?.length === 1 && word(commands[1][0], 'toYaml')) {
    of = valuesRef(first[0]!);
    rest = commands.slice(2);
  } else return { kind: 'other' };
  const layoutOnly = rest.every((c) => ((word(c[0], 'nindent') || word(c[0], 'indent')) && c.length === 2 && c[1]!.kind === 'word' && isDigits(c[1]!.text)) || (c.length === 1 && word(c[0], 'trim')));
  return layoutOnly && of !== undefined ? { kind: 'toYaml', of } : { kind: 'other' };
}

function valuesRef(t: Token): ValuesRef {
  if (t.kind !== 'word') return undefined;
  if (t.text === '.') return 'dot';
  const o = operand(t);
  return o?.kind === 'field' && o.root === 'Values' ? { values: o.path } : t.text === '.Values' || t.text === '$.Values' ? { values: [] } : undefined;
}

function isDigits(s: string): boolean {
  if (s === '') return false;
  for (const c of s) if (c < '0' || c > '9') return false;
  return true;
}

/** The chart a template is rendered with: its values.yaml and Chart.yaml as plain data. */
export interface ChartData {
  values: unknown;
  chart: { Name?: string; Version?: string; AppVersion?: string };
}

/** What Go's template prints for a value, as Helm renders it; undefined for what cannot be printed statically. */
function print(v: unknown): string | undefined {
  if (v === undefined || v === null) return ''; // Helm renders a missing value as empty
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  // Helm's values are float64 and print like Go's %v: 4318 and 0.25 as written, but 1000000 as 1e+06 and 0.00001 as
  // 1e-05. Numbers that Go prints with an exponent are left unknown rather than imitated.
  if (typeof v === 'number') return Number.isFinite(v) && (v === 0 || (Math.abs(v) < 1e6 && Math.abs(v) >= 1e-4)) ? String(v) : undefined;
  return undefined; // maps and lists print as Go syntax
}

function empty(v: unknown): boolean {
  return v === undefined || v === null || v === '' || v === false || v === 0 || (Array.isArray(v) && v.length === 0) || (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);
}

/** The value of a field chain (`.Values.a.b`): undefined when it cannot be known statically. */
export type FieldLookup = (field: Extract<TemplateOperand, { kind: 'field' }>) => { value: unknown } | undefined;

/** A chart's `.Values` and `.Chart`; other roots (`.Release`, `.Capabilities` …) are not known. */
function chartLookup(data: ChartData): FieldLookup {
  return (o) => {
    if (o.root !== 'Values' && o.root !== 'Chart') return undefined;
    let cur: unknown = o.root === 'Values' ? data.values : data.chart;
    for (const key of o.path) {
      if (cur === undefined || cur === null) return { value: undefined };
      if (typeof cur !== 'object' || Array.isArray(cur)) return undefined;
      cur = Object.hasOwn(cur, key) ? (cur as Record<string, unknown>)[key] : undefined;
    }
    return { value: cur };
  };
}

/** What one action prints, its fields looked up with `lookup`; undefined when it cannot be known statically. */
export function renderAction(pipeline: TemplateCommand[], lookup: FieldLookup): string | undefined {
  let piped: { value: unknown } | undefined;
  for (const cmd of pipeline) {
    const args: unknown[] = [];
    for (const a of cmd.args) {
      const v = a.kind === 'string' ? { value: a.value } : lookup(a);
      if (!v) return undefined;
      args.push(v.value);
    }
    if (piped) args.push(piped.value);
    let value: unknown;
    switch (cmd.fn) {
      case undefined:
        if (args.length !== 1) return undefined;
        value = args[0];
        break;
      case 'default':
        if (args.length !== 2) return undefined;
        value = empty(args[1]) ? args[0] : args[1];
        break;
      case 'quote':
      case 'squote':
      case 'toString':
      case 'trim': {
        if (args.length !== 1) return undefined;
        const s = print(args[0]);
        if (s === undefined) return undefined;
        value = cmd.fn === 'quote' ? JSON.stringify(s) : cmd.fn === 'squote' ? `'${s}'` : cmd.fn === 'trim' ? s.trim() : s;
        break;
      }
    }
    piped = { value };
  }
  return print(piped?.value);
}

/** Renders template text with the chart's data; undefined when any part cannot be known statically. */
export function renderTemplate(parts: TemplatePart[], data: ChartData): string | undefined {
  const lookup = chartLookup(data);
  let out = '';
  for (const part of parts) {
    const s = part.kind === 'text' ? part.text : renderAction(part.pipeline, lookup);
    if (s === undefined) return undefined;
    out += s;
  }
  return out;
}

/**
 * The value a Helm-templated YAML scalar gets once rendered: its text (`quoted`: the scalar is quoted in the file,
 * `text` is what is between the quotes) rendered with the chart's data, then, for a plain scalar, read as YAML the
 * way the rendered file would be (`{{ .Values.x | quote }}` renders quotes that YAML takes away). Undefined when
 * it cannot be known.
 */
export function renderScalar(text: string, quoted: boolean, data: ChartData): string | undefined {
  const parts = parseTemplate(text);
  if (!parts) return undefined;
  const rendered = renderTemplate(parts, data);
  if (rendered === undefined || quoted) return rendered;
  const t = rendered.trim();
  if (t.startsWith('"') || t.startsWith("'")) {
    try {
      const v = parseYamlValue(t);
      return typeof v === 'string' ? v : undefined;
    } catch {
      return undefined;
    }
  }
  return t;
}
