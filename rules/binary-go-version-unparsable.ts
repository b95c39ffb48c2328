import type { Rule } from '../src/engine/types.ts';
import type { Evidence } from '../src/model/source.ts';
import type { GoBuildInfo } from '../src/model/image.ts';
import { cite } from '../src/engine/report-helpers.ts';
import { binaryLabel, binaryRelated, instrumentedBinaries, type InstrumentedBinary } from '../src/link/agent-binaries.ts';
import { buildGoVersion, compareVersions, formatAgentVersion, formatGoRange } from '../src/link/go-versions.ts';

/** The newest agent release whose Go version parsing is known (internal/pkg/process/info.go `goVer`). */
const LAST_KNOWN: [number, number, number] = [0, 24, 0];

/**
 * GOEXPERIMENT items that are off by default in Go 1.26, so that setting them puts them into the binary's version
 * string (`go1.26.3-X:boringcrypto`), and `no` items that turn off an experiment on by default. Others are left
 * alone: an experiment already on by default changes nothing, and one Go does not know fails the build.
 */
const SHOWN_EXPERIMENTS = new Set(['boringcrypto', 'arenas', 'jsonv2', 'simd', 'goroutineleakprofile', 'nodwarf5', 'nogreenteagc']);

interface Unparsable {
  /** What the binary's Go version string looks like. */
  example: string;
  /** Why it looks like that, for the message. */
  cause: string;
  fix: string;
  at: Evidence;
  evidence: Evidence[];
}

function redHat(g: GoBuildInfo): Unparsable | undefined {
  if (!g.goVendor) return undefined;
  // GOTOOLCHAIN=go1.x (or +auto / auto) downloads and runs the Go project's toolchain instead.
  const tc = g.goToolchain?.value.trim();
  if (tc !== undefined && tc !== 'local') return undefined;
  const exact = g.goVersion !== undefined && g.goVersion.split('.').length === 3 ? g.goVersion : undefined;
  const shown = exact ?? (g.goVersion !== undefined ? `${g.goVersion}.x` : '1.N.P');
  return {
    example: `go${shown} (${g.goVendor.name} ${shown}-1.el9)`,
    cause: `it is built with ${g.goVendor.name}'s Go (${cite([g.goVendor.evidence], 1)}), whose version string names the vendor's package`,
    fix: `Build it with the Go project's toolchain: a golang image for the build stage, or GOTOOLCHAIN=go${exact ?? '<version>'} on the build (the go command then downloads that toolchain).`,
    at: g.goVendor.evidence,
    evidence: [g.goVendor.evidence],
  };
}

function experiment(g: GoBuildInfo): Unparsable | undefined {
  const x = g.goExperiment;
  if (!x) return undefined;
  const shown = x.value.split(',').map((s) => s.trim()).filter((s) => SHOWN_EXPERIMENTS.has(s));
  if (shown.length === 0) return undefined;
  const go = buildGoVersion(g);
  // Only when every Go the build may use is 1.26 or later: before it, the experiments follow a blank (`go1.25.3
  // X:boringcrypto`), which the agent cuts off.
  if (!go || compareVersions(go.range.lo, [1, 26, -1]) < 0) return undefined;
  const at = x.evidence ?? g.evidence;
  return {
    example: `go${go.range.lo[0]}.${go.range.lo[1]}.${Math.max(0, go.range.lo[2])}-X:${shown.join(',')}`,
    cause: `it is built with GOEXPERIMENT=${x.value} (${cite([at], 1)}) and ${formatGoRange(go.range)} (${go.how}), which since Go 1.26 writes the experiments after a dash`,
    fix: `Build it without GOEXPERIMENT=${shown.join(',')}, or with Go 1.25.`,
    at,
    evidence: [at, ...go.evidence],
  };
}

export const binaryGoVersionUnparsable: Rule = {
  meta: {
    id: 'binary-go-version-unparsable',
    description: "The instrumented binary's Go version string is one the agent cannot parse (Red Hat's Go, GOEXPERIMENT with Go 1.26+)",
    defaultSeverity: 'error',
    fixable: false,
    category: 'build',
  },
  check({ model, report }) {
    for (const b of instrumentedBinaries(model)) {
      const v = b.agent.version;
      if ((v && compareVersions(v, LAST_KNOWN) > 0) || (!v && b.agent.builtFromSource)) continue;
      const u = redHat(b.go) ?? experiment(b.go);
      if (!u) continue;
      report({
        range: u.at.range,
        message:
          `${binaryLabel(b)} has a Go version string like "${u.example}": ${u.cause}; ${agentText(b)} reads the binary's Go ` +
          'version as a semantic version after dropping only the "go" prefix and a " X:" suffix, so it fails with ' +
          `"invalid semantic version" and does not instrument the process. ${u.fix}`,
        related: binaryRelated(b, u.evidence),
      });
    }
  },
};

function agentText(b: InstrumentedBinary): string {
  // A known version is in the label (the agent's image and tag).
  return b.agent.version ? b.agent.label : `${b.agent.label} (like every release up to ${formatAgentVersion(LAST_KNOWN)})`;
}
