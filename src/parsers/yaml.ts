// YAML reading shared by the Kubernetes, Compose, Skaffold and config parsers.
//
// `parseYaml` splits a file into documents with the `yaml` library (CST parser + composer, so positions are exact
// node offsets), turns syntax errors into ParseProblems, extracts suppression directives from comments and, for Helm
// templates, blanks every `{{ ... }}` action first with same-length filler so the rest still parses and every offset
// stays the file's own.
//
// `YamlReader` (one per document) turns nodes into model `Scalar`s with exact ranges and never throws on a value of
// the wrong shape: it returns undefined and records a 'partial' ParseProblem instead (silently for null values and
// for values a Helm action produced).
//
// Decisions (see also the report in the task):
// - Schema: YAML 1.2 core for structure (`<<` merge keys enabled: compose files use them). String fields keep the
//   scalar's text as written (`value: 1.10` reads "1.10"). Boolean fields are decoded per the consumer:
//   'k8s'   — sigs.k8s.io/yaml converts YAML with go-yaml v2, which resolves YAML 1.1 booleans, so y/Y/yes/Yes/YES/on/
//             On/ON/true/True/TRUE are true (and the n/no/off/false family false) in a manifest;
//   'core'  — YAML 1.2 core (compose-go uses go.yaml.in/yaml/v4): only true/True/TRUE/false/False/FALSE.
//   A quoted "true" in a boolean field is not a boolean (the API server rejects it): a 'partial' problem.
// - `k8sString`: Kubernetes decodes manifests to JSON first, so an unquoted `8080`, `true` or `yes` in a string
//   field (env value, annotation value, args item) arrives as a number/boolean and the API server rejects the
//   object. Readers ask for this check where Kubernetes has a string field; it yields a 'partial' problem.
// - Duplicate keys: the last one wins (go-yaml v2 / JSON semantics) and a 'partial' problem is reported; in Helm
//   templates duplicates usually come from `if`/`else` branches, so there the values are marked `unknown` instead.
// - Aliases are followed lazily (a value's range is where its anchor is written); merge keys are resolved on lookup,
//   explicit keys win over merged ones, earlier merge sources over later ones. Cycles are cut. Whole-subtree
//   conversion (`toJS`) is bounded by MAX_ALIAS_COUNT, so alias bombs cannot blow up.

import { Composer, Parser, parse as parseYamlText, visit, isAlias as yamlIsAlias, isMap as yamlIsMap, isScalar as yamlIsScalar, isSeq as yamlIsSeq } from 'yaml';
import type { CST, Document, Pair, ParsedNode, Scalar as YScalar, YAMLMap, YAMLSeq } from 'yaml';
import type { Directive, ParseProblem, Range, SourceFile } from '../model/source.ts';
import { TEMPLATE_ACTION, type Scalar } from '../model/workload.ts';
import { parseDirective } from './directives.ts';
import { structuralAction } from './go-template.ts';

// Read once: in the bundle, every use of a CommonJS package's named export goes through a getter (esbuild's
// interop), and these run for every YAML node of every file.
const isAlias = yamlIsAlias;
const isMap = yamlIsMap;
const isScalar = yamlIsScalar;
const isSeq = yamlIsSeq;

/** Larger YAML files are not parsed (a 20 MB document takes ~30 s and ~3 GB in the `yaml` library). */
export const MAX_YAML_CHARS = 5_000_000;
/** Bound for alias expansion when a subtree is converted to plain JS (alias bombs). */
export const MAX_ALIAS_COUNT = 100;
/**
 * Collections nested deeper than this are not read. The library composes a document recursively: ~800 levels
 * exhaust the stack, and then it is not only an error the library catches: V8 aborts the whole process ("RegExpCompiler
 * Allocation failed") when a regular expression is compiled with the stack nearly full. Kubernetes manifests nest
 * ~10-60 levels (a CRD's schema the most).
 */
export const MAX_YAML_DEPTH = 200;

/**
 * The offset of the first collection of a parsed document (CST) nested deeper than `limit`, if any. Walked with a
 * stack of its own (a recursive walk would run out of stack on the inputs this is for).
 */
function tooDeep(doc: CST.Document, limit: number): number | undefined {
  const todo: [CST.Token, number][] = doc.value ? [[doc.value, 1]] : [];
  for (let next = todo.pop(); next !== undefined; next = todo.pop()) {
    const [t, depth] = next;
    if (t.type !== 'block-map' && t.type !== 'block-seq' && t.type !== 'flow-collection') continue;
    if (depth > limit) return t.offset;
    for (const item of t.items as { key?: CST.Token | null; value?: CST.Token }[]) {
      if (item.key) todo.push([item.key, depth + 1]);
      if (item.value) todo.push([item.value, depth + 1]);
    }
  }
  return undefined;
}

/**
 * Empties every document of `tokens` (the CST of a text of `length` characters, changed in place) that nests deeper
 * than MAX_YAML_DEPTH, so that it composes as an empty document, and returns a problem for each. Call before
 * anything walks the tokens recursively.
 */
export function dropTooDeep(tokens: CST.Token[], length: number, rangeOf: (start: number, end: number) => Range): ParseProblem[] {
  const problems: ParseProblem[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.type !== 'document') continue;
    const at = tooDeep(t, MAX_YAML_DEPTH);
    if (at === undefined) continue;
    problems.push({
      range: rangeOf(at, Math.min(at + 1, length)),
      message: `Nested more than ${MAX_YAML_DEPTH} levels deep: this document is not read (the linter reads YAML and JSON nested up to ${MAX_YAML_DEPTH} levels)`,
      severity: 'partial',
    });
    tokens[i] = { ...t, value: undefined };
  }
  return problems;
}

export interface Span {
  start: number;
  end: number;
  /**
   * The action can write text (an `include`, `toYaml`, a value ...), unlike control flow (`if`, `else`, `end`,
   * `with`, `range`, `define`), variable assignments and comments.
   */
  emits: boolean;
  /** Alone on its line(s), so blanked to spaces: it can write whole keys or list items (structure). */
  alone: boolean;
}

const CONTROL_WORDS = new Set(['if', 'else', 'end', 'with', 'range', 'define', 'break', 'continue']);

const isIdent = (c: string | undefined): boolean =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_');

/** Whether the action at [start, end) (starting with `{{`) can write text. */
function actionEmits(text: string, start: number, end: number): boolean {
  let k = start + 2;
  if (text[k] === '-' && isWs(text[k + 1])) k += 2;
  while (k < end && isWs(text[k])) k++;
  if (text.startsWith('/*', k)) return false;
  if (text[k] === '$') {
    // `$x := ...` / `$x = ...` assign and write nothing.
    let j = k + 1;
    while (isIdent(text[j])) j++;
    while (isBlank(text[j])) j++;
    return !(text.startsWith(':=', j) || (text[j] === '=' && text[j + 1] !== '='));
  }
  let j = k;
  while (isIdent(text[j])) j++;
  return !CONTROL_WORDS.has(text.slice(k, j));
}

export interface YamlDoc {
  /** 0-based index of the document in the file. */
  index: number;
  doc: Document.Parsed<ParsedNode, boolean>;
  /** The document's root node (null for an empty document). */
  root: ParsedNode | null;
  /** The root's range (trailing whitespace trimmed); for an empty document, the document's range. */
  range: Range;
  /** The document had syntax errors (reported in `problems`); what the library recovered is still here. */
  hasErrors: boolean;
  reader: YamlReader;
}

