// A small unified-diff generator (the `diff -u` / `git diff` text format) for --fix-dry-run.
//
// Lines are split after each `\n` and compared with their line endings, so a CRLF line stays a CRLF line in the
// output and a changed line ending shows up as a change. A last line without `\n` is followed by the
// `\ No newline at end of file` marker, as GNU diff and git print it.

export interface DiffOptions {
  /** Path printed after `--- a/`. */
  oldPath: string;
  /** Path printed after `+++ b/`; defaults to oldPath. */
  newPath?: string;
  /** Unchanged lines shown around each change; 3 unless told. */
  context?: number;
}

type OpKind = ' ' | '-' | '+';
interface Op {
  kind: OpKind;
  line: string;
}

/** Splits after every `\n`, keeping the line endings; the empty text has no lines. */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      lines.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

/** Above this many differences the middle is shown as one block replaced, without searching further. */
const MAX_D = 2000;

/**
 * Myers' O((N+M)D) shortest edit script between two line arrays, returned as a list of operations.
 * Returns undefined when the texts differ in more than MAX_D lines.
 */
function myers(a: string[], b: string[]): Op[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_D);
  const off = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] holds v[-d-1 .. d+1] as it was before round d.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice(off - d - 1, off + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (k === -d || (k !== d && v[off + k - 1]! < v[off + k + 1]!)) x = v[off + k + 1]!;
      else x = v[off + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      if (x >= n && y >= m) return backtrack(a, b, trace, d);
    }
  }
  return undefined;
}

function backtrack(a: string[], b: string[], trace: Int32Array[], dEnd: number): Op[] {
  const ops: Op[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = dEnd; d >= 0; d--) {
    const snap = trace[d]!;
    const at = (k: number) => snap[k + d + 1]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : at(prevK);
    const prevY = d === 0 ? 0 : prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: ' ', line: a[x - 1]! });
      x--;
      y--;
    }
    if (d > 0) {
      if (x === prevX) ops.push({ kind: '+', line: b[y - 1]! });
      else ops.push({ kind: '-', line: a[x - 1]! });
    }
    x = prevX;
    y = prevY;
  }
  return ops.reverse();
}

/** The line operations turning `a` into `b`: common ends trimmed first, then Myers on the middle. */
export function diffLines(a: string[], b: string[]): Op[] {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const midA = a.slice(pre, a.length - suf);
  const midB = b.slice(pre, b.length - suf);
  const mid = myers(midA, midB) ?? [
    ...midA.map((line): Op => ({ kind: '-', line })),
    ...midB.map((line): Op => ({ kind: '+', line })),
  ];
  return [
    ...a.slice(0, pre).map((line): Op => ({ kind: ' ', line })),
    ...mid,
    ...a.slice(a.length - suf).map((line): Op => ({ kind: ' ', line })),
  ];
}

function rangeText(start: number, count: number): string {
  // GNU diff: an empty range names the line before it; a one-line range omits the count.
  if (count === 0) return `${start - 1},0`;
  if (count === 1) return `${start}`;
  return `${start},${count}`;
}

function opText(op: Op): string {
  if (op.line.endsWith('\n')) return op.kind + op.line;
  return `${op.kind}${op.line}\n\\ No newline at end of file\n`;
}

/** The unified diff of two texts of one file; '' when they are equal. */
export function unifiedDiff(oldText: string, newText: string, opts: DiffOptions): string {
  if (oldText === newText) return '';
  const context = opts.context ?? 3;
  const ops = diffLines(splitLines(oldText), splitLines(newText));
  const changes: number[] = [];
  ops.forEach((op, i) => {
    if (op.kind !== ' ') changes.push(i);
  });
  if (changes.length === 0) return '';
  // Group changes whose context would touch or overlap into one hunk.
  const groups: { from: number; to: number }[] = [];
  for (const i of changes) {
    const g = groups[groups.length - 1];
    if (g && i - g.to - 1 <= 2 * context) g.to = i;
    else groups.push({ from: i, to: i });
  }
  // Old / new line numbers (1-based) of each op.
  const oldNo: number[] = [];
  const newNo: number[] = [];
  let o = 1;
  let nn = 1;
  for (const op of ops) {
    oldNo.push(o);
    newNo.push(nn);
    if (op.kind !== '+') o++;
    if (op.kind !== '-') nn++;
  }
  let out = `--- a/${opts.oldPath}\n+++ b/${opts.newPath ?? opts.oldPath}\n`;
  for (const g of groups) {
    const from = Math.max(0, g.from - context);
    const to = Math.min(ops.length - 1, g.to + context);
    const hunk = ops.slice(from, to + 1);
    const oldCount = hunk.filter((op) => op.kind !== '+').length;
    const newCount = hunk.filter((op) => op.kind !== '-').length;
    out += `@@ -${rangeText(oldNo[from]!, oldCount)} +${rangeText(newNo[from]!, newCount)} @@\n`;
    for (const op of hunk) out += opText(op);
  }
  return out;
}
