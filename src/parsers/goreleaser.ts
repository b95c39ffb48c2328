// A GoReleaser configuration (`.goreleaser.yaml` and the other names GoReleaser looks for) -> the images it builds.
//
// GoReleaser compiles the Go binaries itself (`builds:`), then runs `docker build` on a Dockerfile whose build context
// is a temporary directory holding the binaries, the files of `extra_files` (at their paths from the project root)
// and the Dockerfile. So a Dockerfile that says `COPY api /usr/bin/` copies a binary the repository does not hold,
// built with the flags of its `builds:` entry: GoReleaser's default `-ldflags` start with `-s -w` (a stripped binary,
// agent-facts §3), and an `upx:` entry packs it before the image is built. Facts from GoReleaser's source (v2.17):
//
// - `dockers:` (deprecated since v2.12, still run): one image per entry, for `goos`/`goarch` (linux/amd64 by
//   default); the binaries of the builds named in `ids` (all builds when empty) that target that platform are at the
//   root of the context, named by `binary` (default `{{ .ProjectName }}`). Only `build_flag_templates` reach
//   `docker build` (`--build-arg`, `--target`, `--platform`).
// - `dockers_v2:` (since v2.12): one multi-platform build per entry (`platforms`, default linux/amd64 and
//   linux/arm64); each binary is at `<os>/<arch>[/<variant>]/<binary>`, which a Dockerfile reaches with
//   `COPY $TARGETPLATFORM/<binary>`. `images` x `tags`, `build_args`, `flags`.
// - The project name: `project_name`, else `release.github.name` (gitlab, gitea), else what GoReleaser guesses from
//   the repository (go.mod's module, the git remote: src/link/goreleaser-project.ts, passed in); without that, not
//   known here, and neither is a binary named after it.
// - `main: ./...` (v2.15) names each binary after its package: not known here.
//
// Templates: `.ProjectName`, `.Os`, `.Arch` and `.Env.NAME` (from the top-level `env:` list) are known; any other
// action in an image name becomes a wildcard (`imageGlob`), elsewhere it makes the value unknown. Paths are relative
// to the project root: the configuration's directory (the parent of `.config/` or `.github/`).

import { posix } from 'node:path';
import { isMap, isScalar } from 'yaml';
import type { ParsedNode, YAMLMap } from 'yaml';
import type { Evidence, ParseProblem, Range, SourceFile } from '../model/source.ts';
import type { ImageBuildSpec, PrebuiltBinary } from '../model/workload.ts';
import { splitBlanks } from './blanks.ts';
import { buildPath } from './build-context.ts';
import { renderAction, templateParts, type FieldLookup } from './go-template.ts';
import { koExe, splitImageRef } from './image-ref.ts';
import { parseYaml, sortProblems } from './yaml.ts';
import type { MapEntry, YamlReader } from './yaml.ts';

type YMap = YAMLMap<unknown, unknown>;

/** GoReleaser's default `-ldflags` for a Go build that sets none (internal/builders/golang/build.go). */
export const GORELEASER_DEFAULT_LDFLAGS = '-s -w -X main.version={{.Version}} -X main.commit={{.Commit}} -X main.date={{.Date}} -X main.builtBy=goreleaser';

const DEFAULT_GOOS = ['linux', 'darwin', 'windows'];
const DEFAULT_GOARCH = ['amd64', 'arm64', '386'];
const DEFAULT_V2_PLATFORMS = ['linux/amd64', 'linux/arm64'];

/** A value as far as it is known: text, or undefined (with why) when a template action in it is not. */
type Known = { value: string } | { unknown: string };

/** What a build says of every binary it makes, whatever the platform: a PrebuiltBinary less where it lands. */
type BinaryFacts = Omit<PrebuiltBinary, 'dir' | 'name' | 'nameUnknown' | 'upx' | 'upxEvidence'>;

