// docker-bake targets -> build specs. Where bake finds a relative `context` depends on where it is run: in the bake
// file's directory (the default: bake reads docker-bake.hcl from the working directory) or elsewhere with `-f`
// (`docker buildx bake -f docker/docker-bake.hcl` from the repository root, with `context = "docker"`). The bake
// file's directory is taken when the context exists there, else the working directory when it exists there.

import { posix } from 'node:path';
import type { RepoView } from '../model/source.ts';
import type { BakeFile, ImageBuildSpec } from '../model/workload.ts';
import { buildPath, isRemoteContext } from '../parsers/build-context.ts';

/** A local directory context (not a Git or HTTP URL, not bake's `target:` / `docker-image://`). */
function isLocal(context: string): boolean {
  return !isRemoteContext(context) && !context.startsWith('target:') && !context.endsWith('.git');
}

export function bakeBuildSpecs(bake: BakeFile, repo: RepoView): ImageBuildSpec[] {
  const dir = posix.dirname(bake.file);
  const specs: ImageBuildSpec[] = [];
  for (const t of bake.targets) {
    if (t.tags.length === 0) continue;
    const ctx = t.context?.value ?? '.';
    if (!isLocal(ctx)) continue;
    let context = buildPath(dir, ctx);
    if (dir !== '.' && repo.stat(context) !== 'dir' && repo.stat(buildPath('.', ctx)) === 'dir') context = buildPath('.', ctx);
    const dockerfile = buildPath(context, t.dockerfile?.value ?? 'Dockerfile');
    for (const tag of t.tags) {
      const spec: ImageBuildSpec = { image: tag.value, dockerfile, context, args: new Map(t.args), source: { kind: 'bake', range: tag.range } };
      if (t.target) spec.target = t.target.value;
      specs.push(spec);
    }
  }
  return specs;
}
