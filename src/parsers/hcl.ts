// HCL (HashiCorp Configuration Language) parsed with tree-sitter-hcl through web-tree-sitter (WASM), for docker-bake
// files. Pure: gives the file's blocks and attributes and their expressions as a small tree with exact ranges; what
// the values mean is read in src/parsers/bake.ts.
//
// Only the inside of a quoted string, which the grammar leaves as raw `template_literal` text, is read by the small
// unescaper at the bottom of this file (`\"`, `\\`, `\n`, `\t`, `\uXXXX`, and `$${` / `%%{` for literal `${` / `%{`).

import type { Node as TSNode } from 'web-tree-sitter';
import type { ParseProblem, Range, SourceFile } from '../model/source.ts';
import { lazyGrammar, utf8ToUtf16 } from './tree-sitter.ts';

const hcl = lazyGrammar('tree-sitter-hcl.wasm', '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm');

/** Loads the HCL grammar (and web-tree-sitter, when the shell parser has not). Idempotent. */
export function initHclParser(): Promise<void> {
  return hcl.init();
}

/** An HCL expression, as far as a docker-bake file needs it; anything else is `other`. */
export type HclExpr =
  /** A quoted string or template: literal text and `${ … }` interpolations. */
  | { kind: 'string'; parts: ({ text: string } | { expr: HclExpr })[]; range: Range }
  | { kind: 'number' | 'bool' | 'null'; text: string; range: Range }
  | { kind: 'tuple'; items: HclExpr[]; range: Range }
  | { kind: 'object'; entries: { key: HclExpr; value: HclExpr }[]; range: Range }
  /** A bare name: a variable (or, as an object key, the key itself). */
  | { kind: 'variable'; name: string; range: Range }
  | { kind: 'call'; name: string; args: HclExpr[]; range: Range }
  /** A conditional, an operation, a `for` expression, a heredoc, a template directive ...: not evaluated. */
  | { kind: 'other'; text: string; range: Range };

export interface HclAttribute {
  name: string;
  nameRange: Range;
  expr: HclExpr;
  range: Range;
}

export interface HclBlock {
  type: string;
  labels: { value: string; range: Range }[];
  body: HclBody;
  range: Range;
}

export interface HclBody {
  attributes: HclAttribute[];
  blocks: HclBlock[];
}

export interface HclFile {
  body: HclBody;
  problems: ParseProblem[];
}

/** Parses an HCL file. Synchronous; `await initHclParser()` first. Never throws on bad input. */
export function parseHcl(file: SourceFile): HclFile {
  const g = hcl.ready();
  if (!g) throw new Error('parseHcl: the HCL parser is not initialised (await initHclParser() first)');
  const tree = g.parser.parse(file.text);
  if (!tree) return { body: { attributes: [], blocks: [] }, problems: [{ range: file.lines.range(file.path, 0, 0), message: 'HCL could not be parsed', severity: 'error' }] };
  try {
    return new HclReader(file, g.utf16 ? (i) => i : utf8ToUtf16(file.text)).read(tree.rootNode);
  } finally {
    tree.delete();
  }
}

class HclReader {
  private readonly problems: ParseProblem[] = [];
  constructor(
    private readonly file: SourceFile,
    /** The runtime's node index -> UTF-16 index (the identity unless the runtime reports UTF-8 bytes). */
    private readonly offset: (i: number) => number,
  ) {}

  read(root: TSNode): HclFile {
    // A file that does not parse as a whole comes back as an ERROR node holding what did parse: read that.
    const body = root.namedChildren.find((c) => c?.type === 'body') ?? root;
    const out = this.body(body);
    if (root.hasError) {
      const bad = firstError(root);
      const at = bad ?? root;
      this.problems.push({
        range: this.range(at),
        message: `Invalid HCL: ${bad?.isMissing ? `"${bad.type}" is missing here` : 'this cannot be read as HCL'}; what follows in its block may not be read`,
        severity: 'partial',
      });
    }
    return { body: out, problems: this.problems };
  }

  private range(n: TSNode): Range {
    return this.file.lines.range(this.file.path, this.offset(n.startIndex), this.offset(n.endIndex));
  }

  private text(n: TSNode): string {
    return this.file.text.slice(this.offset(n.startIndex), this.offset(n.endIndex));
  }

  private body(n: TSNode): HclBody {
    const out: HclBody = { attributes: [], blocks: [] };
    for (const c of n.namedChildren) {
      if (!c) continue;
      if (c.type === 'attribute') {
        const name = c.namedChildren.find((x) => x?.type === 'identifier');
        const expr = c.namedChildren.find((x) => x?.type === 'expression');
        if (name && expr) out.attributes.push({ name: this.text(name), nameRange: this.range(name), expr: this.expr(expr), range: this.range(c) });
      } else if (c.type === 'block') {
        const kids = c.namedChildren.filter((x): x is TSNode => x !== null);
        const type = kids[0]?.type === 'identifier' ? this.text(kids[0]) : '';
        const labels: HclBlock['labels'] = [];
        for (const k of kids.slice(1)) {
          if (k.type === 'string_lit') labels.push({ value: this.stringValue(k), range: this.range(k) });
          else if (k.type === 'identifier') labels.push({ value: this.text(k), range: this.range(k) });
        }
        const inner = kids.find((k) => k.type === 'body');
        out.blocks.push({ type, labels, body: inner ? this.body(inner) : { attributes: [], blocks: [] }, range: this.range(c) });
      }
    }
    return out;
  }