interface Build {
  id: string | undefined;
  binary: (os: string, arch: string) => Known;
  targets: { os: string; arch: string }[] | 'any';
  facts: BinaryFacts;
  /** What a `kos:` entry inherits: `main`, `dir`, the `-ldflags` words (as set or defaulted), `flags`, `env`. */
  main: string;
  dir: string;
  ldflags: string[];
  flags: string[];
  env: Map<string, string>;
}

class Reader {
  readonly env = new Map<string, string>();
  projectName: string | undefined;

  constructor(
    readonly r: YamlReader,
    readonly root: string,
  ) {}

  /** The fields GoReleaser's templates know here; `os`/`arch` for a build target. */
  lookup(os?: string, arch?: string): FieldLookup {
    return (f) => {
      if (f.root === 'ProjectName' && f.path.length === 0) return this.projectName !== undefined ? { value: this.projectName } : undefined;
      if (f.root === 'Os' && f.path.length === 0 && os !== undefined) return { value: os };
      if (f.root === 'Arch' && f.path.length === 0 && arch !== undefined) return { value: arch };
      if (f.root === 'Env' && f.path.length === 1) {
        const v = this.env.get(f.path[0]!);
        return v !== undefined ? { value: v } : undefined;
      }
      return undefined;
    };
  }

  /** The text of each part, undefined for an action that cannot be evaluated; undefined when not well formed. */
  private renderParts(text: string, os?: string, arch?: string): (string | undefined)[] | undefined {
    const lookup = this.lookup(os, arch);
    return templateParts(text)?.map((p) => (p.kind === 'text' ? p.text : p.pipeline ? renderAction(p.pipeline, lookup) : undefined));
  }

  /** Renders a templated value; an action it cannot evaluate makes it unknown. */
  render(text: string, os?: string, arch?: string): Known {
    const parts = this.renderParts(text, os, arch);
    if (!parts) return { unknown: `${text} is a template the linter does not evaluate` };
    if (parts.some((p) => p === undefined)) return { unknown: `${text} needs a template value not known before the release` };
    return { value: parts.join('') };
  }

  /** Renders with each action that cannot be evaluated replaced by `hole` (undefined when not well formed). */
  renderLoose(text: string, hole: string): string | undefined {
    return this.renderParts(text)?.map((p) => p ?? hole).join('');
  }

  str(m: YMap | undefined, key: string): { value: string; range: Range } | undefined {
    const s = this.r.entryStr(this.r.get(m, key), { what: key });
    return s && !s.unknown ? s : undefined;
  }

  /** A list of strings, or one string where GoReleaser takes either (`ldflags`, `goos` of a docker entry). */
  list(m: YMap | undefined, key: string): { items: string[]; range: Range } | undefined {
    const e = this.r.get(m, key);
    if (!e || !e.value || this.r.isNull(e.value)) return undefined;
    if (isMap(e.value)) return undefined;
    if (isScalar(e.value)) {
      const one = this.r.str(e.value, e.keyNode, { what: key });
      return one && !one.unknown ? { items: [one.value], range: this.r.entryRange(e) } : undefined;
    }
    const l = this.r.strList(e, { what: key });
    return l ? { items: l.items.map((i) => i.value), range: this.r.entryRange(e) } : undefined;
  }

  /**
   * An `ldflags` list as `go build` gets it (each item may hold several flags; unknown template values as blanks),
   * and the evidence that `label` links with it; undefined when the key is not set.
   */
  ldflags(m: YMap, label: string): { words: string[]; evidence: Evidence } | undefined {
    const ld = this.list(m, 'ldflags');
    if (!ld) return undefined;
    const words = splitBlanks(ld.items.map((i) => this.renderLoose(i, ' ') ?? '').join(' '), true);
    return { words, evidence: { range: ld.range, message: `${label} links with -ldflags "${splitBlanks(ld.items.join(' '), true).join(' ')}"` } };
  }

