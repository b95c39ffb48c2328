import type { Rule, TextEdit } from '../src/engine/types.ts';
import { startFailures } from '../src/link/target-check.ts';

export const scriptNotExecutable: Rule = {
  meta: {
    id: 'script-not-executable',
    description: 'The script a container starts is written by the Dockerfile without the execute bit: the container cannot start',
    defaultSeverity: 'error',
    fixable: true,
    category: 'target',
  },
  check({ model, report }) {
    // One finding per instruction that writes the file, with every container it stops as related locations.
    for (const { fails, at, containers } of startFailures(model, 'not-executable', (f) => f.origin?.[0]?.range)) {
      // A `COPY <<EOF` gets `--chmod=755`; a file a RUN writes needs a `chmod +x` after it.
      const file = model.files.get(at.file);
      const copy = file !== undefined && file.text.startsWith('COPY ', at.start);
      const edits: TextEdit[] = copy ? [{ range: file.lines.range(file.path, at.start + 5, at.start + 5), text: '--chmod=755 ' }] : [];
      const how = copy ? 'BuildKit writes a heredoc\'s file with mode 0644 unless --chmod says otherwise' : 'a file a shell redirect creates has mode 0644 until a chmod';
      // The instruction's first line (a heredoc's body is not where the fix goes).
      const eol = file ? file.text.indexOf('\n', at.start) : -1;
      const range = file && eol >= 0 && eol < at.end ? file.lines.range(file.path, at.start, eol) : at;
      report({
        range,
        message: `${fails.script} is started by the kernel, but it is not executable: ${how}, so the container fails to start ("exec ${fails.script}: permission denied") and there is no process for the agent to instrument. ${copy ? 'Add --chmod=755 to the COPY' : `Run chmod +x ${fails.script} after writing it`}, or start it as \`sh ${fails.script}\`.`,
        related: [...(fails.origin ?? []).slice(1), ...containers],
        ...(edits.length > 0 ? { fix: { description: 'Add --chmod=755 to the COPY', edits } } : {}),
      });
    }
  },
};
