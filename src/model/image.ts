// The image a Dockerfile stage produces, as src/infer/image.ts evaluates it: environment, working directory, the
// files the build put where (with the chain of evidence for each), and the ENTRYPOINT/CMD it runs.

import type { Evidence, Range } from './source.ts';
import type { ShellScript } from './shell.ts';
import type { ExeclineScript } from '../parsers/execline.ts';

/** How a Go binary was built (what the agent needs from the binary, agent-facts §3). */
export interface GoBuildInfo {
  /** The package argument of `go build`/`go install` as written, e.g. `./cmd/server`, `.`. */
  pkg?: string;
  /** `-ldflags` contains `-s` (symbol table stripped) or a later `strip` ran on it. */
  stripped: boolean;
  /**
   * Where the stripping comes from and how to keep the symbol table, when it is not written as `-s` in the build
   * (GoReleaser's default `-ldflags`, a `.ko.yaml`); absent: `-ldflags -s` or `strip`. `at`: where the `-s` is, when
   * not at `evidence` (the stripped-binary rules report there).
   */
  strip?: { how: string; fix: string; at?: Range };
  /** `-ldflags` contains `-w` (DWARF removed). */
  noDwarf: boolean;
  /** `-buildmode=pie`. */
  pie: boolean;
  /** `upx` ran on it. */
  upx: boolean;
  /** Go version of the builder image (from `golang:<ver>` of the stage that built it), if known. */
  goVersion?: string;
  /** The FROM that names the golang image `goVersion` comes from. */
  goVersionEvidence?: Evidence;
  /**
   * GOTOOLCHAIN in effect for the build when it is known to be set (the golang images set `local`; ENV or a
   * `GOTOOLCHAIN=... go build` prefix may change it). Absent: not set, or its value is not known.
   */
  goToolchain?: { value: string; evidence?: Evidence };
  /** The main module's go.mod (found above the package built): its `go` and `toolchain` directives. */
  goMod?: GoModFacts;
  /** The Go build is not the Go project's (`BaseImageFacts.goVendor`): the FROM that says so. */
  goVendor?: { name: string; evidence: Evidence };
  /** GOEXPERIMENT in effect for the build when it is set to a known, non-empty value. */
  goExperiment?: { value: string; evidence?: Evidence };
  /** Where the build happened. */
  evidence: Evidence;
}

/** The directives of a go.mod that bound the Go version a build uses (agent-facts §3). */
export interface GoModFacts {
  /** The repository path of go.mod (or its path in the image, for a go.mod the Dockerfile writes). */
  file: string;
  /** `go 1.24.5`: the build needs at least this version. Range of the directive line. */
  go?: { value: string; range: Range };
  /** `toolchain go1.25.3`: the toolchain `GOTOOLCHAIN=auto` switches to. */
  toolchain?: { value: string; range: Range };
}

export type FsEntry =
  | {
      type: 'file';
      path: string;
      /** How the file got there, oldest first (e.g. `go build -o` at line 5, `COPY --from=build` at line 12). */
      origin: Evidence[];
      /** Known to be a Go binary. */
      go?: GoBuildInfo;
      /** A file copied from the build context: its path in the repository (relative to the working directory). */
      contextFile?: string;
      /** Inline content (COPY heredoc), e.g. a script written in the Dockerfile. */
      content?: string;
      /** Where that content is written (the heredoc's body in the Dockerfile). */
      contentRange?: Range;
      /** Parsed script, when the file is a shell script whose text is known. */
      script?: ShellScript;
      /** Parsed execline script (`#!/command/execlineb`), when the file is one whose text is known. */
      execline?: ExeclineScript;
      executable?: boolean;
      /** The Go agent's binary copied from the agent's image (`COPY --from=otel/autoinstrumentation-go:v0.24.0`): that reference. */
      agentImage?: string;
    }
  | { type: 'dir'; path: string; origin: Evidence[]; contextDir?: string }
  | { type: 'symlink'; path: string; target: string; origin: Evidence[] };