export interface YamlParseResult {
  docs: YamlDoc[];
  problems: ParseProblem[];
  directives: Directive[];
}

/** A document had syntax errors, reported or not (a template's are not); duplicate keys do not count. */
export function hasSyntaxErrors(parsed: YamlParseResult): boolean {
  return parsed.docs.some((d) => d.hasErrors && d.doc.errors.some((e) => e.code !== 'DUPLICATE_KEY'));
}

// ---------------------------------------------------------------------------------------------------------------
// Helm template blanking

export interface HelmBlanking {
  /** The text with every action replaced by same-length filler (newlines kept). */
  text: string;
  /** The actions, in order, as offsets into the original text. */
  spans: Span[];
  problems: { start: number; end: number; message: string }[];
}

const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';
const isWs = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r';

/** Index just after a Go template quoted string or char constant starting at `j` (stops at a newline). */
function skipQuoted(text: string, j: number, quote: string): number {
  let k = j + 1;
  while (k < text.length) {
    const c = text[k];
    if (c === '\\') {
      k += 2;
      continue;
    }
    if (c === quote) return k + 1;
    if (c === '\n') return k;
    k++;
  }
  return k;
}

/**
 * Replaces each Go template action (`{{ ... }}`, `{{- ... -}}`, `{{/* ... *\/}}`, multi-line actions, strings
 * containing braces) with filler of the same length. An action that is alone on its line(s) (only whitespace or
 * other actions around it) becomes spaces, so the line is blank to YAML. Any other action becomes `x` characters on
 * its first line (spaces on the following ones), so `image: {{ .Values.image }}` still has a scalar value with the
 * action's exact range. A tiny scanner, not a regular expression: it skips "...", '...' and `...` inside actions.
 */
export function blankHelmActions(text: string): HelmBlanking {
  const spans: Span[] = [];
  const problems: HelmBlanking['problems'] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const s = text.indexOf('{{', i);
    if (s < 0) break;
    let end = -1;
    let k = s + 2;
    if (text[k] === '-' && isWs(text[k + 1])) k += 2;
    while (isBlank(text[k])) k++;
    if (text.startsWith('/*', k)) {
      const c = text.indexOf('*/', k + 2);
      if (c >= 0) {
        const close = text.indexOf('}}', c + 2);
        if (close >= 0) end = close + 2;
      }
    } else {
      let j = s + 2;
      while (j < n) {
        const c = text[j]!;
        if (c === '}' && text[j + 1] === '}') {
          end = j + 2;
          break;
        }
        if (c === '"' || c === "'") {
          j = skipQuoted(text, j, c);
          continue;
        }
        if (c === '`') {
          const e = text.indexOf('`', j + 1);
          j = e < 0 ? n : e + 1;
          continue;
        }
        j++;
      }
    }
    if (end < 0) {
      let e = text.indexOf('\n', s);
      if (e < 0) e = n;
      if (e > 0 && text[e - 1] === '\r') e--;
      problems.push({ start: s, end: Math.max(e, s + 2), message: 'Unterminated Helm template action: `{{` without `}}`' });
      end = Math.max(e, s + 2);
    }
    spans.push({ start: s, end, emits: actionEmits(text, s, end), alone: false });
    i = end;
  }
  if (spans.length === 0) return { text, spans, problems };

  // An action is "alone" when everything else on its first and last line is blank or another action.
  const aloneBefore = (idx: number): boolean => {
    let p = spans[idx]!.start - 1;
    let q = idx - 1;
    while (p >= 0 && text[p] !== '\n' && text[p] !== '\r') {
      if (q >= 0 && p < spans[q]!.end && p >= spans[q]!.start) {
        if (text.lastIndexOf('\n', spans[q]!.end - 1) >= spans[q]!.start) return true; // reached a multi-line action
        p = spans[q]!.start - 1;
        q--;
        continue;
      }
      if (!isBlank(text[p])) return false;
      p--;
    }
    return true;
  };
  const aloneAfter = (idx: number): boolean => {
    let p = spans[idx]!.end;
    let q = idx + 1;
    while (p < n && text[p] !== '\n' && text[p] !== '\r') {
      if (q < spans.length && p >= spans[q]!.start) {
        const nl = text.indexOf('\n', spans[q]!.start);
        if (nl >= 0 && nl < spans[q]!.end) return true; // reached a multi-line action
        p = spans[q]!.end;
        q++;
        continue;
      }
      if (!isBlank(text[p])) return false;
      p++;
    }
    return true;
  };

  let out = '';
  let last = 0;
  spans.forEach((sp, idx) => {
    out += text.slice(last, sp.start);
    const alone = aloneBefore(idx) && aloneAfter(idx);
    sp.alone = alone;
    let firstLine = !alone;
    for (let p = sp.start; p < sp.end; p++) {
      const c = text[p]!;
      if (c === '\n' || c === '\r') {
        out += c;
        firstLine = false;
      } else out += firstLine ? 'x' : ' ';
    }
    last = sp.end;
  });
  out += text.slice(last);
  return { text: out, spans, problems };
}

// ---------------------------------------------------------------------------------------------------------------
// Parsing

function collectComments(token: unknown, out: { offset: number; source: string }[], depth = 0): void {
  if (depth > 10_000) return;
  if (Array.isArray(token)) {
    for (const t of token) collectComments(t, out, depth + 1);
    return;
  }
  if (token === null || typeof token !== 'object') return;
  const t = token as Record<string, unknown>;
  if (t['type'] === 'comment' && typeof t['offset'] === 'number' && typeof t['source'] === 'string') {
    out.push({ offset: t['offset'], source: t['source'] });
    return;
  }
  for (const key of Object.keys(t)) {
    const v = t[key];
    if (v !== null && typeof v === 'object') collectComments(v, out, depth + 1);
  }
}

/**
 * Parses every YAML document of a file. Never throws: syntax errors become 'error' problems at their position (the
 * document is invalid for every tool that would apply it), duplicate keys 'partial' ones; every document, broken
 * ones included (`hasErrors`), is returned with what the library could recover, so one bad document does not
 * stop the others.
 */
