// The glob OBI (`OTEL_EBPF_AUTO_TARGET_EXE`) and Beyla (`BEYLA_AUTO_TARGET_EXE`) match against the whole executable
// path (agent-facts §7). Both compile the value with github.com/gobwas/glob without separators, so:
//
// - `*` (and `**`) match any run of characters, `/` included;
// - `?` matches exactly one character, `/` included;
// - `[abc]` / `[!abc]` match one character of (not of) a set; `[a-z]` / `[!a-z]` one character of a range. A class
//   holds either one set or one range: `[a-z0-9]` and `[]` do not compile, nor does a range whose end is below its
//   start;
// - `{a,b,c}` matches any of the alternatives (they nest; an unclosed `{` runs to the end of the pattern);
// - `\x` matches `x` literally; a trailing `\` does not compile;
// - every other character matches itself, and the whole path must match (no implicit `*` at either end).
//
// Characters are Unicode code points.

export type GlobNode =
  | { kind: 'text'; text: string[] }
  | { kind: 'any' }
  | { kind: 'single' }
  | { kind: 'set'; chars: string[]; not: boolean }
  | { kind: 'range'; lo: string; hi: string; not: boolean }
  | { kind: 'alt'; branches: GlobNode[][] };

export type CompiledGlob = { ok: true; nodes: GlobNode[] } | { ok: false; error: string };

/** Compiles a pattern as gobwas/glob does (see the file comment), or says why it does not compile. */
export function compileGlob(pattern: string): CompiledGlob {
  const cs = Array.from(pattern);
  let i = 0;
  // Stack of open `{` groups: each holds its finished branches and the branch being read.
  const root: GlobNode[] = [];
  const groups: { branches: GlobNode[][]; cur: GlobNode[]; parent: GlobNode[] }[] = [];
  const out = (): GlobNode[] => groups[groups.length - 1]?.cur ?? root;
  const pushText = (c: string): void => {
    const o = out();
    const last = o[o.length - 1];
    if (last?.kind === 'text') last.text.push(c);
    else o.push({ kind: 'text', text: [c] });
  };
  while (i < cs.length) {
    const c = cs[i]!;
    if (c === '\\') {
      if (i + 1 >= cs.length) return { ok: false, error: 'it ends with a lone backslash' };
      pushText(cs[i + 1]!);
      i += 2;
    } else if (c === '*') {
      out().push({ kind: 'any' });
      i += cs[i + 1] === '*' ? 2 : 1;
    } else if (c === '?') {
      out().push({ kind: 'single' });
      i++;
    } else if (c === '{') {
      groups.push({ branches: [], cur: [], parent: out() });
      i++;
    } else if (c === ',' && groups.length > 0) {
      const g = groups[groups.length - 1]!;
      g.branches.push(g.cur);
      g.cur = [];
      i++;
    } else if (c === '}' && groups.length > 0) {
      const g = groups.pop()!;
      g.branches.push(g.cur);
      g.parent.push({ kind: 'alt', branches: g.branches });
      i++;
    } else if (c === '[') {
      const r = readClass(cs, i + 1);
      if ('error' in r) return { ok: false, error: r.error };
      out().push(r.node);
      i = r.next;
    } else {
      pushText(c);
      i++;
    }
  }
  // gobwas/glob accepts an unclosed `{`: the group ends with the pattern.
  while (groups.length > 0) {
    const g = groups.pop()!;
    g.branches.push(g.cur);
    g.parent.push({ kind: 'alt', branches: g.branches });
  }
  return { ok: true, nodes: root };
}

function readClass(cs: string[], start: number): { node: GlobNode; next: number } | { error: string } {
  let i = start;
  let not = false;
  if (cs[i] === '!') {
    not = true;
    i++;
  }
  if (i >= cs.length) return { error: 'a [ is not closed' };
  if (cs[i + 1] === '-' && i + 2 < cs.length) {
    const lo = cs[i]!;
    const hi = cs[i + 2]!;
    if (i + 3 >= cs.length) return { error: 'a [ is not closed' };
    if (cs[i + 3] !== ']') return { error: `[${not ? '!' : ''}${lo}-${hi} must be followed by ], as a class holds one range or one set of characters` };
    if (hi.codePointAt(0)! < lo.codePointAt(0)!) return { error: `the range ${lo}-${hi} ends below its start` };
    return { node: { kind: 'range', lo, hi, not }, next: i + 4 };
  }
  const chars: string[] = [];
  while (i < cs.length && cs[i] !== ']') {
    if (cs[i] === '\\') {
      if (i + 1 >= cs.length) return { error: 'it ends with a lone backslash' };
      chars.push(cs[i + 1]!);
      i += 2;
    } else chars.push(cs[i++]!);
  }
  if (i >= cs.length) return { error: 'a [ is not closed' };
  if (chars.length === 0) return { error: `the class [${not ? '!' : ''}] is empty` };
  return { node: { kind: 'set', chars, not }, next: i + 1 };
}

function classHas(n: Extract<GlobNode, { kind: 'set' | 'range' }>, c: string): boolean {
  const hit = n.kind === 'set' ? n.chars.includes(c) : c.codePointAt(0)! >= n.lo.codePointAt(0)! && c.codePointAt(0)! <= n.hi.codePointAt(0)!;
  return hit !== n.not;
}

function matchSeq(nodes: readonly GlobNode[], ni: number, text: string[], ti: number): boolean {
  if (ni === nodes.length) return ti === text.length;
  const n = nodes[ni]!;
  switch (n.kind) {
    case 'text': {
      if (ti + n.text.length > text.length) return false;
      for (let k = 0; k < n.text.length; k++) if (text[ti + k] !== n.text[k]) return false;
      return matchSeq(nodes, ni + 1, text, ti + n.text.length);
    }
    case 'any':
      for (let k = ti; k <= text.length; k++) if (matchSeq(nodes, ni + 1, text, k)) return true;
      return false;
    case 'single':
      return ti < text.length && matchSeq(nodes, ni + 1, text, ti + 1);
    case 'set':
    case 'range':
      return ti < text.length && classHas(n, text[ti]!) && matchSeq(nodes, ni + 1, text, ti + 1);
    case 'alt':
      return n.branches.some((b) => matchSeq([...b, ...nodes.slice(ni + 1)], 0, text, ti));
  }
}

/** Does the glob match the whole text? */
export function globMatches(nodes: readonly GlobNode[], text: string): boolean {
  return matchSeq(nodes, 0, Array.from(text), 0);
}

/** Does the glob pattern match the whole text? Undefined when the pattern does not compile. */
export function globPatternMatches(pattern: string, text: string): boolean | undefined {
  const g = compileGlob(pattern);
  return g.ok ? globMatches(g.nodes, text) : undefined;
}

/** Can the glob match any string that starts with `/` (i.e. any absolute executable path)? */
export function globCanMatchAbsolute(nodes: readonly GlobNode[]): boolean {
  const first = (seq: readonly GlobNode[]): boolean => {
    const n = seq[0];
    if (!n) return false;
    switch (n.kind) {
      case 'text':
        return n.text[0] === '/';
      case 'any':
      case 'single':
        return true;
      case 'set':
      case 'range':
        return classHas(n, '/');
      case 'alt':
        return n.branches.some((b) => first([...b, ...seq.slice(1)]));
    }
  };
  return first(nodes);
}

/** A pattern with no glob syntax at all (matches only itself). */
export function isLiteralGlob(nodes: readonly GlobNode[]): boolean {
  return nodes.every((n) => n.kind === 'text');
}
