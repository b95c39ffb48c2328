import type { Rule } from '../src/engine/types.ts';
import { binaryLabel, binaryRelated, instrumentedBinaries, stripRange, stripText } from '../src/link/agent-binaries.ts';
import { compareVersions, formatAgentVersion } from '../src/link/go-versions.ts';

export const binaryStrippedOldAgent: Rule = {
  meta: {
    id: 'binary-stripped-old-agent',
    description: 'The instrumented Go binary is stripped, which agents before v0.20.0 cannot read',
    defaultSeverity: 'error',
    fixable: false,
    category: 'build',
  },
  check({ model, report }) {
    for (const b of instrumentedBinaries(model)) {
      if (!b.go.stripped || !b.agent.version || compareVersions(b.agent.version, [0, 20, 0]) >= 0) continue;
      report({
        range: stripRange(b.go),
        message:
          `${binaryLabel(b)} is stripped of its symbol table (${stripText(b.go).how}), and ${b.agent.label} is ` +
          `${formatAgentVersion(b.agent.version)}: agents before v0.20.0 need the symbol table and fail with ".gosymtab section not found in target binary". ` +
          `Upgrade the agent (v0.20.0 and later read stripped binaries), or keep the symbol table (${stripText(b.go).fix}).`,
        related: binaryRelated(b),
      });
    }
  },
};
