import type { Rule } from '../src/engine/types.ts';
import { appEvidence, checkTarget, linkClause, soleResolved, targetLabel, appLabel } from '../src/link/target-check.ts';
import { cite, setScalarFix } from '../src/engine/report-helpers.ts';

export const targetExeRelative: Rule = {
  meta: {
    id: 'target-exe-relative',
    description: 'The target is a relative path; the agent resolves it against its own working directory (/)',
    defaultSeverity: 'error',
    fixable: true,
    category: 'target',
    perContainer: true,
  },
  check({ model, report }) {
    for (const d of model.deployments) {
      for (const t of d.targets) {
        const o = checkTarget(t);
        if (o.kind !== 'relative') continue;
        const sole = soleResolved(t.apps);
        const value = t.resolved!;
        // `'"/app"'`: quote characters in the value itself (quoted twice in YAML, or a Helm `quote` of a quoted value).
        const quote = value.length >= 2 && (value[0] === '"' || value[0] === "'") && value[value.length - 1] === value[0] ? value[0] : undefined;
        if (quote !== undefined) {
          const inner = value.slice(1, -1);
          const right = sole ? sole.process.exe! : inner.startsWith('/') ? inner : undefined;
          let message = `${targetLabel(t)} is ${JSON.stringify(value)}: the quote characters are part of the value (it is quoted twice, in YAML or by a template that quotes a quoted value), and the agent compares them too, so it never matches a path.`;
          if (sole && sole.process.exe !== inner) message += ` ${appLabel(sole)} runs "${sole.process.exe}" (${cite(sole.process.steps)}${linkClause(sole)}); set it to that, without quote characters.`;
          else if (right !== undefined) message += ` Write it without them: "${right}".`;
          else message += ' Write the absolute path of the Go binary, without quote characters.';
          const fix = right !== undefined ? setScalarFix(model, t.value, right, `Set ${t.key} to "${right}"`) : undefined;
          report({ range: t.value.range, message, related: sole ? appEvidence(sole) : [], ...(fix ? { fix } : {}) });
          continue;
        }
        const matches = sole?.process.exe === o.absolute;
        let message = `${targetLabel(t)} is the relative path "${t.resolved}"; the agent makes it absolute against its own working directory (/), i.e. "${o.absolute}", and compares that exactly (agents before v0.22 never match a relative value).`;
        if (sole && !matches) message += ` ${appLabel(sole)} runs "${sole.process.exe}" (${cite(sole.process.steps)}${linkClause(sole)}); set it to that.`;
        else if (sole) message += ` Write the absolute path "${sole.process.exe}".`;
        else message += ' Write the absolute path of the Go binary as the container sees it.';
        const fix = sole ? setScalarFix(model, t.value, sole.process.exe!, `Set ${t.key} to "${sole.process.exe}"`) : undefined;
        report({ range: t.value.range, message, related: sole ? appEvidence(sole) : [], ...(fix ? { fix } : {}) });
      }
    }
  },
};
