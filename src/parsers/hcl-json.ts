// HCL's JSON syntax (github.com/hashicorp/hcl, json/spec.md), for docker-bake.json files: the same blocks and
// attributes as src/parsers/hcl.ts gives for the native syntax, so src/parsers/bake.ts reads both alike.
//
// The JSON is parsed by the `yaml` library (JSON is YAML 1.2; exact node offsets, errors with positions). JSON has
// no schema of its own, so the reader applies the caller's: which top-level properties are blocks (docker-bake:
// `variable`, `target`, `group`, `function`, each with one label). A block property's value is an object whose
// property names are the labels and whose values are bodies (an object, or an array of objects for several blocks
// of the same labels); inside a block body every property is an attribute. A property named `//` is a comment.
//
// A JSON string in an attribute is a template, as in the native syntax: literal text and `${ … }` interpolations,
// `$${` for a literal `${`. An interpolation of a bare name is a variable; anything else in one (a call, a
// conditional) is `other`, which is as much as bake.ts evaluates inside a native template.

import { Composer, Parser, isMap as yamlIsMap, isScalar as yamlIsScalar, isSeq as yamlIsSeq } from 'yaml';
import type { Document, ParsedNode, Scalar as YScalar, YAMLMap } from 'yaml';
import type { ParseProblem, Range, SourceFile } from '../model/source.ts';
import { escapedMarker, type HclBlock, type HclBody, type HclExpr, type HclFile } from './hcl.ts';
import { dropTooDeep } from './yaml.ts';

const isMap = yamlIsMap;
const isScalar = yamlIsScalar;
const isSeq = yamlIsSeq;

/** Parses an HCL JSON file: `blockTypes` are the top-level properties read as blocks (with one label each). Never throws. */
export function parseHclJson(file: SourceFile, blockTypes: ReadonlySet<string>): HclFile {
  const problems: ParseProblem[] = [];
  const range = (s: number, e: number): Range => file.lines.range(file.path, s, e);
  const tokens = Array.from(new Parser().parse(file.text));
  problems.push(...dropTooDeep(tokens, file.text.length, range));
  // The first document (JSON has one; what follows it is an error).
  let doc: Document.Parsed | undefined;
  for (const d of new Composer({ uniqueKeys: false, keepSourceTokens: false, prettyErrors: false }).compose(tokens, true, file.text.length)) {
    if (!doc) doc = d;
    else {
      problems.push({ range: range(d.range[0], d.range[0]), message: 'Invalid JSON: more than one value in the file', severity: 'partial' });
      break;
    }
  }
  if (!doc) return { body: { attributes: [], blocks: [] }, problems };
  for (const e of doc.errors) {
    const [s, t] = e.pos;
    problems.push({ range: range(Math.min(s, file.text.length), Math.min(Math.max(s, t), file.text.length)), message: `Invalid JSON: ${e.message}`, severity: 'partial' });
  }
  const reader = new Reader(file, range);
  const root = doc.contents as ParsedNode | null;
  if (isMap(root)) return { body: reader.body(root, blockTypes), problems };
  if (root && problems.length === 0) problems.push({ range: reader.range(root), message: 'Invalid docker-bake JSON: the file must hold one JSON object', severity: 'error' });
  return { body: { attributes: [], blocks: [] }, problems };
}

const NO_BLOCKS: ReadonlySet<string> = new Set();

class Reader {
  constructor(
    private readonly file: SourceFile,
    private readonly at: (s: number, e: number) => Range,
  ) {}

  range(n: ParsedNode): Range {
    return this.at(n.range[0], n.range[1]);
  }

  private span(from: ParsedNode, to: ParsedNode): Range {
    return this.at(from.range[0], to.range[1]);
  }

  private key(n: unknown): { value: string; range: Range } | undefined {
    return isScalar(n) && typeof n.value === 'string' ? { value: n.value, range: this.range(n as ParsedNode) } : undefined;
  }

