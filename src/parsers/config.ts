// `.otel-target-lint.yaml` -> LintConfig.
//
//   rules:
//     target-exe-mismatch: error      # error | warning | info | off
//   ignore:
//     - "charts/legacy/**"
//   images:
//     - image: registry.example.com/team/api     # tag optional; the linker ignores tag/digest when matching
//       dockerfile: services/api/Dockerfile
//       context: services/api                    # default: the Dockerfile's directory
//       target: runtime
//       args: { GO_VERSION: "1.23" }
//
// Paths are relative to the config file's directory and are returned relative to the working directory. Unknown
// keys and bad values are 'partial' problems at their exact range; the rest of the file is still used. Rule ids
// are not checked here (the engine knows the rules).

import { posix } from 'node:path';
import { isMap } from 'yaml';
import type { ParsedNode, YAMLMap } from 'yaml';
import type { SourceFile } from '../model/source.ts';
import type { ImageBuildSpec, LintConfig } from '../model/workload.ts';
import { parseYaml, sortProblems } from './yaml.ts';
import type { MapEntry, YamlReader } from './yaml.ts';

type YMap = YAMLMap<unknown, unknown>;
type RuleSetting = 'error' | 'warning' | 'info' | 'off';

const SEVERITIES: ReadonlySet<string> = new Set(['error', 'warning', 'info', 'off']);
const TOP_KEYS = ['rules', 'ignore', 'images'];
const IMAGE_KEYS = ['image', 'dockerfile', 'context', 'target', 'args'];

/** The configuration used when there is no config file. Treat as read-only; `defaultConfig()` gives a fresh copy. */
export const DEFAULT_CONFIG: LintConfig = { rules: new Map(), ignore: [], images: [], problems: [] };

export function defaultConfig(): LintConfig {
  return { rules: new Map(), ignore: [], images: [], problems: [] };
}

/** A path written in the config (relative to `dir`, the config file's directory) made relative to cwd. */
function resolvePath(dir: string, p: string): string {
  if (posix.isAbsolute(p)) return posix.normalize(p);
  const out = posix.normalize(posix.join(dir, p));
  return out.length > 1 && out.endsWith('/') ? out.slice(0, -1) : out;
}

/** An ignore glob relative to `dir`, made relative to cwd (`!` negation kept; a leading `/` anchors to `dir`). */
function resolveGlob(dir: string, g: string): string {
  let neg = '';
  let pat = g;
  if (pat.startsWith('!')) {
    neg = '!';
    pat = pat.slice(1);
  }
  while (pat.startsWith('/')) pat = pat.slice(1);
  while (pat.startsWith('./')) pat = pat.slice(2);
  if (dir === '.' || dir === '') return neg + pat;
  return `${neg}${dir}/${pat}`;
}

function unknownKeys(r: YamlReader, map: YMap | undefined, allowed: string[], where: string): void {
  for (const e of r.entries(map)) {
    if (!allowed.includes(e.key)) {
      r.problem(e.keyNode, `Unknown key \`${e.key}\` in ${where} (expected one of: ${allowed.join(', ')})`);
    }
  }
}

export function parseConfig(file: SourceFile): LintConfig {
  const parsed = parseYaml(file, { helm: false });
  const cfg: LintConfig = { file: file.path, rules: new Map(), ignore: [], images: [], problems: parsed.problems };
  const dir = posix.dirname(file.path);
  const docs = parsed.docs.filter((d) => d.root !== null && !(d.reader.isNull(d.root)));
  if (docs.length > 1) {
    docs[1]!.reader.problem(docs[1]!.root!, 'The config file has more than one YAML document; only the first is read');
  }
  const d = docs[0];
  if (!d) return cfg;
  const r = d.reader;
  if (!isMap(d.root)) {
    r.problem(d.root!, `The config file must be a mapping (with rules, ignore, images), found ${r.describe(d.root)}`);
    return cfg;
  }
  const root = d.root as YMap;
  unknownKeys(r, root, TOP_KEYS, 'the config file');
  try {
    readRules(r, r.get(root, 'rules'), cfg);
    readIgnore(r, r.get(root, 'ignore'), dir, cfg);
    readImages(r, r.get(root, 'images'), dir, cfg);
  } catch (e) {
    r.problem(root as unknown as ParsedNode, `The config file could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  sortProblems(cfg.problems);
  return cfg;
}

function readRules(r: YamlReader, e: MapEntry | undefined, cfg: LintConfig): void {
  if (!e) return;
  for (const rule of r.entries(r.map(e.value, 'rules'))) {
    if (!rule.value || r.isNull(rule.value)) {
      r.problem(rule.keyNode, `Rule \`${rule.key}\` needs a setting: error, warning, info or off`);
      continue;
    }
    const v = r.entryStr(rule, { what: `rule ${rule.key}` });
    if (!v) continue;
    if (!SEVERITIES.has(v.value)) {
      r.problem(rule.value!, `Invalid setting \`${v.value}\` for rule \`${rule.key}\`: use error, warning, info or off`);
      continue;
    }
    cfg.rules.set(rule.key, v.value as RuleSetting);
  }
}

function readIgnore(r: YamlReader, e: MapEntry | undefined, dir: string, cfg: LintConfig): void {
  if (!e || !e.value || r.isNull(e.value)) return;
  const list = r.strList(e, { what: 'ignore' });
  for (const s of list?.items ?? []) {
    if (!s.value) {
      r.problem(s.range, 'Empty ignore pattern');
      continue;
    }
    cfg.ignore.push(resolveGlob(dir, s.value));
  }
}

function readImages(r: YamlReader, e: MapEntry | undefined, dir: string, cfg: LintConfig): void {
  if (!e) return;
  for (const item of r.items(r.seq(e.value, 'images'))) {
    const m = r.map(item, 'an images entry');
    if (!m) continue;
    unknownKeys(r, m, IMAGE_KEYS, 'an images entry');
    const imageE = r.get(m, 'image');
    const dockerfileE = r.get(m, 'dockerfile');
    const image = r.entryStr(imageE, { what: 'image' });
    const dockerfile = r.entryStr(dockerfileE, { what: 'dockerfile' });
    if (!image || !image.value) {
      r.problem(imageE?.keyNode ?? item, 'An images entry needs `image:` (the image reference manifests use)');
      continue;
    }
    if (!dockerfile || !dockerfile.value) {
      r.problem(dockerfileE?.keyNode ?? item, 'An images entry needs `dockerfile:` (path relative to this config file)');
      continue;
    }
    const dockerfilePath = resolvePath(dir, dockerfile.value);
    const ctx = r.entryStr(r.get(m, 'context'), { what: 'context' });
    const spec: ImageBuildSpec = {
      image: image.value,
      dockerfile: dockerfilePath,
      context: ctx && ctx.value ? resolvePath(dir, ctx.value) : posix.dirname(dockerfilePath),
      args: new Map(),
      source: { kind: 'config', range: r.range(item) },
    };
    const target = r.entryStr(r.get(m, 'target'), { what: 'target' });
    if (target && target.value) spec.target = target.value;
    const argsE = r.get(m, 'args');
    for (const a of r.entries(argsE ? r.map(argsE.value, 'args') : undefined)) {
      if (!a.value || r.isNull(a.value)) {
        r.problem(a.keyNode, `Build arg \`${a.key}\` needs a value`);
        continue;
      }
      const v = r.entryStr(a, { what: `build arg ${a.key}` });
      if (v) spec.args.set(a.key, v.value);
    }
    cfg.images.push(spec);
  }
}
