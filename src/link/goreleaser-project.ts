// GoReleaser's project name when its configuration gives none (`project_name`, `release.<scm>.name`: read by the
// parser). GoReleaser then tries, in order (internal/pipe/project): the `Cargo.toml` package name, the last element of
// the module path `go list -m` prints in the project root, and the git remote's repository name. The binaries are
// named after it by default, and image names often are (`{{ .ProjectName }}`).

import { posix } from 'node:path';
import type { RepoView } from '../model/source.ts';
import { parseGoMod } from '../parsers/gomod.ts';
import { repoGoMod } from '../infer/image.ts';

/**
 * The project name GoReleaser would guess for the configuration at `configPath`, or undefined: a Rust project (its
 * Cargo.toml package name is not read), no go.mod at or above the project root and no git remote.
 */
export function goReleaserProjectName(configPath: string, repo: RepoView, repoName: { name: string; remote: boolean } | undefined): string | undefined {
  let root = posix.dirname(configPath);
  if (posix.basename(root) === '.config') root = posix.dirname(root);
  if (repo.stat(root === '.' ? 'Cargo.toml' : `${root}/Cargo.toml`) === 'file') return undefined;
  const goMod = repoGoMod(repo, root);
  const module = goMod ? parseGoMod(goMod.file.text).module : undefined;
  // `go list -m` prints the module path; GoReleaser keeps what follows its last `/` (`example.com/api/v2` gives `v2`).
  if (module) return module.slice(module.lastIndexOf('/') + 1).trim() || undefined;
  return repoName?.remote ? repoName.name : undefined;
}
