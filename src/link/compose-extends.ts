// Compose `extends:`: a service built on another service, of the same file (`extends: base`) or of another file
// (`extends: {file: common.yaml, service: base}`). As compose-go loads a file, the base service (its own `extends:`
// resolved first) is merged under the service with the rules of override files (compose-merge.ts: the service's own
// single values win, `environment` and build args merge by name, lists append). Relative paths the base writes
// (`build:` context, `env_file:`) are relative to the base's file: they are rebased onto the service's file. This
// runs before override files are merged and before interpolation, as in Compose.
//
// A base that cannot be read (a file outside the repository, an interpolated name, a service not there, a cycle) leaves
// the service as written, marked `incomplete`: what it lacks may come from the base. A file that only serves as a
// base to other files' services (`common.yaml`: not named like a Compose file) is no project of its own.

import { posix } from 'node:path';
import type { Evidence } from '../model/source.ts';
import type { ComposeFile, ComposeService, Scalar } from '../model/workload.ts';
import { classifyName } from '../discover/classify.ts';
import { mergeService } from './compose-merge.ts';

export interface ExtendsResult {
  files: ComposeFile[];
  /** Files used only as `extends:` bases by other files: not linted as projects. */
  fragments: Set<string>;
}

export function applyExtends(files: ComposeFile[]): ExtendsResult {
  const byPath = new Map(files.map((f) => [f.file, f]));
  const fragments = new Set<string>();
  const done = new Map<ComposeService, ComposeService>();
  const visiting = new Set<ComposeService>();

  const resolve = (f: ComposeFile, s: ComposeService): ComposeService => {
    const hit = done.get(s);
    if (hit) return hit;
    if (!s.extends) return s;
    const { extends: ext, ...own } = s;
    let out: ComposeService = { ...own, incomplete: true };
    if (!visiting.has(s)) {
      visiting.add(s);
      const baseFile = ext.file ? (ext.file.unknown || ext.file.value.includes('$') ? undefined : byPath.get(resolveFrom(f.file, ext.file.value))) : f;
      const name = ext.service.unknown || ext.service.value.includes('$') ? undefined : ext.service.value;
      const base = baseFile && name !== undefined ? baseFile.services.find((x) => x.name.value === name) : undefined;
      if (baseFile && base) {
        const resolvedBase = resolve(baseFile, base);
        const merged = mergeService(rebaseService(resolvedBase, posix.dirname(baseFile.file), posix.dirname(f.file)), own);
        // Inherited variables say where the service takes them from.
        const step = { range: ext.range, message: `service "${s.name.value}" extends service "${name}"${ext.file ? ` of ${ext.file.value}` : ''}` };
        const environment = merged.environment.map((e) => (resolvedBase.environment.includes(e) ? throughStep(e, step) : e));
        out = { ...merged, environment, name: s.name, range: s.range };
        if (resolvedBase.incomplete || own.incomplete) out.incomplete = true;
        else delete out.incomplete;
        if (baseFile !== f && classifyName(baseFile.file) !== 'compose') fragments.add(baseFile.file);
      }
      visiting.delete(s);
    }
    done.set(s, out);
    return out;
  };

  const out = files.map((f) => (f.services.some((s) => s.extends) ? { ...f, services: f.services.map((s) => resolve(f, s)) } : f));
  return { files: out, fragments };
}

/** `ref` (a relative path written in `from`, a compose file) as a cwd-relative path. */
export function resolveFrom(from: string, ref: string): string {
  return posix.normalize(posix.join(posix.dirname(from), ref));
}

/** A service's relative paths (build context, env files, bind mounts), written from `fromDir`, as seen from `toDir`. */
export function rebaseService(s: ComposeService, fromDir: string, toDir: string): ComposeService {
  if (fromDir === toDir) return s;
  const move = (v: Scalar): Scalar => {
    if (v.unknown || v.value.includes('$') || v.value.startsWith('/') || v.value.includes('://')) return v;
    const rel = posix.relative(toDir, posix.join(fromDir, v.value)) || '.';
    return { ...v, value: rel, via: { evidence: v.via?.evidence ?? [], edit: 'none' } };
  };
  const out: ComposeService = { ...s, envFiles: s.envFiles.map(move) };
  if (s.build) out.build = { ...s.build, context: move(s.build.context) };
  // A bind mount's host path (`~` is the home directory, not a relative path).
  if (s.mounts) out.mounts = s.mounts.map((m) => (m.type === 'bind' && m.source && !m.source.value.startsWith('~') ? { ...m, source: move(m.source) } : m));
  return out;
}

type EnvEntry = ComposeService['environment'][number];

/** A variable that came through a step (an `extends:`, an `include:`): the step is the first piece of its evidence. */
export function throughStep(e: EnvEntry, step: Evidence): EnvEntry {
  if (!e.value) return e;
  return { ...e, value: { ...e.value, via: { evidence: [step, ...(e.value.via?.evidence ?? [])], edit: e.value.via?.edit ?? 'scalar' } } };
}
