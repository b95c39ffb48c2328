import type { Rule } from '../src/engine/types.ts';
import { cite } from '../src/engine/report-helpers.ts';
import { binaryLabel, binaryRelated, instrumentedBinaries } from '../src/link/agent-binaries.ts';
import { agentGoSupport, buildGoVersion, checkGoSupport, compareVersions, formatAgentVersion, formatGoRange, parseGoVersion } from '../src/link/go-versions.ts';

export const goVersionUnsupported: Rule = {
  meta: {
    id: 'go-version-unsupported',
    description: "The instrumented binary's Go version is outside the range the agent version supports",
    defaultSeverity: 'error',
    fixable: false,
    category: 'build',
  },
  check({ model, report }) {
    for (const b of instrumentedBinaries(model)) {
      if (!b.agent.version) continue;
      const support = agentGoSupport(b.agent.version);
      const go = buildGoVersion(b.go);
      if (!support || !go) continue;
      const verdict = checkGoSupport(go.range, support);
      if (verdict.kind === 'ok') continue;
      const agent = `${b.agent.label} is ${formatAgentVersion(b.agent.version)}`;
      const supports = `which supports ${support.text} (COMPATIBILITY.md of ${support.agent})`;
      const built = `${binaryLabel(b)} is built with ${formatGoRange(go.range)} (${go.how}, ${cite(go.evidence, 3)})`;
      const max = support.max.join('.');
      // Where the version comes from says what to change: go.mod's floor, the builder image, or the Go the build tool
      // runs with (ko, GoReleaser: the machine's).
      // go.mod's go line above the range: no builder image in it can build the module (memos' `go 1.27.0`).
      const modGo = b.go.goMod?.go ? parseGoVersion(b.go.goMod.go.value)?.version : undefined;
      const modAbove = modGo !== undefined && compareVersions(modGo, support.max) > 0;
      const tooNew =
        (verdict.certain && go.floorFromGoMod) || modAbove
          ? `go.mod asks for that Go: lower its ${b.go.goMod?.toolchain ? 'go and toolchain lines' : 'go line'} to go${max} or below and build with it, or use an agent release that supports it.`
          : b.go.goVersion !== undefined
            ? `Build with a Go version in that range (pin the patch in the builder image's tag, e.g. golang:${max}), or use an agent release that supports it.`
            : `Build with a Go version in that range (e.g. go${max}), or use an agent release that supports it.`;
      const advice = verdict.kind === 'too-new' ? tooNew : 'Build with a Go version in that range.';
      const message = verdict.certain
        ? `${built}, but ${agent}, ${supports}: this Go version is outside it, so the agent's probes are not expected to work. ${advice}`
        : `${built}; ${agent}, ${supports}, so ${verdict.kind === 'too-new' ? 'a later patch' : 'an earlier version'} the build may use is not supported. ${advice}`;
      report({
        range: b.go.evidence.range,
        message,
        related: binaryRelated(b, go.evidence),
        ...(verdict.certain ? {} : { severity: 'info' as const }),
      });
    }
  },
};
