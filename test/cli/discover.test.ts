import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { chmodSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { classifyLoaded, classifyName } from '../../src/discover/classify.ts';
import { UsageError } from '../../src/discover/errors.ts';
import { decodeBytes, readText } from '../../src/discover/read.ts';
import { FsRepo } from '../../src/discover/repo.ts';
import { findRepoRoot } from '../../src/discover/root.ts';
import { discover, matchIgnored, toGlobs } from '../../src/discover/walk.ts';
import { cleanup, tmpRepo } from './tmp-repo.ts';

test.after(cleanup);

test('classifyName: candidate names and their kinds', () => {
  const table: [string, string | undefined][] = [
    ['Dockerfile', 'dockerfile'],
    ['dockerfile', 'dockerfile'],
    ['DOCKERFILE', 'dockerfile'],
    ['api/Dockerfile.prod', 'dockerfile'],
    ['Dockerfile-alpine', 'dockerfile'],
    ['Dockerfile_dev', 'dockerfile'],
    ['build.Dockerfile', 'dockerfile'],
    ['build.dockerfile', 'dockerfile'],
    ['Containerfile', 'dockerfile'],
    ['Containerfile.ubi', 'dockerfile'],
    ['ContainerfileDev', 'dockerfile'],
    ['x.containerfile', 'dockerfile'],
    ['Dockerfile.dockerignore', undefined],
    ['Dockerfile.md', undefined],
    ['molecule/default/Dockerfile.j2', undefined],
    ['Dockerfile.tmpl', undefined],
    ['Dockerfile.template', undefined],
    ['Dockerfile.in', undefined],
    ['Containerfile.jinja2', undefined],
    ['Dockerfile.', undefined],
    ['Dockerfiles', undefined],
    ['src/model/dockerfile.ts', 'typescript'],
    ['Dockerfile.yaml', 'yaml'],
    ['deploy/app.yaml', 'yaml'],
    ['deploy/app.YML', 'yaml'],
    ['compose.yaml', 'compose'],
    ['compose.override.yml', 'compose'],
    ['docker-compose.yml', 'compose'],
    ['docker-compose.prod.yaml', 'compose'],
    ['skaffold.yaml', 'skaffold'],
    ['skaffold-dev.yaml', 'yaml'],
    ['.otel-target-lint.yaml', 'config'],
    ['sub/.otel-target-lint.yml', 'config'],
    ['go.mod', 'gomod'],
    ['docker-bake.hcl', 'bake'],
    ['docker/docker-bake.override.hcl', 'bake'],
    ['docker-bake.json', 'bake'],
    ['docker/docker-bake.override.json', 'bake'],
    ['package.json', undefined],
    ['docker-metadata.json', undefined],
    ['terraform/main.hcl', undefined],
    ['go.sum', undefined],
    ['scripts/entrypoint.sh', 'shell'],
    ['run.bash', 'shell'],
    ['infra/main.ts', 'typescript'],
    ['infra/main.mts', 'typescript'],
    ['infra/main.cts', 'typescript'],
    ['infra/main.js', 'typescript'],
    ['infra/main.mjs', 'typescript'],
    ['infra/types.d.ts', undefined],
    ['infra/main.cjs', undefined],
    ['README.md', undefined],
    ['entrypoint', undefined],
    // kuttl / chainsaw assertion files: partial objects compared with a cluster, not manifests.
    ['tests/e2e/go/02-assert.yaml', undefined],
    ['tests/e2e/go/00-errors.yml', undefined],
    ['tests/e2e/go/01-assert-pods.yaml', undefined],
    ['tests/e2e/go/01-Assert.yaml', undefined],
    ['tests/e2e/go/step1/assert.yaml', undefined],
    ['tests/e2e/go/assert-install-app.yaml', undefined],
    ['tests/e2e/go/03-assert.gotmpl.yaml', undefined],
    ['tests/e2e/go/02-install-app.yaml', 'yaml'],
    ['tests/e2e/go/02-asserts.yaml', 'yaml'],
    ['tests/e2e/go/02-assert.json', undefined],
    ['tests/e2e/go/install-app-assert.yaml', 'yaml'],
    ['tests/e2e/go/2a-assert.yaml', 'yaml'],
    ['tests/e2e/go/step1/errors.yaml', undefined],
    ['tests/e2e/go/01-errors-pods.yaml', undefined],
    ['deploy/errors-api.yaml', 'yaml'],
  ];
  for (const [path, kind] of table) assert.is(classifyName(path), kind, path);
});

test('classifyLoaded: shell shebangs for files without a known name', () => {
  const table: [string, string, string][] = [
    ['docker-entrypoint', '#!/bin/sh\nexec "$@"\n', 'shell'],
    ['start', '#!/usr/bin/env bash\n', 'shell'],
    ['start', '#!/usr/bin/env -S bash -e\n', 'shell'],
    ['start', '#! /bin/ash -e', 'shell'],
    ['start', '#!/bin/busybox sh\n', 'shell'],
    ['start', '#!/usr/bin/env python3\n', 'other'],
    ['start', 'echo hi\n', 'other'],
    ['run.sh', 'no shebang', 'shell'],
  ];
  for (const [path, text, kind] of table) assert.is(classifyLoaded(path, text), kind, `${path}: ${text}`);
});

test('decodeBytes: UTF-8 with and without BOM, UTF-16 LE/BE, binary, invalid UTF-8', () => {
  const enc = (s: string) => new TextEncoder().encode(s);
  assert.equal(decodeBytes(enc('a: 1\n')), { text: 'a: 1\n' });
  assert.equal(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('a: é')])), { text: 'a: é' });
  assert.equal(decodeBytes(new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x3a, 0x00, 0xe9, 0x00])), { text: 'a:é', utf16: true });
  assert.equal(decodeBytes(new Uint8Array([0xfe, 0xff, 0x00, 0x61, 0x00, 0x3a, 0x00, 0xe9])), { text: 'a:é', utf16: true });
  assert.equal(decodeBytes(new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x00])), {
    issue: { severity: 'info', message: 'Binary file (it contains NUL bytes): skipped.', skipped: 'binary' },
  });
  const bad = decodeBytes(new Uint8Array([...enc('ab\ncd'), 0xff, ...enc('x')]));
  assert.is(bad.text, 'ab\ncd\uFFFDx');
  assert.equal(bad.issue, {
    severity: 'warning',
    offset: 5,
    message: 'File is not valid UTF-8: invalid bytes were read as U+FFFD (the first is here); values near them may be wrong.',
    invalidUtf8: true,
  });
});

