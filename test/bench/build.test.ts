// The bundle (scripts/build.mjs) and its code cache (src/cli/code-cache.ts): the built CLI gives the same answers
// with and without a cache, writes a cache only after a run that linted, never reuses one made for other code, and
// survives a corrupt one.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { bundleHash, cacheDirs, runtimeKey, shortHash } from '../../src/cli/code-cache.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// Inside the project (.bench/ is git-ignored), so that the built CLI finds node_modules/typescript, as dist/ does.
mkdirSync(join(root, '.bench'), { recursive: true });
const work = realpathSync(mkdtempSync(join(root, '.bench', 'test-build-')));
test.after(() => rmSync(work, { recursive: true, force: true }));

test('cacheDirs: the override (or off), else next to the bundle, then the user cache directory', () => {
  assert.equal(cacheDirs('/d', { OTEL_TARGET_LINT_CACHE_DIR: '/c' }), ['/c']);
  assert.equal(cacheDirs('/d', { OTEL_TARGET_LINT_CACHE_DIR: 'off' }), []);
  assert.equal(cacheDirs('/d', { XDG_CACHE_HOME: '/x' }, 'linux'), ['/d/.cache', '/x/otel-target-lint']);
  assert.equal(cacheDirs('/d', { LOCALAPPDATA: '/l' }, 'win32'), ['/d/.cache', join('/l', 'otel-target-lint', 'cache')]);
  assert.equal(cacheDirs('/d', {}, 'win32'), ['/d/.cache']);
});

test('shortHash (FNV-1a), runtimeKey, bundleHash', () => {
  assert.is(shortHash(''), '811c9dc5');
  assert.is(shortHash('a'), 'e40c292c');
  assert.ok(runtimeKey({}).startsWith(`${process.version}-${process.arch}-`));
  assert.is.not(runtimeKey({ NODE_OPTIONS: '--max-old-space-size=100' }), runtimeKey({}));
  assert.is(bundleHash('// otel-target-lint bundle 0123456789abcdef\nvar x;'), '0123456789abcdef');
  assert.is(bundleHash('// otel-target-lint bundle 0123abc\n'), undefined, 'too short');
  assert.is(bundleHash('// otel-target-lint bundle 0123456789ABCDEF\n'), undefined, 'not lower-case hex');
  assert.is(bundleHash('var x;'), undefined);
});