  /** `flags`, each item split at blanks (empty when not set). */
  flags(m: YMap): string[] {
    return this.list(m, 'flags')?.items.flatMap((f) => splitBlanks(f, true)) ?? [];
  }

  /** `KEY=value` items; values rendered with what is known so far. */
  envList(m: YMap | undefined, key: string): Map<string, string> {
    const out = new Map<string, string>();
    for (const item of this.list(m, key)?.items ?? []) {
      const eq = item.indexOf('=');
      if (eq <= 0) continue;
      const v = this.render(item.slice(eq + 1));
      if ('value' in v) out.set(item.slice(0, eq), v.value);
    }
    return out;
  }
}

/**
 * `projectName`: the name GoReleaser guesses when the configuration gives none (src/link/goreleaser-project.ts: go.mod's
 * module, the git remote); without it, such a name is not known.
 */
export function parseGoReleaser(file: SourceFile, opts: { projectName?: string } = {}): { specs: ImageBuildSpec[]; problems: ParseProblem[] } {
  const parsed = parseYaml(file, { helm: false });
  const specs: ImageBuildSpec[] = [];
  let root = posix.dirname(file.path);
  // A configuration in `.config/` or `.github/` (pomerium's `.github/goreleaser.yaml`) is run from the directory above.
  if (posix.basename(root) === '.config' || posix.basename(root) === '.github') root = posix.dirname(root);
  const d = parsed.docs[0];
  if (d?.root && isMap(d.root)) {
    try {
      read(new Reader(d.reader, root), d.root as YMap, specs, opts.projectName);
    } catch (e) {
      d.reader.problem(d.root, `This GoReleaser configuration could not be read: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { specs, problems: sortProblems(parsed.problems) };
}

function read(x: Reader, top: YMap, out: ImageBuildSpec[], guessedName: string | undefined): void {
  const r = x.r;
  x.projectName = x.str(top, 'project_name')?.value;
  const written = x.projectName !== undefined;
  if (x.projectName === undefined || x.projectName.includes('{{')) {
    x.projectName = undefined;
    const release = r.map(r.get(top, 'release')?.value, 'release');
    for (const scm of ['github', 'gitlab', 'gitea']) {
      const name = x.str(r.map(r.get(release, scm)?.value, scm), 'name')?.value;
      if (name && !name.includes('{{')) {
        x.projectName = name;
        break;
      }
    }
    // GoReleaser guesses only when no project_name is written.
    if (!written) x.projectName ??= guessedName;
  }
  for (const [k, v] of x.envList(top, 'env')) x.env.set(k, v);

  const builds = readBuilds(x, top);
  readKos(x, top, builds, out);
  const upx = readUpx(x, top);
  const prebuilt = (b: Build, dir: string, os: string, arch: string): PrebuiltBinary => {
    const name = b.binary(os, arch);
    const p: PrebuiltBinary = { ...b.facts, dir, upx: false };
    if ('value' in name) p.name = name.value;
    else p.nameUnknown = name.unknown;
    const packer = upx.find((u) => (u.ids.length === 0 || (b.id !== undefined && u.ids.includes(b.id))) && (!u.goos || u.goos.includes(os)) && (!u.goarch || u.goarch.includes(arch)));
    if (packer) {
      p.upx = true;
      p.upxEvidence = packer.evidence;
    }
    return p;
  };
  const targets = (b: Build, os: string, arch: string): boolean => b.targets === 'any' || b.targets.some((t) => t.os === os && t.arch === arch);
  const selected = (ids: string[] | undefined): Build[] => (ids && ids.length > 0 ? builds.filter((b) => b.id !== undefined && ids.includes(b.id)) : builds);

  // dockers: one platform per entry, the binaries at the context's root.
  for (const item of r.items(r.seq(r.get(top, 'dockers')?.value, 'dockers'))) {
    const m = r.map(item, 'a dockers entry');
    if (!m) continue;
    const os = x.str(m, 'goos')?.value ?? 'linux';
    const arch = x.str(m, 'goarch')?.value ?? 'amd64';
    const spec = dockerSpec(x, m, item);
    if (!spec) continue;
    const flags = x.list(m, 'build_flag_templates')?.items ?? [];
    applyDockerFlags(x, spec, flags);
    spec.prebuilt = selected(x.list(m, 'ids')?.items)
      .filter((b) => targets(b, os, arch))
      .map((b) => prebuilt(b, '', os, arch));
    for (const t of x.list(m, 'image_templates')?.items ?? []) pushImage(x, out, spec, t);
  }

  // dockers_v2: one build for all platforms, each binary under <os>/<arch>[/<variant>].
  for (const item of r.items(r.seq(r.get(top, 'dockers_v2')?.value, 'dockers_v2'))) {
    const m = r.map(item, 'a dockers_v2 entry');
    if (!m) continue;
    const spec = dockerSpec(x, m, item);
    if (!spec) continue;
    const platforms = (x.list(m, 'platforms')?.items ?? DEFAULT_V2_PLATFORMS).map((p) => x.render(p)).flatMap((p) => ('value' in p ? [p.value] : []));
    const buildsOf = selected(x.list(m, 'ids')?.items);
    spec.prebuilt = [];
    for (const platform of platforms) {
      const [os = '', arch = ''] = platform.split('/');
      for (const b of buildsOf) if (targets(b, os, arch)) spec.prebuilt.push(prebuilt(b, platform, os, arch));
    }
    // buildx builds every platform; the first is the one the linter follows (TARGETPLATFORM and friends).
    const first = platforms[0];
    if (first) setPlatform(spec, first);
    const argsE = r.get(m, 'build_args');
    for (const a of r.entries(argsE ? r.map(argsE.value, 'build_args') : undefined)) {
      const v = a.value && !r.isNull(a.value) ? r.str(a.value as ParsedNode, a.keyNode, { what: `build arg ${a.key}` }) : undefined;
      const rendered = v && !v.unknown ? x.render(v.value) : undefined;
      if (rendered && 'value' in rendered && rendered.value !== '') spec.args.set(a.key, rendered.value);
    }
    applyDockerFlags(x, spec, x.list(m, 'flags')?.items ?? []);
    for (const image of x.list(m, 'images')?.items ?? []) pushImage(x, out, spec, image);
  }
}

/**
 * `kos:` entries: GoReleaser builds the image with ko (as a library, with its own build configuration: `.ko.yaml` is
 * not read). An entry takes `main`, `working_dir`, `ldflags`, `flags` and `env` from the build it names (`build`,
 * default its `id`, default the project name) when it sets none (internal/pipe/ko/ko.go), after the builds' own
 * defaults: a build that sets no ldflags gives the image GoReleaser's `-s -w`. The image is named by ko's namer from
 * `repositories` (or `$KO_DOCKER_REPO`): `bare` the repository itself, `base_import_paths` the repository joined with
 * the last element of the import path; the other namers need the full import path (go.mod's module), not read here.
 */
function readKos(x: Reader, top: YMap, builds: Build[], out: ImageBuildSpec[]): void {
  const r = x.r;
  for (const item of r.items(r.seq(r.get(top, 'kos')?.value, 'kos'))) {
    const m = r.map(item, 'a kos entry');
    if (!m || x.str(m, 'disable')?.value === 'true') continue;
    const id = x.str(m, 'id')?.value ?? x.projectName;
    const buildId = x.str(m, 'build')?.value ?? id;
    const build = builds.find((b) => b.id !== undefined && b.id === buildId);
    if (!build) continue;
    const main = x.str(m, 'main')?.value.trim() || build.main;
    if (main.includes('...')) continue;
    const workDir = buildPath(x.root, x.str(m, 'working_dir')?.value || build.dir);
    const mainDir = posix.normalize(main.endsWith('.go') ? posix.dirname(main) : main);
    const label = `GoReleaser kos entry${id !== undefined ? ` "${id}"` : ''}`;

    // The image name: the namer's, from each repository (KO_DOCKER_REPO in the environment replaces them).
    const fromEnv = x.env.get('KO_DOCKER_REPO');
    const single = x.str(m, 'repository')?.value;
    const repos = fromEnv !== undefined ? [fromEnv] : [...(x.list(m, 'repositories')?.items ?? []), ...(single !== undefined ? [single] : [])];
    const bare = x.str(m, 'bare')?.value === 'true';
    const base = x.str(m, 'base_import_paths')?.value === 'true' && x.str(m, 'preserve_import_paths')?.value !== 'true';
    if (!bare && !base) continue;
    // The last element of the import path is the package directory's, unless main is the module root (go.mod's).
    if (base && mainDir === '.') continue;

    const ko: NonNullable<ImageBuildSpec['ko']> = { packageDir: buildPath(workDir, mainDir), workDir, ownBuild: true, ignoresKoYaml: true };
    if (mainDir !== '.') ko.exe = koExe(mainDir);
    const ld = x.ldflags(m, label);
    const evidence: Evidence[] = [];
    if (ld) {
      ko.ldflags = ld.words;
      evidence.push(ld.evidence);
    } else {
      ko.ldflags = build.ldflags;
      evidence.push({ range: build.facts.evidence.range, message: `${build.facts.evidence.message}, and ${label} takes them (it sets no ldflags)` });
    }
    const config: NonNullable<typeof ko.config> = { evidence };
    if (!ld && build.facts.strip && ko.ldflags.includes('-s')) config.strip = { ...build.facts.strip, evidence: evidence[0]! };
    ko.config = config;
    const flags = x.flags(m);
    ko.flags = flags.length > 0 ? flags : build.flags;
    const env = x.envList(m, 'env');
    const envOf = env.size > 0 ? env : build.env;
    if (envOf.size > 0) ko.env = [...envOf].map(([k, v]) => `${k}=${v}`);
    const baseImage = x.str(m, 'base_image')?.value;
    ko.baseImage = baseImage && !baseImage.includes('{{') ? baseImage : 'cgr.dev/chainguard/static';

    const spec: ImageBuildSpec = { image: '', dockerfile: '', context: workDir, args: new Map(), source: { kind: 'goreleaser', range: r.range(item) }, ko };
    for (const repo of repos) pushImage(x, out, spec, bare ? repo : posix.join(repo, posix.basename(mainDir)));
  }
}

/** The Dockerfile and context of a docker entry (undefined when its Dockerfile's path is not known). */
function dockerSpec(x: Reader, m: YMap, item: ParsedNode): ImageBuildSpec | undefined {
  const df = x.str(m, 'dockerfile');
  const path = df ? x.render(df.value) : { value: 'Dockerfile' };
  if (!('value' in path) || path.value === '') return undefined;
  return { image: '', dockerfile: buildPath(x.root, path.value), context: x.root, args: new Map(), source: { kind: 'goreleaser', range: x.r.range(item) } };
}

/** `--build-arg K=V`, `--target X`, `--platform P` among the flags GoReleaser passes to `docker build`. */
function applyDockerFlags(x: Reader, spec: ImageBuildSpec, flags: string[]): void {
  for (let i = 0; i < flags.length; i++) {
    const raw = flags[i]!.trim();
    const eq = raw.indexOf('=');
    const name = eq >= 0 ? raw.slice(0, eq) : raw;
    if (name !== '--build-arg' && name !== '--target' && name !== '--platform') continue;
    const next = eq >= 0 ? raw.slice(eq + 1) : flags[++i];
    if (next === undefined) break;
    const v = x.render(next.trim());
    if (!('value' in v)) continue;
    if (name === '--target') spec.target = v.value;
    else if (name === '--platform') setPlatform(spec, v.value.split(',')[0]!);
    else {
      const k = v.value.indexOf('=');
      if (k > 0) spec.args.set(v.value.slice(0, k), v.value.slice(k + 1));
    }
  }
}

/** BuildKit's automatic platform arguments for a build of `platform` (`linux/arm/v7`). */
function setPlatform(spec: ImageBuildSpec, platform: string): void {
  const [os, arch, variant] = platform.split('/');
  if (!os || !arch) return;
  spec.args.set('TARGETPLATFORM', platform);
  spec.args.set('TARGETOS', os);
  spec.args.set('TARGETARCH', arch);
  if (variant) spec.args.set('TARGETVARIANT', variant);
}

/**
 * One spec per image name: the name as far as its template is known, an unknown action a wildcard. A name whose last
 * path element is nothing but wildcards (`acme/{{ .ProjectName }}` with the project name unknown) could be anything:
 * it links no image.
 */
function pushImage(x: Reader, out: ImageBuildSpec[], spec: ImageBuildSpec, template: string): void {
  const HOLE = '\u0000';
  const text = x.renderLoose(template.trim(), HOLE);
  if (text === undefined || text === '') return;
  // The tag is whatever follows the last `:` after the last `/`; wildcards there are only the tag's.
  const name = splitImageRef(text).name;
  const last = name.slice(name.lastIndexOf('/') + 1);
  if (name === '' || [...last].every((c) => c === HOLE)) return;
  const s: ImageBuildSpec = { ...spec, image: name.includes(HOLE) ? template.trim() : name, args: new Map(spec.args) };
  if (name.includes(HOLE)) s.imageGlob = name.toLowerCase().split(HOLE).join('*');
  // `{{ .Tag }}-arm64v8`: the tag's literal parts say which tags this build makes.
  const tag = splitImageRef(text).tag;
  if (tag !== undefined && tag !== '' && [...tag].some((c) => c !== HOLE)) s.tagGlob = tag.split(HOLE).join('*');
  out.push(s);
}

function readBuilds(x: Reader, top: YMap): Build[] {
  const r = x.r;
  const out: Build[] = [];
  const e = r.get(top, 'builds');
  const items = e ? r.items(r.seq(e.value, 'builds')) : [];
  for (const item of items) {
    const m = r.map(item, 'a build');
    if (!m) continue;
    const b = readBuild(x, m, item);
    if (b) out.push(b);
  }
  return out;
}

function readBuild(x: Reader, m: YMap, item: ParsedNode): Build | undefined {
  const r = x.r;
  const builder = x.str(m, 'builder')?.value ?? 'go';
  if (builder !== 'go') return undefined;
  const skip = x.str(m, 'skip')?.value;
  if (skip === 'true') return undefined;
  const idE = x.str(m, 'id');
  const id = idE ? x.render(idE.value) : x.projectName !== undefined ? { value: x.projectName } : { unknown: 'no id' };
  const mainE = x.str(m, 'main');
  const main = mainE?.value.trim() || '.';
  const dir = x.str(m, 'dir')?.value ?? '.';
  const pkgPath = main.endsWith('.go') ? posix.dirname(main) : main;
  const packageDir = buildPath(buildPath(x.root, dir), pkgPath);
  const label = `GoReleaser build${'value' in id ? ` "${id.value}"` : ''} (${main})`;

  const binaryE = x.str(m, 'binary');
  const binary = (os: string, arch: string): Known => {
    if (main.includes('...')) return { unknown: `main: ${main} names each binary after its package` };
    if (!binaryE && x.projectName === undefined) {
      return { unknown: 'the binary is named after the project, and project_name is not set (GoReleaser then takes the name of the git remote\'s repository)' };
    }
    return x.render(binaryE?.value ?? '{{ .ProjectName }}', os, arch);
  };

  const env = x.envList(m, 'env');
  const goToolchain = env.get('GOTOOLCHAIN') ?? x.env.get('GOTOOLCHAIN');

  // -ldflags: as set (each item may hold several flags), or GoReleaser's default.
  const ldE = r.get(m, 'ldflags');
  const ld = x.ldflags(m, label);
  let words: string[];
  let evidence: Evidence;
  let strip: BinaryFacts['strip'];
  if (ld) {
    words = ld.words;
    evidence = ld.evidence;
  } else {
    words = GORELEASER_DEFAULT_LDFLAGS.split(' ');
    const at = ldE ? r.entryRange(ldE) : firstKeyRange(r, m, item);
    evidence = { range: at, message: `${label} sets no ldflags, so GoReleaser links with its default -ldflags "${GORELEASER_DEFAULT_LDFLAGS}"` };
    strip = {
      how: `GoReleaser's default -ldflags "-s -w …", as ${label} sets no ldflags`,
      fix: `give ${label} an ldflags list without -s, such as "-X main.version={{.Version}}"`,
    };
  }
  const flags = x.flags(m);

  const goos = x.list(m, 'goos')?.items ?? DEFAULT_GOOS;
  const goarch = x.list(m, 'goarch')?.items ?? DEFAULT_GOARCH;
  let targets: Build['targets'];
  if ([...goos, ...goarch].some((v) => v.includes('{{'))) targets = 'any';
  else {
    const ignore = r.items(r.seq(r.get(m, 'ignore')?.value, 'ignore')).flatMap((i) => {
      const im = r.map(i, 'an ignore entry');
      return im ? [{ os: x.str(im, 'goos')?.value, arch: x.str(im, 'goarch')?.value }] : [];
    });
    targets = goos.flatMap((os) => goarch.map((arch) => ({ os, arch }))).filter((t) => !ignore.some((i) => (i.os ?? t.os) === t.os && (i.arch ?? t.arch) === t.arch));
  }

  const facts: BinaryFacts = {
    pkg: main,
    packageDir,
    stripped: words.includes('-s'),
    noDwarf: words.includes('-w'),
    pie: flags.includes('-buildmode=pie') || x.str(m, 'buildmode')?.value === 'pie',
    evidence,
  };
  if (strip) facts.strip = strip;
  if (goToolchain !== undefined) facts.goToolchain = goToolchain;
  return { id: 'value' in id ? id.value : undefined, binary, targets, facts, main, dir, ldflags: words, flags, env };
}

/** The first key of a mapping item, with its value (where a build that sets no ldflags is pointed at). */
function firstKeyRange(r: YamlReader, m: YMap, item: ParsedNode): Range {
  const first: MapEntry | undefined = r.entries(m)[0];
  return first ? r.entryRange(first) : r.range(item);
}

function readUpx(x: Reader, top: YMap): { ids: string[]; goos?: string[]; goarch?: string[]; evidence: Evidence }[] {
  const r = x.r;
  const out: { ids: string[]; goos?: string[]; goarch?: string[]; evidence: Evidence }[] = [];
  for (const item of r.items(r.seq(r.get(top, 'upx')?.value, 'upx'))) {
    const m = r.map(item, 'an upx entry');
    if (!m) continue;
    // A template (`{{ .Env.UPX }}`) is not known to enable it.
    const enabled = x.str(m, 'enabled');
    if (enabled?.value !== 'true') continue;
    const u: { ids: string[]; goos?: string[]; goarch?: string[]; evidence: Evidence } = {
      ids: x.list(m, 'ids')?.items ?? [],
      evidence: { range: enabled.range, message: `the GoReleaser upx entry at ${r.file.path}:${r.range(item).line} packs the binary with UPX` },
    };
    const goos = x.list(m, 'goos')?.items;
    if (goos) u.goos = goos;
    const goarch = x.list(m, 'goarch')?.items;
    if (goarch) u.goarch = goarch;
    out.push(u);
  }
  return out;
}
