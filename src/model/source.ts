// Source files and exact positions.
//
// Every position the linter reports is a `Range` into one file: 1-based line and column (columns count UTF-16
// code units, as editors and SARIF do), end exclusive, plus the 0-based character offsets the fixer splices at.

export interface Range {
  /** Path relative to the working directory, `/`-separated. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  /** Exclusive: the column just after the last character. */
  endColumn: number;
  /** 0-based offsets into the file text (UTF-16 index), end exclusive. */
  start: number;
  end: number;
}

/** A place in a file with a sentence saying what it proves. Used for evidence chains and related locations. */
export interface Evidence {
  range: Range;
  message: string;
}

export type FileKind =
  | 'dockerfile'
  | 'shell'
  | 'yaml'
  | 'compose'
  | 'skaffold'
  /** A GoReleaser configuration (`.goreleaser.yaml` …): the images its `dockers` entries build from its binaries. */
  | 'goreleaser'
  /** A docker-bake file (`docker-bake.hcl`, `docker-bake.override.hcl`): the images its targets build. */
  | 'bake'
  /** A GitHub Actions workflow (`.github/workflows/*.yml`): the images its docker/build-push-action steps build. */
  | 'workflow'
  /** A Makefile (`Makefile`, `makefile`, `GNUmakefile`, `*.mk`): the images its recipes build. */
  | 'makefile'
  | 'kustomize'
  /** A ko configuration (`.ko.yaml`): the flags ko builds main packages with. */
  | 'ko'
  | 'gomod'
  | 'typescript'
  | 'config'
  /** An environment file (`.env`, `*.env`, `.env.*`): read when a compose file uses it. */
  | 'dotenv'
  | 'other';

export interface SourceFile {
  /** Relative to the working directory, `/`-separated (what diagnostics print). */
  path: string;
  /** Absolute path on disk. */
  absPath: string;
  text: string;
  kind: FileKind;
  /** A file the user asked to lint (false: only read as context for cross-file findings). */
  requested: boolean;
  lines: LineIndex;
  /** A YAML file in a Helm chart's `templates/` directory (a `Chart.yaml` beside that directory). */
  helm?: boolean;
}

/** Offset <-> line/column conversion for one text. */
export class LineIndex {
  /** Offsets at which each line starts. */
  readonly starts: number[];
  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
    this.starts = starts;
  }
  /** 1-based line and column of a 0-based offset. */
  position(offset: number): { line: number; column: number } {
    const o = this.clamp(offset);
    const l = this.lineIndexOf(o, 0);
    return { line: l + 1, column: o - this.starts[l]! + 1 };
  }
  private clamp(offset: number): number {
    return Math.max(0, Math.min(offset, this.text.length));
  }
  /** 0-based index of the line holding the (clamped) offset `o`, searching from line index `from` on. */
  private lineIndexOf(o: number, from: number): number {
    const starts = this.starts;
    let lo = from;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  /** 0-based offset of a 1-based line and column (clamped to the text). */
  offset(line: number, column: number): number {
    const l = Math.max(1, Math.min(line, this.starts.length));
    return Math.min(this.text.length, this.starts[l - 1]! + Math.max(0, column - 1));
  }
  /** The text of a 1-based line without its line ending. */
  lineText(line: number): string {
    if (line < 1 || line > this.starts.length) return '';
    const s = this.starts[line - 1]!;
    let e = line < this.starts.length ? this.starts[line]! : this.text.length;
    while (e > s && (this.text.charCodeAt(e - 1) === 10 || this.text.charCodeAt(e - 1) === 13)) e--;
    return this.text.slice(s, e);
  }
  range(file: string, start: number, end: number): Range {
    // As position() twice, without its two temporary objects (ranges are made for every scalar and word).
    const e = Math.max(start, end);
    const a = this.clamp(start);
    const b = this.clamp(e);
    const la = this.lineIndexOf(a, 0);
    const lb = this.lineIndexOf(b, la);
    return { file, line: la + 1, column: a - this.starts[la]! + 1, endLine: lb + 1, endColumn: b - this.starts[lb]! + 1, start, end: e };
  }
}

/** A problem a parser met: the file (or part of it) could not be read as its format. */
export interface ParseProblem {
  range: Range;
  message: string;
  /**
   * 'error': nothing useful could be read; 'partial': the rest of the file was still read; 'info': it was read, and
   * something it asks for is not worked out (a kustomization using `transformers:` is not built).
   */
  severity: 'error' | 'partial' | 'info';
}

/** A suppression comment found by a parser, e.g. `# otel-target-lint-disable-next-line rule-a, rule-b -- reason`. */
export interface Directive {
  kind: 'disable-next-line' | 'disable-file';
  rules: string[];
  reason?: string;
  range: Range;
  /** For disable-next-line: the 1-based line it applies to. */
  targetLine?: number;
}

/** Read access to the repository for inference (COPY sources, go.mod, entrypoint scripts). Paths relative to cwd. */
export interface RepoView {
  /** 'file' | 'dir' | undefined. */
  stat(path: string): 'file' | 'dir' | undefined;
  /** Files under a directory, recursively (relative to cwd). */
  list(dir: string): string[];
  /** Loads a repository file as a SourceFile (and registers it so formatters can show its lines), or undefined. */
  load(path: string): SourceFile | undefined;
  /** Results of parsers kept from earlier runs (`--cache`), when there are. */
  memo?: ParseMemo;
}

/**
 * Runs a parser on a file, or gives back an equal copy of its result for the same text from an earlier run
 * (src/cache/parse-cache.ts). `kind` names the parser and any input of it besides the file.
 */
export interface ParseMemo {
  through<T>(kind: string, f: SourceFile, parse: (f: SourceFile) => T): T;
}