test('readText: a file is read whole, an empty one is empty, a special file reporting size 0 is read to its end', () => {
  const dir = tmpRepo({ 'a.yaml': 'kind: Pod\n', 'empty.yaml': '' });
  assert.equal(readText(join(dir, 'a.yaml')), { text: 'kind: Pod\n' });
  assert.equal(readText(join(dir, 'empty.yaml')), { text: '' });
  if (process.platform === 'linux') assert.match(readText('/proc/self/status').text ?? '', /^Name:/);
});

// argo-workflows vendors CRDs of megabytes: too large to lint, and nothing to lint in them.
test('readText: a CustomResourceDefinition over the size cap is an info, another file a warning', () => {
  const crd = `# generated\napiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: workflows.argoproj.io\n${'x: y\n'.repeat(400)}`;
  const laterCrd = `apiVersion: apps/v1\nkind: Deployment\n---\napiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\n${'x: y\n'.repeat(400)}`;
  const dir = tmpRepo({ 'crd.yaml': crd, 'later.yaml': laterCrd });
  assert.equal(readText(join(dir, 'crd.yaml'), 1000), {
    issue: { severity: 'info', message: 'File is too large to lint (0.0 MiB; the limit is 0.0 MiB): skipped. It is a CustomResourceDefinition, which holds nothing this linter checks.', skipped: 'too-large' },
  });
  assert.equal(readText(join(dir, 'later.yaml'), 1000), {
    issue: { severity: 'warning', message: 'File is too large to lint (0.0 MiB; the limit is 0.0 MiB): skipped.', skipped: 'too-large' },
  });
});

