// What a Docker build context argument means, for every reader of build definitions (compose `build:`, skaffold
// artifacts, docker-bake targets, workflow steps, `docker build` commands).

import { posix } from 'node:path';

/** A build context that is not a directory of the repository: a Git or HTTP URL (`github.com/…` is a Git one). */
export function isRemoteContext(ctx: string): boolean {
  return ctx.includes('://') || ctx.startsWith('git@') || ctx.startsWith('github.com/');
}

/** A context or Dockerfile path as a build definition writes it, from `base`: an absolute one as is, '' as `.`. */
export function buildPath(base: string, rel: string): string {
  return posix.isAbsolute(rel) ? posix.normalize(rel) : posix.normalize(posix.join(base, rel || '.'));
}