export function parseYaml(file: SourceFile, opts: { helm: boolean }): YamlParseResult {
  const problems: ParseProblem[] = [];
  const directives: Directive[] = [];
  const docs: YamlDoc[] = [];
  const lines = file.lines;
  const rangeOf = (s: number, e: number): Range => lines.range(file.path, s, e);
  if (file.text.length > MAX_YAML_CHARS) {
    problems.push({
      range: rangeOf(0, 0),
      message: `File too large to read as YAML (${file.text.length} characters; the limit is ${MAX_YAML_CHARS})`,
      severity: 'error',
    });
    return { docs, problems, directives };
  }

  let text = file.text;
  let spans: Span[] = [];
  if (opts.helm) {
    const b = blankHelmActions(file.text);
    text = b.text;
    spans = b.spans;
    for (const p of b.problems) problems.push({ range: rangeOf(p.start, p.end), message: p.message, severity: 'partial' });
  }

  const shared = new ReaderShared(file, text, spans, opts.helm, problems);
  try {
    const tokens = Array.from(new Parser().parse(text));
    problems.push(...dropTooDeep(tokens, text.length, rangeOf));
    const comments: { offset: number; source: string }[] = [];
    // A comment starts with `#`: without one, skip the walk over every token (a visible cost over thousands of files).
    if (text.includes('#')) collectComments(tokens, comments);
    comments.sort((a, b) => a.offset - b.offset);
    for (const c of comments) {
      // Read the comment from the original text (a Helm action inside it was blanked in `text`).
      const body = file.text.slice(c.offset + 1, c.offset + c.source.length);
      const d = parseDirective(body, rangeOf(c.offset, c.offset + c.source.length));
      if (d) directives.push(d);
    }
    const composer = new Composer<ParsedNode, boolean>({
      prettyErrors: false,
      merge: true,
      keepSourceTokens: true,
      uniqueKeys: !opts.helm,
      logLevel: 'silent',
    });
    let index = 0;
    // forceDoc: errors outside any document still arrive (on an empty document).
    for (const doc of composer.compose(tokens, true)) {
      const root = (doc.contents ?? null) as ParsedNode | null;
      // Duplicate keys are independent of each other: each is reported. Of the syntax errors only the first is (as
      // ESLint reports one parse error a file): after it, the library's recovery makes more errors out of the same
      // mistake (one under-indented line of a quoted value gave 427 errors in a CRD bundle).
      // Duplicate keys after the first syntax error are counted with the errors that follow it, not reported: the
      // recovery reads the lines of a broken value as keys (34 "duplicates" in one CRD of Gateway API's bundle).
      let syntax = 0;
      let dupsAfter = 0;
      let firstSyntax: ParseProblem | undefined;
      let syntaxAt = Infinity;
      for (const err of doc.errors) if (err.code !== 'DUPLICATE_KEY') syntaxAt = Math.min(syntaxAt, err.pos[0]);
      for (const err of doc.errors) {
        const isDup = err.code === 'DUPLICATE_KEY';
        // A Helm template is YAML only once rendered: what does not parse with its actions set aside (a block
        // scalar whose first lines are `{{- if }}` lines, say) is not reported as broken YAML. What the library
        // recovered is still read, and `hasErrors` says the document had errors.
        if (opts.helm) continue;
        if (isDup && err.pos[0] > syntaxAt) {
          dupsAfter++;
          continue;
        }
        if (!isDup && syntax++ > 0) continue;
        const s = Math.min(err.pos[0], text.length);
        const e = Math.min(Math.max(s, err.pos[1]), text.length);
        const lenient = isDup ? undefined : goYamlLenient(text, tokens, err.code, err.message, s, (o) => lines.position(o).line);
        const problem: ParseProblem = {
          range: rangeOf(s, e),
          message: isDup
            ? 'Duplicate key: the last value is used'
            : lenient
              ? `Non-standard YAML: ${lenient.what} kubectl and Compose (go-yaml) accept that, but the YAML 1.2 spec needs these lines indented deeper than the key, and this linter's parser reads the document only up to here: what follows is not checked. ${lenient.fix}`
              : `Invalid YAML: ${err.message}`,
          // A syntax error makes the document unusable to kubectl / compose: 'error' (what the library recovered
          // is still returned). A duplicate key is only ambiguous, and a value only go-yaml reads is valid to
          // kubectl: 'partial'.
          severity: isDup || lenient ? 'partial' : 'error',
        };
        problems.push(problem);
        if (!isDup) firstSyntax = problem;
      }
      if (firstSyntax && (syntax > 1 || dupsAfter > 0)) {
        const more = syntax - 1;
        const what = [
          more > 0 ? `${more} more syntax ${more === 1 ? 'error' : 'errors'}` : '',
          dupsAfter > 0 ? `${dupsAfter} duplicate ${dupsAfter === 1 ? 'key' : 'keys'}` : '',
        ].filter((x) => x !== '');
        const verb = more + dupsAfter === 1 ? 'follows' : 'follow';
        firstSyntax.message += ` (${what.join(' and ')} ${verb} in this document, which may come from this one)`;
      }
      const reader = new YamlReader(shared, doc);
      // Aliases without an anchor are not errors to the library until a value is converted: report them now. (An
      // alias is written `*name`: without a `*`, there is none to visit for.)
      // (Not after a syntax error: the recovered structure can make an alias of any `*` in the text.)
      if (syntax === 0 && text.includes('*')) visit(doc, {
        Alias: (_key, node) => {
          reader.deref(node);
        },
      });
      const range = root ? reader.range(root) : rangeOf(doc.range[0], doc.range[1]);
      docs.push({ index, doc, root, range, hasErrors: doc.errors.length > 0, reader });
      index++;
    }
  } catch (e) {
    problems.push({
      range: rangeOf(0, 0),
      message: `YAML could not be read: ${e instanceof Error ? e.message : String(e)}`,
      severity: 'error',
    });
  }
  return { docs, problems, directives };
}

// ---------------------------------------------------------------------------------------------------------------
// Reading nodes


/** Why a block scalar's text cannot be parsed in place (literalBlockInPlace). */
export type LiteralBlockIssue = 'not-literal' | 'empty' | 'explicit-indentation' | 'several-documents' | 'unmappable';

/**
 * A literal block scalar (`key: |` and its lines, at [start, end) of `text`, as the parser gave its range) whose
 * content is YAML (a kustomize inline patch, an OBI config file in a ConfigMap), made parseable in place: every
 * character of the file but the scalar's content lines is blanked (line breaks kept), so the content parses at its own
 * indentation and every offset it gives is the file's own. `value` is the scalar's decoded value: the content lines
 * without their indentation must read as it. Other styles (folded, quoted, an explicit indentation) do not map onto
 * the file line for line.
 */
export function literalBlockInPlace(text: string, start: number, end: number, value: string): { text: string } | { unsupported: LiteralBlockIssue } {
  if (text[start] !== '|') return { unsupported: 'not-literal' };
  const headerEnd = text.indexOf('\n', start);
  if (headerEnd < 0 || headerEnd >= end) return { unsupported: 'empty' };
  for (let i = start + 1; i < headerEnd && text[i] !== '#'; i++) {
    if (text[i]! >= '0' && text[i]! <= '9') return { unsupported: 'explicit-indentation' };
  }
  const from = headerEnd + 1;
  // No content line may read differently when indented: a document marker or directive at the start of a line.
  const lines = text.slice(from, end).split('\n');
  const filled = lines.filter((l) => l.trim() !== '');
  if (filled.length === 0) return { unsupported: 'empty' };
  const indent = Math.min(...filled.map((l) => l.length - l.trimStart().length));
  const content = lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l).slice(indent));
  if (content.some((l) => l.startsWith('---') || l.startsWith('...') || l.startsWith('%'))) return { unsupported: 'several-documents' };
  if (trimBreaks(content.join('\n')) !== trimBreaks(value)) return { unsupported: 'unmappable' };
  return { text: blankLines(text.slice(0, from)) + text.slice(from, end) + blankLines(text.slice(end)) };
}

/** The same text with every character but line breaks made a space. */
function blankLines(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== '\n' && c !== '\r') continue;
    out += ' '.repeat(i - from) + c;
    from = i + 1;
  }
  return out + ' '.repeat(s.length - from);
}

function trimBreaks(s: string): string {
  let e = s.length;
  while (e > 0 && s[e - 1] === '\n') e--;
  return s.slice(0, e);
}

/** Sorts problems by position (stable: problems at the same place keep the order they were found in). */
export function sortProblems(problems: ParseProblem[]): ParseProblem[] {
  return problems.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
}

/** A key of a mapping, after merge keys (`<<`) and aliases are resolved. */
export interface MapEntry {
  key: string;
  keyNode: ParsedNode;
  /** The value, aliases resolved; null for a missing value (`key:` gives a null scalar, not null). */
  value: ParsedNode | null;
  pair: Pair;
  /** Comes from a `<<` merge. */
  merged: boolean;
}