/** Facts about a base image that is not built in the repository. */
export interface BaseImageFacts {
  /** The reference as resolved (ARGs expanded). */
  ref: string;
  /** `/bin -> usr/bin` (Debian 12+, Ubuntu, Fedora ...): binaries under /bin, /sbin show as /usr/bin, /usr/sbin. */
  mergedUsr?: boolean;
  /**
   * The distribution is known, and whether its /usr is merged is not (Alpine 3.23 and later merge new installs; its
   * images were not checked): a path under /bin may show as /usr/bin.
   */
  usrMergeUnknown?: true;
  /** Has a POSIX shell at /bin/sh. */
  hasShell?: boolean;
  /**
   * The program /bin/sh links to, which the kernel reports for a process started as `sh` (agent-facts §1): dash on
   * Debian and Ubuntu, BusyBox on Alpine and busybox, bash on Fedora, RHEL / UBI and SUSE.
   */
  shell?: 'dash' | 'busybox' | 'bash';
  /** Known to set no ENTRYPOINT (scratch, distroless static / base / cc, the OS images, golang). */
  noEntrypoint?: true;
  /** The official golang image (GOPATH=/go, go on PATH). */
  golang?: boolean;
  /** Go version of a golang image tag, e.g. `1.23`. */
  goVersion?: string;
  /**
   * Whose build of Go the image holds, when it is not the Go project's: `Red Hat` (UBI / RHEL go-toolset), whose
   * version string reads `go1.24.6 (Red Hat 1.24.6-1.el9_6)`.
   */
  goVendor?: string;
  /** Known agent / OBI / Beyla image. */
  agent?: 'go-auto' | 'obi' | 'beyla';
  /** Version from the tag, e.g. `v0.24.0`. */
  tag?: string;
  /** The image's own default ENTRYPOINT/CMD where known (agent images, distroless debug images, LinuxServer.io). */
  cmd?: string[];
  entrypoint?: string[];
  /** The image's WORKDIR where it is not `/` (distroless `nonroot` tags: /home/nonroot). */
  workdir?: string;
  /** The image is known, but not which WORKDIR it has (a distroless image named by digest alone). */
  workdirUnknown?: boolean;
  /** The image's PATH where it is not the default one (distroless debug images add /busybox). */
  path?: string;
}

export interface ExecSpec {
  form: 'exec' | 'shell';
  /** exec form: argv with ENV not expanded (Docker does not); shell form: [shell..., '-c', text]. */
  argv: { value: string; range?: Range }[];
  /** shell form: the parsed script. */
  script?: ShellScript;
  evidence: Evidence;
}

export interface ImageModel {
  /** Dockerfile path (relative to cwd). */
  dockerfile: string;
  /** Stage index and name of the final stage. */
  stageIndex: number;
  stageName?: string;
  /** The first external image this image is ultimately built FROM. */
  base: BaseImageFacts;
  /** `valueRange`: where an ENV instruction writes the value literally (no quotes, escapes or variables). */
  env: Map<string, { value: string; evidence?: Evidence; valueRange?: Range }>;
  /**
   * The working directory. `unknown`: why it is not known (a base image the linter knows nothing of may set one, a
   * `WORKDIR $VAR` with no value); `path` is then only a placeholder and relative paths under it are not known.
   */
  workdir: { path: string; evidence?: Evidence; unknown?: string };
  /** The SHELL in force for shell-form ENTRYPOINT/CMD. */
  shell: string[];
  user?: string;
  fs: Map<string, FsEntry>;
  entrypoint?: ExecSpec;
  cmd?: ExecSpec;
  /** The image has an ENTRYPOINT whose value is not known (a ko build whose binary name needs go.mod): why. */
  entrypointUnknown?: Evidence;
  /** Build context directory (relative to cwd). */
  context: string;
  /** Things the inference could not follow (a RUN it could not read, a COPY from an unknown image ...). */
  unknowns: Evidence[];
  /**
   * The `go build` / `go install` runs among `unknowns`, here or in a stage this one copies from, whose output path
   * is not known (`-o /out/$NAME` with no value for NAME): the image may hold a Go binary the linter cannot place.
   */
  goOutputsUnknown?: Evidence[];
  /**
   * Directories the build fills with files that are not known (`COPY bin/ /usr/local/bin/` of a build context
   * directory that is not in the repository): a program looked up there may be any of them.
   */
  opaqueDirs?: { path: string; evidence: Evidence }[];
}
