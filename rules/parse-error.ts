import type { Rule } from '../src/engine/types.ts';

export const parseError: Rule = {
  meta: {
    id: 'parse-error',
    description: 'A file could not be read or parsed; the other files are still linted',
    defaultSeverity: 'error',
    fixable: false,
    category: 'input',
  },
  check({ model, report }) {
    for (const { problem } of model.problems) {
      report({ range: problem.range, message: problem.message, severity: problem.severity === 'partial' ? 'warning' : 'error' });
    }
  },
};
