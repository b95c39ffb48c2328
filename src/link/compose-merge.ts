// Compose reads `compose.yaml` and, beside it, `compose.override.yaml` (likewise docker-compose.yml and
// docker-compose.override.yml) as one project: the override is merged into the base service by service. As the
// Compose specification merges them: single values (image, entrypoint, command, pid, privileged, user) are replaced;
// `environment` and build `args` are merged by name, the override winning; `cap_add` and `env_file` are appended;
// `build` is merged field by field; `volumes` and `configs` (mounts) by their path in the container, the top-level
// `configs:` by name. Every merged value keeps the range of the file that wrote it.

import { posix } from 'node:path';
import type { ComposeFile, ComposeService } from '../model/workload.ts';

const BASES: Record<string, string[]> = {
  'compose.yaml': ['compose.override.yaml', 'compose.override.yml'],
  'compose.yml': ['compose.override.yml', 'compose.override.yaml'],
  'docker-compose.yaml': ['docker-compose.override.yaml', 'docker-compose.override.yml'],
  'docker-compose.yml': ['docker-compose.override.yml', 'docker-compose.override.yaml'],
};

function byName<T>(list: T[], name: (x: T) => string, over: T[]): T[] {
  const out = new Map<string, T>();
  for (const x of list) out.set(name(x), x);
  for (const x of over) out.set(name(x), x);
  return [...out.values()];
}

export function mergeService(base: ComposeService, over: ComposeService): ComposeService {
  const out: ComposeService = {
    ...base,
    environment: byName(base.environment, (e) => e.name.value, over.environment),
    envFiles: [...base.envFiles, ...over.envFiles],
    capAdd: [...base.capAdd, ...over.capAdd],
  };
  // Mounts are merged by their path in the container.
  if (over.mounts) out.mounts = base.mounts ? byName(base.mounts, (m) => m.target.value, over.mounts) : over.mounts;
  if (over.image) out.image = over.image;
  if (over.entrypoint) out.entrypoint = over.entrypoint;
  if (over.command) out.command = over.command;
  if (over.pid) out.pid = over.pid;
  if (over.containerName) out.containerName = over.containerName;
  if (over.privileged) {
    out.privileged = over.privileged;
    if (over.privilegedText) out.privilegedText = over.privilegedText;
    else delete out.privilegedText;
  }
  if (over.user) out.user = over.user;
  if (over.build) {
    if (!base.build) out.build = over.build;
    else {
      const b = { ...base.build, args: byName(base.build.args, (a) => a.name, over.build.args) };
      if (over.build.dockerfile) b.dockerfile = over.build.dockerfile;
      if (over.build.target) b.target = over.build.target;
      if (over.build.dockerfileInline) b.dockerfileInline = over.build.dockerfileInline;
      // The parser gives a build mapping without `context` the default `.` at the mapping's own range: only a
      // context the override writes replaces the base one.
      const c = over.build.context;
      const defaulted = c.value === '.' && c.range.start === over.build.range.start && c.range.end === over.build.range.end;
      if (!defaulted) b.context = c;
      out.build = b;
    }
  }
  return out;
}

/** The services of a base file with those of an override file merged in, service by service (new ones appended). */
export function mergeServices(base: ComposeService[], over: ComposeService[]): ComposeService[] {
  const services = base.map((s) => {
    const o = over.find((x) => x.name.value === s.name.value);
    return o ? mergeService(s, o) : s;
  });
  for (const o of over) if (!base.some((s) => s.name.value === o.name.value)) services.push(o);
  return services;
}

/** Merges each default override file into its base file; other files are returned as they are. */
export function mergeComposeOverrides(files: ComposeFile[]): ComposeFile[] {
  const byPath = new Map(files.map((f) => [f.file, f]));
  const consumed = new Set<string>();
  const out: ComposeFile[] = [];
  for (const f of files) {
    const overrides = BASES[posix.basename(f.file).toLowerCase()];
    const dir = posix.dirname(f.file);
    const overPath = overrides?.map((o) => (dir === '.' ? o : `${dir}/${o}`)).find((p) => byPath.has(p));
    if (!overPath) continue;
    const over = byPath.get(overPath)!;
    consumed.add(f.file).add(overPath);
    const merged: ComposeFile = { ...f, services: mergeServices(f.services, over.services) };
    if (over.configs) merged.configs = f.configs ? byName(f.configs, (c) => c.name.value, over.configs) : over.configs;
    out.push(merged);
  }
  for (const f of files) if (!consumed.has(f.file)) out.push(f);
  return out;
}
