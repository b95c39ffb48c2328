import type { Rule } from '../src/engine/types.ts';
import { appEvidence, checkTarget, linkClause, soleResolved, targetLabel, appLabel } from '../src/link/target-check.ts';
import { at, setScalarFix } from '../src/engine/report-helpers.ts';
import { LIVE_RELOADERS } from '../src/infer/process.ts';

export const targetExeGoRun: Rule = {
  meta: {
    id: 'target-exe-go-run',
    description: 'The target is a Go source file, or the image runs `go run` / a live reloader, whose binary has no fixed path',
    defaultSeverity: 'error',
    fixable: true,
    category: 'target',
    perContainer: true,
  },
  check({ model, report }) {
    for (const d of model.deployments) {
      for (const t of d.targets) {
        const o = checkTarget(t);
        if (o.kind === 'go-source') {
          const goRun = t.apps.find((a) => a.process.goRun);
          const sole = soleResolved(t.apps);
          let message = `${targetLabel(t)} is "${t.resolved}", a Go source file; the kernel reports the compiled binary's path, never a source file.`;
          if (goRun) {
            message += ` ${appLabel(goRun)} starts it with ${goRun.process.goRun!.tool} (${at(goRun.process.goRun!.evidence.range)}), which builds a new temporary binary (/tmp/go-build…/b001/exe/…) on every start, so no value can match: build once in the Dockerfile (\`go build -o /app/server ./cmd/server\`), run that binary, and target its path.`;
          } else if (sole) {
            message += ` ${appLabel(sole)} runs "${sole.process.exe}"${sole.link ? ` (${linkClause(sole).slice(2)})` : ''}; set it to that.`;
          } else {
            message += ' Set it to the absolute path of the built binary.';
          }
          const fix = !goRun && sole ? setScalarFix(model, t.value, sole.process.exe!, `Set ${t.key} to "${sole.process.exe}"`) : undefined;
          report({
            range: t.value.range,
            message,
            related: goRun ? appEvidence(goRun) : sole ? appEvidence(sole) : [],
            ...(fix ? { fix } : {}),
          });
        } else if (o.kind === 'go-run') {
          // A live reloader may build to a fixed path (air's `bin`, ./tmp/main by default), but restarts the program
          // as a new process on every change, and the agent attaches to one process.
          const reloader = LIVE_RELOADERS.has(o.goRun.tool);
          const how = reloader
            ? `a live reloader: it rebuilds the program and restarts it as a new process on every change (air from its configured bin, ./tmp/main by default; others often through \`go run\`, from a new temporary directory), and the agent attaches to one process only, so instrumentation stops at the first reload at best`
            : `which builds it into a new temporary directory (/tmp/go-build…/b001/exe/…) on every start, so no fixed path can match`;
          report({
            range: t.value.range,
            message: `${targetLabel(t)} is "${t.resolved}", but ${appLabel(o.app)} runs the program with ${o.goRun.tool} (${at(o.goRun.evidence.range)}), ${how}. Build the binary in the Dockerfile (\`go build -o /app/server ./cmd/server\`), run it directly, and target that path.`,
            related: appEvidence(o.app),
          });
        }
      }
    }
  },
};
