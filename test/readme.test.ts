// The README's rule table is generated from the rule metas; every rule has a doc page that covers what a user needs.
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { allRules } from '../rules/index.ts';
import { builtinRuleMetas } from '../src/engine/builtin-rules.ts';
import { END, START, rulesTable } from '../scripts/rules-table.ts';

test('README rule table matches the rules (regenerate: node --import tsx scripts/rules-table.ts --write)', () => {
  const readme = readFileSync('README.md', 'utf8');
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  assert.ok(a >= 0 && b > a, 'markers present');
  assert.is(readme.slice(a + START.length, b).trim(), rulesTable());
});

test('every rule has a doc page with the sections users need', () => {
  const ids = new Set([...allRules.map((r) => r.meta.id), ...builtinRuleMetas.map((m) => m.id)]);
  for (const id of ids) {
    const path = `rules/${id}.md`;
    assert.ok(existsSync(path), `${path} exists`);
    const text = readFileSync(path, 'utf8');
    assert.ok(text.startsWith(`# ${id}\n`), `${path} starts with its id`);
    for (const section of ['## What it reports', '## How to fix']) assert.ok(text.includes(section), `${path}: ${section}`);
  }
  for (const r of allRules) {
    const text = readFileSync(`rules/${r.meta.id}.md`, 'utf8');
    assert.ok(text.includes(`**Default severity:** ${r.meta.defaultSeverity}`), `${r.meta.id}: default severity stated`);
    assert.ok(text.includes('## Suppress'), `${r.meta.id}: how to suppress`);
  }
});

test('rule ids are unique and kebab-case', () => {
  const ids = allRules.map((r) => r.meta.id);
  assert.is(new Set(ids).size, ids.length);
  for (const id of ids) assert.ok(/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id), id);
});

test.run();
