// Prints the README's rule table from the rule metas, or with --write replaces it in README.md between the
// <!-- rules:start --> and <!-- rules:end --> markers. test/readme.test.ts fails when the two differ.
//   node --import tsx scripts/rules-table.ts --write
import { readFileSync, writeFileSync } from 'node:fs';
import { allRules } from '../rules/index.ts';
import { builtinRuleMetas } from '../src/engine/builtin-rules.ts';
import type { RuleMeta } from '../src/engine/types.ts';

const CATEGORY: Record<RuleMeta['category'], string> = {
  target: 'Target path',
  sidecar: 'Agent sidecar',
  compose: 'Docker Compose',
  operator: 'OpenTelemetry Operator',
  settings: 'Agent settings',
  build: 'Binary build',
  input: 'Input',
};

export function rulesTable(): string {
  const metas: RuleMeta[] = [...allRules.map((r) => r.meta)];
  for (const m of builtinRuleMetas) if (!metas.some((x) => x.id === m.id)) metas.push(m);
  const rows = metas.map(
    (m) => `| [\`${m.id}\`](rules/${m.id}.md) | ${CATEGORY[m.category]} | ${m.defaultSeverity} | ${m.fixable ? 'yes' : ''} | ${m.description.replaceAll('|', '\\|')} |`,
  );
  return ['| Rule | Area | Default | Fix | What it reports |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

export const START = '<!-- rules:start -->';
export const END = '<!-- rules:end -->';

if (process.argv[1]?.endsWith('rules-table.ts')) {
  const table = rulesTable();
  if (process.argv.includes('--write')) {
    const readme = readFileSync('README.md', 'utf8');
    const a = readme.indexOf(START);
    const b = readme.indexOf(END);
    if (a < 0 || b < a) throw new Error('README.md has no rules markers');
    writeFileSync('README.md', readme.slice(0, a + START.length) + '\n' + table + '\n' + readme.slice(b));
  } else process.stdout.write(table + '\n');
}