/**
 * How a consumer reads a boolean: 'k8s' as sigs.k8s.io/yaml (YAML 1.1: yes/no/on/off too); 'compose' as Compose
 * (YAML 1.2 booleans, and any string cast after interpolation: see composeBool).
 */
export type BoolMode = 'k8s' | 'compose';

type EntryTable = { list: MapEntry[]; byKey: Map<string, MapEntry> };

const K8S_TRUE = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']);
const K8S_FALSE = new Set(['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']);
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);

/** Decodes a plain scalar's text as a boolean the way the consumer does; undefined when it is not one. */
export function decodeBool(source: string, mode: BoolMode): boolean | undefined {
  if (mode === 'compose') return composeBool(source)?.value;
  if (K8S_TRUE.has(source)) return true;
  if (K8S_FALSE.has(source)) return false;
  return undefined;
}

/**
 * A string where Compose wants a boolean (`privileged: "true"`, `privileged: ${PRIV}` once interpolated), as Compose
 * casts it (compose-go's loader/interpolate.go, toBoolean): true or false in any letter case; y, yes, on, n, no, off
 * too, with a warning that YAML 1.2 has no such boolean (`lenient`); anything else is "invalid boolean" and the file
 * does not load.
 */
export function composeBool(text: string): { value: boolean; lenient: boolean } | undefined {
  switch (text.toLowerCase()) {
    case 'true':
      return { value: true, lenient: false };
    case 'false':
      return { value: false, lenient: false };
    case 'y':
    case 'yes':
    case 'on':
      return { value: true, lenient: true };
    case 'n':
    case 'no':
    case 'off':
      return { value: false, lenient: true };
    default:
      return undefined;
  }
}

/** What to say of a string Compose casts to a boolean: the warning Compose logs, or why it does not load the file. */
export function composeBoolProblem(text: string, what: string): { message: string; severity: 'partial' | 'error' } | undefined {
  const b = composeBool(text);
  if (b && !b.lenient) return undefined;
  if (b) return { message: `Compose reads \`${text}\` as ${b.value} for ${what}, with a warning that YAML 1.2 has no such boolean; write ${b.value}`, severity: 'partial' };
  return { message: `Compose rejects \`${text}\` for ${what} ("invalid boolean") and loads nothing: write true or false`, severity: 'error' };
}

class ReaderShared {
  readonly seen = new Set<string>();
  /** Helm values (x-filled actions) read where a mapping or list was expected: what the action writes is unknown. */
  readonly holes: { start: number; end: number }[] = [];
  /** Value nodes of keys that occur more than once in a Helm template (one `if` branch each). */
  readonly ambiguous = new Set<unknown>();
  constructor(
    readonly file: SourceFile,
    /** The text that was parsed (Helm actions blanked). */
    readonly text: string,
    readonly spans: Span[],
    readonly helm: boolean,
    readonly problems: ParseProblem[],
  ) {}
}

export interface StringOpts {
  /**
   * Kubernetes has a string field here: report an unquoted value YAML resolves to a number or boolean
   * (`8080`, `true`, `yes`), which the API server rejects.
   */
  k8sString?: boolean;
  /** What the value is, for problem messages (e.g. `env value`). */
  what?: string;
  /** Only a YAML string will do: a number or boolean gives undefined and a problem (Compose schema fields). */
  stringOnly?: boolean;
}

/** Reads the nodes of one document into model values. All offsets are the original file's. */
export class YamlReader {
  private readonly entryCache = new WeakMap<object, EntryTable>();
  constructor(
    private readonly shared: ReaderShared,
    readonly doc: Document.Parsed<ParsedNode, boolean>,
  ) {}

  get file(): SourceFile {
    return this.shared.file;
  }
  get helm(): boolean {
    return this.shared.helm;
  }

  // ---- positions

  /** [start, end) of a node: from its first character (including quotes) to its last, trailing whitespace trimmed. */
  offsets(node: ParsedNode): [number, number] {
    const r = node.range;
    const s = r[0];
    const raw = Math.max(s, r[1]);
    let e = raw;
    const t = this.shared.text;
    while (e > s && isWs(t[e - 1])) e--;
    // Helm: an action alone on a line inside a block scalar was blanked, but what it writes is the scalar's content.
    if (this.shared.helm && isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED')) {
      for (const sp of this.shared.spans) {
        if (sp.start >= raw) break;
        if (sp.emits && sp.start >= e) e = sp.end;
      }
    }
    return [s, e];
  }

  range(node: ParsedNode): Range {
    const [s, e] = this.offsets(node);
    return this.shared.file.lines.range(this.shared.file.path, s, e);
  }

  rangeAt(start: number, end: number): Range {
    return this.shared.file.lines.range(this.shared.file.path, start, end);
  }

  /** Range from a key's first character to the end of its value (the whole `key: value` entry). */
  entryRange(e: MapEntry): Range {
    const [ks] = this.offsets(e.keyNode);
    const ve = e.value ? this.offsets(e.value)[1] : this.offsets(e.keyNode)[1];
    return this.rangeAt(ks, Math.max(ks, ve));
  }

  /** The value's range, or for a missing value (`key:`) the key's. */
  valueRange(e: MapEntry): Range {
    return e.value ? this.range(e.value) : this.range(e.keyNode);
  }

  // ---- Helm

  /**
   * Emitting Helm actions in [start, end) that can write structure: alone on their line, or inline where a mapping
   * or list was expected (`env: {{ toYaml .Values.env }}`). An inline action inside a string value is not one: that
   * value is `unknown` itself.
   */
  private structuralSpans(start: number, end: number): Span[] {
    return this.spansIn(start, end, true).filter(
      (sp) => sp.alone || this.shared.holes.some((h) => sp.start >= h.start && sp.end <= h.end),
    );
  }

  /** Helm actions overlapping [start, end) (for an empty range: containing start); optionally only emitting ones. */
  spansIn(start: number, end: number, emittingOnly = false): Span[] {
    const out: Span[] = [];
    for (const sp of this.shared.spans) {
      if (sp.start >= Math.max(end, start + 1)) break;
      if (emittingOnly && !sp.emits) continue;
      if (start === end ? sp.start <= start && start < sp.end : sp.start < end && sp.end > start) out.push(sp);
    }
    return out;
  }

  /** The node's text (or its value, for ambiguous Helm keys) comes from a template action. */
  isUnknown(node: ParsedNode | null | undefined): boolean {
    if (!this.shared.helm || !node) return false;
    if (this.shared.ambiguous.has(node)) return true;
    const [s, e] = this.offsets(node);
    return this.spansIn(s, e).length > 0;
  }

  /**
   * The region an entry's value occupies: from its key to the line before the next line that is indented no deeper
   * than the key (blank lines, which is what lone Helm actions became, and comments belong to it). For a value in
   * a flow collection, the key and value only.
   */
  slot(e: MapEntry): { start: number; end: number } {
    const [ks, ke] = this.offsets(e.keyNode);
    const end = e.value ? this.offsets(e.value)[1] : ke;
    return { start: ks, end: this.blockEnd(ks, end) };
  }

  /** Like `slot`, for a node (a list item): from the node to the next line indented no deeper than it. */
  nodeSlot(node: ParsedNode): { start: number; end: number } {
    const [s, e] = this.offsets(node);
    return { start: s, end: this.blockEnd(s, e) };
  }

