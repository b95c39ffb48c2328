// What a Docker build context argument means, for every reader of build definitions (compose `build:`, skaffold
// artifacts, docker-bake targets, workflow steps, `docker build` commands).

import { posix } from 'node:path';
import type { Range } from '../model/source.ts';
import type { BuildContextSpec, ImageBuildSpec } from '../model/workload.ts';

/** A build context that is not a directory of the repository: a Git or HTTP URL (`github.com/…` is a Git one). */
export function isRemoteContext(ctx: string): boolean {
  return ctx.includes('://') || ctx.startsWith('git@') || ctx.startsWith('github.com/');
}

/** A context or Dockerfile path as a build definition writes it, from `base`: an absolute one as is, '' as `.`. */
export function buildPath(base: string, rel: string): string {
  return posix.isAbsolute(rel) ? posix.normalize(rel) : posix.normalize(posix.join(base, rel || '.'));
}

/**
 * A named build context's value as a build definition writes it (bake `contexts`, compose `additional_contexts`,
 * `--build-context name=value`): `docker-image://<ref>`, `target:<bake target>` or `service:<compose service>` (looked
 * up with `build`), a Git or HTTP URL or `oci-layout://` (not read), else a directory from `dir`.
 */
export function namedBuildContext(
  value: string,
  range: Range,
  dir: string,
  build?: (kind: 'target' | 'service', name: string) => { spec: ImageBuildSpec; how: string } | undefined,
): BuildContextSpec {
  if (value.startsWith('docker-image://')) return { kind: 'image', ref: value.slice('docker-image://'.length), value, range };
  for (const kind of ['target', 'service'] as const) {
    if (!value.startsWith(`${kind}:`)) continue;
    const b = build?.(kind, value.slice(kind.length + 1));
    return b ? { kind: 'build', spec: b.spec, how: b.how, value, range } : { kind: 'other', value, range };
  }
  if (isRemoteContext(value) || value.endsWith('.git')) return { kind: 'other', value, range };
  return { kind: 'dir', path: buildPath(dir, value), value, range };
}