  /** `"target": { "<label>": { body } | [ {...}, ... ] }`, or an array of such objects. */
  private blocks(type: string, value: ParsedNode | null, out: HclBlock[]): void {
    if (isSeq(value)) {
      for (const item of value.items) this.blocks(type, item as ParsedNode, out);
      return;
    }
    if (!isMap(value)) return;
    for (const p of value.items) {
      const label = this.key(p.key);
      if (!label || label.value === '//') continue;
      const v = p.value as ParsedNode | null;
      const bodies = isSeq(v) ? (v.items as ParsedNode[]) : [v];
      for (const b of bodies) {
        if (!isMap(b)) continue;
        out.push({ type, labels: [label], body: this.body(b, NO_BLOCKS), range: this.span(p.key as ParsedNode, b) });
      }
    }
  }

  /**
   * A body: the properties named in `blockTypes` are blocks, every other one an attribute (inside a block no caller
   * needs nested blocks, so its body is read with none).
   */
  body(m: YAMLMap, blockTypes: ReadonlySet<string>): HclBody {
    const out: HclBody = { attributes: [], blocks: [] };
    for (const p of m.items) {
      const key = this.key(p.key);
      const v = p.value as ParsedNode | null;
      if (!key || key.value === '//') continue;
      if (blockTypes.has(key.value)) this.blocks(key.value, v, out.blocks);
      else if (v) out.attributes.push({ name: key.value, nameRange: key.range, expr: this.expr(v), range: this.span(p.key as ParsedNode, v) });
    }
    return out;
  }

  private expr(n: ParsedNode): HclExpr {
    const range = this.range(n);
    if (isMap(n)) {
      const entries: { key: HclExpr; value: HclExpr }[] = [];
      for (const p of n.items) {
        const k = p.key as ParsedNode | null;
        const v = p.value as ParsedNode | null;
        if (k && v) entries.push({ key: this.expr(k), value: this.expr(v) });
      }
      return { kind: 'object', entries, range };
    }
    if (isSeq(n)) return { kind: 'tuple', items: (n.items as ParsedNode[]).map((i) => this.expr(i)), range };
    if (isScalar(n)) {
      const v = (n as YScalar).value;
      if (typeof v === 'string') return template(v, range);
      if (typeof v === 'number' || typeof v === 'bigint') return { kind: 'number', text: this.source(n), range };
      if (typeof v === 'boolean') return { kind: 'bool', text: String(v), range };
      if (v === null) return { kind: 'null', text: 'null', range };
    }
    return { kind: 'other', text: this.source(n), range };
  }

  private source(n: ParsedNode): string {
    return this.file.text.slice(n.range[0], n.range[1]);
  }
}

/**
 * A JSON string as an HCL template: literal text and `${ … }` interpolations (the whole string's range for each
 * part: the string's escapes make offsets inside it differ from the file's). `$${` is a literal `${`; a template
 * directive (`%{ … }`) makes the value `other`.
 */
export function template(s: string, range: Range): HclExpr {
  const parts: ({ text: string } | { expr: HclExpr })[] = [];
  let text = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    const marker = escapedMarker(s, i);
    if (marker) {
      text += marker;
      i += 3;
      continue;
    }
    if ((c === '$' || c === '%') && s[i + 1] === '{') {
      const close = closingBrace(s, i + 2);
      if (c === '%' || close < 0) return { kind: 'other', text: s, range };
      if (text) parts.push({ text });
      text = '';
      let inner = s.slice(i + 2, close);
      // `${~ x ~}` strips whitespace around the interpolation; the name is what counts here.
      if (inner.startsWith('~')) inner = inner.slice(1);
      if (inner.endsWith('~')) inner = inner.slice(0, -1);
      inner = inner.trim();
      parts.push({ expr: isIdentifier(inner) ? { kind: 'variable', name: inner, range } : { kind: 'other', text: inner, range } });
      i = close + 1;
      continue;
    }
    text += c;
    i++;
  }
  if (text || parts.length === 0) parts.push({ text });
  return { kind: 'string', parts, range };
}

/** The index of the `}` closing an interpolation whose expression starts at `from` (braces and quoted strings nest), or -1. */
function closingBrace(s: string, from: number): number {
  let depth = 0;
  let quoted = false;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (quoted) {
      if (c === '\\') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** An HCL identifier: a letter or `_`, then letters, digits, `_` and `-`. */
function isIdentifier(s: string): boolean {
  if (s === '') return false;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
    if (!(letter || (i > 0 && ((c >= '0' && c <= '9') || c === '-')))) return false;
  }
  return true;
}