  private blockEnd(start: number, end: number): number {
    const t = this.shared.text;
    const lines = this.shared.file.lines;
    const col = lines.position(start).column - 1;
    // Inside a flow collection the block rules do not apply.
    const lineStart = lines.starts[lines.position(start).line - 1]!;
    for (let p = lineStart; p < start; p++) if (t[p] === '{' || t[p] === '[') return end;
    let line = lines.position(end).line; // 1-based; continue from the next line
    let result = end;
    while (line < lines.starts.length) {
      const ls = lines.starts[line]!;
      let p = ls;
      while (isBlank(t[p])) p++;
      const c = t[p];
      if (c === undefined || c === '\n' || c === '\r' || c === '#') {
        line++;
        result = line < lines.starts.length ? lines.starts[line]! : t.length;
        continue;
      }
      if (p - ls <= col) return Math.max(end, ls);
      result = line + 1 < lines.starts.length ? lines.starts[line + 1]! : t.length;
      line++;
    }
    return Math.max(end, result);
  }

  /**
   * A Helm action belongs to the value that starts at `start` when it lies in [start, end) and is on that line or,
   * on a later line, indented deeper than `start` (`inclusive`: at least as deep, for list items whose keys sit at
   * the item's column). A lone action at the key's own indentation is a sibling, not part of the value.
   */
  private belongsTo(sp: Span, start: number, end: number, inclusive: boolean): boolean {
    if (sp.start < start || sp.start >= end) return false;
    const lines = this.shared.file.lines;
    const a = lines.position(start);
    const b = lines.position(sp.start);
    if (a.line === b.line) return true;
    return inclusive ? b.column >= a.column : b.column > a.column;
  }

  /**
   * A Helm action that writes text belongs to the entry's value (control flow such as `if`/`end` does not count:
   * the literal YAML it wraps is read; if/else alternatives show up as duplicate keys, which are marked unknown).
   */
  slotTemplated(e: MapEntry | undefined): boolean {
    if (!e || !this.shared.helm) return false;
    const s = this.slot(e);
    return this.structuralSpans(s.start, s.end).some((sp) => this.belongsTo(sp, s.start, s.end, false));
  }

  /** Like slotTemplated, for a node (a list item: actions at the column of its keys count). */
  nodeTemplated(node: ParsedNode): boolean {
    if (!this.shared.helm) return false;
    const s = this.nodeSlot(node);
    return this.structuralSpans(s.start, s.end).some((sp) => this.belongsTo(sp, s.start, s.end, true));
  }

  /**
   * Helm: the `.Values` path whose YAML writes the entry's value, or the items it adds to it (`env:` then `{{- toYaml
   * .Values.env | nindent 12 }}` on the next line, or `toYaml .` inside `{{- with .Values.podAnnotations }}`), and the
   * action's range; undefined when another action writes into the value too (unless `othersAdd`: they may only add
   * entries, as an `include` of more annotations beside `toYaml .Values.podAnnotations` does), or when the action is
   * not such a `toYaml`.
   */
  valuesWritten(e: MapEntry | undefined, othersAdd = false): { path: string[]; range: Range } | undefined {
    if (!e || !this.shared.helm) return undefined;
    // Empty (the action writes it all), or a list or mapping the action adds to (`- name: A` then the action).
    if (e.value && !this.isNull(e.value) && !isSeq(e.value) && !isMap(e.value)) return undefined;
    const s = this.slot(e);
    const spans = this.structuralSpans(s.start, s.end).filter((sp) => this.belongsTo(sp, s.start, s.end, false));
    if (spans.length === 0 || (spans.length > 1 && !othersAdd)) return undefined;
    let found: { path: string[]; range: Range } | undefined;
    for (const sp of spans) {
      const a = structuralAction(this.shared.file.text.slice(sp.start, sp.end));
      if (a.kind !== 'toYaml') continue;
      // Two toYaml actions, or one that is not alone on its line: not read.
      if (found || !sp.alone) return undefined;
      const path = a.of === 'dot' ? this.dotAt(sp.start) : a.of?.values;
      if (!path) return undefined;
      found = { path, range: this.rangeAt(sp.start, sp.end) };
    }
    return found;
  }

  /** The `.Values` path `.` stands for at an offset of a Helm template: inside `{{ with .Values.x }}`, `x`. */
  private dotAt(offset: number): string[] | undefined {
    const stack: (string[] | 'if' | undefined)[] = [];
    for (const sp of this.shared.spans) {
      if (sp.start >= offset) break;
      const a = structuralAction(this.shared.file.text.slice(sp.start, sp.end));
      if (a.kind === 'with') stack.push(a.of === 'dot' ? undefined : a.of?.values);
      else if (a.kind === 'if') stack.push('if');
      else if (a.kind === 'scope') stack.push(undefined);
      else if (a.kind === 'end') stack.pop();
      else if (a.kind === 'else' && stack.length > 0 && stack[stack.length - 1] !== 'if') stack[stack.length - 1] = undefined;
    }
    for (let i = stack.length - 1; i >= 0; i--) if (stack[i] !== 'if') return stack[i] as string[] | undefined;
    return undefined;
  }

  /**
   * A Helm action that writes text belongs to the entry's value and either to none of the child keys of that
   * mapping (so it may add keys to it, e.g. an `include` of a whole metadata block) or to one of `relevantKeys`.
   */
  freeTemplated(e: MapEntry | undefined, relevantKeys: string[] = []): boolean {
    if (!e || !this.shared.helm) return false;
    const s = this.slot(e);
    const spans = this.structuralSpans(s.start, s.end).filter((sp) => this.belongsTo(sp, s.start, s.end, false));
    if (spans.length === 0) return false;
    const m = e.value && isMap(e.value) ? e.value : undefined;
    if (!m) return true;
    const children = this.entries(m)
      .filter((c) => !c.merged)
      .map((c) => ({ key: c.key, slot: this.slot(c) }));
    return spans.some((sp) => {
      const holder = children.find((c) => this.belongsTo(sp, c.slot.start, c.slot.end, false));
      return !holder || relevantKeys.includes(holder.key);
    });
  }

  // ---- structure

  /** Follows aliases (cycles cut). */
  deref(node: unknown): ParsedNode | null {
    let n = node;
    for (let i = 0; i < 64 && isAlias(n); i++) {
      let r: unknown;
      try {
        r = n.resolve(this.doc as unknown as Document);
      } catch {
        r = undefined;
      }
      if (r === undefined && n.range) {
        this.problem(n as unknown as ParsedNode, `Unknown alias *${n.source}: no anchor &${n.source} before it`);
      }
      n = r;
    }
    if (n === undefined || n === null || isAlias(n)) return null;
    return n as ParsedNode;
  }

  /** A scalar whose value is null (`key:`, `~`, `null`). */
  isNull(node: ParsedNode | null | undefined): boolean {
    if (!node) return true;
    return isScalar(node) && node.value === null;
  }

  describe(node: ParsedNode | null): string {
    if (!node) return 'nothing';
    if (isMap(node)) return 'a mapping';
    if (isSeq(node)) return 'a list';
    if (isScalar(node)) {
      const v = node.value;
      if (v === null) return 'null';
      if (node.type === 'PLAIN') {
        const src = this.sourceText(node);
        if (decodeBool(src, 'k8s') !== undefined) return `the boolean \`${src}\``;
        if (typeof v === 'number') return `the number \`${src}\``;
      }
      const s = String(v);
      return `the string "${s.length > 40 ? `${s.slice(0, 40)}…` : s}"`;
    }
    return 'an unsupported node';
  }