  /** The text of a quoted string literal (no interpolation in it). */
  private stringValue(n: TSNode): string {
    let s = '';
    for (const c of n.namedChildren) if (c?.type === 'template_literal') s += unescape(this.text(c));
    return s;
  }

  private expr(n: TSNode): HclExpr {
    const range = this.range(n);
    // `expression` and `literal_value` / `collection_value` wrap one child.
    if ((n.type === 'expression' || n.type === 'literal_value' || n.type === 'collection_value' || n.type === 'template_expr') && n.namedChildCount === 1) {
      return this.expr(n.namedChild(0)!);
    }
    switch (n.type) {
      case 'string_lit':
      case 'quoted_template': {
        const parts: ({ text: string } | { expr: HclExpr })[] = [];
        for (const c of n.namedChildren) {
          if (!c) continue;
          if (c.type === 'template_literal') parts.push({ text: unescape(this.text(c)) });
          else if (c.type === 'template_interpolation') {
            const e = c.namedChildren.find((x) => x?.type === 'expression');
            parts.push({ expr: e ? this.expr(e) : { kind: 'other', text: this.text(c), range: this.range(c) } });
          } else if (c.type === 'template_directive') return { kind: 'other', text: this.text(n), range };
        }
        return { kind: 'string', parts, range };
      }
      case 'numeric_lit':
        return { kind: 'number', text: this.text(n), range };
      case 'bool_lit':
        return { kind: 'bool', text: this.text(n), range };
      case 'null_lit':
        return { kind: 'null', text: 'null', range };
      case 'tuple':
        return { kind: 'tuple', items: n.namedChildren.filter((c): c is TSNode => c?.type === 'expression').map((c) => this.expr(c)), range };
      case 'object': {
        const entries: { key: HclExpr; value: HclExpr }[] = [];
        for (const c of n.namedChildren) {
          if (c?.type !== 'object_elem') continue;
          const [k, v] = c.namedChildren.filter((x): x is TSNode => x?.type === 'expression');
          if (k && v) entries.push({ key: this.expr(k), value: this.expr(v) });
        }
        return { kind: 'object', entries, range };
      }
      case 'variable_expr': {
        const id = n.namedChildren.find((c) => c?.type === 'identifier');
        return id ? { kind: 'variable', name: this.text(id), range } : { kind: 'other', text: this.text(n), range };
      }
      case 'function_call': {
        const id = n.namedChildren.find((c) => c?.type === 'identifier');
        const argsNode = n.namedChildren.find((c) => c?.type === 'function_arguments');
        const args = argsNode ? argsNode.namedChildren.filter((c): c is TSNode => c?.type === 'expression').map((c) => this.expr(c)) : [];
        // `f(list...)` expands a list into arguments: not evaluated.
        if (!id || (argsNode && argsNode.children.some((c) => c?.type === 'expand_final' || c?.type === '...'))) return { kind: 'other', text: this.text(n), range };
        return { kind: 'call', name: this.text(id), args, range };
      }
      default:
        return { kind: 'other', text: this.text(n), range };
    }
  }
}

function firstError(n: TSNode): TSNode | undefined {
  if (n.isError || n.isMissing) return n;
  for (const c of n.children) {
    if (c && (c.hasError || c.isError || c.isMissing)) {
      const e = firstError(c);
      if (e) return e;
    }
  }
  return undefined;
}

/** HCL's escapes in a quoted string's literal text. An unknown escape is kept as written. */
function unescape(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '\\' && i + 1 < raw.length) {
      const n = raw[i + 1]!;
      const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
      if (simple[n] !== undefined) {
        out += simple[n];
        i++;
        continue;
      }
      if (n === 'u' || n === 'U') {
        const len = n === 'u' ? 4 : 8;
        const hex = raw.slice(i + 2, i + 2 + len);
        if (hex.length === len && [...hex].every((h) => '0123456789abcdefABCDEF'.includes(h))) {
          out += String.fromCodePoint(parseInt(hex, 16));
          i += 1 + len;
          continue;
        }
      }
      out += c;
      continue;
    }
    const marker = escapedMarker(raw, i);
    if (marker) {
      out += marker;
      i += 2;
      continue;
    }
    out += c;
  }
  return out;
}

/** `$${` and `%%{` at `i` of a template's text are a literal `${` and `%{` (3 characters): that marker, else undefined. */
export function escapedMarker(text: string, i: number): string | undefined {
  const c = text[i];
  return (c === '$' || c === '%') && text[i + 1] === c && text[i + 2] === '{' ? `${c}{` : undefined;
}
