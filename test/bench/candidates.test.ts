// src/discover/candidates.ts (the gitignore-aware walk that replaced globby) and FsRepo's fast path for normal
// relative paths: the performance work must not change which files are linted.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findGitRoot, gitignoreLines, rebasePattern, walkCandidateFiles, walkCandidatesSync } from '../../src/discover/candidates.ts';
import { isNormalRelative } from '../../src/discover/repo.ts';

const made: string[] = [];
test.after(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function tree(files: Record<string, string>, links: [string, string][] = []): string {
  const d = realpathSync(mkdtempSync(join(tmpdir(), 'otl-walk-')));
  made.push(d);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(dirname(join(d, p)), { recursive: true });
    writeFileSync(join(d, p), text);
  }
  for (const [link, target] of links) symlinkSync(target, join(d, link));
  return d;
}

const list = (dir: string, from = dir) => walkCandidatesSync(dir).map((p) => relative(from, p)).sort();

test('gitignoreLines: comments, blank lines, BOM, CRLF, trailing spaces (kept when escaped)', () => {
  assert.equal(gitignoreLines('\uFEFFa.yaml\r\n# c\n\n  \nb/  \nc\\ \n\\#d\n!e\n'), ['a.yaml', 'b/', 'c\\ ', '\\#d', '!e']);
});

test('rebasePattern: unanchored patterns match below their directory, anchored ones from it', () => {
  const table: [string, string, string][] = [
    ['*.yaml', '', '*.yaml'],
    ['*.yaml', 'a/b', 'a/b/**/*.yaml'],
    ['build/', 'a', 'a/**/build/'],
    ['/top.yaml', 'a', 'a/top.yaml'],
    ['x/y.sh', 'a', 'a/x/y.sh'],
    ['**/z', 'a', 'a/**/z'],
    ['!keep.yaml', 'a', '!a/**/keep.yaml'],
    ['!/keep.yaml', 'a', '!a/keep.yaml'],
  ];
  for (const [p, base, want] of table) assert.is(rebasePattern(p, base), want, `${p} in ${base}`);
});

test('walk: candidate names only, any letter case; pruned directories at any depth and case; no symbolic links', () => {
  const dir = tree(
    {
      '.git/HEAD': '',
      Dockerfile: '', 'api/dockerfile.PROD': '', 'x.Containerfile': '', 'Dockerfile.md': '', 'Dockerfile.dockerignore': '',
      'a.YML': '', '.otel-target-lint.yaml': '', 'go.mod': '', 'go.sum': '', 'run.BASH': '', 'main.ts': '', 'types.d.ts': '',
      'main.cjs': '', 'README.md': '',
      'Vendor/x.yaml': '', 'deep/node_modules/y.yaml': '', 'deep/THIRD_PARTY/z.yaml': '', '.terraform/t.yaml': '',
      'real/k.yaml': '',
    },
    [['link.yaml', 'real/k.yaml'], ['linkdir', 'real'], ['broken.yaml', 'nowhere']],
  );
  assert.equal(list(dir), [
    '.otel-target-lint.yaml', 'Dockerfile', 'a.YML', 'api/dockerfile.PROD', 'go.mod', 'main.ts', 'real/k.yaml', 'run.BASH', 'x.Containerfile',
  ]);
});

test('walk: .gitignore files as git reads them (nested, negated, anchored, parents up to the git root)', () => {
  const dir = tree({
    '.git/HEAD': '',
    '.gitignore': 'ignored/\n*.local.yaml\n/top.yaml\n!keep.local.yaml\n',
    'ignored/a.yaml': '', 'a.local.yaml': '', 'x/b.local.yaml': '', 'keep.local.yaml': '', 'top.yaml': '', 'x/top.yaml': '', 'CASE.LOCAL.YAML': '',
    'n/.gitignore': '*.yaml\n!n2.yaml\n/anch.sh\nmid/x.sh\n',
    'n/n1.yaml': '', 'n/n2.yaml': '', 'n/q/n3.yaml': '', 'n/anch.sh': '', 'n/q/anch.sh': '', 'n/mid/x.sh': '', 'n/q/mid/x.sh': '',
    'n/q/.gitignore': '!n3.yaml\n',
    'star/.gitignore': 'a/*\n!a/keep/\n', 'star/a/x.yaml': '', 'star/a/keep/y.yaml': '',
    'svc/.otel-target-lint.yaml': '', 'svc/.gitignore': '!a.local.yaml\n', 'svc/a.local.yaml': '', 'svc/b.yaml': '',
  });
  assert.equal(list(dir), [
    'keep.local.yaml', 'n/n2.yaml', 'n/q/anch.sh', 'n/q/mid/x.sh', 'n/q/n3.yaml', 'star/a/keep/y.yaml',
    'svc/.otel-target-lint.yaml', 'svc/a.local.yaml', 'svc/b.yaml', 'x/top.yaml',
  ]);
  // Walking a subdirectory still applies the .gitignore files above it, up to the git root.
  assert.is(findGitRoot(join(dir, 'svc')), dir);
  assert.equal(list(join(dir, 'svc'), dir), ['svc/.otel-target-lint.yaml', 'svc/a.local.yaml', 'svc/b.yaml']);
  assert.equal(list(join(dir, 'n'), dir), ['n/n2.yaml', 'n/q/anch.sh', 'n/q/mid/x.sh', 'n/q/n3.yaml']);
});

test('walk without a git root: only the walked directory\'s .gitignore files', () => {
  const dir = tree({ '.gitignore': 'x.yaml\n', 'x.yaml': '', 'y.yaml': '', 'd/x.yaml': '' });
  assert.is(findGitRoot(dir), undefined);
  assert.equal(list(dir), ['y.yaml']);
});

test('walkCandidateFiles: paths relative to cwd, also from a subdirectory (../) and from outside', () => {
  const dir = tree({ '.git/HEAD': '', 'Dockerfile': '', 'deploy/app.yaml': '', 'deploy/sub/b.yaml': '' });
  const rel = (cwd: string) => walkCandidateFiles(dir, cwd).map((f) => `${f.path} ${relative(dir, f.abs)}`).sort();
  assert.equal(rel(dir), ['Dockerfile Dockerfile', 'deploy/app.yaml deploy/app.yaml', 'deploy/sub/b.yaml deploy/sub/b.yaml']);
  assert.equal(rel(join(dir, 'deploy')), ['../Dockerfile Dockerfile', 'app.yaml deploy/app.yaml', 'sub/b.yaml deploy/sub/b.yaml']);
  assert.equal(rel(join(dir, 'deploy', 'sub')), ['../../Dockerfile Dockerfile', '../app.yaml deploy/app.yaml', 'b.yaml deploy/sub/b.yaml']);
});

test('isNormalRelative: exactly the paths path.relative() would return unchanged', () => {
  const table: [string, boolean][] = [
    ['a', true], ['a/b.yaml', true], ['.github/x.yml', true], ['..foo/x', true], ['a/.../b', true],
    ['', false], ['.', false], ['..', false], ['../a', false], ['a/../b', false], ['./a', false], ['a/./b', false],
    ['/a', false], ['a/', false], ['a//b', false], ['a\\b', false], ['C:x', false],
  ];
  for (const [p, want] of table) assert.is(isNormalRelative(p), want, p);
});

test.run();