test('readText: size cap, directories and unreadable files are issues, never exceptions', () => {
  const dir = tmpRepo({ 'big.yaml': 'x'.repeat(2000), 'ok.yaml': 'k: v\n', 'd.yaml/': '' });
  assert.equal(readText(join(dir, 'ok.yaml'), 2000), { text: 'k: v\n' });
  assert.equal(readText(join(dir, 'big.yaml'), 2000), { text: 'x'.repeat(2000) });
  assert.equal(readText(join(dir, 'big.yaml'), 1999), {
    issue: { severity: 'warning', message: 'File is too large to lint (0.0 MiB; the limit is 0.0 MiB): skipped.', skipped: 'too-large' },
  });
  assert.equal(readText(join(dir, 'missing.yaml')), { issue: { severity: 'error', message: 'Cannot read file: ENOENT (open).' } });
  assert.equal(readText(join(dir, 'd.yaml')), { issue: { severity: 'error', message: 'Cannot read file: it is a directory.' } });
  if (process.getuid?.() !== 0) {
    chmodSync(join(dir, 'ok.yaml'), 0o000);
    assert.equal(readText(join(dir, 'ok.yaml')), { issue: { severity: 'error', message: 'Cannot read file: EACCES (open).' } });
  }
});

const REPO = {
  '.git/HEAD': 'ref: refs/heads/main\n',
  '.git/x.yaml': 'a: 1\n',
  '.gitignore': 'ignored/\n*.local.yaml\n',
  '.otel-target-lint.yaml': 'rules: {}\n',
  Dockerfile: 'FROM scratch\n',
  'api/Dockerfile.prod': 'FROM scratch\n',
  'api/go.mod': 'module example.com/api\n',
  'deploy/app.yaml': 'kind: Pod\n',
  'deploy/dev.local.yaml': 'kind: Pod\n',
  'deploy/docker-compose.yml': 'services: {}\n',
  'charts/app/Chart.yaml': 'name: app\n',
  'charts/app/templates/deploy.yaml': 'kind: Deployment\n',
  'charts/app/values.yaml': 'image: x\n',
  'scripts/entrypoint.sh': '#!/bin/sh\n',
  'scripts/start': '#!/bin/sh\n',
  'infra/main.ts': 'export {};\n',
  'infra/types.d.ts': 'export {};\n',
  'README.md': '# hi\n',
  'ignored/Dockerfile': 'FROM scratch\n',
  'node_modules/pkg/Dockerfile': 'FROM scratch\n',
  'vendor/mod/go.mod': 'module x\n',
  'third_party/a.yaml': 'a: 1\n',
  '.terraform/b.yaml': 'b: 1\n',
  'pkg/render/testdata/broken.yaml': 'kind: [\n',
  '.github/workflows/ci.yml': 'on: push\n',
};

const ALL = [
  '.github/workflows/ci.yml workflow',
  '.otel-target-lint.yaml config',
  'Dockerfile dockerfile',
  'api/Dockerfile.prod dockerfile',
  'api/go.mod gomod',
  'charts/app/Chart.yaml yaml',
  'charts/app/templates/deploy.yaml yaml',
  'charts/app/values.yaml yaml',
  'deploy/app.yaml yaml',
  'deploy/docker-compose.yml compose',
  'infra/main.ts typescript',
  'scripts/entrypoint.sh shell',
];

test('discover: gitignore honoured, pruned directories skipped, candidate names only, sorted', async () => {
  const dir = tmpRepo(REPO);
  const d = await discover({ cwd: dir, paths: [] });
  assert.is(d.root, dir);
  assert.equal(d.files.map((f) => `${f.path} ${f.kind}`), ALL);
  assert.equal([...d.requested].sort(), ALL.map((l) => l.split(' ')[0]));
  assert.is(d.files[2]!.absPath, join(dir, 'Dockerfile'));
});

