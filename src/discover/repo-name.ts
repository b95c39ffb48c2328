// The repository's name, for the image-name heuristic: a Dockerfile at the root of repository `alloy` is the one
// that builds `grafana/alloy` far more often than not. Read from the git remote's URL (`origin`, else the first
// remote with one), as GoReleaser and most tools name a project; else the root directory's name (a CI checkout is a
// directory named after the repository). Only `.git/config` is read: git is not run.
//
// git's config syntax, as far as the remote URL needs it (git-config(1), "Syntax"): `[section "subsection"]`
// headers (the section name in any letter case, the subsection case-sensitive), `name = value` lines (the name in
// any letter case), `#` and `;` comments outside double quotes, values in double quotes with `\"` and `\\`.

import { readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, join } from 'node:path';

/** The remotes of a git config text and their URLs (the first `url` of each), in the order they first appear. */
export function gitRemoteUrls(text: string): Map<string, string> {
  const out = new Map<string, string>();
  let remote: string | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    if (line.startsWith('[')) {
      remote = remoteOfHeader(line);
      continue;
    }
    if (remote === undefined) continue;
    const eq = line.indexOf('=');
    if (eq < 0) continue;
    if (line.slice(0, eq).trim().toLowerCase() !== 'url' || out.has(remote)) continue;
    const value = configValue(line.slice(eq + 1));
    if (value !== '') out.set(remote, value);
  }
  return out;
}

/** `[remote "origin"]` gives `origin`; any other header undefined. */
function remoteOfHeader(line: string): string | undefined {
  const close = line.lastIndexOf(']');
  if (close < 0) return undefined;
  const inner = line.slice(1, close).trim();
  const q = inner.indexOf('"');
  if (q < 0 || inner.slice(0, q).trim().toLowerCase() !== 'remote') return undefined;
  const end = inner.lastIndexOf('"');
  return end > q ? inner.slice(q + 1, end).split('\\"').join('"').split('\\\\').join('\\') : undefined;
}

/** A value as git reads it: comments dropped outside quotes, quotes removed, `\"` and `\\` unescaped, trimmed. */
function configValue(text: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && i + 1 < text.length) {
      out += text[++i];
      continue;
    }
    if (c === '"') {
      quoted = !quoted;
      continue;
    }
    if (!quoted && (c === '#' || c === ';')) break;
    out += c;
  }
  return out.trim();
}

/**
 * The repository name in a remote URL: `git@github.com:grafana/alloy.git`, `https://github.com/grafana/alloy`,
 * `ssh://git@host:22/grafana/alloy.git/`, `/srv/git/alloy.git` all give `alloy`. Undefined when there is none.
 */
export function repoNameOfUrl(url: string): string | undefined {
  let u = url.trim();
  while (u.endsWith('/')) u = u.slice(0, -1);
  const cut = Math.max(u.lastIndexOf('/'), u.lastIndexOf(':'), u.lastIndexOf('\\'));
  let name = u.slice(cut + 1);
  if (name.toLowerCase().endsWith('.git')) name = name.slice(0, -4);
  return name === '' || name === '.' || name === '..' ? undefined : name;
}

/**
 * `owner/name` of a remote URL on a host (`git@github.com:Grafana/alloy.git`, `https://github.com/grafana/alloy`),
 * lower-cased: what a workflow's `github.repository` is, as image names need it. Undefined for a local path.
 */
export function repoSlugOfUrl(url: string): string | undefined {
  let u = url.trim();
  const scheme = u.indexOf('://');
  if (scheme >= 0) u = u.slice(scheme + 3);
  else if (!/^[^/]+@[^/:]+:/.test(u)) return undefined;
  while (u.endsWith('/')) u = u.slice(0, -1);
  if (u.toLowerCase().endsWith('.git')) u = u.slice(0, -4);
  const parts = u.split(/[/:]/).filter((p) => p !== '');
  if (parts.length < 3) return undefined;
  const owner = parts[parts.length - 2]!;
  const name = parts[parts.length - 1]!;
  return `${owner}/${name}`.toLowerCase();
}

/** The config file of the repository at `root`: `.git/config`, or for a worktree or submodule (`.git` a file) the one its `gitdir:` leads to. */
function gitConfigPath(root: string): string | undefined {
  const dotGit = join(root, '.git');
  try {
    if (statSync(dotGit).isDirectory()) return join(dotGit, 'config');
    const line = readFileSync(dotGit, 'utf8').split('\n')[0]!.trim();
    if (!line.startsWith('gitdir:')) return undefined;
    const p = line.slice('gitdir:'.length).trim();
    const gitDir = isAbsolute(p) ? p : join(root, p);
    // A worktree's `commondir` names the repository's own directory, which holds the config.
    let common = gitDir;
    try {
      const c = readFileSync(join(gitDir, 'commondir'), 'utf8').trim();
      if (c) common = isAbsolute(c) ? c : join(gitDir, c);
    } catch {
      // no commondir: a submodule's own git directory
    }
    return join(common, 'config');
  } catch {
    return undefined;
  }
}

/**
 * The name of the repository at `root` (see the top of this file), lower-cased, and whether the git remote gave it
 * (`remote`; else the directory did); undefined when neither is known.
 */
export function repositoryName(root: string): { name: string; remote: boolean; slug?: string } | undefined {
  const config = gitConfigPath(root);
  let text: string | undefined;
  try {
    text = config ? readFileSync(config, 'utf8') : undefined;
  } catch {
    text = undefined;
  }
  if (text !== undefined && text.length < 1_000_000) {
    const urls = gitRemoteUrls(text);
    const url = urls.get('origin') ?? urls.values().next().value;
    const name = url !== undefined ? repoNameOfUrl(url) : undefined;
    const slug = url !== undefined ? repoSlugOfUrl(url) : undefined;
    if (name) return slug !== undefined ? { name: name.toLowerCase(), remote: true, slug } : { name: name.toLowerCase(), remote: true };
  }
  const dir = basename(root);
  return dir ? { name: dir.toLowerCase(), remote: false } : undefined;
}
