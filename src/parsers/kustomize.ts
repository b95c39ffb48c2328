// kustomization.yaml -> what the kustomization builds from: its resources (files and directories) and the patches
// it applies. The linter merges strategic-merge patch files into the workloads they patch (src/link/kustomize.ts);
// anything it does not apply is recorded, so that no variant is built from half the transformations.

import { posix } from 'node:path';
import { isMap, isScalar } from 'yaml';
import type { YAMLMap } from 'yaml';
import type { SourceFile } from '../model/source.ts';
import type { KustomizationFile, KustomizePatch } from '../model/workload.ts';
import { parseYaml, sortProblems } from './yaml.ts';
import type { YamlReader } from './yaml.ts';

type YMap = YAMLMap<unknown, unknown>;

/**
 * Keys that change what the workloads become in ways not applied here. (`namePrefix`/`nameSuffix`, `namespace`,
 * labels and ConfigMap generators are left alone: they rename consistently, which does not change which binary a
 * container runs or where the agent is.)
 */
const UNSUPPORTED = ['components', 'patchesJson6902', 'replacements', 'vars', 'helmCharts', 'helmChartInflationGenerator', 'transformers', 'generators'];

/** A resource that is not in the repository (a Git URL, `github.com/...?ref=`, an HTTP(S) file). */
function isRemote(ref: string): boolean {
  return ref.includes('://') || ref.includes('?ref=') || ref.startsWith('github.com/') || ref.startsWith('git@');
}

export function parseKustomization(file: SourceFile): KustomizationFile {
  const parsed = parseYaml(file, { helm: false });
  const out: KustomizationFile = {
    file: file.path,
    resources: [],
    patches: [],
    images: [],
    commonAnnotations: [],
    unsupported: [],
    problems: parsed.problems,
    directives: parsed.directives,
  };
  const dir = posix.dirname(file.path);
  const at = (ref: string) => {
    const p = posix.normalize(posix.join(dir, ref));
    return p.length > 1 && p.endsWith('/') ? p.slice(0, -1) : p;
  };
  for (const d of parsed.docs) {
    if (!d.root || !isMap(d.root)) continue;
    const r = d.reader;
    const root = d.root as YMap;
    for (const key of ['resources', 'bases']) {
      for (const item of r.strList(r.get(root, key), { what: key })?.items ?? []) {
        if (item.unknown || item.value === '' || isRemote(item.value)) continue;
        out.resources.push({ path: at(item.value), range: item.range });
      }
    }
    for (const item of r.items(r.seq(r.get(root, 'patches')?.value, 'patches'))) {
      const m = r.map(item, 'an item of patches');
      if (!m) continue;
      out.patches.push(readPatch(r, m, r.range(item), at));
    }
    // `patchesStrategicMerge:` (deprecated): file paths, or inline patches (text with a line break).
    for (const item of r.strList(r.get(root, 'patchesStrategicMerge'), { what: 'patchesStrategicMerge' })?.items ?? []) {
      if (item.unknown) continue;
      if (item.value.includes('\n')) out.patches.push({ range: item.range, unsupported: 'an inline patch' });
      else out.patches.push({ file: at(item.value), range: item.range });
    }
    for (const item of r.items(r.seq(r.get(root, 'images')?.value, 'images'))) {
      const m = r.map(item, 'an item of images');
      const name = r.entryStr(r.get(m, 'name'), { what: 'the image name' });
      if (!m || !name || name.unknown) continue;
      const image: KustomizationFile['images'][number] = { name, range: r.range(item) };
      for (const key of ['newName', 'newTag', 'digest'] as const) {
        const v = r.entryStr(r.get(m, key), { what: `the image ${key}` });
        if (v) image[key] = v;
      }
      out.images.push(image);
    }
    // commonAnnotations go on every object and on every pod template (the Operator's annotations can come from here).
    for (const e of r.entries(r.map(r.get(root, 'commonAnnotations')?.value, 'commonAnnotations'))) {
      const value = r.entryStr(e, { what: `the annotation ${e.key}` });
      if (value) out.commonAnnotations.push({ key: r.keyScalar(e), value });
    }
    for (const key of UNSUPPORTED) {
      const e = r.get(root, key);
      if (e && e.value && !r.isNull(e.value)) out.unsupported.push({ key, range: r.range(e.keyNode) });
    }
  }
  // What was read of a broken file may be half of it: no variant is built from it.
  const broken = out.problems.find((p) => p.severity === 'error');
  if (broken) out.unsupported.push({ key: 'a syntax error', range: broken.range });
  sortProblems(out.problems);
  return out;
}

function readPatch(r: YamlReader, m: YMap, range: KustomizePatch['range'], at: (ref: string) => string): KustomizePatch {
  const path = r.entryStr(r.get(m, 'path'), { what: 'the patch path' });
  const patch: KustomizePatch = { range };
  if (path && !path.unknown) patch.file = at(path.value);
  else patch.unsupported = r.get(m, 'patch') ? 'an inline patch' : 'a patch without a path';
  const targetE = r.get(m, 'target');
  if (targetE) {
    const t = r.map(targetE.value, 'the patch target');
    const target: { kind?: string; name?: string } = {};
    for (const e of r.entries(t)) {
      const v = e.value && isScalar(e.value) ? r.str(e.value) : undefined;
      if ((e.key === 'kind' || e.key === 'name') && v && !v.unknown) {
        // kustomize reads `name` as a regular expression: only a plain name is matched here.
        if (e.key === 'name' && [...v.value].some((c) => '.*+?()[]{}|^$\\'.includes(c))) patch.unsupported ??= 'a target name pattern';
        target[e.key] = v.value;
      } else if (e.key !== 'group' && e.key !== 'version') patch.unsupported ??= `a target selected by ${e.key}`;
    }
    patch.target = target;
  }
  return patch;
}
