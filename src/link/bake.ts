// docker-bake targets -> build specs. Where bake finds a relative `context` depends on where it is run: in the bake
// file's directory (the default: bake reads docker-bake.hcl from the working directory) or elsewhere with `-f`
// (`docker buildx bake -f docker/docker-bake.hcl` from the repository root, with `context = "docker"`). The bake
// file's directory is taken when the context exists there, else the working directory when it exists there.

import { posix } from 'node:path';
import type { Range, RepoView } from '../model/source.ts';
import type { BakeFile, BakeTarget, ImageBuildSpec } from '../model/workload.ts';
import { evaluateBake, type BakeSource } from '../parsers/bake.ts';
import { buildPath, isRemoteContext, namedBuildContext } from '../parsers/build-context.ts';

/**
 * The files `docker buildx bake` reads by default from the directory it runs in, in its order; it loads all of them and
 * merges them into one definition (docs.docker.com/build/bake/overrides: the override file sets the tags of targets
 * the main file defines). Compose files, which bake reads too, are linked as compose projects.
 */
const DEFAULT_FILES = ['docker-bake.json', 'docker-bake.hcl', 'docker-bake.override.json', 'docker-bake.override.hcl'];

/**
 * The bake definitions of a repository: the default files of each directory evaluated together, in bake's order;
 * any other bake file (`docker-bake.<name>.hcl`, loaded with `-f`) alone. In the order of the files' first member.
 */
export function bakeDefinitions(sources: readonly BakeSource[]): BakeFile[] {
  const groups = new Map<string, BakeSource[]>();
  for (const src of sources) {
    const base = posix.basename(src.path);
    const key = DEFAULT_FILES.includes(base) ? posix.dirname(src.path) : `\0${src.path}`;
    const g = groups.get(key);
    if (g) g.push(src);
    else groups.set(key, [src]);
  }
  return [...groups.values()].map((g) => {
    const order = (s: BakeSource) => DEFAULT_FILES.indexOf(posix.basename(s.path));
    const sorted = [...g].sort((a, b) => order(a) - order(b));
    return { file: sorted[0]!.path, targets: evaluateBake(sorted) };
  });
}

/** A local directory context (not a Git or HTTP URL, not bake's `target:` / `docker-image://`). */
function isLocal(context: string): boolean {
  return !isRemoteContext(context) && !context.startsWith('target:') && !context.endsWith('.git');
}

export function bakeBuildSpecs(bake: BakeFile, repo: RepoView): ImageBuildSpec[] {
  const dir = posix.dirname(bake.file);
  const byName = new Map(bake.targets.map((t) => [t.name, t]));
  /** The build of a target (its first tag, or none: a target only other targets use as a context). */
  const built = new Map<string, ImageBuildSpec | undefined>();
  const resolving = new Set<string>();
  /** Where a local directory (a context, a named context) is found from: the bake file's directory, else the root's. */
  const from = (rel: string): string => (dir !== '.' && repo.stat(buildPath(dir, rel)) !== 'dir' && repo.stat(buildPath('.', rel)) === 'dir' ? '.' : dir);
  const build = (t: BakeTarget, image: string, range: Range): ImageBuildSpec | undefined => {
    const ctx = t.context?.value ?? '.';
    // A Git or HTTP context: built from sources the linter does not read (the image is named, nothing is guessed).
    if (isRemoteContext(ctx) || (ctx.endsWith('.git') && !ctx.startsWith('target:'))) {
      return { image, dockerfile: '', context: '.', args: new Map(), source: { kind: 'bake', range }, external: `from the remote context ${ctx}` };
    }
    if (!isLocal(ctx)) return undefined;
    const context = buildPath(from(ctx), ctx);
    const spec: ImageBuildSpec = { image, dockerfile: buildPath(context, t.dockerfile?.value ?? 'Dockerfile'), context, args: new Map(t.args), source: { kind: 'bake', range } };
    if (t.target) spec.target = t.target.value;
    if (t.contexts.size > 0) {
      resolving.add(t.name);
      spec.contexts = new Map();
      for (const [name, c] of t.contexts) {
        const local = isLocal(c.value) ? from(c.value) : dir;
        spec.contexts.set(name, namedBuildContext(c.value, c.range, local, (kind, other) => (kind === 'target' ? targetBuild(other) : undefined)));
      }
      resolving.delete(t.name);
    }
    return spec;
  };
  const targetBuild = (name: string): { spec: ImageBuildSpec; how: string } | undefined => {
    const t = byName.get(name);
    if (!t || resolving.has(name)) return undefined;
    if (!built.has(name)) built.set(name, build(t, t.tags[0]?.value ?? '', t.tags[0]?.range ?? t.range));
    const spec = built.get(name);
    return spec ? { spec, how: `built from ${spec.dockerfile} by the docker-bake target "${name}" at ${t.range.file}:${t.range.line}` } : undefined;
  };

  const specs: ImageBuildSpec[] = [];
  for (const t of bake.targets) {
    for (const tag of t.tags) {
      const spec = build(t, tag.value, tag.range);
      if (spec) specs.push(spec);
    }
  }
  return specs;
}
