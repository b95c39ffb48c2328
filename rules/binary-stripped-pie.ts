import type { Rule } from '../src/engine/types.ts';
import { binaryLabel, binaryRelated, instrumentedBinaries, stripRange, stripText } from '../src/link/agent-binaries.ts';
import { compareVersions } from '../src/link/go-versions.ts';

export const binaryStrippedPie: Rule = {
  meta: {
    id: 'binary-stripped-pie',
    description: 'The instrumented Go binary is a stripped PIE, whose function table the agent cannot find',
    defaultSeverity: 'error',
    fixable: false,
    category: 'build',
  },
  check({ model, report }) {
    for (const b of instrumentedBinaries(model)) {
      if (!b.go.stripped || !b.go.pie) continue;
      // Agents before v0.20.0 fail on every stripped binary: binary-stripped-old-agent says so.
      if (b.agent.version && compareVersions(b.agent.version, [0, 20, 0]) < 0) continue;
      report({
        range: stripRange(b.go),
        message:
          `${binaryLabel(b)} is built with -buildmode=pie and stripped of its symbol table (${stripText(b.go).how}), ` +
          `so the Go function table is only in the .data.rel.ro.gopclntab section; ${b.agent.label} ` +
          `reads function addresses from .symtab, else from .gopclntab, and fails with ".gopclntab section not found in target binary". ` +
          `Keep the symbol table (${stripText(b.go).fix}), or build without -buildmode=pie.`,
        related: binaryRelated(b),
      });
    }
  },
};
