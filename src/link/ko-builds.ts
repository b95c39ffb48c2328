// What ko builds a main package with, from the `.ko.yaml` of the directory it runs in (agent-facts §3, §6: a binary
// stripped by `-ldflags -s` and the Go version go.mod bounds are what the agent's binary checks need).
//
// ko's rules (pkg/build/gobuild.go configForImportPath and build): the `builds:` entry whose main package has the
// import path being built, else none; its `flags`, else `defaultFlags`; its `ldflags`, else `defaultLdflags`; its
// `env`, else `defaultEnv`. skaffold gives ko a build configuration of its own when the artifact sets `dir`, `main`,
// `env`, `flags` or `ldflags` (then `.ko.yaml`'s `builds:` are not read, its defaults still are), and runs ko in the
// artifact's context joined with `dir`. `ko resolve` of a `ko://` reference runs where the user runs it: taken here as
// the working directory. `KO_CONFIG_PATH`, which names another file, is not known.

import { posix } from 'node:path';
import type { Evidence, RepoView } from '../model/source.ts';
import type { ImageBuildSpec, KoBuildEntry, KoConfig, KoFlagList } from '../model/workload.ts';
import { buildPath } from '../parsers/build-context.ts';
import { parseGoMod } from '../parsers/gomod.ts';
import { KO_CONFIG_NAMES } from '../parsers/ko-config.ts';
import { repoGoMod } from '../infer/image.ts';

type KoSpec = NonNullable<ImageBuildSpec['ko']>;

export class KoBuilds {
  private readonly byDir = new Map<string, KoConfig>();

  constructor(
    configs: readonly KoConfig[],
    private readonly repo: RepoView,
  ) {
    // viper's order of extensions: `.ko.yaml` before `.ko.yml`.
    const rank = (c: KoConfig) => KO_CONFIG_NAMES.indexOf(posix.basename(c.file));
    for (const c of [...configs].sort((a, b) => rank(a) - rank(b))) if (!this.byDir.has(c.dir)) this.byDir.set(c.dir, c);
  }

  /** The `.ko.yaml` ko reads for this build, if the repository has one there. */
  configOf(ko: KoSpec): KoConfig | undefined {
    if (this.byDir.size === 0 || ko.ignoresKoYaml) return undefined;
    return this.byDir.get(posix.normalize(ko.workDir ?? '.'));
  }

  /**
   * The spec with what its `.ko.yaml` says applied: flags, ldflags, env and base image merged as ko merges them, the
   * entries used as evidence, a main package found from a `builds:` entry (for a `ko://` reference, whose directory
   * is otherwise not known). `ko` is the spec's ko part with its import path already looked up when it can be.
   */
  apply(ko: KoSpec): KoSpec {
    const config = this.configOf(ko);
    if (!config) return ko;
    const entry = ko.ownBuild ? undefined : config.builds.find((b) => this.matches(config, b, ko));
    const label = entry ? `${config.file}'s build ${entry.id !== undefined ? `"${entry.id}"` : `for ${entry.main}`}` : config.file;
    const out: KoSpec = { ...ko };
    const evidence: Evidence[] = [];

    // The lists in effect; the evidence names those that bear on the agent: -ldflags (-s), -buildmode=pie, GOTOOLCHAIN.
    const pick = (own: string[] | undefined, key: 'ldflags' | 'flags' | 'env', fallback: KoFlagList | undefined, what: string, relevant: (l: KoFlagList) => boolean) => {
      if (own && own.length > 0) return undefined;
      const fromEntry = entry?.[key];
      const list = fromEntry ?? fallback;
      if (!list) return undefined;
      const whose = fromEntry ? `${list.key} of ${label}` : `${list.key} of ${config.file}${entry ? `, as ${label} sets no ${key}` : ''}`;
      const ev = { range: list.range, message: `ko builds ${packageLabel(ko)} with ${what} "${list.items.join(' ')}" (${whose})` };
      if (relevant(list)) evidence.push(ev);
      return { list, ev };
    };

    const cfg: NonNullable<KoSpec['config']> = { evidence };
    const ldflags = pick(ko.ldflags, 'ldflags', config.defaultLdflags, '-ldflags', () => true);
    if (ldflags) {
      out.ldflags = ldflags.list.words;
      if (ldflags.list.words.includes('-s')) {
        const whose = entry?.ldflags ? `the ldflags of ${label}` : `${ldflags.list.key} in ${config.file}`;
        cfg.strip = { how: `-s in ${whose}`, fix: `drop -s from ${whose}`, evidence: ldflags.ev };
      }
    }
    const flags = pick(ko.flags, 'flags', config.defaultFlags, 'flags', (l) => l.words.includes('-buildmode=pie'));
    if (flags) out.flags = flags.list.words;
    const setsToolchain = (l: KoFlagList) => l.items.some((e) => e.startsWith('GOTOOLCHAIN='));
    const env = pick(ko.env, 'env', config.defaultEnv, 'the environment', setsToolchain);
    if (env) {
      out.env = env.list.items;
      if (setsToolchain(env.list)) cfg.env = env.ev;
    }

    // The base image holds nothing the target depends on; kept for messages (ko's resolver: an override first).
    const override = ko.importPath !== undefined ? config.baseImageOverrides.get(ko.importPath) : undefined;
    if (override) out.baseImage = override.value;
    else if (ko.baseImage === undefined && config.defaultBaseImage) out.baseImage = config.defaultBaseImage.value;

    // A ko:// reference names no directory: the entry that matched its import path does.
    if (entry && ko.packageDir === '.' && ko.importPath !== undefined) out.packageDir = this.entryDir(config, entry);
    if (evidence.length > 0) out.config = cfg;
    return out;
  }

  /** The main package's directory an entry names: `main` under `dir`, a file's directory for a `.go` file. */
  private entryDir(config: KoConfig, entry: KoBuildEntry): string {
    const baseDir = buildPath(config.dir, entry.dir);
    const main = this.repo.stat(buildPath(baseDir, entry.main)) === 'file' ? posix.dirname(entry.main) : entry.main;
    return buildPath(baseDir, main);
  }

  /** Does the entry name the package being built (by import path when both are known, else by directory)? */
  private matches(config: KoConfig, entry: KoBuildEntry, ko: KoSpec): boolean {
    const dir = this.entryDir(config, entry);
    if (ko.importPath === undefined) return dir === posix.normalize(ko.packageDir);
    return packageImportPath(this.repo, dir)?.importPath === ko.importPath;
  }
}

/** Is `importPath` a package of the module `module` (the module itself or below it)? */
export function inModule(importPath: string, module: string): boolean {
  return importPath === module || importPath.startsWith(`${module}/`);
}

/** The import path of the package in `dir`: the module path of the go.mod at or above it, joined with the rest. */
export function packageImportPath(repo: RepoView, dir: string): { importPath: string; goMod: string } | undefined {
  const found = repoGoMod(repo, dir);
  const module = found ? parseGoMod(found.file.text).module : undefined;
  if (!found || !module) return undefined;
  const rel = found.dir === dir ? '' : posix.relative(found.dir, dir);
  return { importPath: rel === '' ? module : `${module}/${rel}`, goMod: found.file.path };
}

function packageLabel(ko: KoSpec): string {
  return ko.importPath ?? (ko.packageDir === '.' ? './' : ko.packageDir);
}
