// `--cache` keeps parser results between runs (src/cache/parse-cache.ts). It may make a run faster, never different:
// every run here is compared with the same run without a cache, over all examples side by side plus files the
// parsers cannot read completely.

import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { lint } from '../../src/lint.ts';
import type { LintOptions } from '../../src/lint.ts';
import { examplesRepo } from '../helpers/examples-repo.ts';
import { tmpRepo, cleanup } from '../cli/tmp-repo.ts';

const { dir: repo, dirs, remove } = examplesRepo('otl-cache-');
// Broken input is cached as what it is: problems with their positions.
for (const [path, text] of Object.entries({
  'odd/k8s/bad.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  name: b\nspec: [\n',
  'odd/Dockerfile': 'FROM golang:1.22 AS build\nRUN go build -o /out/app . && (\nENTRYPOINT ["/out/app"\n',
  'odd/compose.yaml': 'services:\n  app:\n    build: .\n    pid: "service:"\n    environment:\n      - OTEL_GO_AUTO_TARGET_EXE\n',
})) {
  const abs = join(repo, path);
  mkdirSync(dirname(abs), { recursive: true });
  writeFileSync(abs, text);
}

const report = (r: Awaited<ReturnType<typeof lint>>) => JSON.stringify(r.diagnostics, null, 1);
const cacheDir = tmpRepo({});
const cache = (name: string): NonNullable<LintOptions['cache']> => ({ locations: [join(cacheDir, name)], version: 'test' });

test('the whole repository: the same report cold, warm, and without a cache; a warm run parses nothing', async () => {
  const none = await lint({ cwd: repo, paths: ['.'] });
  const cold = await lint({ cwd: repo, paths: ['.'], cache: cache('whole') });
  const warm = await lint({ cwd: repo, paths: ['.'], cache: cache('whole') });
  assert.is(report(cold), report(none));
  assert.is(report(warm), report(none));
  assert.ok(none.diagnostics.some((d) => d.ruleId === 'parse-error' && d.range.file === 'odd/k8s/bad.yaml'), 'the broken YAML is reported');
  assert.is(cold.cache!.hits, 0);
  assert.ok(cold.cache!.misses > 100, `parsed: ${cold.cache!.misses}`);
  assert.equal(warm.cache, { hits: cold.cache!.misses, misses: 0 });
});

test('runs on some files share the cache with whole runs and leave it whole', async () => {
  await lint({ cwd: repo, paths: ['.'], cache: cache('shared') });
  for (const paths of dirs.filter((_, i) => i % 4 === 0).map((d) => [d])) {
    const none = await lint({ cwd: repo, paths });
    const warm = await lint({ cwd: repo, paths, cache: cache('shared') });
    assert.is(report(warm), report(none), paths.join(' '));
    assert.is(warm.cache!.misses, 0, paths.join(' '));
  }
  // The scoped runs did not parse every Dockerfile, yet kept their entries.
  const after = await lint({ cwd: repo, paths: ['.'], cache: cache('shared') });
  assert.is(after.cache!.misses, 0);
});

test('a file read on demand (a supervisord.conf) keeps its entry through a scoped run that does not read it', async () => {
  await lint({ cwd: repo, paths: ['.'], cache: cache('demand') });
  await lint({ cwd: repo, paths: ['path-mismatch-broken'], cache: cache('demand') });
  const r = await lint({ cwd: repo, paths: ['supervisord-broken'], cache: cache('demand') });
  assert.is(r.cache!.misses, 0);
  assert.ok(r.cache!.hits > 0);
});

test('an edited file is parsed again, and the report follows the edit', async () => {
  const own = tmpRepo({});
  cpSync(join(repo, 'path-mismatch-broken'), own, { recursive: true });
  const manifest = join(own, 'deploy.yaml');
  const broken = readFileSync(manifest, 'utf8');
  assert.ok(broken.includes('value: "/server"'), 'the example sets the wrong target');

  const first = await lint({ cwd: own, paths: ['.'], cache: cache('edit') });
  assert.ok(first.diagnostics.some((d) => d.ruleId === 'target-exe-mismatch'));
  writeFileSync(manifest, broken.replace('value: "/server"', 'value: "/app/server"'));
  const edited = await lint({ cwd: own, paths: ['.'], cache: cache('edit') });
  const none = await lint({ cwd: own, paths: ['.'] });
  assert.is(report(edited), report(none));
  assert.not.ok(edited.diagnostics.some((d) => d.ruleId === 'target-exe-mismatch'), 'the fixed value is what was linted');
  assert.is(edited.cache!.misses, 1);
  assert.is(edited.cache!.hits, first.cache!.misses - 1);
});

test.after(() => {
  remove();
  cleanup();
});

test.run();
