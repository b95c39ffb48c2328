// Go versions and agent versions: which Go a binary was built with (as far as the repository tells: the golang
// builder image's tag, GOTOOLCHAIN, go.mod's `go` and `toolchain` directives), and which Go versions each agent
// release supports (agent-facts §3, the agent's COMPATIBILITY.md at each release tag).
//
// A version known only to its minor (`golang:1.24` pulls whatever 1.24.x is current) is kept as an interval, so a
// rule can tell "certainly outside the supported range" from "maybe".

import type { GoBuildInfo } from '../model/image.ts';
import type { Evidence } from '../model/source.ts';

/** [major, minor, patch]. A prerelease (`1.24rc1`) has patch -1; "any patch" as an upper bound is Infinity. */
export type GoVersion = readonly [number, number, number];

/** The Go versions a build may have used, both ends inclusive; `hi` undefined: no upper bound known. */
export interface GoVersionRange {
  lo: GoVersion;
  hi?: GoVersion;
}

export function compareVersions(a: GoVersion, b: GoVersion): number {
  for (let i = 0; i < 3; i++) {
    const d = a[i]! - b[i]!;
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

function max(a: GoVersion, b: GoVersion): GoVersion {
  return compareVersions(a, b) >= 0 ? a : b;
}

function isDigits(s: string): boolean {
  return s !== '' && [...s].every((c) => c >= '0' && c <= '9');
}

/**
 * Parses a Go version as tags, go.mod and GOTOOLCHAIN write it: `1.23`, `1.23.4`, `go1.23.4`, `1.24rc1`. `exact`
 * is false when the patch is not given (`1.23`: for an image tag any 1.23.x; for go.mod's `go` line, 1.23 itself).
 */
export function parseGoVersion(text: string): { version: GoVersion; exact: boolean } | undefined {
  let s = text.trim();
  if (s.startsWith('go')) s = s.slice(2);
  let pre = -1;
  for (const mark of ['rc', 'beta']) {
    const i = s.indexOf(mark);
    if (i > 0) {
      if (!isDigits(s.slice(i + mark.length))) return undefined;
      pre = i;
      break;
    }
  }
  const core = pre > 0 ? s.slice(0, pre) : s;
  const parts = core.split('.');
  if (parts.length < 2 || parts.length > 3 || !parts.every(isDigits)) return undefined;
  const [maj, min, patch] = parts.map(Number) as [number, number, number | undefined];
  if (pre > 0) return parts.length === 2 ? { version: [maj, min, -1], exact: true } : undefined;
  return patch === undefined ? { version: [maj, min, 0], exact: false } : { version: [maj, min, patch], exact: true };
}

/** `go1.24.4`, `go1.24.x`, `go1.24rc` (for messages). */
export function formatGoVersion(v: GoVersion): string {
  if (v[2] === Infinity) return `go${v[0]}.${v[1]}.x`;
  if (v[2] < 0) return `go${v[0]}.${v[1]}rc`;
  return `go${v[0]}.${v[1]}.${v[2]}`;
}

/** `go1.24.4`, `go1.24.x`, `go1.24.5 or a later 1.24 patch`, `go1.24.5 or later`, `go1.24.4 to go1.25.x`. */
export function formatGoRange(r: GoVersionRange): string {
  const lo = formatGoVersion(r.lo);
  if (!r.hi) return `${lo} or later`;
  if (compareVersions(r.lo, r.hi) === 0) return lo;
  if (r.lo[0] === r.hi[0] && r.lo[1] === r.hi[1] && r.hi[2] === Infinity) {
    return r.lo[2] <= 0 ? `go${r.lo[0]}.${r.lo[1]}.x` : `${lo} or a later ${r.lo[0]}.${r.lo[1]} patch`;
  }
  return `${lo} to ${formatGoVersion(r.hi)}`;
}

/** The Go version range of a build, with the evidence it rests on and one phrase saying how it was found. */
export interface BuildGoVersion {
  range: GoVersionRange;
  evidence: Evidence[];
  how: string;
  /** The lowest version is go.mod's (its `go` line, or the `toolchain` line GOTOOLCHAIN switches to). */
  floorFromGoMod?: boolean;
}

/**
 * Which Go a `go build` used, from its GoBuildInfo:
 * - `GOTOOLCHAIN=go1.25.3` runs exactly that toolchain; `go1.25.3+auto` at least that one.
 * - The golang image's Go (the image sets `GOTOOLCHAIN=local`): the tag's version, any patch when the tag names a
 *   minor only. A successful build with `GOTOOLCHAIN=local` means that Go is at least go.mod's `go` version.
 * - `GOTOOLCHAIN=auto` (or `+auto`): the go command switches to go.mod's `toolchain` (else `go`) version when it is
 *   newer than its own.
 * - GOTOOLCHAIN not known (a distribution's Go): at least go.mod's `go` version; an upper bound only from the image.
 * Undefined when nothing is known.
 */
export function buildGoVersion(g: GoBuildInfo): BuildGoVersion | undefined {
  const evidence: Evidence[] = [];
  const how: string[] = [];
  const tc = g.goToolchain?.value.trim();
  const tcEvidence = (): void => {
    if (g.goToolchain?.evidence) evidence.push(g.goToolchain.evidence);
  };

  let base: GoVersionRange | undefined;
  let switching: boolean | undefined;
  if (tc !== undefined && tc.startsWith('go')) {
    const plus = tc.indexOf('+');
    const pinned = parseGoVersion(plus >= 0 ? tc.slice(0, plus) : tc);
    if (pinned?.exact) {
      tcEvidence();
      if (plus < 0) return { range: { lo: pinned.version, hi: pinned.version }, evidence, how: `GOTOOLCHAIN=${tc}` };
      base = { lo: pinned.version, hi: pinned.version };
      how.push(`GOTOOLCHAIN=${tc}`);
      switching = true;
    }
  }
  if (!base && g.goVersion !== undefined) {
    const v = parseGoVersion(g.goVersion);
    if (v) {
      base = v.exact ? { lo: v.version, hi: v.version } : { lo: v.version, hi: [v.version[0], v.version[1], Infinity] };
      if (g.goVersionEvidence) evidence.push(g.goVersionEvidence);
      how.push(`the builder image's Go ${g.goVersion}`);
    }
  }
  if (switching === undefined && tc !== undefined) {
    if (tc === 'local') switching = false;
    else if (tc === 'auto' || tc === 'path' || tc.endsWith('+auto') || tc.endsWith('+path')) {
      switching = true;
      tcEvidence();
      how.push(`GOTOOLCHAIN=${tc}`);
    }
  }

  const modGo = g.goMod?.go ? parseGoVersion(g.goMod.go.value) : undefined;
  // `go 1.24` in go.mod is the language version 1.24, below 1.24rc1 and 1.24.0.
  const goLine: GoVersion | undefined = modGo ? (modGo.exact ? modGo.version : [modGo.version[0], modGo.version[1], -2]) : undefined;
  const modTc = g.goMod?.toolchain ? parseGoVersion(g.goMod.toolchain.value) : undefined;
  const tcLine = modTc?.exact ? modTc.version : undefined;
  const modEv = (which: 'go' | 'toolchain'): void => {
    const d = g.goMod?.[which];
    if (d) evidence.push({ range: d.range, message: `${g.goMod!.file} says ${which} ${d.value}` });
  };

  let lo = base?.lo;
  let hi = base?.hi;
  let floorFromGoMod = false;
  if (goLine && (!lo || compareVersions(goLine, lo) > 0) && (!hi || compareVersions(goLine, hi) <= 0 || switching === true)) {
    // The build needs at least go.mod's version (with GOTOOLCHAIN=local a lower Go fails to build: not ours to say).
    lo = goLine[2] === -2 ? [goLine[0], goLine[1], 0] : goLine;
    floorFromGoMod = true;
    modEv('go');
    how.push(`go.mod's go ${g.goMod!.go!.value}`);
  }
  if (switching === true) {
    const need = tcLine ?? goLine;
    if (need) {
      const n: GoVersion = need[2] === -2 ? [need[0], need[1], 0] : need;
      if (!lo || compareVersions(n, lo) > 0) {
        lo = n;
        floorFromGoMod = true;
        if (tcLine) {
          modEv('toolchain');
          how.push(`go.mod's toolchain ${g.goMod!.toolchain!.value}`);
        }
      }
      if (hi) hi = max(hi, n);
    }
  } else if (switching === undefined && hi && tcLine && compareVersions(tcLine, hi) > 0) {
    // GOTOOLCHAIN not known: the toolchain line may be used.
    hi = tcLine;
  }
  if (!lo) return undefined;
  const range: GoVersionRange = hi ? { lo, hi } : { lo };
  return { range, evidence, how: how.join(', '), ...(floorFromGoMod ? { floorFromGoMod } : {}) };
}

// ---------------------------------------------------------------------------------------------------------------
// Agent versions

/** `v0.24.0`, `0.24.0`, `v0.19.0-alpha` -> [0, 24, 0]; undefined for `latest`, a digest, `main`. */
export function parseAgentVersion(tag: string | undefined): GoVersion | undefined {
  if (tag === undefined) return undefined;
  let s = tag.trim();
  if (s.startsWith('v')) s = s.slice(1);
  const dash = s.indexOf('-');
  if (dash >= 0) s = s.slice(0, dash);
  const parts = s.split('.');
  if (parts.length !== 3 || !parts.every(isDigits)) return undefined;
  return parts.map(Number) as unknown as GoVersion;
}

export function formatAgentVersion(v: GoVersion): string {
  return `v${v[0]}.${v[1]}.${v[2]}`;
}

/**
 * Supported target Go versions of each agent release, from COMPATIBILITY.md at the release tag (agent-facts §3 lists
 * v0.21.0, v0.22.1, v0.23.0 and v0.24.0; the others were read from the same file at their tags).
 */
export const AGENT_GO_SUPPORT: readonly { agent: string; min: string; max: string }[] = [
  { agent: 'v0.14.0', min: '1.12', max: '1.22.5' },
  { agent: 'v0.15.0', min: '1.12', max: '1.23.2' },
  { agent: 'v0.18.0', min: '1.12', max: '1.23.3' },
  { agent: 'v0.19.0', min: '1.12', max: '1.23.4' },
  { agent: 'v0.20.0', min: '1.12', max: '1.23.5' },
  { agent: 'v0.21.0', min: '1.19', max: '1.24.0' },
  { agent: 'v0.22.0', min: '1.19', max: '1.24.3' },
  { agent: 'v0.22.1', min: '1.19', max: '1.24.4' },
  { agent: 'v0.23.0', min: '1.19', max: '1.25.1' },
  { agent: 'v0.24.0', min: '1.19', max: '1.26.1' },
];

/** AGENT_GO_SUPPORT's agent versions, parsed once (read only). */
let rowVersions: GoVersion[] | undefined;

/** The supported Go range of an agent version: the nearest listed release at or below it; undefined below all. */
export function agentGoSupport(agent: GoVersion): { agent: string; min: GoVersion; max: GoVersion; text: string } | undefined {
  let found: (typeof AGENT_GO_SUPPORT)[number] | undefined;
  rowVersions ??= AGENT_GO_SUPPORT.map((row) => parseAgentVersion(row.agent)!);
  for (const [i, row] of AGENT_GO_SUPPORT.entries()) {
    if (compareVersions(rowVersions[i]!, agent) <= 0) found = row;
  }
  if (!found) return undefined;
  return {
    agent: found.agent,
    min: parseGoVersion(found.min)!.version,
    max: parseGoVersion(found.max)!.version,
    text: `go${found.min} to go${found.max}`,
  };
}

/** How a build's Go range relates to a supported range: inside, certainly outside, or partly outside. */
export function checkGoSupport(
  r: GoVersionRange,
  s: { min: GoVersion; max: GoVersion },
): { kind: 'ok' } | { kind: 'too-new' | 'too-old'; certain: boolean } {
  if (compareVersions(r.lo, s.max) > 0) return { kind: 'too-new', certain: true };
  if (r.hi && compareVersions(r.hi, s.min) < 0) return { kind: 'too-old', certain: true };
  if (compareVersions(r.lo, s.min) < 0) return { kind: 'too-old', certain: false };
  // Only a bounded range is worth a "maybe": an open one (golang:latest, go.mod alone) would flag everything.
  if (r.hi && compareVersions(r.hi, s.max) > 0) return { kind: 'too-new', certain: false };
  return { kind: 'ok' };
}
