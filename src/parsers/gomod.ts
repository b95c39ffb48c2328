// go.mod: only the three directives the inference needs (module path, go version, toolchain). A tiny tokenizer
// over go.mod's line grammar (https://go.dev/ref/mod#go-mod-file-grammar): `//` comments, interpreted ("...") and
// raw (`...`) strings, parenthesised blocks. Pure and total: unreadable input gives an empty result.

export interface GoMod {
  /** The module path, e.g. `github.com/acme/server/v2`. */
  module?: string;
  /** The `go` directive, e.g. `1.23` or `1.23.4`. */
  go?: string;
  /** The `toolchain` directive, e.g. `go1.23.4`. */
  toolchain?: string;
}

import type { GoModFacts } from '../model/image.ts';
import { splitBlanks } from './blanks.ts';
import type { Range, SourceFile } from '../model/source.ts';

type Token = { kind: 'word' | 'string'; value: string } | { kind: '(' } | { kind: ')' } | { kind: 'nl' };

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === '\n') {
      out.push({ kind: 'nl' });
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r' || c === '\uFEFF') {
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') i++;
    } else if (c === '(' || c === ')') {
      out.push({ kind: c });
      i++;
    } else if (c === '"') {
      let j = i + 1;
      let value = '';
      while (j < n && text[j] !== '"' && text[j] !== '\n') {
        if (text[j] === '\\' && j + 1 < n) {
          const e = text[j + 1]!;
          value += e === 'n' ? '\n' : e === 't' ? '\t' : e;
          j += 2;
        } else value += text[j++];
      }
      out.push({ kind: 'string', value });
      i = j < n && text[j] === '"' ? j + 1 : j;
    } else if (c === '`') {
      const end = text.indexOf('`', i + 1);
      const stop = end < 0 ? n : end;
      out.push({ kind: 'string', value: text.slice(i + 1, stop) });
      i = end < 0 ? n : end + 1;
    } else {
      let j = i;
      while (j < n) {
        const d = text[j]!;
        if (d === ' ' || d === '\t' || d === '\r' || d === '\n' || d === '(' || d === ')' || d === '"' || d === '`') break;
        if (d === '/' && text[j + 1] === '/') break;
        j++;
      }
      out.push({ kind: 'word', value: text.slice(i, j) });
      i = j;
    }
  }
  return out;
}

/** Reads `module`, `go` and `toolchain` from go.mod text. */
export function parseGoMod(text: string): GoMod {
  const result: GoMod = {};
  const tokens = tokenize(text);
  // Split into logical lines; a `verb (` block yields one line per entry, each prefixed with the verb.
  const lines: string[][] = [];
  let cur: string[] = [];
  let blockVerb: string | undefined;
  const flush = (): void => {
    if (cur.length > 0) lines.push(blockVerb !== undefined ? [blockVerb, ...cur] : cur);
    cur = [];
  };
  for (const t of tokens) {
    if (t.kind === 'nl') flush();
    else if (t.kind === '(') {
      if (blockVerb === undefined && cur.length === 1) {
        blockVerb = cur[0];
        cur = [];
      }
    } else if (t.kind === ')') {
      flush();
      blockVerb = undefined;
    } else cur.push(t.value);
  }
  flush();
  for (const line of lines) {
    const [verb, arg] = line;
    if (arg === undefined || arg === '') continue;
    if (verb === 'module' && result.module === undefined) result.module = arg;
    else if (verb === 'go' && result.go === undefined) result.go = arg;
    else if (verb === 'toolchain' && result.toolchain === undefined) result.toolchain = arg;
  }
  return result;
}

/**
 * The `go` and `toolchain` directives of a go.mod (`file` its path), each with the range of its line (comments
 * excluded) when the file's source is at hand, else `fallback`. Undefined when it has neither.
 */
export function goModFactsOf(file: string, text: string, source: SourceFile | undefined, fallback: Range): GoModFacts | undefined {
  const mod = parseGoMod(text);
  if (mod.go === undefined && mod.toolchain === undefined) return undefined;
  const where = (verb: string, value: string): Range => {
    if (!source) return fallback;
    for (let line = 1; line <= source.lines.starts.length; line++) {
      const lineText = source.lines.lineText(line);
      // The directive's line holds its value: skip splitting the others into words.
      if (!lineText.includes(value)) continue;
      const comment = lineText.indexOf('//');
      const code = comment >= 0 ? lineText.slice(0, comment) : lineText;
      const words = splitBlanks(code);
      if (words.length === 2 && words[0] === verb && words[1] === value) {
        const lead = code.length - code.trimStart().length;
        const start = source.lines.starts[line - 1]! + lead;
        return source.lines.range(source.path, start, start + code.trim().length);
      }
    }
    return fallback;
  };
  const out: GoModFacts = { file };
  if (mod.go !== undefined) out.go = { value: mod.go, range: where('go', mod.go) };
  if (mod.toolchain !== undefined) out.toolchain = { value: mod.toolchain, range: where('toolchain', mod.toolchain) };
  return out;
}
