// skaffold.yaml -> the images it builds.
//
// Every document with `apiVersion: skaffold/v*` and `kind: Config`: `build.artifacts[]` and
// `profiles[].build.artifacts[]`. Docker artifacts (the default builder, also when `docker:` is absent) and kaniko
// artifacts give a Dockerfile spec (`context` relative to skaffold.yaml's directory, default `.`; `dockerfile`
// relative to the context, default `Dockerfile`; `target`; `buildArgs`). ko artifacts give a spec with
// `dockerfile: ''` and `ko` set: ko runs `/ko-app/<last element of the main package's import path>` (`main`, default
// `.`, is relative to the context joined with `dir`, where ko runs and reads `.ko.yaml`; an image named
// `ko://<import path>` names the package itself). Artifacts of
// other builders (jib, bazel, buildpacks, custom) are skipped: their entrypoint cannot be read from the repository.
// Build args whose value is a skaffold template (`{{.IMAGE_TAG}}`) are left out (their value is not known).

import { posix } from 'node:path';
import { isMap } from 'yaml';
import type { ParsedNode, YAMLMap } from 'yaml';
import type { ParseProblem, SourceFile } from '../model/source.ts';
import type { ImageBuildSpec } from '../model/workload.ts';
import { splitBlanks } from './blanks.ts';
import { buildPath } from './build-context.ts';
import { koExe, koImportPath } from './image-ref.ts';
import { parseYaml, sortProblems } from './yaml.ts';
import type { MapEntry, YamlReader } from './yaml.ts';

type YMap = YAMLMap<unknown, unknown>;

const OTHER_BUILDERS = ['jib', 'bazel', 'buildpacks', 'custom'];

export function parseSkaffold(file: SourceFile): { specs: ImageBuildSpec[]; problems: ParseProblem[] } {
  const parsed = parseYaml(file, { helm: false });
  const specs: ImageBuildSpec[] = [];
  const dir = posix.dirname(file.path);
  for (const d of parsed.docs) {
    if (!d.root || !isMap(d.root)) continue;
    const r = d.reader;
    const root = d.root as YMap;
    const api = r.entryStr(r.get(root, 'apiVersion'));
    const kind = r.entryStr(r.get(root, 'kind'));
    if (!api || !api.value.startsWith('skaffold/') || kind?.value !== 'Config') continue;
    try {
      readArtifacts(r, r.path(root, 'build', 'artifacts'), dir, specs);
      for (const p of r.items(r.seq(r.get(root, 'profiles')?.value, 'profiles'))) {
        const pm = r.map(p, 'a profile');
        if (pm) readArtifacts(r, r.path(pm, 'build', 'artifacts'), dir, specs);
      }
    } catch (e) {
      r.problem(d.root, `This skaffold document could not be read: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { specs, problems: sortProblems(parsed.problems) };
}


function readArtifacts(r: YamlReader, e: MapEntry | undefined, dir: string, out: ImageBuildSpec[]): void {
  if (!e) return;
  for (const item of r.items(r.seq(e.value, 'build.artifacts'))) {
    const m = r.map(item, 'an artifact');
    if (!m) continue;
    const image = r.entryStr(r.get(m, 'image'), { what: 'image' });
    if (!image || image.unknown || !image.value) continue;
    const ctx = r.entryStr(r.get(m, 'context'), { what: 'context' });
    const context = buildPath(dir, ctx?.value ?? '.');
    const range = r.range(item);
    const other = OTHER_BUILDERS.find((b) => r.get(m, b));
    if (other) {
      out.push({ image: image.value, dockerfile: '', context, args: new Map(), source: { kind: 'skaffold', range }, external: `by skaffold's ${other} builder` });
      continue;
    }
    const koE = r.get(m, 'ko');
    if (koE) {
      const ko = r.map(koE.value, 'ko');
      const main = r.entryStr(r.get(ko, 'main'), { what: 'ko main' })?.value ?? '.';
      // ko runs `go` in `dir` (relative to the context), and `main` is relative to it (skaffold's getImportPath).
      const koDir = r.entryStr(r.get(ko, 'dir'), { what: 'ko dir' })?.value ?? '.';
      const workDir = buildPath(context, koDir);
      let packageDir = buildPath(workDir, main);
      let exe: string | undefined;
      const importPath = koImportPath(image.value);
      if (importPath !== undefined) {
        exe = koExe(importPath);
      } else if (posix.normalize(main) !== '.' && !main.includes('...')) {
        exe = koExe(posix.normalize(main));
      }
      if (main.includes('...')) packageDir = workDir;
      const koSpec: NonNullable<ImageBuildSpec['ko']> = { packageDir, workDir };
      if (exe) koSpec.exe = exe;
      if (importPath !== undefined) koSpec.importPath = importPath;
      const from = r.entryStr(r.get(ko, 'fromImage'), { what: 'ko fromImage' });
      if (from && !from.unknown && from.value !== '') koSpec.baseImage = from.value;
      // Each item may hold several flags (`-s -w`), as `go build -ldflags` takes them.
      const words = (key: string) => r.strList(r.get(ko, key), { what: `ko ${key}` })?.items.flatMap((i) => splitBlanks(i.value));
      const ldflags = words('ldflags');
      if (ldflags) koSpec.ldflags = ldflags;
      const flags = words('flags');
      if (flags) koSpec.flags = flags;
      const env = r.strList(r.get(ko, 'env'), { what: 'ko env' })?.items.map((i) => i.value);
      if (env && env.length > 0) koSpec.env = env;
      // skaffold's koArtifactSpecifiesBuildConfig(): with any of these, ko gets this build config, not .ko.yaml's.
      const nonDefault = (v: string) => v !== '' && v !== '.';
      if (nonDefault(koDir) || nonDefault(main) || koSpec.env || (ldflags?.length ?? 0) > 0 || (flags?.length ?? 0) > 0) koSpec.ownBuild = true;
      const spec: ImageBuildSpec = {
        image: image.value,
        dockerfile: '',
        context,
        args: new Map(),
        source: { kind: 'skaffold', range },
        ko: koSpec,
      };
      out.push(spec);
      continue;
    }
    const builderE = r.get(m, 'docker') ?? r.get(m, 'kaniko');
    const builder = builderE ? r.map(builderE.value, builderE.key) : undefined;
    const df = r.entryStr(r.get(builder, 'dockerfile'), { what: 'dockerfile' });
    const spec: ImageBuildSpec = {
      image: image.value,
      dockerfile: buildPath(context, df?.value || 'Dockerfile'),
      context,
      args: new Map(),
      source: { kind: 'skaffold', range },
    };
    const target = r.entryStr(r.get(builder, 'target'), { what: 'target' });
    if (target && target.value) spec.target = target.value;
    const argsE = r.get(builder, 'buildArgs');
    for (const a of r.entries(argsE ? r.map(argsE.value, 'buildArgs') : undefined)) {
      if (!a.value || r.isNull(a.value)) continue;
      const v = r.str(a.value as ParsedNode, a.keyNode, { what: `build arg ${a.key}` });
      if (v && !v.value.includes('{{')) spec.args.set(a.key, v.value);
    }
    out.push(spec);
  }
}
