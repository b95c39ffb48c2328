// kustomization.yaml -> what the kustomization builds from: its resources (files and directories) and the patches
// it applies (files, and inline patches read in place: strategic-merge objects or JSON 6902 operations). The linker
// applies them to the workloads they patch (src/link/kustomize.ts); anything it does not apply is recorded, so that
// no variant is built from half the transformations.

import { posix } from 'node:path';
import { isMap, isScalar, isSeq } from 'yaml';
import type { ParsedNode, YAMLMap, YAMLSeq } from 'yaml';
import { LineIndex } from '../model/source.ts';
import type { Range, SourceFile } from '../model/source.ts';
import type { ConfigMapGenerator, KustomizationFile, KustomizePatch, PatchTarget, SelectorRequirement } from '../model/workload.ts';
import { isModelledKind, parseKube } from './kube.ts';
import { literalBlockInPlace, parseYaml, sortProblems } from './yaml.ts';
import type { LiteralBlockIssue, MapEntry, YamlReader } from './yaml.ts';

type YMap = YAMLMap<unknown, unknown>;

/**
 * Keys that change what the workloads become in ways not applied here. (Labels are left alone; `namespace`,
 * `configMapGenerator`, `namePrefix` and `nameSuffix` are read below and applied.)
 */
const UNSUPPORTED = ['vars', 'helmCharts', 'helmChartInflationGenerator', 'generators'];

/** A resource that is not in the repository (a Git URL, `github.com/...?ref=`, an HTTP(S) file). */
function isRemote(ref: string): boolean {
  return ref.includes('://') || ref.includes('?ref=') || ref.startsWith('github.com/') || ref.startsWith('git@');
}

