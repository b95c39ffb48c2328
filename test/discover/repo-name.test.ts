import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { gitRemoteUrls, repoNameOfUrl, repoSlugOfUrl, repositoryName } from '../../src/discover/repo-name.ts';

test('gitRemoteUrls: every remote with its first url, comments, quotes and letter case as git reads them', () => {
  const text = [
    '[core]',
    '\trepositoryformatversion = 0',
    '\tbare = false',
    '# [remote "commented"]',
    '[remote "upstream"]',
    '\turl = git@github.com:grafana/alloy.git ; the project',
    '\tfetch = +refs/heads/*:refs/remotes/upstream/*',
    '[Remote "origin"]',
    '\tURL = "https://github.com/me/alloy-fork.git" # my fork',
    '\turl = https://example.com/second.git',
    '[branch "main"]',
    '\tremote = origin',
    '\turl = not-a-remote',
    '[remote "with \\"quote\\""]',
    '\turl=/srv/git/q.git',
    '',
  ].join('\n');
  assert.equal(
    [...gitRemoteUrls(text)],
    [
      ['upstream', 'git@github.com:grafana/alloy.git'],
      ['origin', 'https://github.com/me/alloy-fork.git'],
      ['with "quote"', '/srv/git/q.git'],
    ],
  );
});

test('repoNameOfUrl: the last path element, without .git', () => {
  const rows: [string, string | undefined][] = [
    ['git@github.com:grafana/alloy.git', 'alloy'],
    ['https://github.com/grafana/alloy', 'alloy'],
    ['https://github.com/grafana/alloy/', 'alloy'],
    ['ssh://git@host:2222/grafana/alloy.git/', 'alloy'],
    ['/srv/git/alloy.GIT', 'alloy'],
    ['git@host:alloy', 'alloy'],
    ['C:\\repos\\alloy', 'alloy'],
    ['https://github.com/', 'github.com'],
    ['', undefined],
    ['..', undefined],
  ];
  for (const [url, name] of rows) assert.is(repoNameOfUrl(url), name, url);
});

test('repoSlugOfUrl: owner/name of a remote on a host, lower-cased; none for a local path', () => {
  const rows: [string, string | undefined][] = [
    ['git@github.com:Grafana/Alloy.git', 'grafana/alloy'],
    ['https://github.com/grafana/alloy/', 'grafana/alloy'],
    ['ssh://git@host:2222/grafana/alloy.git', 'grafana/alloy'],
    ['https://gitea.example.com/org/sub/app', 'sub/app'],
    ['/srv/git/alloy.git', undefined],
    ['git@host:alloy', undefined],
    ['https://github.com/', undefined],
  ];
  for (const [url, slug] of rows) assert.is(repoSlugOfUrl(url), slug, url);
});

test('repositoryName: origin first, a worktree through its gitdir and commondir, else the directory name', () => {
  const dir = mkdtempSync(join(tmpdir(), 'otl-repo-name-'));
  try {
    const repo = join(dir, 'Checkout');
    mkdirSync(join(repo, '.git'), { recursive: true });
    // No config at all: the directory's name, lower-cased.
    assert.equal(repositoryName(repo), { name: 'checkout', remote: false });
    writeFileSync(join(repo, '.git', 'config'), '[remote "fork"]\n\turl = https://github.com/me/Payments-Fork\n[remote "origin"]\n\turl = https://github.com/acme/Payments.git\n');
    assert.equal(repositoryName(repo), { name: 'payments', remote: true, slug: 'acme/payments' });
    // A worktree: `.git` is a file naming its git directory, whose commondir is the repository's.
    const wt = join(dir, 'wt');
    mkdirSync(join(repo, '.git', 'worktrees', 'wt'), { recursive: true });
    writeFileSync(join(repo, '.git', 'worktrees', 'wt', 'commondir'), '../..\n');
    mkdirSync(wt);
    writeFileSync(join(wt, '.git'), `gitdir: ${join(repo, '.git', 'worktrees', 'wt')}\n`);
    assert.equal(repositoryName(wt), { name: 'payments', remote: true, slug: 'acme/payments' });
    // Only other remotes: the first one.
    writeFileSync(join(repo, '.git', 'config'), '[remote "upstream"]\n\turl = git@github.com:acme/ledger.git\n');
    assert.equal(repositoryName(repo), { name: 'ledger', remote: true, slug: 'acme/ledger' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
