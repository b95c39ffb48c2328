// A ko configuration (`.ko.yaml`) -> the flags ko builds each main package with.
//
// ko reads `.ko.yaml` (or `.ko.yml`) from the directory it runs in, through viper: top-level keys are
// case-insensitive, and so are the fields of a `builds:` entry (mapstructure). Facts from ko's source
// (pkg/commands/options/build.go, pkg/build/gobuild.go, pkg/build/config.go):
//
// - `defaultBaseImage` (default cgr.dev/chainguard/static), `baseImageOverrides` (import path -> image);
// - `defaultFlags`, `defaultLdflags`, `defaultEnv`: used by a build whose entry sets no flags, ldflags, env of its own;
// - `builds:` entries: `dir` (default `.`) is where `go` runs, `main` (default `.`) the main package (or a file of it)
//   relative to `dir`; ko matches an entry to what it builds by the package's import path. `ldflags` takes a list or
//   one string, `flags` a list or one string split at blanks, `env` a list of `KEY=value`.
// - `-ldflags` is the items joined with blanks; ko adds `-trimpath` to the flags and strips nothing itself.
//
// Other keys (`defaultPlatforms`, `defaultLabels`, `ldflags` at the top level, which ko ignores) are not read here.

import { posix } from 'node:path';
import { isMap, isScalar, isSeq } from 'yaml';
import type { ParsedNode, YAMLMap } from 'yaml';
import type { ParseProblem, SourceFile } from '../model/source.ts';
import type { KoBuildEntry, KoConfig, KoFlagList } from '../model/workload.ts';
import { splitBlanks } from './blanks.ts';
import { parseYaml, sortProblems } from './yaml.ts';
import type { MapEntry, YamlReader } from './yaml.ts';

type YMap = YAMLMap<unknown, unknown>;

/** The names ko looks for in the directory it runs in, in viper's order. */
export const KO_CONFIG_NAMES = ['.ko.yaml', '.ko.yml'];

export function parseKoConfig(file: SourceFile): { config: KoConfig; problems: ParseProblem[] } {
  const parsed = parseYaml(file, { helm: false });
  const config: KoConfig = { file: file.path, dir: posix.dirname(file.path), baseImageOverrides: new Map(), builds: [] };
  const d = parsed.docs[0];
  if (d?.root && isMap(d.root)) read(d.reader, d.root as YMap, config);
  else if (d?.root && !d.reader.isNull(d.root as ParsedNode)) d.reader.problem(d.root as ParsedNode, 'ko reads a mapping here; this configuration is not one, so ko fails to load it.');
  return { config, problems: sortProblems(parsed.problems) };
}

/** The entry of `key` in any letter case (viper and mapstructure match keys case-insensitively). */
function getFold(r: YamlReader, m: YMap | undefined, key: string): MapEntry | undefined {
  const exact = r.get(m, key);
  if (exact) return exact;
  const lower = key.toLowerCase();
  return r.entries(m).find((e) => e.key.toLowerCase() === lower);
}

function str(r: YamlReader, e: MapEntry | undefined): string | undefined {
  const s = r.entryStr(e, { what: e?.key ?? 'this field' });
  return s && !s.unknown ? s.value : undefined;
}

/**
 * A list of strings, or one string where ko takes either. `splitOne`: one string is split at blanks (ko's FlagArray,
 * viper's string slices); otherwise it is one item (StringArray).
 */
function flagList(r: YamlReader, e: MapEntry | undefined, splitOne: boolean): KoFlagList | undefined {
  if (!e || !e.value || r.isNull(e.value)) return undefined;
  let items: string[];
  if (isScalar(e.value)) {
    const one = r.str(e.value, e.keyNode, { what: e.key });
    if (!one || one.unknown) return undefined;
    items = splitOne ? splitBlanks(one.value, true) : [one.value];
  } else if (isSeq(e.value)) {
    const l = r.strList(e, { what: e.key });
    if (!l || l.items.some((i) => i.unknown)) return undefined;
    items = l.items.map((i) => i.value);
  } else {
    r.problem(e.value, `ko reads a list of strings (or one string) in ${e.key}; this is a mapping, so ko fails to load the configuration.`);
    return undefined;
  }
  // An empty list is as good as none: ko then takes the default.
  if (items.length === 0) return undefined;
  return { key: e.key, items, words: items.flatMap((i) => splitBlanks(i, true)), range: r.entryRange(e) };
}

function read(r: YamlReader, top: YMap, out: KoConfig): void {
  const base = getFold(r, top, 'defaultBaseImage');
  const baseValue = str(r, base);
  if (base && baseValue) out.defaultBaseImage = { value: baseValue, range: r.valueRange(base) };
  const overrides = getFold(r, top, 'baseImageOverrides');
  for (const e of r.entries(r.map(overrides?.value, overrides?.key ?? 'baseImageOverrides'))) {
    const v = str(r, e);
    if (v) out.baseImageOverrides.set(e.key, { value: v, range: r.valueRange(e) });
  }
  const defaultFlags = flagList(r, getFold(r, top, 'defaultFlags'), true);
  if (defaultFlags) out.defaultFlags = defaultFlags;
  const defaultLdflags = flagList(r, getFold(r, top, 'defaultLdflags'), true);
  if (defaultLdflags) out.defaultLdflags = defaultLdflags;
  const defaultEnv = flagList(r, getFold(r, top, 'defaultEnv'), true);
  if (defaultEnv) out.defaultEnv = defaultEnv;

  const builds = getFold(r, top, 'builds');
  for (const item of builds ? r.items(r.seq(builds.value, 'builds')) : []) {
    const m = r.map(item, 'a build');
    if (!m) continue;
    const b: KoBuildEntry = { dir: str(r, getFold(r, m, 'dir')) || '.', main: str(r, getFold(r, m, 'main')) || '.', range: r.range(item) };
    const id = str(r, getFold(r, m, 'id'));
    if (id) b.id = id;
    const ldflags = flagList(r, getFold(r, m, 'ldflags'), false);
    if (ldflags) b.ldflags = ldflags;
    const flags = flagList(r, getFold(r, m, 'flags'), true);
    if (flags) b.flags = flags;
    const env = flagList(r, getFold(r, m, 'env'), false);
    if (env) b.env = env;
    out.builds.push(b);
  }
}
