// A Go source file's header: its package clause and its build constraint, as `go build` reads them to decide which
// files (and so which packages) a directory holds (go/build's parseFileHeader and shouldBuild). A small scanner over
// the leading comments and the `package` keyword; the rest of the file is not read. Pure and total: a file without a
// readable package clause gives no `package`.

export interface GoFileHeader {
  /** The name in the package clause (`main`). */
  package?: string;
  /**
   * The file's build constraint: the expression of its `//go:build` line, else its `// +build` lines in the same
   * syntax (`ignore`, `linux && amd64`, `(linux || darwin) && !cgo`). Undefined: the file is always built.
   */
  build?: string;
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\r' || c === '\n' || c === '\f' || c === '\v';

function trim(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isSpace(s[a])) a++;
  while (b > a && isSpace(s[b - 1])) b--;
  return s.slice(a, b);
}

/** `// +build a,b c` lines (space: or, comma: and) as one `//go:build` expression. */
function legacyExpr(lines: string[]): string | undefined {
  const terms = lines.map((l) => {
    const ors = l.replaceAll('\t', ' ').split(' ').filter((f) => f !== '').map((f) => f.split(',').join(' && '));
    return ors.length > 1 && lines.length > 1 ? `(${ors.join(' || ')})` : ors.join(' || ');
  });
  return terms.length > 0 ? terms.join(' && ') : undefined;
}

export function readGoFileHeader(text: string): GoFileHeader {
  let p = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // The header: the leading lines of comments and blank lines (go/build parseFileHeader). `+build` lines count only
  // before its last blank line; a `//go:build` line anywhere in it (outside a /* comment).
  let end = p;
  let goBuild: string | undefined;
  const plusBuild: { at: number; args: string }[] = [];
  let inSlashStar = false;
  let ended = false;
  let body = text.length; // where the first non-comment text starts
  lines: while (p < text.length) {
    const nl = text.indexOf('\n', p);
    const lineEnd = nl < 0 ? text.length : nl;
    const lineStart = p;
    p = nl < 0 ? text.length : nl + 1;
    const line = trim(text.slice(lineStart, lineEnd));
    if (line === '' && !ended) {
      end = p;
      continue;
    }
    if (!line.startsWith('//')) ended = true;
    if (!inSlashStar && line.startsWith('//go:build') && (line.length === 10 || line[10] === ' ' || line[10] === '\t')) {
      goBuild ??= trim(line.slice(10));
    }
    if (!inSlashStar && line.startsWith('//')) {
      const rest = trim(line.slice(2));
      if (rest.startsWith('+build') && (rest.length === 6 || rest[6] === ' ' || rest[6] === '\t')) plusBuild.push({ at: lineStart, args: trim(rest.slice(6)) });
    }
    let j = lineStart;
    const skipBlank = (): void => {
      while (j < lineEnd && isSpace(text[j])) j++;
    };
    skipBlank();
    while (j < lineEnd) {
      if (inSlashStar) {
        const k = text.indexOf('*/', j);
        if (k < 0 || k >= lineEnd) continue lines;
        inSlashStar = false;
        j = k + 2;
        skipBlank();
      } else if (text.startsWith('//', j)) continue lines;
      else if (text.startsWith('/*', j)) {
        inSlashStar = true;
        j += 2;
        skipBlank();
      } else {
        body = j;
        break lines;
      }
    }
  }
  const out: GoFileHeader = {};
  const build = goBuild ?? legacyExpr(plusBuild.filter((b) => b.at < end).map((b) => b.args));
  if (build !== undefined && build !== '') out.build = build;
  // The package clause: `package` name, with only spaces and comments around.
  let i = body;
  const skip = (): void => {
    for (;;) {
      while (i < text.length && isSpace(text[i])) i++;
      if (text.startsWith('//', i)) {
        const nl = text.indexOf('\n', i);
        i = nl < 0 ? text.length : nl;
      } else if (text.startsWith('/*', i)) {
        const e = text.indexOf('*/', i + 2);
        i = e < 0 ? text.length : e + 2;
      } else return;
    }
  };
  skip();
  if (!text.startsWith('package', i)) return out;
  i += 7;
  const before = i;
  skip();
  if (i === before) return out;
  const start = i;
  while (i < text.length && isIdentChar(text.charCodeAt(i))) i++;
  const name = text.slice(start, i);
  if (name !== '' && !(name.charCodeAt(0) >= 48 && name.charCodeAt(0) <= 57)) out.package = name;
  return out;
}

/** Letters, digits, `_` and any non-ASCII character (Go identifiers are Unicode letters and digits). */
function isIdentChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || (c > 127 && c !== 0xfeff && c !== 0xa0);
}

// go/build's syslist: the GOOS and GOARCH values a file name suffix restricts a file to.
const KNOWN_OS = new Set([
  'aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl', 'netbsd',
  'openbsd', 'plan9', 'solaris', 'wasip1', 'windows', 'zos',
]);
const KNOWN_ARCH = new Set([
  '386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'loong64', 'mips', 'mipsle', 'mips64', 'mips64le',
  'mips64p32', 'mips64p32le', 'ppc', 'ppc64', 'ppc64le', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm',
]);

/**
 * The GOOS / GOARCH a Go file's name restricts it to (`x_windows.go`, `x_linux_arm64.go`, `x_amd64_test.go`), as
 * go/build's goodOSArchFile reads it: the part before the first `_` never counts (`windows.go` is always built).
 */
export function goFileNameTags(name: string): { goos?: string; goarch?: string } {
  let stem = name.endsWith('.go') ? name.slice(0, -3) : name;
  if (stem.endsWith('_test')) stem = stem.slice(0, -5);
  const first = stem.indexOf('_');
  if (first < 0) return {};
  const l = stem.slice(first).split('_');
  const n = l.length;
  if (n >= 2 && KNOWN_OS.has(l[n - 2]!) && KNOWN_ARCH.has(l[n - 1]!)) return { goos: l[n - 2]!, goarch: l[n - 1]! };
  if (KNOWN_OS.has(l[n - 1]!)) return { goos: l[n - 1]! };
  if (KNOWN_ARCH.has(l[n - 1]!)) return { goarch: l[n - 1]! };
  return {};
}