test('discover from a subdirectory: the repository is context, only the subdirectory is requested', async () => {
  const dir = tmpRepo(REPO);
  const d = await discover({ cwd: join(dir, 'deploy'), paths: ['.'] });
  assert.is(d.root, dir);
  // Paths are relative to the repository root, not to the working directory.
  assert.is(d.base, dir);
  assert.ok(d.files.some((f) => f.path === 'Dockerfile'));
  assert.equal([...d.requested].sort(), ['deploy/app.yaml', 'deploy/docker-compose.yml']);
  assert.equal(d.requestedDirs, ['deploy']);
  assert.ok(d.inRequestedDir('deploy/otel.env'));
  assert.not.ok(d.inRequestedDir('scripts/entrypoint.sh'));
});

test('discover outside the repository: paths relative to its root; two trees: relative to the directory holding both', async () => {
  const dir = tmpRepo(REPO);
  const d = await discover({ cwd: tmpdir(), paths: [join(dir, 'deploy')] });
  assert.equal([d.root, d.base], [dir, dir]);
  assert.equal([...d.requested].sort(), ['deploy/app.yaml', 'deploy/docker-compose.yml']);
  const other = tmpRepo({ 'Dockerfile': 'FROM scratch\n' });
  const two = await discover({ cwd: dir, paths: ['.', other] });
  assert.is(two.base, dirname(dir));
  assert.ok(two.requested.has(`${basename(dir)}/Dockerfile`) && two.requested.has(`${basename(other)}/Dockerfile`), [...two.requested].join(' '));
});

test('discover without .git or a config file: the repository is the given directory, not the working directory', async () => {
  // A run from /tmp on one unpacked project read every other project there (8 minutes, links to their Dockerfiles).
  const parent = tmpRepo({ 'other/Dockerfile': 'FROM scratch\n', 'app/deploy.yaml': 'kind: Pod\n', 'app/sub/Dockerfile': 'FROM scratch\n' });
  const d = await discover({ cwd: parent, paths: ['app'] });
  assert.is(d.root, join(parent, 'app'));
  assert.equal(d.files.map((f) => f.path), ['deploy.yaml', 'sub/Dockerfile']);
  const files = await discover({ cwd: parent, paths: ['app/deploy.yaml', 'app/sub/Dockerfile'] });
  assert.is(files.root, join(parent, 'app'), 'files: the directory holding them all');
  assert.not.ok(files.files.some((f) => f.path.includes('other')));
});

test('discover: files named one by one are requested (any name); directories request everything under them', async () => {
  const dir = tmpRepo(REPO);
  const d = await discover({ cwd: dir, paths: ['deploy/app.yaml', 'README.md', './scripts', join(dir, 'api')] });
  assert.equal([...d.requested].sort(), ['README.md', 'api/Dockerfile.prod', 'api/go.mod', 'deploy/app.yaml', 'scripts/entrypoint.sh']);
  assert.equal(d.files.find((f) => f.path === 'README.md'), { path: 'README.md', absPath: join(dir, 'README.md'), kind: undefined });
  assert.is(d.files.length, ALL.length + 1, 'the rest is still context');
});

test('discover: a directory inside a pruned one, named explicitly, is walked', async () => {
  const data = await discover({ cwd: tmpRepo(REPO), paths: ['pkg/render/testdata'] });
  assert.equal([...data.requested], ['pkg/render/testdata/broken.yaml']);
  const dir = tmpRepo(REPO);
  const d = await discover({ cwd: dir, paths: ['vendor/mod'] });
  assert.equal([...d.requested], ['vendor/mod/go.mod']);
});

test('discover: stdin file name is the only requested path, even when it does not exist', async () => {
  const dir = tmpRepo(REPO);
  const d = await discover({ cwd: dir, paths: [], stdinFilename: 'new/Dockerfile' });
  assert.equal([...d.requested], ['new/Dockerfile']);
  assert.is(d.root, dir);
});

