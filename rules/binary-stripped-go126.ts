import type { Rule } from '../src/engine/types.ts';
import { cite } from '../src/engine/report-helpers.ts';
import { binaryLabel, binaryRelated, instrumentedBinaries, stripRange, stripText } from '../src/link/agent-binaries.ts';
import { buildGoVersion, compareVersions, formatAgentVersion, formatGoRange, parseGoVersion } from '../src/link/go-versions.ts';

export const binaryStrippedGo126: Rule = {
  meta: {
    id: 'binary-stripped-go126',
    description: 'The instrumented Go binary is stripped and built with Go 1.26 or later, which agents up to v0.24.0 misread',
    defaultSeverity: 'error',
    fixable: false,
    category: 'build',
  },
  check({ model, report }) {
    for (const b of instrumentedBinaries(model)) {
      const v = b.agent.version;
      if (!b.go.stripped || !v || compareVersions(v, [0, 20, 0]) < 0 || compareVersions(v, [0, 24, 0]) > 0) continue;
      const go = buildGoVersion(b.go);
      // Only when every Go the build may use is 1.26 or later.
      if (!go || compareVersions(go.range.lo, [1, 26, -1]) < 0) continue;
      // go.mod asking for Go 1.26 or later: Go 1.25 refuses the module (or switches itself to a later toolchain).
      const mod = b.go.goMod?.go;
      const modGo = mod ? parseGoVersion(mod.value)?.version : undefined;
      const older = modGo !== undefined && compareVersions(modGo, [1, 26, -1]) >= 0 ? `build with Go 1.25 after lowering go.mod's go line (go ${mod!.value}) to 1.25` : 'build with Go 1.25';
      report({
        range: stripRange(b.go),
        message:
          `${binaryLabel(b)} is stripped of its symbol table (${stripText(b.go).how}) and built with ${formatGoRange(go.range)} (${go.how}, ${cite(go.evidence, 3)}); ` +
          `${b.agent.label} is ${formatAgentVersion(v)}, and agents up to v0.24.0 misread the function table of stripped Go 1.26+ binaries ` +
          '(open issue open-telemetry/opentelemetry-go-instrumentation#3869): on amd64 the agent exits with "overflow in offset to read in the text section", ' +
          `on arm64 it attaches at wrong offsets. Keep the symbol table (${stripText(b.go).fix}), or ${older}.`,
        related: binaryRelated(b, go.evidence),
      });
    }
  },
};
