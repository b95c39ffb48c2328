// What a Docker build context argument means, for every reader of build definitions (compose `build:`, workflow
// steps, `docker build` commands).

/** A build context that is not a directory of the repository: a Git or HTTP URL (`github.com/…` is a Git one). */
export function isRemoteContext(ctx: string): boolean {
  return ctx.includes('://') || ctx.startsWith('git@') || ctx.startsWith('github.com/');
}