test('discover: a missing path is a usage error', async () => {
  const dir = tmpRepo(REPO);
  try {
    await discover({ cwd: dir, paths: ['deploy', 'nope.yaml'] });
    assert.unreachable();
  } catch (err) {
    assert.instance(err, UsageError);
    assert.is((err as Error).message, 'No such file or directory: nope.yaml');
  }
});

test('findRepoRoot: .git or the config file, nearest first; none', () => {
  const dir = tmpRepo({ '.git/HEAD': '', 'sub/.otel-target-lint.yaml': '', 'sub/deep/x': '', 'other/y': '' });
  assert.is(findRepoRoot(join(dir, 'sub/deep')), join(dir, 'sub'));
  assert.is(findRepoRoot(join(dir, 'other')), dir);
});

test('matchIgnored: globs relative to cwd, directories, negation', async () => {
  const dir = tmpRepo(REPO);
  const requested = ALL.map((l) => l.split(' ')[0]!);
  assert.equal(toGlobs(['charts', 'deploy/', '!x/**', ' ./a.yaml ']), [
    'charts', 'charts/**', 'deploy/**', '!x/**', 'a.yaml', 'a.yaml/**',
  ]);
  const ignored = await matchIgnored(['charts', 'deploy/*.yml', '!charts/app/values.yaml'], dir);
  assert.equal(
    [...ignored].filter((p) => requested.includes(p)).sort(),
    ['charts/app/Chart.yaml', 'charts/app/templates/deploy.yaml', 'deploy/docker-compose.yml'],
  );
  // Every file the patterns match, candidates or not (a file read later, such as a kustomize env file, is ignored too).
  writeFileSync(join(dir, 'charts/app/otel.properties'), 'A=1\n');
  assert.ok((await matchIgnored(['charts'], dir)).has('charts/app/otel.properties'));
  assert.equal([...(await matchIgnored([], dir))], []);
  const sub = await matchIgnored(['../charts/**'], join(dir, 'deploy'));
  assert.ok(sub.has('../charts/app/Chart.yaml') && !sub.has('app.yaml'));
});

test('FsRepo: load (kinds, registration, caches), helm flag, stat, list', () => {
  const dir = tmpRepo({ ...REPO, 'bin/app': new Uint8Array([0x7f, 0x45, 0, 1]), 'bad.yaml': new Uint8Array([0x61, 0x0a, 0x62, 0xc3]) });
  const repo = new FsRepo({ cwd: join(dir, 'deploy'), isRequested: (p) => p === 'app.yaml' });
  const script = repo.load('../scripts/start')!;
  assert.equal([script.path, script.kind, script.requested, script.absPath], ['../scripts/start', 'shell', false, join(dir, 'scripts/start')]);
  assert.is(repo.load(join(dir, 'scripts', 'start')), script, 'absolute and relative paths share the cache');
  assert.is(repo.files.get('../scripts/start'), script);
  const app = repo.load('./app.yaml')!;
  assert.equal([app.path, app.kind, app.requested, app.helm], ['app.yaml', 'yaml', true, undefined]);
  assert.is(repo.load('../charts/app/templates/deploy.yaml')!.helm, true);
  assert.is(repo.load('../charts/app/values.yaml')!.helm, undefined);
  assert.is(repo.load('../.otel-target-lint.yaml', 'config')!.kind, 'config');
  assert.is(repo.load('nope.yaml'), undefined);
  assert.is(repo.load('../api'), undefined);
  assert.equal(repo.problems, []);

  assert.is(repo.load('../bin/app'), undefined);
  assert.equal(repo.problems, [
    {
      range: { file: '../bin/app', line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 },
      message: 'Binary file (it contains NUL bytes): skipped.',
      severity: 'info',
    },
  ]);
  const bad = repo.load('../bad.yaml')!;
  assert.is(bad.text, 'a\nb\uFFFD');
  assert.equal(repo.problems[1]!.range, { file: '../bad.yaml', line: 2, column: 2, endLine: 2, endColumn: 3, start: 3, end: 4 });
  assert.is(repo.problems.length, 2);
  repo.load('../bin/app');
  assert.is(repo.problems.length, 2, 'a failed load is not retried or reported twice');

  assert.is(repo.stat('../api'), 'dir');
  assert.is(repo.stat('../api/go.mod'), 'file');
  assert.is(repo.stat('../nope'), undefined);
  assert.equal(repo.list('../api'), ['../api/Dockerfile.prod', '../api/go.mod']);
  const top = repo.list('..');
  assert.ok(top.includes('../vendor/mod/go.mod'));
  assert.ok(!top.some((p) => p.startsWith('../.git/') || p.startsWith('../node_modules/')));
});