  problem(at: ParsedNode | Range, message: string, severity: ParseProblem['severity'] = 'partial'): void {
    const range = 'file' in at ? at : this.range(at);
    const key = `${range.start}:${range.end}:${message}`;
    if (this.shared.seen.has(key)) return;
    this.shared.seen.add(key);
    this.shared.problems.push({ range, message, severity });
  }

  /** The mapping at `node`, or undefined (a problem when it is something other than null or a Helm value). */
  map(node: unknown, what: string): YAMLMap<unknown, unknown> | undefined {
    const n = this.deref(node);
    if (n && this.goTemplateAction(n)) return undefined;
    if (n && isMap(n)) return n as YAMLMap<unknown, unknown>;
    if (n && this.isUnknown(n)) this.hole(n);
    if (!n || this.isNull(n) || this.isUnknown(n)) return undefined;
    this.problem(n, `Expected a mapping for ${what}, found ${this.describe(n)}`);
    return undefined;
  }

  /** The list at `node`, or undefined (a problem when it is something other than null or a Helm value). */
  seq(node: unknown, what: string): YAMLSeq<unknown> | undefined {
    const n = this.deref(node);
    if (n && isSeq(n)) return n as YAMLSeq<unknown>;
    if (n && this.goTemplateAction(n)) return undefined;
    if (n && this.isUnknown(n)) this.hole(n);
    if (!n || this.isNull(n) || this.isUnknown(n)) return undefined;
    this.problem(n, `Expected a list for ${what}, found ${this.describe(n)}`);
    return undefined;
  }

  private hole(n: ParsedNode): void {
    const [start, end] = this.offsets(n);
    this.shared.holes.push({ start, end });
  }

  /** Items of a list, aliases resolved (null items dropped). */
  items(seq: YAMLSeq<unknown> | undefined): ParsedNode[] {
    if (!seq) return [];
    const out: ParsedNode[] = [];
    for (const it of seq.items) {
      const n = this.deref(it);
      if (n) out.push(n);
    }
    return out;
  }

  private keyString(key: unknown): string | undefined {
    const k = this.deref(key);
    if (!k || !isScalar(k)) return undefined;
    if (this.isUnknown(k)) return this.contentText(k);
    if (typeof k.value === 'string') return k.value;
    if (k.value === null) return '';
    return this.sourceText(k);
  }

  /** The entries of a mapping, with `<<` merges resolved (explicit keys first, then merged ones). */
  entries(map: YAMLMap<unknown, unknown> | undefined): MapEntry[] {
    if (!map) return [];
    return this.entryTable(map, 0).list;
  }

  private entryTable(map: YAMLMap<unknown, unknown>, depth: number): EntryTable {
    const cached = this.entryCache.get(map);
    if (cached) return cached;
    const empty = { list: [], byKey: new Map<string, MapEntry>() };
    if (depth > 20) return empty;
    this.entryCache.set(map, empty); // cuts merge cycles
    const byKey = new Map<string, MapEntry>();
    const merges: unknown[] = [];
    for (const item of map.items) {
      const pair = item as Pair;
      const key = pair.key;
      if (isScalar(key) && key.type === 'PLAIN' && (key as YScalar).source === '<<') {
        merges.push(pair.value);
        continue;
      }
      const k = this.keyString(key);
      if (k === undefined) continue;
      const value = this.deref(pair.value);
      const entry: MapEntry = { key: k, keyNode: this.deref(key)!, value, pair, merged: false };
      const prev = byKey.get(k);
      if (prev) {
        byKey.delete(k);
        if (this.shared.helm) {
          this.shared.ambiguous.add(prev.value ?? prev.keyNode);
          this.shared.ambiguous.add(value ?? entry.keyNode);
        }
      }
      byKey.set(k, entry);
    }
    const own = [...byKey.values()];
    const merged: MapEntry[] = [];
    for (const m of merges) {
      const src = this.deref(m);
      const sources = src && isSeq(src) ? src.items.map((x) => this.deref(x)) : [src];
      for (const s of sources) {
        if (!s || !isMap(s)) {
          if (s && !this.isNull(s) && !this.isUnknown(s)) {
            this.problem(s, `A merge key (<<) needs a mapping, found ${this.describe(s)}`);
          }
          continue;
        }
        for (const e of this.entryTable(s as YAMLMap<unknown, unknown>, depth + 1).list) {
          if (byKey.has(e.key)) continue;
          const me = { ...e, merged: true };
          byKey.set(e.key, me);
          merged.push(me);
        }
      }
    }
    const table = { list: [...own, ...merged], byKey };
    this.entryCache.set(map, table);
    return table;
  }

  get(map: YAMLMap<unknown, unknown> | undefined, key: string): MapEntry | undefined {
    if (!map) return undefined;
    return this.entryTable(map, 0).byKey.get(key);
  }

  /** Follows a path of keys through mappings (no problems reported for missing or mistyped steps). */
  path(node: unknown, ...keys: string[]): MapEntry | undefined {
    let cur: unknown = node;
    let e: MapEntry | undefined;
    for (const k of keys) {
      const m = this.deref(cur);
      if (!m || !isMap(m)) return undefined;
      e = this.get(m as YAMLMap<unknown, unknown>, k);
      if (!e) return undefined;
      cur = e.value;
    }
    return e;
  }

  // ---- scalars

  /** The scalar's source text (for a plain scalar: as written; quoted: without the quotes). */
  sourceText(node: YScalar): string {
    if (typeof node.source === 'string' && node.type === 'PLAIN') return node.source;
    return this.contentText(node as unknown as ParsedNode);
  }

