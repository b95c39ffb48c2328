import type { Rule } from '../src/engine/types.ts';
import { parseErrorMeta } from '../src/engine/builtin-rules.ts';

/** Reports what the parsers could not read; the pipeline reports I/O problems under the same id. */
export const parseError: Rule = {
  meta: parseErrorMeta,
  check({ model, report }) {
    for (const { problem } of model.problems) {
      report({ range: problem.range, message: problem.message, severity: problem.severity === 'partial' ? 'warning' : problem.severity });
    }
  },
};
