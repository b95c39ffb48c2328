import type { Rule, TextEdit } from '../src/engine/types.ts';
import { startFailures } from '../src/link/target-check.ts';

export const scriptCrlf: Rule = {
  meta: {
    id: 'script-crlf',
    description: 'The script a container starts has Windows line endings: its #! line names an interpreter that does not exist',
    defaultSeverity: 'error',
    fixable: true,
    category: 'target',
  },
  check({ model, report }) {
    // One finding per script file, with every container it stops as related locations.
    for (const { fails, containers } of startFailures(model, 'crlf', (f) => f.range)) {
      const file = model.files.get(fails.range.file);
      const edits: TextEdit[] = [];
      if (file) {
        for (let i = file.text.indexOf('\r\n'); i >= 0; i = file.text.indexOf('\r\n', i + 2)) {
          edits.push({ range: file.lines.range(file.path, i, i + 1), text: '' });
        }
      }
      const env = fails.interpreter.split(' ')[0]!.endsWith('/env');
      const what = env
        ? `so env looks for a program named "${fails.interpreter.split(' ').pop()}\\r", which does not exist, and the container exits at once`
        : `so the kernel looks for an interpreter named "${fails.interpreter}\\r", which does not exist, and the container fails to start ("exec ${fails.script}: no such file or directory")`;
      report({
        range: fails.range,
        message: `${fails.script} has Windows line endings (CRLF): its #! line ends in a carriage return, ${what}. There is no process for the agent to instrument. Save it with LF line endings (a .gitattributes line \`*.sh text eol=lf\` keeps Git on Windows from converting it), or run dos2unix on it in the Dockerfile.`,
        related: containers,
        ...(edits.length > 0 ? { fix: { description: `Convert ${fails.range.file} to LF line endings`, edits } } : {}),
      });
    }
  },
};