  /** The original file text between the scalar's quotes (or of the whole plain / block scalar). */
  contentText(node: ParsedNode): string {
    const [s, e] = this.offsets(node);
    const t = this.shared.file.text;
    if (isScalar(node) && (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && e - s >= 2) return t.slice(s + 1, e - 1);
    return t.slice(s, e);
  }

  /**
   * A Helm-templated string scalar's value as YAML decodes it, each `{{ ... }}` action in it replaced by one
   * TEMPLATE_ACTION character: what is literal around the actions can be read (a `sh -c` script whose arguments are
   * templated). Undefined when the scalar is not a string with actions, has control actions (`if`, `range`: what is
   * between them may not be there), or its text does not decode alone.
   */
  private templateText(n: ParsedNode): string | undefined {
    if (!isScalar(n)) return undefined;
    if (this.shared.ambiguous.has(n) || typeof n.value !== 'string') return undefined;
    const [s, e] = this.offsets(n);
    const t = this.shared.file.text;
    let text = '';
    let at = s;
    for (const sp of this.spansIn(s, e)) {
      // Control flow (`{{- if }}` … `{{- end }}`) makes the text between conditional: it cannot be read as one script.
      if (sp.start < s || sp.end > e || !sp.emits) return undefined;
      text += t.slice(at, sp.start);
      // Same length, line breaks kept: the block scalar's indentation stays what it was.
      for (let i = sp.start; i < sp.end; i++) text += t[i] === '\n' || t[i] === '\r' ? t[i] : TEMPLATE_ACTION;
      at = sp.end;
    }
    text += t.slice(at, e);
    let decoded: unknown;
    try {
      decoded = parseYamlText(text, { schema: 'failsafe', uniqueKeys: false });
    } catch {
      return undefined;
    }
    if (typeof decoded !== 'string') return undefined;
    let out = '';
    for (let i = 0; i < decoded.length; i++) if (decoded[i] !== TEMPLATE_ACTION || out[out.length - 1] !== TEMPLATE_ACTION) out += decoded[i];
    return out;
  }

  /**
   * Offset in the file of character 0 of the scalar's decoded string value, when value[i] is at that offset + i
   * (single-line plain scalars, quoted scalars without escapes); undefined otherwise.
   */
  valueOffset(node: ParsedNode, value: string): number | undefined {
    if (!isScalar(node)) return undefined;
    const [s, e] = this.offsets(node);
    const t = this.shared.file.text;
    if (node.type === 'PLAIN') return t.slice(s, e) === value ? s : undefined;
    if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') return t.slice(s + 1, e - 1) === value ? s + 1 : undefined;
    return undefined;
  }

  /**
   * A part [from, to) of a scalar's string value as its own Scalar: exact range when the value maps 1:1 onto the
   * source (see valueOffset), else the whole scalar's range.
   */
  subScalar(whole: Scalar, node: ParsedNode, from: number, to: number): Scalar {
    const value = whole.value.slice(from, to);
    const base = this.valueOffset(node, whole.value);
    const out: Scalar = { value, range: base === undefined ? whole.range : this.rangeAt(base + from, base + to) };
    if (whole.unknown) out.unknown = true;
    return out;
  }

  /**
   * A string value. Null reads as '' (what Kubernetes and Compose make of a null string field); numbers and
   * booleans keep their text as written. Collections are not strings: undefined plus a problem.
   */
  str(node: unknown, keyNode?: ParsedNode | null, opts: StringOpts = {}): Scalar | undefined {
    const n = this.deref(node);
    if (!n) return undefined;
    const what = opts.what ? ` for ${opts.what}` : '';
    if (!isScalar(n)) {
      if (this.isUnknown(n) || this.goTemplateAction(n)) return this.withKey({ value: this.contentText(n), range: this.range(n), unknown: true }, keyNode);
      this.problem(n, `Expected a string${what}, found ${this.describe(n)}`);
      return undefined;
    }
    const range = this.range(n);
    if (this.isUnknown(n)) {
      const template = this.templateText(n);
      return this.withKey({ value: this.contentText(n), range, unknown: true, ...(template !== undefined ? { template } : {}) }, keyNode);
    }
    let value: string;
    if (typeof n.value === 'string') value = n.value;
    else if (n.value === null) value = '';
    else {
      if (opts.stringOnly) {
        this.problem(n, `Expected a string${what}, found ${this.describe(n)}`);
        return undefined;
      }
      value = this.sourceText(n);
    }
    if (opts.k8sString && n.type === 'PLAIN' && n.value !== null) {
      const src = this.sourceText(n);
      if (typeof n.value !== 'string' || decodeBool(src, 'k8s') !== undefined) {
        const type = decodeBool(src, 'k8s') !== undefined ? 'a boolean' : 'a number';
        this.problem(n, `Kubernetes reads unquoted \`${src}\` as ${type} and rejects it where a string is required${what}; quote it`);
      }
    }
    return this.withKey({ value, range }, keyNode);
  }

  /**
   * An unquoted Go template action (`image: {{ .Image }}` in a `*.template.yaml` outside a Helm chart): YAML reads
   * it as a flow mapping whose key is another flow mapping. Wherever it stands (a string, a mapping, a list) it is a
   * value not known statically, not a mistake.
   */
  private goTemplateAction(n: ParsedNode): boolean {
    if (!isMap(n) || !(n as YAMLMap).flow) return false;
    const [s] = this.offsets(n);
    return this.shared.text.startsWith('{{', s);
  }

  /** A string value of a mapping entry, with the key's range. */
  entryStr(e: MapEntry | undefined, opts: StringOpts = {}): Scalar | undefined {
    if (!e || !e.value) return undefined;
    return this.str(e.value, e.keyNode, opts);
  }

  /** The key of an entry as a Scalar. */
  keyScalar(e: MapEntry): Scalar {
    const s: Scalar = { value: e.key, range: this.range(e.keyNode) };
    if (this.isUnknown(e.keyNode)) s.unknown = true;
    return s;
  }

  private withKey<T>(s: Scalar<T>, keyNode: ParsedNode | null | undefined): Scalar<T> {
    if (keyNode) s.keyRange = this.range(keyNode);
    return s;
  }

  /** A boolean value (see BoolMode); undefined plus a problem when the value is not one. A Helm value: unknown. */
  bool(node: unknown, keyNode: ParsedNode | null | undefined, mode: BoolMode, what = 'this field'): Scalar<boolean> | undefined {
    const n = this.deref(node);
    if (!n || this.isNull(n)) return undefined;
    if (this.isUnknown(n)) return this.withKey({ value: false, range: this.range(n), unknown: true }, keyNode);
    // Compose interpolates every string and then casts it: a `$` makes the value known only once interpolated (the
    // caller reads the text for that); any other string is cast now.
    if (mode === 'compose' && isScalar(n) && typeof n.value === 'string') {
      if (n.value.includes('$')) return this.withKey({ value: false, range: this.range(n), unknown: true }, keyNode);
      const p = composeBoolProblem(n.value, what);
      if (p) this.problem(n, p.message, p.severity);
      // A string Compose cannot cast stops it loading the file (the problem says so): no value to build findings on.
      const b = composeBool(n.value);
      return this.withKey(b ? { value: b.value, range: this.range(n) } : { value: false, range: this.range(n), unknown: true }, keyNode);
    }
    if (isScalar(n) && n.type === 'PLAIN') {
      const src = this.sourceText(n);
      const b = decodeBool(src, mode);
      if (b !== undefined) return this.withKey({ value: b, range: this.range(n) }, keyNode);
    }
    this.problem(n, `Expected a boolean for ${what}, found ${this.describe(n)}`);
    return undefined;
  }

  /** An integer value; undefined plus a problem when the value is not one. A Helm value: unknown. */
  int(node: unknown, keyNode: ParsedNode | null | undefined, what = 'this field'): Scalar<number> | undefined {
    const n = this.deref(node);
    if (!n || this.isNull(n)) return undefined;
    if (this.isUnknown(n)) return this.withKey({ value: 0, range: this.range(n), unknown: true }, keyNode);
    if (isScalar(n) && n.type === 'PLAIN' && typeof n.value === 'number' && Number.isInteger(n.value)) {
      return this.withKey({ value: n.value, range: this.range(n) }, keyNode);
    }
    this.problem(n, `Expected an integer for ${what}, found ${this.describe(n)}`);
    return undefined;
  }

  /** A list of strings: { items, range of the list, keyRange }. Non-string items are skipped with a problem. */
  strList(
    e: MapEntry | undefined,
    opts: StringOpts = {},
  ): { items: Scalar[]; range: Range; keyRange?: Range } | undefined {
    if (!e) return undefined;
    const seq = this.seq(e.value, opts.what ?? e.key);
    if (!seq) return undefined;
    const items: Scalar[] = [];
    const ambiguous = this.shared.ambiguous.has(seq);
    for (const it of this.items(seq)) {
      const s = this.str(it, undefined, opts);
      if (s && ambiguous) s.unknown = true;
      if (s) items.push(s);
    }
    return { items, range: this.range(seq as unknown as ParsedNode), keyRange: this.range(e.keyNode) };
  }

  /** Any value as Scalar<unknown>: scalars decoded (booleans the k8s way), collections converted to plain JS. */
  anyValue(e: MapEntry): Scalar<unknown> {
    const n = e.value;
    const range = n ? this.range(n) : this.range(e.keyNode);
    const out: Scalar<unknown> = { value: null, range, keyRange: this.range(e.keyNode) };
    if (!n) return out;
    if (this.isUnknown(n)) {
      out.value = this.contentText(n);
      out.unknown = true;
      return out;
    }
    if (isScalar(n)) {
      if (n.type === 'PLAIN' && typeof n.value === 'string') {
        const b = decodeBool(n.value, 'k8s');
        out.value = b ?? (NULLS.has(n.value) ? null : n.value);
      } else out.value = n.value;
      return out;
    }
    try {
      out.value = n.toJS(this.doc as unknown as Document, { maxAliasCount: MAX_ALIAS_COUNT });
    } catch {
      out.value = this.contentText(n);
    }
    return out;
  }
}

/**
 * What go-yaml (kubectl, Compose) reads where the `yaml` library, following the YAML 1.2 spec, stops at a line
 * indented no deeper than its key: a quoted scalar, or a flow collection, that goes on over such lines. Returns what
 * the problem's message says and how to fix it, or undefined when go-yaml fails there too. `line` gives an offset's
 * 1-based line.
 */
function goYamlLenient(
  text: string,
  tokens: readonly unknown[],
  code: string,
  message: string,
  at: number,
  line: (offset: number) => number,
): { what: string; fix: string } | undefined {
  const quoted = goYamlReadsQuoted(text, code, message, at);
  if (quoted) return { what: `a quoted value continues on line ${line(quoted.continuation)} no deeper than its key.`, fix: 'Indent the continuation lines.' };
  const flow = goYamlReadsFlow(text, tokens, code, message, at);
  if (flow) {
    const what = text[flow.open] === '[' ? 'flow sequence' : 'flow mapping';
    return {
      what: `a ${what} opened on line ${line(flow.open)} goes on at line ${line(at)} no deeper than its key (it closes on line ${line(flow.close)}).`,
      fix: `Indent its lines, up to the closing \`${text[flow.close]}\`, deeper than the key.`,
    };
  }
  return undefined;
}

/**
 * A flow collection (`[ … ]`, `{ … }`) in a block collection that the `yaml` library ends (`BAD_INDENT`, "must be
 * sufficiently indented") at `at`, a line indented no deeper than its key, which go-yaml reads anyway: inside a flow
 * collection it has no indentation rule, and reads to the matching bracket. `tokens` is the library's CST of the
 * text. Returns the offsets of the opening and closing brackets when go-yaml would find the close.
 */
export function goYamlReadsFlow(text: string, tokens: readonly unknown[], code: string, message: string, at: number): { open: number; close: number } | undefined {
  if (code !== 'BAD_INDENT' || !(message.startsWith('Flow sequence in block collection') || message.startsWith('Flow map in block collection'))) return undefined;
  // The outermost flow collection that opens before `at`, the last one in the text: the one the error ends.
  let open = -1;
  const find = (t: unknown, depth: number): void => {
    if (depth > 10_000 || t === null || typeof t !== 'object') return;
    if (Array.isArray(t)) {
      for (const x of t) find(x, depth + 1);
      return;
    }
    const o = t as Record<string, unknown>;
    if (o['type'] === 'flow-collection') {
      const start = o['start'] as { offset?: unknown } | undefined;
      if (typeof start?.offset === 'number' && start.offset < at && start.offset > open) open = start.offset;
      return;
    }
    for (const key of Object.keys(o)) if (key !== 'source') find(o[key], depth + 1);
  };
  find(tokens, 0);
  if (open < 0 || (text[open] !== '[' && text[open] !== '{')) return undefined;
  // go-yaml's flow scan: brackets matched across lines at any indentation, quoted scalars (which may span lines)
  // and comments skipped; a document marker at a line start ends it.
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i]!;
    if (isDocumentMarker(text, i)) return undefined;
    const prev = i > 0 ? text[i - 1]! : '\n';
    if (c === '#' && (prev === ' ' || prev === '\t' || prev === '\n' || prev === '\r')) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if ((c === "'" || c === '"') && ' \t\r\n[{,:'.includes(prev)) {
      // A quote opens a scalar only where a scalar starts (not inside a plain one: `[it's]`).
      const end = goYamlQuoteEnd(text, c, i + 1);
      if (end === undefined) return undefined;
      i = end;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return i > at ? { open, close: i } : undefined;
    }
  }
  return undefined;
}