test('FsRepo.lazy: the text is read on first use only', () => {
  const dir = tmpRepo({ 'infra/main.ts': 'old\n' });
  const repo = new FsRepo({ cwd: dir });
  const f = repo.lazy('infra/main.ts', 'typescript');
  assert.is(repo.files.get('infra/main.ts'), f);
  writeFileSync(join(dir, 'infra/main.ts'), 'const a = 1;\nnew\n');
  assert.is(f.text, 'const a = 1;\nnew\n');
  assert.is(f.lines.lineText(2), 'new');
  assert.is(repo.load('infra/main.ts'), f);
  const gone = repo.lazy('infra/none.ts', 'typescript');
  assert.is(gone.text, '');
  assert.equal(repo.problems.map((p) => `${p.range.file} ${p.severity} ${p.message}`), [
    'infra/none.ts error Cannot read file: ENOENT (open).',
  ]);
});

test('FsRepo.lazy: a JavaScript / TypeScript file too large or binary is skipped without a finding; an env file is not', () => {
  // gogs commits public/plugins/mermaid-*/mermaid.min.js (2.6 MiB): it was a "too large to lint" warning.
  const dir = tmpRepo({ 'public/mermaid.min.js': 'x'.repeat(64), 'infra/bin.ts': 'a\u0000b', '.env': 'A=' + 'x'.repeat(64) });
  const repo = new FsRepo({ cwd: dir, maxBytes: 32 });
  assert.is(repo.lazy('public/mermaid.min.js', 'typescript').text, '');
  assert.is(repo.lazy('infra/bin.ts', 'typescript').text, '');
  assert.is(repo.lazy('.env', 'dotenv').text, '');
  assert.equal(repo.problems.map((p) => `${p.range.file} ${p.severity} ${p.message}`), [
    '.env warning File is too large to lint (0.0 MiB; the limit is 0.0 MiB): skipped.',
  ]);
});

test('FsRepo: only the YAML of a chart\'s templates/ directory is a Helm template by its place', () => {
  // Other files of a chart (CRDs read with .Files.Get, Prometheus rules) are read as YAML first: by-kind.ts reads
  // them as templates when they are broken as YAML only (test/parsers/by-kind.test.ts).
  const dir = tmpRepo({
    'charts/op/Chart.yaml': 'name: op\n',
    'charts/op/templates/deploy.yaml': 'kind: Deployment\n',
    'charts/op/templates/sub/svc.yml': 'kind: Service\n',
    'charts/op/conf/crds/crd.yaml': '{{- if .Values.crds.create }}\nkind: CustomResourceDefinition\n{{- end }}\n',
    'charts/op/conf/plain.yaml': 'kind: ConfigMap\n',
    'other/templates/actions.yaml': '{{- if .x }}\nkind: ConfigMap\n{{- end }}\n',
  });
  const repo = new FsRepo({ cwd: dir });
  assert.equal(
    ['charts/op/templates/deploy.yaml', 'charts/op/templates/sub/svc.yml', 'charts/op/conf/crds/crd.yaml', 'charts/op/conf/plain.yaml', 'other/templates/actions.yaml'].map(
      (p) => repo.load(p)?.helm === true,
    ),
    [true, true, false, false, false],
  );
});

