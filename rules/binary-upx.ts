import type { Rule } from '../src/engine/types.ts';
import { binaryLabel, binaryRelated, instrumentedBinaries } from '../src/link/agent-binaries.ts';

export const binaryUpx: Rule = {
  meta: {
    id: 'binary-upx',
    description: 'The instrumented Go binary is packed with UPX, so the file on disk is not the Go program',
    defaultSeverity: 'warning',
    fixable: false,
    category: 'build',
  },
  check({ model, report }) {
    for (const b of instrumentedBinaries(model)) {
      if (!b.go.upx) continue;
      report({
        range: b.go.evidence.range,
        message:
          `${binaryLabel(b)} is packed with UPX: the file on disk is the UPX stub, and the Go program exists only unpacked in memory. ` +
          `${b.agent.label} reads the Go build information and function addresses from the file, so expect it to fail ` +
          '(not verified upstream). Do not pack the binary the agent instruments.',
        related: binaryRelated(b),
      });
    }
  },
};