function run(args: string[], cwd: string, cache: string) {
  const r = spawnSync(process.execPath, [join(work, 'dist', 'cli.cjs'), ...args], {
    cwd,
    env: { ...process.env, OTEL_TARGET_LINT_CACHE_DIR: cache, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const files = (dir: string) => (existsSync(dir) ? readdirSync(dir).sort() : []);

test('the built CLI: same output with and without the code cache; the cache is written once, after a lint', () => {
  const b = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--outdir', join(work, 'dist')], { encoding: 'utf8' });
  assert.is(b.status, 0, b.stderr);
  for (const f of ['cli.cjs', 'cli.js', 'linter.cjs', 'typescript-estree.cjs', 'action.js', 'web-tree-sitter.wasm', 'tree-sitter-bash.wasm', 'tree-sitter-hcl.wasm']) {
    assert.ok(existsSync(join(work, 'dist', f)), f);
  }
  const repo = join(work, 'repo');
  cpSync(join(root, 'examples', 'entrypoint-script', 'broken'), repo, { recursive: true });
  mkdirSync(join(repo, '.git'));
  const cache = join(work, 'cache');

  assert.is(run(['--version'], repo, cache).code, 0);
  assert.equal(files(cache), [], '--version loads no linter and writes no cache');

  const cold = run(['--format', 'gcc', '.'], repo, 'off');
  assert.is(cold.code, 1);
  assert.match(cold.stdout, /deploy\.yaml:23:22: error: .* \[target-exe-wrapper\]/);
  assert.equal(files(cache), []);

  const first = run(['--format', 'gcc', '.'], repo, cache);
  assert.equal([first.code, first.stdout, first.stderr], [1, cold.stdout, '']);
  const written = files(cache);
  assert.is(written.length, 1);
  assert.match(written[0]!, /^linter-[0-9a-f]{16}-v\d+\.\d+\.\d+-[a-z0-9]+-[0-9a-f]{8}\.v8cache$/);
  const mtime = statSync(join(cache, written[0]!)).mtimeMs;

  const warm = run(['--format', 'gcc', '.'], repo, cache);
  assert.equal([warm.code, warm.stdout, warm.stderr], [1, cold.stdout, '']);
  assert.is(statSync(join(cache, written[0]!)).mtimeMs, mtime, 'a usable cache is not rewritten');

  // A corrupt cache is rejected by V8: the run is unaffected and writes a good one.
  writeFileSync(join(cache, written[0]!), 'not a code cache');
  const corrupt = run(['--format', 'gcc', '.'], repo, cache);
  assert.equal([corrupt.code, corrupt.stdout, corrupt.stderr], [1, cold.stdout, '']);
  assert.ok(statSync(join(cache, written[0]!)).size > 1000);

  // dist/cli.js (ESM) only runs dist/cli.cjs: the same run.
  const viaShim = spawnSync(process.execPath, [join(work, 'dist', 'cli.js'), '--format', 'gcc', '.'], {
    cwd: repo,
    env: { ...process.env, OTEL_TARGET_LINT_CACHE_DIR: cache, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  assert.equal([viaShim.status, viaShim.stdout, viaShim.stderr], [1, cold.stdout, '']);

  // The executable is CommonJS: a run never starts Node's ESM loader (nor the fs/promises and readline modules
  // it loads).
  const preload = join(work, 'modules.cjs');
  writeFileSync(preload, "process.on('exit', () => process.stderr.write(process.moduleLoadList.join('\\n')));\n");
  const loaded = spawnSync(process.execPath, ['-r', preload, join(work, 'dist', 'cli.cjs'), '.'], {
    cwd: repo,
    // (other Node options make another cache: none here)
    env: { ...process.env, OTEL_TARGET_LINT_CACHE_DIR: 'off', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  assert.is(loaded.status, 1);
  const mods = loaded.stderr.split('\n');
  assert.ok(mods.includes('NativeModule fs'), 'the list is read');
  for (const m of ['NativeModule internal/modules/esm/module_job', 'NativeModule internal/fs/promises', 'NativeModule internal/readline/interface']) {
    assert.not.ok(mods.includes(m), m);
  }

  // A cache of another build (another hash) is removed when this one is written.
  const stale = 'linter-0000000000000000-v0.0.0-x64-00000000.v8cache';
  writeFileSync(join(cache, stale), 'old');
  rmSync(join(cache, written[0]!));
  run(['.'], repo, cache);
  assert.equal(files(cache), written);
});

test('the built CLI with a cdk8s program: typescript-estree and TypeScript get caches of their own', () => {
  const repo = join(work, 'repo-ts');
  cpSync(join(root, 'examples', 'entrypoint-script', 'broken'), repo, { recursive: true });
  mkdirSync(join(repo, '.git'));
  writeFileSync(
    join(repo, 'main.ts'),
    `import { App, Chart } from 'cdk8s';\nimport { KubeDeployment } from './imports/k8s';\nconst app = new App();\n` +
      `new KubeDeployment(new Chart(app, 'c'), 'd', { spec: { template: { spec: { shareProcessNamespace: true, containers: [\n` +
      `  { name: 'app', image: 'ghcr.io/acme/checkout:1.4.2' },\n` +
      `  { name: 'agent', image: 'otel/autoinstrumentation-go:v0.24.0', env: [{ name: 'OTEL_GO_AUTO_TARGET_EXE', value: '/srv/x' }], securityContext: { privileged: true, runAsUser: 0 } },\n` +
      `] } } } });\napp.synth();\n`,
  );
  const cache = join(work, 'cache-ts');
  const cold = run(['--format', 'gcc', '.'], repo, 'off');
  assert.match(cold.stdout, /main\.ts:\d+:\d+: error: .*\/srv\/x.*\[target-exe-mismatch\]/, cold.stdout + cold.stderr);
  const first = run(['--format', 'gcc', '.'], repo, cache);
  assert.is(first.stdout, cold.stdout);
  assert.equal(files(cache).map((f) => f.slice(0, f.indexOf('-'))), ['estree', 'linter', 'tsc']);
  const warm = run(['--format', 'gcc', '.'], repo, cache);
  assert.equal([warm.code, warm.stdout, warm.stderr], [1, cold.stdout, '']);
});

test('the built CLI on input nested thousands of levels deep: findings, not a V8 abort', () => {
  // Composing these, the yaml library ran out of stack; the built CLI then died in V8 ("RegExpCompiler Allocation
  // failed", exit 134) with no report, when a regular expression was compiled with the stack nearly full.
  const repo = join(work, 'deep');
  mkdirSync(join(repo, '.git'), { recursive: true });
  writeFileSync(join(repo, 'docker-bake.json'), `${'{'.repeat(1500)}\n`);
  writeFileSync(join(repo, 'k.yaml'), `a: ${'['.repeat(1500)}\n`);
  writeFileSync(join(repo, 'main.ts'), `import * as k from 'cdk8s';\nconst x = ${'{a: '.repeat(1500)}1${'}'.repeat(1500)};\n`);
  const r = run(['--format', 'gcc', '.'], repo, 'off');
  assert.equal([r.code, r.stderr], [1, '']);
  assert.equal(r.stdout.trim().split('\n'), [
    'docker-bake.json:1:201: warning: Nested more than 200 levels deep: this document is not read (the linter reads YAML and JSON nested up to 200 levels) [parse-error]',
    'k.yaml:1:203: warning: Nested more than 200 levels deep: this document is not read (the linter reads YAML and JSON nested up to 200 levels) [parse-error]',
    'main.ts:2:411: error: Brackets nested more than 100 levels deep: this program is not read (the linter reads programs nested up to 100 levels) [parse-error]',
  ]);
});

test.run();