export function parseKustomization(file: SourceFile): KustomizationFile {
  const parsed = parseYaml(file, { helm: false });
  const out: KustomizationFile = {
    file: file.path,
    resources: [],
    components: [],
    component: false,
    patches: [],
    images: [],
    commonAnnotations: [],
    configMapGenerators: [],
    transformers: [],
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
    for (const item of r.strList(r.get(root, 'components'), { what: 'components' })?.items ?? []) {
      // A component changes the resources: one that cannot be read (remote, templated) leaves the variant unknown.
      if (item.unknown || item.value === '' || isRemote(item.value)) out.unsupported.push({ key: 'a component outside the repository', range: item.range });
      else out.components.push({ path: at(item.value), range: item.range });
    }
    const kind = r.entryStr(r.get(root, 'kind'), { what: 'kind' });
    if (kind?.value === 'Component') out.component = true;
    const embedded = (e: MapEntry | { value: ParsedNode }, patch: KustomizePatch, json6902: boolean) => {
      const got = inlinePatch(file, e.value);
      out.problems.push(...got.problems);
      out.directives.push(...got.directives);
      if (got.unsupported) patch.unsupported ??= got.unsupported;
      else if (got.ops) patch.ops = got.ops;
      else if (json6902) patch.unsupported ??= 'an inline patch that is not a list of JSON 6902 operations';
      else patch.objects = got.objects;
    };
    for (const item of r.items(r.seq(r.get(root, 'patches')?.value, 'patches'))) {
      const m = r.map(item, 'an item of patches');
      if (!m) continue;
      out.patches.push(readPatch(r, m, r.range(item), at, embedded, false));
    }
    // `patchesStrategicMerge:` (deprecated): file paths, or inline patches (text with a line break).
    for (const node of r.items(r.seq(r.get(root, 'patchesStrategicMerge')?.value, 'patchesStrategicMerge'))) {
      const item = r.str(node, undefined, { what: 'an item of patchesStrategicMerge' });
      if (!item || item.unknown) continue;
      if (!item.value.includes('\n')) {
        out.patches.push({ file: at(item.value), range: item.range });
        continue;
      }
      const patch: KustomizePatch = { range: item.range };
      embedded({ value: node }, patch, false);
      if (patch.ops) patch.unsupported ??= 'JSON 6902 operations under patchesStrategicMerge';
      out.patches.push(patch);
    }
    // `patchesJson6902:` (deprecated): a target and a file (or inline text) of JSON 6902 operations.
    for (const item of r.items(r.seq(r.get(root, 'patchesJson6902')?.value, 'patchesJson6902'))) {
      const m = r.map(item, 'an item of patchesJson6902');
      if (!m) continue;
      out.patches.push(readPatch(r, m, r.range(item), at, embedded, true));
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
    const ns = r.entryStr(r.get(root, 'namespace'), { what: 'namespace' });
    if (ns && !ns.unknown && ns.value !== '') out.namespace = ns;
    for (const key of ['namePrefix', 'nameSuffix'] as const) {
      const v = r.entryStr(r.get(root, key), { what: key });
      if (v && !v.unknown && v.value !== '') out[key] = v;
    }
    // Transformer configurations can make any field a name reference, annotations included.
    const configurations = r.get(root, 'configurations');
    if (configurations?.value && !r.isNull(configurations.value)) out.transformerConfigs = r.range(configurations.keyNode);
    // commonAnnotations go on every object and on every pod template (the Operator's annotations can come from here).
    for (const e of r.entries(r.map(r.get(root, 'commonAnnotations')?.value, 'commonAnnotations'))) {
      const value = r.entryStr(e, { what: `the annotation ${e.key}` });
      if (value) out.commonAnnotations.push({ key: r.keyScalar(e), value });
    }
    for (const item of r.items(r.seq(r.get(root, 'configMapGenerator')?.value, 'configMapGenerator'))) {
      const m = r.map(item, 'an item of configMapGenerator');
      if (!m) continue;
      const g = readGenerator(r, m, item, at);
      if (typeof g === 'string') out.unsupported.push({ key: g, range: r.range(item) });
      else out.configMapGenerators.push(g);
    }
    // Transformer configurations in files of the repository are judged when the build is made; inline ones, remote
    // ones and anything but a list are not read.
    const tr = r.get(root, 'transformers');
    if (tr && tr.value && !r.isNull(tr.value)) {
      const items = isSeq(tr.value) ? r.items(tr.value as YAMLSeq) : undefined;
      const files = items?.map((it) => (isScalar(it) && typeof it.value === 'string' && it.value !== '' && !isRemote(it.value) && !r.isUnknown(it) ? { path: at(it.value), range: r.range(it as ParsedNode) } : undefined));
      if (files && files.every((f) => f !== undefined)) out.transformers.push(...(files as { path: string; range: Range }[]));
      else out.unsupported.push({ key: 'transformers', range: r.range(tr.keyNode) });
    }
    const why = unsupportedReplacement(r, r.get(root, 'replacements'));
    if (why) out.unsupported.push(why);
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

function readPatch(
  r: YamlReader,
  m: YMap,
  range: KustomizePatch['range'],
  at: (ref: string) => string,
  embedded: (e: MapEntry, patch: KustomizePatch, json6902: boolean) => void,
  json6902: boolean,
): KustomizePatch {
  const path = r.entryStr(r.get(m, 'path'), { what: 'the patch path' });
  const inline = r.get(m, 'patch');
  const patch: KustomizePatch = { range };
  if (json6902) patch.json6902 = true;
  if (path && !path.unknown) patch.file = at(path.value);
  else if (inline) embedded(inline, patch, json6902);
  else patch.unsupported = 'a patch without a path';
  const targetE = r.get(m, 'target');
  if (targetE) {
    const t = r.map(targetE.value, 'the patch target');
    const target: PatchTarget = {};
    for (const e of r.entries(t)) {
      const v = e.value && isScalar(e.value) ? r.str(e.value) : undefined;
      if (!v || v.unknown) {
        if (e.key !== 'group' && e.key !== 'version') patch.unsupported ??= `a target selected by ${e.key}`;
        continue;
      }
      if (e.key === 'kind' || e.key === 'name' || e.key === 'namespace') {
        // kustomize reads these as regular expressions matching the whole value (src/link/kustomize.ts).
        target[e.key] = v.value;
      } else if (e.key === 'labelSelector' || e.key === 'annotationSelector') {
        const sel = parseSelector(v.value);
        if (sel) target[e.key] = sel;
        else patch.unsupported ??= `a ${e.key} the linter cannot read`;
      } else if (e.key !== 'group' && e.key !== 'version') patch.unsupported ??= `a target selected by ${e.key}`;
    }
    patch.target = target;
  }
  // kustomize needs a target to know what JSON 6902 operations apply to.
  if ((patch.ops || json6902) && !patch.target) patch.unsupported ??= 'JSON 6902 operations without a target';
  return patch;
}

/** A configMapGenerator entry, or why it cannot be followed. */
function readGenerator(r: YamlReader, m: YMap, item: ParsedNode, at: (ref: string) => string): ConfigMapGenerator | string {
  const name = r.entryStr(r.get(m, 'name'), { what: 'the generated ConfigMap name' });
  if (!name || name.unknown) return 'a configMapGenerator without a name';
  const behavior = r.entryStr(r.get(m, 'behavior'), { what: 'behavior' })?.value ?? 'create';
  if (behavior !== 'create' && behavior !== 'merge' && behavior !== 'replace') return `a configMapGenerator behavior "${behavior}"`;
  const g: ConfigMapGenerator = { name, behavior, envs: [], literals: [], fileKeys: [], range: r.range(item) };
  const env = r.entryStr(r.get(m, 'env'), { what: 'env' });
  const envs = [...(env ? [env] : []), ...(r.strList(r.get(m, 'envs'), { what: 'envs' })?.items ?? [])];
  for (const e of envs) {
    if (e.unknown) return 'a configMapGenerator env file that is not known';
    g.envs.push({ path: at(e.value), range: e.range });
  }
  for (const node of r.items(r.seq(r.get(m, 'literals')?.value, 'literals'))) {
    const s = r.str(node, undefined, { what: 'a literal' });
    if (!s) continue;
    if (s.unknown) return 'a configMapGenerator literal that is not known';
    const eq = s.value.indexOf('=');
    if (eq <= 0) {
      r.problem(node, `"${s.value}" is not a KEY=value literal: kustomize fails on it`, 'error');
      continue;
    }
    // kustomize removes one pair of matching quotes around the value.
    const raw = s.value.slice(eq + 1);
    const quoted = raw.length >= 2 && raw[0] === raw[raw.length - 1] && (raw[0] === '"' || raw[0] === "'");
    const key = r.subScalar(s, node, 0, eq);
    const value = r.subScalar(s, node, eq + 1 + (quoted ? 1 : 0), s.value.length - (quoted ? 1 : 0));
    // A fix writes the new value into the literal as it is: only where the value maps onto the text, unquoted.
    value.via = { evidence: [], edit: value.range === s.range || quoted ? 'none' : 'raw' };
    g.literals.push({ key, value });
  }
  for (const f of r.strList(r.get(m, 'files'), { what: 'files' })?.items ?? []) {
    if (f.unknown) return 'a configMapGenerator file that is not known';
    const eq = f.value.indexOf('=');
    const key = eq > 0 ? f.value.slice(0, eq) : posix.basename(f.value);
    g.fileKeys.push({ value: key, range: f.range });
  }
  return g;
}

interface InlinePatch {
  objects?: KustomizePatch['objects'];
  ops?: KustomizePatch['ops'];
  unsupported?: string;
  problems: KustomizationFile['problems'];
  directives: KustomizationFile['directives'];
}

/**
 * An inline patch (`patch: |`): the text of the literal block scalar parsed as YAML in place. Everything of the
 * file but the scalar's content lines is blanked (line breaks kept), so the patch parses at its own indentation and
 * every range it gives is the kustomization file's own. Other scalar styles (folded, quoted, an explicit
 * indentation) do not map onto the file line for line: they are not applied.
 */
function inlinePatch(file: SourceFile, node: ParsedNode | null): InlinePatch {
  const none = (unsupported: string): InlinePatch => ({ unsupported, problems: [], directives: [] });
  if (!node || !isScalar(node) || node.type !== 'BLOCK_LITERAL' || typeof node.value !== 'string') {
    return none('an inline patch that is not a literal block (`patch: |`)');
  }
  const inPlace = literalBlockInPlace(file.text, node.range[0], node.range[1], node.value);
  if ('unsupported' in inPlace) return none(INLINE_UNSUPPORTED[inPlace.unsupported]);
  const masked = inPlace.text;
  const kube = parseKube({ ...file, text: masked, lines: new LineIndex(masked) }, { helm: false });
  const got: InlinePatch = { problems: kube.problems, directives: kube.directives };
  if (kube.syntaxErrors) got.unsupported = 'an inline patch with a syntax error';
  else if (kube.patchOps) got.ops = kube.patchOps;
  else if (kube.objects.length > 0) got.objects = kube.objects;
  else got.unsupported = 'an inline patch without apiVersion and kind';
  return got;
}

const INLINE_UNSUPPORTED: Record<LiteralBlockIssue, string> = {
  'not-literal': 'an inline patch that is not a literal block (`patch: |`)',
  empty: 'an empty inline patch',
  'explicit-indentation': 'an inline patch with an explicit indentation',
  'several-documents': 'an inline patch with several YAML documents',
  unmappable: 'an inline patch the linter cannot map onto the file',
};

/**
 * A Kubernetes label selector string (`app=api,tier!=db`, `env in (prod, staging)`, `env notin (dev)`, `canary`,
 * `!canary`), or undefined when it is not one.
 */
export function parseSelector(text: string): SelectorRequirement[] | undefined {
  // Split on the commas that are not inside a value list.
  const terms: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth--;
    if ((c === ',' && depth === 0) || i === text.length) {
      terms.push(text.slice(from, i).trim());
      from = i + 1;
    }
    if (depth < 0) return undefined;
  }
  const out: SelectorRequirement[] = [];
  for (const term of terms) {
    if (term === '') {
      if (terms.length === 1) return [];
      return undefined;
    }
    // `key in (a, b)` / `key notin (a)`: a key, a word, then a parenthesised list.
    const open = term.indexOf('(');
    if (open > 0 && term.endsWith(')')) {
      const [key, op, ...rest] = term.slice(0, open).trim().split(' ').filter((x) => x !== '');
      if (!key || (op !== 'in' && op !== 'notin') || rest.length > 0) return undefined;
      out.push({ key, op, values: term.slice(open + 1, -1).split(',').map((v) => v.trim()) });
      continue;
    }
    const neq = term.indexOf('!=');
    const eq = term.indexOf('=');
    if (neq > 0) out.push({ key: term.slice(0, neq).trim(), op: '!=', values: [term.slice(neq + 2).trim()] });
    else if (eq > 0) out.push({ key: term.slice(0, eq).trim(), op: '=', values: [term.slice(term[eq + 1] === '=' ? eq + 2 : eq + 1).trim()] });
    else if (term.startsWith('!')) out.push({ key: term.slice(1).trim(), op: '!exists', values: [] });
    else if (!term.includes(' ') && !term.includes('\t')) out.push({ key: term, op: 'exists', values: [] });
    else return undefined;
  }
  return out;
}

/**
 * `replacements:` copy a field of one object into fields of others. They are not applied; they change nothing the
 * target depends on when every target selects, by kind, objects the model does not read (kubebuilder's cert-manager
 * replacements into webhook configurations, CRDs and Certificates). Kustomize compares a selected kind exactly, and
 * a target without one selects every kind. A replacement read from a file (`path:`, no `targets:`) is not followed. Returns why the
 * kustomization cannot be built, or undefined.
 */
function unsupportedReplacement(r: YamlReader, e: MapEntry | undefined): { key: string; range: Range } | undefined {
  if (!e || !e.value || r.isNull(e.value)) return undefined;
  const whole = { key: 'replacements', range: r.range(e.keyNode) };
  const seq = r.deref(e.value);
  if (!seq || !isSeq(seq)) return whole;
  for (const item of r.items(seq as YAMLSeq<unknown>)) {
    const m = isMap(item) ? (item as YMap) : undefined;
    const targets = r.deref(r.get(m, 'targets')?.value);
    if (!m || !targets || !isSeq(targets)) return { key: 'replacements', range: r.range(item) };
    for (const t of r.items(targets as YAMLSeq<unknown>)) {
      const kind = r.path(t, 'select', 'kind');
      const k = kind ? r.str(kind.value) : undefined;
      if (!k || k.unknown || k.value === '' || isModelledKind(k.value)) return { key: `replacements into ${k?.value || 'every kind'}`, range: r.range(t) };
    }
  }
  return undefined;
}