/**
 * A quoted scalar the `yaml` library ends at a line break (`Missing closing 'quote`) because a continuation line is
 * indented no deeper than its key, which go-yaml (kubectl, Compose) reads anyway: it looks for the closing quote
 * across lines without an indentation rule, stopping only at a document marker. `at` is the library's error
 * position (the line break); returns the offset of the first continuation line when go-yaml would find the close.
 */
export function goYamlReadsQuoted(text: string, code: string, message: string, at: number): { continuation: number } | undefined {
  if (code !== 'MISSING_CHAR' || !message.startsWith('Missing closing ')) return undefined;
  const quote = message.startsWith(`Missing closing '`) ? "'" : message.startsWith('Missing closing "') ? '"' : undefined;
  if (!quote || (text[at] !== '\n' && text[at] !== '\r')) return undefined;
  // The opening quote: scan the line up to `at` the way the scalar's lexer would, tracking quotes.
  let lineStart = at;
  while (lineStart > 0 && text[lineStart - 1] !== '\n') lineStart--;
  let open: string | undefined;
  for (let i = lineStart; i < at; i++) {
    const c = text[i];
    if (open === undefined) {
      if (c === '#' && (i === lineStart || text[i - 1] === ' ' || text[i - 1] === '\t')) break;
      if (c === "'" || c === '"') open = c;
    } else if (open === "'") {
      if (c === "'") {
        if (text[i + 1] === "'") i++;
        else open = undefined;
      }
    } else if (c === '\\') i++;
    else if (c === '"') open = undefined;
  }
  if (open !== quote) return undefined;
  // go-yaml: the closing quote anywhere later, unless a document marker (`---` / `...` at a line start) comes first.
  const continuation = at + (text[at] === '\r' && text[at + 1] === '\n' ? 2 : 1);
  return goYamlQuoteEnd(text, quote, continuation) !== undefined ? { continuation } : undefined;
}

/** A document marker (`---` / `...` followed by a blank or the end) at offset `i`, a line start. */
function isDocumentMarker(text: string, i: number): boolean {
  if (!(i === 0 || text[i - 1] === '\n') || !(text.startsWith('---', i) || text.startsWith('...', i))) return false;
  const after = text[i + 3];
  return after === undefined || after === ' ' || after === '\t' || after === '\n' || after === '\r';
}

/**
 * Where go-yaml closes a quoted scalar whose text goes on from `from`: the offset of the closing quote (`''` is an
 * escaped single quote, `\\` escapes in double quotes), at any indentation, or undefined when a document marker or the
 * end of the text comes first.
 */
function goYamlQuoteEnd(text: string, quote: "'" | '"', from: number): number | undefined {
  for (let i = from; i < text.length; i++) {
    if (isDocumentMarker(text, i)) return undefined;
    const c = text[i];
    if (quote === "'") {
      if (c === "'") {
        if (text[i + 1] === "'") i++;
        else return i;
      }
    } else if (c === '\\') i++;
    else if (c === '"') return i;
  }
  return undefined;
}