test('FsRepo.provide: given text replaces the file (standard input)', () => {
  const dir = tmpRepo({ Dockerfile: 'FROM a\n' });
  const repo = new FsRepo({ cwd: dir, isRequested: () => true });
  repo.provide('Dockerfile', 'FROM b\n');
  assert.is(repo.load('Dockerfile')!.text, 'FROM b\n');
  assert.is(repo.files.get('Dockerfile')!.kind, 'dockerfile');
  assert.is(repo.provide('entry', '#!/bin/bash\n').kind, 'shell');
});

test('FsRepo.stat and list answer from the listings discovery read (symbolic links are still stat-ed)', () => {
  const dir = tmpRepo({ 'svc/go.mod': 'module x\n', 'svc/cmd/main.go': 'package main\n', 'other/a.txt': 'a\n' });
  symlinkSync('cmd', join(dir, 'svc/cmdlink'));
  symlinkSync('go.mod', join(dir, 'svc/mod-link'));
  mkdirSync(join(dir, 'svc/later'));
  const repo = new FsRepo({ cwd: dir });
  repo.recordDir(join(dir, 'svc'), readdirSync(join(dir, 'svc'), { withFileTypes: true }));
  // Changed on disk after the listing was read: the run answers as the listing says (one consistent view).
  rmSync(join(dir, 'svc/go.mod'));
  writeFileSync(join(dir, 'svc/new.txt'), 'n\n');
  assert.is(repo.stat('svc/go.mod'), 'file');
  assert.is(repo.stat('svc/cmd'), 'dir');
  assert.is(repo.stat('svc/later'), 'dir');
  assert.is(repo.stat('svc/cmdlink'), 'dir');
  // A link is stat-ed: its target is gone now.
  assert.is(repo.stat('svc/mod-link'), undefined);
  if (process.platform === 'linux') assert.is(repo.stat('svc/new.txt'), undefined);
  // Below a listed directory, a missing or file ancestor means the path does not exist.
  if (process.platform === 'linux') assert.is(repo.stat('svc/none/deeper/x'), undefined);
  assert.is(repo.stat('svc/go.mod/x'), undefined);
  // Directories not listed are stat-ed as before.
  assert.is(repo.stat('other/a.txt'), 'file');
  assert.is(repo.stat('other/none'), undefined);
  assert.is(repo.stat('svc/cmd/main.go'), 'file');
  assert.is(repo.stat('svc/later/none'), undefined);
  assert.equal(repo.list('svc'), ['svc/cmd/main.go', 'svc/cmdlink', 'svc/go.mod', 'svc/mod-link']);
});

// PowerShell 5's `>` writes UTF-16 LE with a byte order mark: docker build, compose's env files and sh cannot read it.
test('a UTF-16 Dockerfile, env file or script is an error where it is read (YAML, which may be UTF-16, is not)', () => {
  const dir = tmpRepo({});
  const utf16 = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
  writeFileSync(join(dir, 'Dockerfile'), utf16('FROM alpine\n'));
  writeFileSync(join(dir, 'app.env'), utf16('A=1\n'));
  writeFileSync(join(dir, 'run.sh'), utf16('#!/bin/sh\nexec /app\n'));
  writeFileSync(join(dir, 'pod.yaml'), utf16('kind: Pod\n'));
  const repo = new FsRepo({ cwd: dir });
  assert.is(repo.load('Dockerfile')?.text, 'FROM alpine\n');
  repo.lazy('app.env', 'dotenv').text;
  repo.load('run.sh');
  repo.load('pod.yaml');
  assert.equal(
    repo.problems.map((p) => [p.range.file, p.severity, p.message.split(':')[0]]),
    [
      ['Dockerfile', 'error', 'This Dockerfile is UTF-16 (it starts with a UTF-16 byte order mark)'],
      ['app.env', 'error', 'This env file is UTF-16 (it starts with a UTF-16 byte order mark)'],
      ['run.sh', 'error', 'This script is UTF-16 (it starts with a UTF-16 byte order mark)'],
    ],
  );
});

test.run();
