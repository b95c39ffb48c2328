// Compose `include:` (Compose 2.20+): other Compose files whose services join the project. As compose-go loads them,
// each included file is an application of its own: interpolated with the `.env` of its own directory, its relative
// paths relative to that directory, its own `include:`s followed; further paths of one item are merged onto the first
// as override files. Its services are then added to the project; a service the including file also defines is
// merged, the including file's settings winning. An included file is no project of its own (it may name services
// only the including project has).
//
// An item's `project_directory:` (the base of the included file's relative paths and of its `.env`) and `env_file:`
// (instead of that `.env`) are followed. Not followed: remote includes (`oci://`, Git), interpolated paths, files that
// are not in the repository, cycles. The project is then marked `servicesIncomplete`: it may have
// services the linter does not know.

import { posix } from 'node:path';
import type { ComposeFile, ComposeService } from '../model/workload.ts';
import { rebaseService, resolveFrom, throughStep } from './compose-extends.ts';
import { mergeService, mergeServices } from './compose-merge.ts';
import type { ProjectPlace } from './compose-interpolate.ts';

/** Every file (cwd-relative) an `include:` of some file names. */
export function includedPaths(files: ComposeFile[]): Set<string> {
  const out = new Set<string>();
  for (const f of files) for (const item of f.include ?? []) for (const p of item.path) if (!p.unknown) out.add(resolveFrom(f.file, p.value));
  return out;
}

const followable = (v: { unknown?: boolean; value: string }): boolean =>
  !v.unknown && !v.value.includes('$') && !v.value.includes('://') && !v.value.startsWith('git@') && !posix.isAbsolute(v.value);

/**
 * The project of `cf` (already interpolated) with the services of the files it includes. `byPath`: the parsed
 * compose files (extends applied, override files merged); `interpolate`: as for a project of its own.
 */
export function withIncludes(
  cf: ComposeFile,
  byPath: Map<string, ComposeFile>,
  interpolate: (cf: ComposeFile, place?: ProjectPlace) => ComposeFile,
  seen: ReadonlySet<string> = new Set([cf.file]),
): ComposeFile {
  if (!cf.include || cf.include.length === 0) return cf;
  const services = [...cf.services];
  // Top-level configs keep their own file's range: their `file:` paths are resolved from there.
  const configs = [...(cf.configs ?? [])];
  let incomplete = cf.servicesIncomplete === true;
  for (const item of cf.include) {
    const paths = item.path.map((p) => (followable(p) ? resolveFrom(cf.file, p.value) : undefined));
    const loaded = paths.map((p) => (p !== undefined && !seen.has(p) ? byPath.get(p) : undefined));
    // `project_directory:` and `env_file:` are relative to the including file's directory.
    const extra = [...(item.projectDirectory ? [item.projectDirectory] : []), ...(item.envFile ?? [])];
    if (loaded.some((f) => !f) || extra.some((x) => !followable(x))) {
      incomplete = true;
      continue;
    }
    const [main, ...overrides] = loaded as ComposeFile[];
    const place: ProjectPlace = {};
    if (item.projectDirectory) place.dir = resolveFrom(cf.file, item.projectDirectory.value);
    if (item.envFile) place.envFiles = item.envFile.map((e) => resolveFrom(cf.file, e.value));
    const app = withIncludes(interpolate(main!, place), byPath, interpolate, new Set([...seen, main!.file]));
    if (app.servicesIncomplete) incomplete = true;
    for (const c of app.configs ?? []) if (!configs.some((x) => x.name.value === c.name.value)) configs.push(c);
    let imported: ComposeService[] = app.services;
    for (const o of overrides) imported = mergeServices(imported, interpolate(o, place).services);
    const fromDir = place.dir ?? posix.dirname(main!.file);
    const toDir = posix.dirname(cf.file);
    const step = { range: item.range, message: `included from here (${item.path[0]!.value})` };
    for (const s of imported) {
      const rebased = rebaseService(s, fromDir, toDir);
      const moved = { ...rebased, environment: rebased.environment.map((e) => throughStep(e, step)) };
      const i = services.findIndex((x) => x.name.value === s.name.value);
      if (i < 0) services.push(moved);
      else services[i] = { ...mergeService(moved, services[i]!), name: services[i]!.name, range: services[i]!.range };
    }
  }
  const out: ComposeFile = { ...cf, services };
  if (configs.length > 0) out.configs = configs;
  if (incomplete) out.servicesIncomplete = true;
  return out;
}

