// Linking image references in manifests to the Dockerfiles in the repository that build them.
//
// In order of trust: an explicit mapping (the config file's `images:`, skaffold artifacts, GitHub Actions
// docker/build-push-action steps, a compose service's `build:`), then two clear heuristics: the image's last path element names a Dockerfile's directory or suffix
// (`.../api:1.2` -> `services/api/Dockerfile` or `Dockerfile.api`), or the repository has exactly one Dockerfile
// that builds a Go binary. Every link says how it was made; no link is ever a guess between several candidates (an
// image that is one of a few builds gives them all, evaluated: the container is checked only when each starts the same
// executable, src/link/deployments.ts), and a Dockerfile guessed for images of several names is linked to the one
// named like a program it builds, or to none.

import { posix } from 'node:path';
import type { DockerfileDoc } from '../model/dockerfile.ts';
import type { GoModFacts, ImageModel } from '../model/image.ts';
import type { ImageLink } from '../model/project.ts';
import type { Range, RepoView } from '../model/source.ts';
import type { BuildContextSpec, ImageBuildSpec, KoConfig } from '../model/workload.ts';
import { evaluateImage, goExecName, hasGlob, goModFileFacts, repoGoMod, stageBaseRefs, type NamedContextValue } from '../infer/image.ts';
import { NearestIndex, dirSegments, nearest, sharedDepth } from './nearest.ts';
import { koExe, koImportPath, splitImageRef } from '../parsers/image-ref.ts';
import { koImage } from '../infer/ko.ts';
import { isDockerOfficialImage } from '../infer/base-images.ts';
import { buildPath } from '../parsers/build-context.ts';
import { KoBuilds, inModule, packageImportPath } from './ko-builds.ts';
import { parseGoMod } from '../parsers/gomod.ts';
import { LIVE_RELOADERS } from '../infer/process.ts';

/** `docker.io/library/golang:1.23@sha256:...` -> `golang`; `ghcr.io/a/b:1` -> `ghcr.io/a/b`. */
export function imageName(ref: string): string {
  let r = splitImageRef(ref.trim()).name;
  for (const prefix of ['docker.io/library/', 'index.docker.io/library/', 'docker.io/', 'index.docker.io/']) {
    if (r.startsWith(prefix)) {
      r = r.slice(prefix.length);
      break;
    }
  }
  if (r.startsWith('library/')) r = r.slice('library/'.length);
  return r.toLowerCase();
}

/** `ghcr.io/a/b:1` -> `1`; undefined without a tag. */
function imageTag(ref: string): string | undefined {
  const tag = splitImageRef(ref.trim()).tag;
  return tag === '' ? undefined : tag;
}

/** An image's name for telling images apart: its last path element, lower case (`ghcr.io/acme/API:1` -> `api`). */
function imageKey(ref: string): string {
  return lastElement(imageName(ref)).toLowerCase();
}

function lastElement(name: string): string {
  const i = name.lastIndexOf('/');
  return i >= 0 ? name.slice(i + 1) : name;
}

/** The image holds a Go binary (other than the one at `except`, when given). */
export function imageHasGoBinary(model: ImageModel, except?: string): boolean {
  for (const e of model.fs.values()) if (e.type === 'file' && e.go && e.path !== except) return true;
  return false;
}

/** The image holds a Go binary, or runs a `go build` / `go install` whose output the linter cannot place. */
export function mayHoldGoBinary(model: ImageModel): boolean {
  return imageHasGoBinary(model) || (model.goOutputsUnknown?.length ?? 0) > 0;
}

/**
 * The image cannot hold an application's program of the repository: it builds, copies or downloads nothing that may
 * be a binary (its files are scripts and texts it writes or copies), and it is FROM a known OS, distroless or scratch
 * image, which holds no application. A guess that an application's image is built from such a Dockerfile (the only
 * one, the nearest) is wrong: it builds a tool or a job.
 */
function holdsNoApplication(model: ImageModel): boolean {
  if (mayHoldGoBinary(model) || runsGoToolchain(model)) return false;
  if (!model.base.noEntrypoint || model.base.golang || model.base.agent) return false;
  if (model.unknowns.length > 0 || (model.opaqueDirs?.length ?? 0) > 0 || model.entrypointUnknown) return false;
  for (const e of model.fs.values()) {
    if (e.type === 'file' && !e.script && !e.execline && e.content === undefined) return false;
  }
  return true;
}

/**
 * Commands of a RUN that install packages, set up users and change files already there: none of them puts a program of
 * the repository into the image (a download, `tar`, a build or a script may).
 */
const SETUP_COMMANDS: ReadonlySet<string> = new Set([
  'apk', 'apt-get', 'apt', 'yum', 'dnf', 'microdnf', 'tdnf', 'zypper',
  'addgroup', 'adduser', 'groupadd', 'useradd', 'usermod', 'chmod', 'chown', 'chgrp', 'mkdir', 'rm', 'ln', 'touch',
  'cp', 'mv', 'echo', 'printf', 'sed', 'update-ca-certificates', 'ldconfig', 'true', 'set', 'export', 'cd',
]);

/** Every RUN of the Dockerfile only sets up (SETUP_COMMANDS), and no ADD fetches or unpacks anything. */
function runsOnlySetup(doc: DockerfileDoc): boolean {
  for (const stage of doc.stages) {
    for (const ins of stage.instructions) {
      if (ins.kind === 'ADD') return false;
      if (ins.kind !== 'RUN') continue;
      if (!ins.script || ins.script.errors.length > 0 || ins.script.tooDeep) return false;
      for (const c of ins.script.commands) {
        const first = c.words[0];
        if (!first) continue;
        if (first.parts.some((p) => p.kind !== 'literal')) return false;
        if (!SETUP_COMMANDS.has(posix.basename(first.raw))) return false;
      }
    }
  }
  return true;
}

/** The image starts `go run` or a live reloader: it runs a Go program without a built binary. */
function runsGoToolchain(model: ImageModel): boolean {
  const spec = model.entrypoint ?? model.cmd;
  if (!spec) return false;
  let words: string[];
  if (spec.form === 'shell') {
    const cmd = spec.script?.commands.find((c) => !c.subshell && c.words.length > 0);
    words = cmd ? cmd.words.map((w) => w.parts.map((p) => (p.kind === 'literal' ? p.value : '')).join('')) : [];
  } else words = spec.argv.map((a) => a.value);
  const name = posix.basename(words[0] ?? '');
  return (name === 'go' && words[1] === 'run') || LIVE_RELOADERS.has(name);
}

/** Which build definition wins when several name one image. */
const SOURCE_ORDER = { config: 0, skaffold: 1, bake: 2, goreleaser: 3, workflow: 4, make: 5, compose: 6, ko: 7 } as const;

/** The definitions of the most trusted kind (SOURCE_ORDER) among several of one image. */
function mostTrusted(specs: ImageBuildSpec[]): ImageBuildSpec[] {
  const best = Math.min(...specs.map((s) => SOURCE_ORDER[s.source.kind]));
  return specs.filter((s) => SOURCE_ORDER[s.source.kind] === best);
}

/** Is the definition's file in a directory above `from` (the repository root is above every file in it)? */
function definedAbove(s: ImageBuildSpec, from: string): boolean {
  const dir = posix.dirname(s.source.range.file);
  return dir === '.' ? !from.startsWith('../') : from.startsWith(`${dir}/`);
}

/** A Dockerfile of VS Code's dev containers: the editor's environment, never a deployed image. */
function isDevContainer(file: string): boolean {
  return dirSegments(file).includes('.devcontainer');
}

/**
 * Of several build definitions that name one image, the one that wins: by kind (SOURCE_ORDER), then, among those of
 * that kind (two docker-bake files, two workflows), the one nearest to the file that names the image; the first on
 * a tie.
 */
function preferred(specs: ImageBuildSpec[], from: string): ImageBuildSpec {
  const top = mostTrusted(specs);
  if (top.length === 1) return top[0]!;
  // A definition in a directory above the file (its project's docker-bake.hcl) before one beside it.
  const above = top.filter((s) => definedAbove(s, from));
  const deepest = Math.max(...above.map((s) => dirSegments(s.source.range.file).length));
  const inner = above.filter((s) => dirSegments(s.source.range.file).length === deepest);
  if (inner.length === 1) return inner[0]!;
  return nearest(top, (s) => s.source.range.file, from) ?? top[0]!;
}

/**
 * Definitions of one image in files of other directories, none above `from` and as near to it as each other, that
 * build it differently (odigos: `IMG ?= controller:latest` in the Makefiles of `autoscaler/` and `scheduler/`, the
 * placeholder in `operator/config/manager/`): which one builds the image is not known. Undefined when `preferred`
 * can choose.
 */
function tiedDefinitions(specs: ImageBuildSpec[], from: string): ImageBuildSpec[] | undefined {
  const top = mostTrusted(specs);
  if (new Set(top.map((s) => s.source.range.file)).size < 2) return undefined;
  if (top.some((s) => definedAbove(s, from))) return undefined;
  const depth = (s: ImageBuildSpec) => sharedDepth(s.source.range.file, from);
  const max = Math.max(...top.map(depth));
  const tied = top.filter((s) => depth(s) === max);
  if (new Set(tied.map((s) => s.source.range.file)).size < 2) return undefined;
  return new Set(tied.map((s) => `${s.dockerfile}\0${s.target ?? ''}\0${s.context}`)).size > 1 ? tied : undefined;
}

/**
 * The builds of one image that the definition `chosen` comes from gives (the same file and kind): one per Dockerfile,
 * target and context. More than one: variants of the image, told apart by their tags.
 */
function buildVariants(specs: ImageBuildSpec[], chosen: ImageBuildSpec): ImageBuildSpec[] {
  const out = new Map<string, ImageBuildSpec>();
  for (const s of specs) {
    if (s.source.kind !== chosen.source.kind || s.source.range.file !== chosen.source.range.file) continue;
    const key = `${s.dockerfile}\0${s.target ?? ''}\0${s.context}`;
    if (!out.has(key)) out.set(key, s);
  }
  return [...out.values()];
}

/**
 * Of the variants of an image (their Dockerfiles), the one its tag names: a tag ending in `-<suffix>` (`v2.3-s6`,
 * `v3.1.0-distroless`) the one whose Dockerfile is named by that suffix (`Dockerfile.s6`, `Dockerfile_s6`,
 * `distroless.Dockerfile`, `s6/Dockerfile`); a tag that names no variant (`v1.2.3`, `v1.2.3-rc1`) the only plain one
 * (`Dockerfile` or `Containerfile` in `home`, the directory of the definition or of the candidates). Undefined when
 * that does not pick one.
 */
function variantForTag(dockerfiles: string[], home: (file: string) => string, tag: string | undefined): { file: string; why: string } | undefined {
  if (tag === undefined) return undefined;
  const named = (f: string, suffix: string): boolean => {
    const file = posix.basename(f).toLowerCase();
    const dir = posix.basename(posix.dirname(f)).toLowerCase();
    return ['.', '_', '-'].some((sep) => file === `dockerfile${sep}${suffix}` || file === `containerfile${sep}${suffix}`) || file === `${suffix}.dockerfile` || (file === 'dockerfile' && dir === suffix);
  };
  const dash = tag.lastIndexOf('-');
  const suffix = dash > 0 ? tag.slice(dash + 1).toLowerCase() : '';
  if (suffix !== '' && !/^[0-9]/.test(suffix)) {
    const hits = dockerfiles.filter((f) => named(f, suffix));
    if (hits.length === 1) return { file: hits[0]!, why: `the variant whose Dockerfile is named like the tag's "-${suffix}"` };
    // More than one, or none: a suffix no variant is named by (`-rc1`) is part of the version.
    if (hits.length > 1) return undefined;
  }
  // The plain one: `Dockerfile` in its home (`hotfix/Dockerfile` beside a Makefile is the `-hotfix` variant).
  const plain = dockerfiles.filter((f) => ['Dockerfile', 'Containerfile'].some((n) => f === posix.join(home(f), n)));
  return plain.length === 1 ? { file: plain[0]!, why: `assumed to be the one built from the plain ${posix.basename(plain[0]!)}, as the tag "${tag}" names no variant` } : undefined;
}

/** One evaluation per Dockerfile, context, target, build arguments and files put in the context. */
function specKey(spec: ImageBuildSpec): string {
  const contexts = spec.contexts ? [...spec.contexts].map(([k, c]) => `${k}=${c.value}`).join('\0') : '';
  const prebuilt = spec.prebuilt ? JSON.stringify(spec.prebuilt) : '';
  return `${spec.dockerfile}\0${spec.context}\0${spec.target ?? ''}\0${[...spec.args].map(([k, v]) => `${k}=${v}`).join('\0')}\0\0${contexts}\0\0${prebuilt}`;
}

/** Does a build definition name the image `name` (as `imageName` gives it)? */
function namesImage(spec: ImageBuildSpec, name: string): boolean {
  if (!spec.image) return false;
  return spec.imageGlob !== undefined ? wildcardMatch(spec.imageGlob, name) : imageName(spec.image) === name;
}

/** `*` matches any text, `/` included (the wildcards of an `imageGlob`); nothing else is special. */
function wildcardMatch(pattern: string, text: string): boolean {
  const parts = pattern.split('*');
  if (parts.length === 1) return pattern === text;
  const head = parts[0]!;
  const tail = parts[parts.length - 1]!;
  if (!text.startsWith(head) || text.length < head.length + tail.length || !text.endsWith(tail)) return false;
  let at = head.length;
  const end = text.length - tail.length;
  for (const mid of parts.slice(1, -1)) {
    const i = text.indexOf(mid, at);
    if (i < 0 || i + mid.length > end) return false;
    at = i + mid.length;
  }
  return true;
}

function describe(spec: ImageBuildSpec): string {
  const where = `${spec.source.range.file}:${spec.source.range.line}`;
  if (spec.ko) {
    const what = spec.ko.importPath ? `ko from the package ${spec.ko.importPath}` : `ko from the Go package in ${spec.ko.packageDir === '.' ? './' : spec.ko.packageDir}`;
    if (spec.source.kind === 'ko') return `built by ${what}, as its ko:// reference says`;
    const by =
      spec.source.kind === 'goreleaser' ? 'the GoReleaser kos entry'
      : spec.source.kind === 'make' ? 'the `ko build` of the make recipe'
      : spec.source.kind === 'workflow' ? 'the `ko build` of the GitHub Actions step'
      : 'the skaffold artifact';
    return `built by ${what} as ${by} at ${where} says`;
  }
  switch (spec.source.kind) {
    case 'ko':
      // A ko:// reference always carries its ko spec (above).
      return 'built by ko, as its ko:// reference says';
    case 'compose':
      return `built from ${spec.dockerfile} by the compose service at ${where}`;
    case 'skaffold':
      return `built from ${spec.dockerfile} by the skaffold artifact at ${where}`;
    case 'bake':
      return `built from ${spec.dockerfile} by the docker-bake target at ${where} (variables at their defaults)`;
    case 'workflow':
      return `built from ${spec.dockerfile} by the GitHub Actions step at ${where}`;
    case 'make':
      return `built from ${spec.dockerfile} by the make recipe at ${where}`;
    case 'config':
      return `built from ${spec.dockerfile} as mapped in ${where}`;
    case 'goreleaser':
      return `built from ${spec.dockerfile} by the GoReleaser docker image at ${where}`;
  }
}

/**
 * The definitions that build one image from several Dockerfiles (variants of one file and kind, no ko), for messages:
 * `by the GitHub Actions steps at .github/workflows/docker.yml:19 and 24`.
 */
function describeMany(specs: ImageBuildSpec[]): string {
  const file = specs[0]!.source.range.file;
  const lines = [...new Set(specs.map((s) => s.source.range.line))];
  const at = `${file}:${lines.length === 1 ? lines[0] : `${lines.slice(0, -1).join(', ')} and ${lines[lines.length - 1]}`}`;
  switch (specs[0]!.source.kind) {
    case 'compose':
      return `by the compose services at ${at}`;
    case 'skaffold':
      return `by the skaffold artifacts at ${at}`;
    case 'bake':
      return `by the docker-bake targets at ${at} (variables at their defaults)`;
    case 'workflow':
      return `by the GitHub Actions steps at ${at}`;
    case 'make':
      return `by the make recipes at ${at}`;
    case 'goreleaser':
      return `by the GoReleaser docker images at ${at}`;
    case 'config':
    case 'ko':
      return `as mapped in ${at}`;
  }
}

/** A `ko://<import path>` reference no build spec names: ko builds it when the manifests are resolved. */
function koSpec(ref: string, importPath: string, at: Range): ImageBuildSpec {
  return { image: ref, dockerfile: '', context: '.', args: new Map(), source: { kind: 'ko', range: at }, ko: { packageDir: '.', importPath, exe: koExe(importPath) } };
}

/**
 * The repository's Dockerfiles by path, in path order: a Map, or a view that parses a Dockerfile when it is first
 * asked for (a run on some files of a repository parses only the Dockerfiles a link needs).
 */
export interface DockerfileSource {
  get(path: string): DockerfileDoc | undefined;
  /** Whether `get` would parse it now (a run on some files parses the others only when asked). */
  pending?(path: string): boolean;
  keys(): Iterable<string>;
  readonly size: number;
}

/** What `choose` gives for an image it cannot link: ImageUnlinked, its candidates not evaluated yet. */
type Unlinked = { reason: string; candidates?: Chosen[]; how?: string };

/** The most builds an image that is one of several is evaluated as: with more, it stays not linked. */
const MAX_CANDIDATES = 4;

/**
 * What `link` gives for an image it cannot link: why, and, when the image is one of a few builds (variants its tag
 * does not choose between, Dockerfiles named alike), those builds evaluated, and `how` to say it
 * (`built from one of a/Dockerfile, b/Dockerfile by ...`).
 */
export interface ImageUnlinked {
  reason: string;
  candidates?: { how: string; links: ImageLink[] };
}

/** What `choose` links an image reference to, before the image is evaluated. */
interface Chosen {
  spec: ImageBuildSpec;
  how: string;
  /** Built only for a link: it can read the Dockerfile (the last stage's range). */
  evidence: () => ImageLink['evidence'];
  guess?: ImageLink['guess'];
  /** Linked by the name heuristic (the image's name names the Dockerfile). */
  byName?: true;
}

export class ImageLinker {
  private readonly cache = new Map<string, { model?: ImageModel; error?: string }>();
  /** The builds being evaluated (a FROM that leads back to one of them is a cycle: its base stays unknown). */
  private readonly evaluating = new Set<string>();
  private readonly koModels = new WeakMap<ImageBuildSpec, ImageModel>();
  private goDockerfiles?: string[];
  /** Dockerfiles by the image name they answer to (directory, `Dockerfile.<name>`, ...), built on first use. */
  private byImageName?: Map<string, string[]>;
  private nearIndex?: NearestIndex<string>;

  private readonly koBuilds: KoBuilds;

  constructor(
    private readonly dockerfiles: DockerfileSource,
    private readonly specs: ImageBuildSpec[],
    private readonly repo: RepoView,
    koConfigs: readonly KoConfig[] = [],
    /** The repository's name (src/discover/repo-name.ts), when the paths are relative to its root. */
    private readonly repoName?: string,
  ) {
    this.koBuilds = new KoBuilds(koConfigs, repo);
  }

  /** Evaluates (once) the image a build spec produces. */
  evaluate(spec: ImageBuildSpec): { model?: ImageModel; error?: string } {
    if (spec.ko) {
      // A skaffold artifact is one spec object however many containers run its image: go.mod is read once.
      let model = this.koModels.get(spec);
      if (!model) {
        let ko = spec.ko.exe ? spec.ko : this.koModule(spec.ko);
        if (spec.source.kind === 'ko') ko = this.koRefModule(ko, posix.dirname(spec.source.range.file));
        ko = this.koBuilds.apply(ko);
        model = koImage({ ...spec, ko }, this.koGoMod(ko));
        this.koModels.set(spec, model);
      }
      return { model };
    }
    if (spec.external !== undefined) return { error: `the image is built ${spec.external}, which the linter does not read` };
    const key = specKey(spec);
    let hit = this.cache.get(key);
    if (!hit) {
      const doc = this.dockerfiles.get(spec.dockerfile);
      if (!doc) {
        // docker/build-push-action's `file:` is relative to the workspace, not to `context:` (a common slip).
        const inContext = posix.join(spec.context, posix.basename(spec.dockerfile));
        const slip = spec.source.kind === 'workflow' && inContext !== spec.dockerfile && this.repo.stat(inContext) === 'file';
        hit = { error: `${spec.dockerfile} is not in the repository, so the build fails${slip ? ` (the step's file: is relative to the repository root, not to its context: did you mean ${inContext}?)` : ''}` };
      }
      else {
        this.evaluating.add(key);
        try {
          const opts: Parameters<typeof evaluateImage>[1] = {
            buildArgs: spec.args,
            context: spec.context,
            repo: this.repo,
            baseImage: (ref) => this.evaluateBase(ref, spec.dockerfile),
          };
          const contexts = spec.contexts;
          if (contexts) opts.namedContext = (name) => this.namedContext(contexts.get(name));
          if (spec.target) opts.target = spec.target;
          if (spec.prebuilt) opts.prebuilt = spec.prebuilt;
          hit = { model: evaluateImage(doc, opts) };
        } catch (e) {
          hit = { error: `could not evaluate ${spec.dockerfile}: ${(e as Error).message}` };
        } finally {
          this.evaluating.delete(key);
        }
      }
      this.cache.set(key, hit);
    }
    return hit;
  }

  /**
   * The build of the repository that produces the image a FROM (or `COPY --from`) names: only a build definition
   * that names the image (the config file, skaffold, docker-bake, a CI workflow, a make recipe, compose), never a
   * guess from where the Dockerfiles are: a Dockerfile in `kafka/` usually extends the upstream `apache/kafka`.
   * A tagged definition answers only to its tag (no tag in the FROM: `latest`); an untagged one to every tag; a
   * Docker Hub official image (`postgres:16`) only to the very reference. A reference by digest is a pushed image.
   */
  baseSpec(ref: string, from: string): ImageBuildSpec | undefined {
    if (ref.includes('@') || ref.trim() === 'scratch') return undefined;
    const name = imageName(ref);
    const tag = imageTag(ref) ?? 'latest';
    const official = !name.includes('/');
    const matching = this.specs.filter((s) => {
      if (!s.image || s.ko || !namesImage(s, name)) return false;
      // A template's tag is not known: it answers to every tag.
      const t = s.imageGlob !== undefined ? undefined : imageTag(s.image);
      if (official) return s.image === ref;
      return t === undefined || t === tag;
    });
    return matching.length === 0 ? undefined : preferred(matching, from);
  }

  private named: ImageBuildSpec[] | undefined;

  /** The builds a definition of the repository names an image for: the only ones a FROM can be (baseSpec). */
  namedSpecs(): readonly ImageBuildSpec[] {
    this.named ??= this.specs.filter((s) => s.image && !s.ko);
    return this.named;
  }

  /**
   * The builds of the repository an image is built on (FROM, transitively), without evaluating anything: a run on
   * some files keeps a workload whose base image's Dockerfile or context holds one of them.
   */
  baseSpecsOf(spec: ImageBuildSpec): ImageBuildSpec[] {
    // No build definition names an image (the directory heuristic links them all): no FROM can be one, and no
    // Dockerfile need be parsed to find out (a run on some files parses only the Dockerfiles its links need).
    if (this.namedSpecs().length === 0) return [];
    const out: ImageBuildSpec[] = [];
    const seen = new Set([specKey(spec)]);
    const queue = [spec];
    while (queue.length > 0) {
      const s = queue.shift()!;
      const doc = s.ko ? undefined : this.dockerfiles.get(s.dockerfile);
      if (!doc) continue;
      const contexts = s.contexts;
      const bases = stageBaseRefs(doc, { buildArgs: s.args, context: s.context, repo: this.repo, ...(contexts ? { namedContext: (n: string) => this.namedContext(contexts.get(n), false) } : {}) }).map((ref) => this.baseSpec(ref, s.dockerfile));
      // The builds its named contexts name, used or not (what a FROM or COPY --from of them reads).
      for (const c of s.contexts?.values() ?? []) if (c.kind === 'build') bases.push(c.spec);
      for (const base of bases) {
        if (!base || seen.has(specKey(base))) continue;
        seen.add(specKey(base));
        out.push(base);
        queue.push(base);
      }
    }
    return out;
  }

  /**
   * What a FROM or `COPY --from` of a named build context reads: the build it names evaluated (unless a cycle), or,
   * with `evaluate` false (baseSpecsOf, which evaluates nothing), not known.
   */
  private namedContext(c: BuildContextSpec | undefined, evaluate = true): NamedContextValue | undefined {
    if (!c) return undefined;
    const { range } = c;
    switch (c.kind) {
      case 'image':
        return { image: c.ref, range };
      case 'dir':
        return { dir: c.path, range };
      case 'build': {
        const model = !evaluate || this.evaluating.has(specKey(c.spec)) ? undefined : this.evaluate(c.spec).model;
        return model ? { built: { model, how: c.how }, range } : { unknown: `${c.value}, whose image is not known`, range };
      }
      default:
        return { unknown: `${c.value}, which the linter does not read`, range };
    }
  }

  /** The image a FROM names, evaluated, when the repository builds it (`baseSpec`) and it is not a cycle. */
  private evaluateBase(ref: string, from: string): { model: ImageModel; how: string } | undefined {
    const spec = this.baseSpec(ref, from);
    if (!spec || this.evaluating.has(specKey(spec))) return undefined;
    const { model } = this.evaluate(spec);
    return model ? { model, how: describe(spec) } : undefined;
  }

  /**
   * A ko build of a package named by its directory only (skaffold `main: .`): its import path from the go.mod at or
   * above that directory in the repository, which names the binary.
   */
  private koModule(ko: NonNullable<ImageBuildSpec['ko']>): NonNullable<ImageBuildSpec['ko']> {
    const found = packageImportPath(this.repo, ko.packageDir);
    return found ? { ...ko, importPath: found.importPath, exe: koExe(found.importPath), goMod: found.goMod } : ko;
  }

  /**
   * A `ko://` reference's module: the go.mod at or above the manifest whose module path the import path is in. ko
   * resolves import paths with the Go module of the directory it runs in, so that is where `ko apply` runs and
   * reads `.ko.yaml`; it also gives the package's directory. Unchanged when no such go.mod is found.
   */
  private koRefModule(ko: NonNullable<ImageBuildSpec['ko']>, from: string): NonNullable<ImageBuildSpec['ko']> {
    const importPath = ko.importPath;
    if (importPath === undefined) return ko;
    for (let dir = from; ; ) {
      const found = repoGoMod(this.repo, dir);
      if (!found) return ko;
      const module = parseGoMod(found.file.text).module;
      if (module && inModule(importPath, module)) {
        const rel = importPath.slice(module.length + 1);
        return { ...ko, workDir: found.dir, packageDir: rel === '' ? found.dir : buildPath(found.dir, rel) };
      }
      if (found.dir === '.' || found.dir === '/' || found.dir === '') return ko;
      dir = posix.dirname(found.dir);
    }
  }

  /** go.mod's `go` and `toolchain` directives for a ko build: the go.mod of the module its main package is in. */
  private koGoMod(ko: NonNullable<ImageBuildSpec['ko']>): GoModFacts | undefined {
    const found = repoGoMod(this.repo, ko.packageDir);
    if (!found) return undefined;
    if (ko.importPath !== undefined) {
      // A ko:// reference names no directory: the go.mod found must be the module of its import path.
      const module = parseGoMod(found.file.text).module;
      if (!module || !inModule(ko.importPath, module)) return undefined;
    }
    return goModFileFacts(found.file);
  }

  private defaultSpec(dockerfile: string, image: string, range: Range): ImageBuildSpec {
    const spec: ImageBuildSpec = { image, dockerfile, context: this.assumedContext(dockerfile).dir, args: new Map(), source: { kind: 'config', range } };
    if (image !== '') this.byHeuristic.add(spec);
    return spec;
  }

  private readonly contexts = new Map<string, { dir: string; note: string }>();

  /**
   * The build context of a Dockerfile no build definition names: its own directory, unless that holds nothing but
   * Dockerfiles (`build/docker/Dockerfile`, built with `docker build -f build/docker/Dockerfile .`) and the files its
   * COPY and ADD name from the context are all in a directory above it: the nearest such. `note` says so for the
   * link's message. A parsed Dockerfile whose copies are all beside it needs no listing; one not parsed yet (a run on
   * some files, src/link/scope.ts) is parsed only when its directory holds nothing but Dockerfiles.
   */
  private assumedContext(dockerfile: string): { dir: string; note: string } {
    let found = this.contexts.get(dockerfile);
    if (found) return found;
    const own = posix.dirname(dockerfile);
    found = { dir: own, note: '' };
    if (own === '.' || own === '') return this.remember(dockerfile, found);
    const allIn = (sources: string[], dir: string) => sources.every((src) => this.repo.stat(dir === '.' ? src : `${dir}/${src}`) !== undefined);
    // A Dockerfile already parsed: what it copies is found where it is (most are) without listing the directory.
    if (!this.dockerfiles.pending?.(dockerfile) && allIn(contextSources(this.dockerfiles.get(dockerfile)), own)) return this.remember(dockerfile, found);
    const onlyDockerfiles = this.repo.list(own).every((f) => isDockerfileLike(posix.basename(f)));
    const sources = onlyDockerfiles ? contextSources(this.dockerfiles.get(dockerfile)) : [];
    if (sources.length > 0 && !allIn(sources, own)) {
      for (let dir = own; dir !== '.' && dir !== '/' && dir !== ''; ) {
        dir = posix.dirname(dir);
        if (!allIn(sources, dir)) continue;
        const shown = sources.slice(0, 2).join(', ') + (sources.length > 2 ? ', …' : '');
        found = { dir, note: `, with ${dir === '.' ? 'the repository root' : `${dir}/`} as its build context (where the files it copies, ${shown}, are)` };
        break;
      }
    }
    return this.remember(dockerfile, found);
  }

  private remember(dockerfile: string, context: { dir: string; note: string }): { dir: string; note: string } {
    this.contexts.set(dockerfile, context);
    return context;
  }

  /** Specs the name heuristic or a guess made (no build definition says which target they build). */
  private readonly byHeuristic = new WeakSet<ImageBuildSpec>();

  /**
   * A Dockerfile with a stage per image (argo-workflows' `workflow-controller`, `argocli`): the stage, other than the
   * last, named like the image's last name element. Reads the Dockerfile: asked only of a link being made.
   */
  private namedStage(dockerfile: string, image: string): string | undefined {
    const last = lastElement(imageName(image));
    const stages = this.dockerfiles.get(dockerfile)?.stages ?? [];
    return stages.slice(0, -1).find((st) => st.name?.toLowerCase() === last)?.name;
  }

  /**
   * Why a Dockerfile cannot build an application's image (`holdsNoApplication`), said for a guess not made; undefined
   * when it may.
   */
  private buildsNoApplication(file: string): string | undefined {
    if (isDevContainer(file)) return 'is a development container (.devcontainer/), not an application image';
    const doc = this.dockerfiles.get(file);
    if (!doc || !runsOnlySetup(doc)) return undefined;
    const model = this.defaultModel(file);
    if (!model || !holdsNoApplication(model)) return undefined;
    return `builds no application: it is FROM ${model.base.ref} and adds no binary, only scripts or other files`;
  }

  /** The image a Dockerfile builds with no build definition: its last stage, its own directory as the context. */
  private defaultModel(file: string): ImageModel | undefined {
    return this.evaluate(this.defaultSpec(file, '', { file, line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 })).model;
  }

  /** Dockerfiles whose default target contains a Go binary (or may: a `go build` output the linter cannot place). */
  private dockerfilesBuildingGo(): string[] {
    if (!this.goDockerfiles) {
      const out: string[] = [];
      for (const file of this.dockerfiles.keys()) {
        if (isDevContainer(file)) continue;
        const model = this.defaultModel(file);
        if (model && (mayHoldGoBinary(model) || runsGoToolchain(model))) out.push(file);
      }
      this.goDockerfiles = out.sort();
    }
    return this.goDockerfiles;
  }

  /**
   * The Dockerfiles an image named `last` (the image name's last path element) is built from by the name heuristic:
   * in a directory of that name, or named `Dockerfile.<last>`, `Dockerfile-<last>`, `Dockerfile-for-<last>`,
   * `<last>.Dockerfile`, `Containerfile.<last>`, or
   * `Dockerfile` / `Containerfile` at the root of a repository of that name (`Dockerfile` of grafana/alloy builds
   * `grafana/alloy`; a variant there, `Dockerfile.windows`, says by its own name what it builds). In the order of
   * `dockerfiles`. Indexed once: looking every image up in every Dockerfile was quadratic in a monorepo.
   */
  private dockerfilesNamed(last: string): string[] {
    if (!this.byImageName) {
      const index = new Map<string, string[]>();
      for (const f of this.dockerfiles.keys()) {
        const base = posix.basename(f).toLowerCase();
        const keys = new Set([posix.basename(posix.dirname(f)).toLowerCase()]);
        if (this.repoName && this.isRepoDockerfile(f)) keys.add(this.repoName);
        if (base.startsWith('dockerfile.')) keys.add(base.slice('dockerfile.'.length));
        // frp's `Dockerfile-for-frps`, and `Dockerfile-frps`.
        if (base.startsWith('dockerfile-for-')) keys.add(base.slice('dockerfile-for-'.length));
        else if (base.startsWith('dockerfile-')) keys.add(base.slice('dockerfile-'.length));
        if (base.endsWith('.dockerfile')) keys.add(base.slice(0, -'.dockerfile'.length));
        if (base.startsWith('containerfile.')) keys.add(base.slice('containerfile.'.length));
        for (const k of keys) {
          const list = index.get(k);
          if (list) list.push(f);
          else index.set(k, [f]);
        }
      }
      this.byImageName = index;
    }
    return this.byImageName.get(last) ?? [];
  }

  /** `Dockerfile` or `Containerfile` at the repository root. */
  private isRepoDockerfile(f: string): boolean {
    const lower = f.toLowerCase();
    return lower === 'dockerfile' || lower === 'containerfile';
  }

  /**
   * Links one image reference (as written in a manifest) to the Dockerfile that builds it. `pulled`: the reference
   * is a compose service's `image:` without `build:`, which compose pulls: only a build definition or the image's
   * name links it, never a guess from where the Dockerfiles are.
   */
  link(ref: string, at: Range, pulled = false): ImageLink | ImageUnlinked {
    const c = this.choose(ref, at, pulled);
    if ('reason' in c) {
      if (!c.candidates || c.how === undefined) return { reason: c.reason };
      // The builds it is one of, each evaluated: the container's command may make them start one program.
      return { reason: c.reason, candidates: { how: c.how, links: c.candidates.map((x) => this.linkChosen(ref, x)) } };
    }
    return this.linkChosen(ref, c);
  }

  /**
   * The build specs an image reference is linked to, without evaluating the image (what `link` evaluates): the one
   * of its link, or the builds it is one of (`link`'s candidates). Only the last fallback, the one Dockerfile that
   * builds Go, evaluates the repository's Dockerfiles to find it.
   */
  specsOf(ref: string, at: Range): ImageBuildSpec[] {
    const c = this.choose(ref, at);
    return 'reason' in c ? (c.candidates ?? []).map((x) => x.spec) : [c.spec];
  }

  private linkChosen(ref: string, c: Chosen): ImageLink {
    let { spec, how } = c;
    let evidence = c.evidence();
    const stage = this.byHeuristic.has(spec) ? this.namedStage(spec.dockerfile, ref) : undefined;
    if (stage !== undefined) {
      const note = `, its stage "${stage}", named like the image`;
      spec = { ...spec, target: stage };
      how += note;
      evidence = { ...evidence, message: `${evidence.message}${note}` };
    }
    const link = this.finish(ref, spec, how, evidence);
    return c.guess ? { ...link, guess: c.guess } : link;
  }

  /**
   * The image references of the repository's pods, given before any is linked (listed only when a guess is made): a
   * guess is then checked against the other images guessed to the same Dockerfile (`guessConflicts`).
   */
  expectReferences(refs: () => { ref: string; at: Range }[]): void {
    this.references = refs;
    this.conflicts = undefined;
  }

  private references: () => { ref: string; at: Range }[] = () => [];
  /** Dockerfile -> image name -> why a guess of that image to that Dockerfile is not made. */
  private conflicts: Map<string, Map<string, string>> | undefined;

  private choose(ref: string, at: Range, pulled = false): Chosen | Unlinked {
    const c = this.chooseAlone(ref, at, pulled);
    if ('reason' in c || !c.guess) return c;
    const lost = this.guessConflicts().get(c.spec.dockerfile)?.get(imageKey(ref));
    return lost ? { reason: lost } : c;
  }

  /**
   * A Dockerfile guessed for images of several names (the only Dockerfile of a repository that also deploys a proxy,
   * a database, a test server) builds at most one of them. The one named like a program the Dockerfile builds keeps
   * the guess; when no single one is, none does. Computed once, over every reference `expectReferences` gave.
   */
  private guessConflicts(): Map<string, Map<string, string>> {
    if (this.conflicts) return this.conflicts;
    /** Dockerfile -> each image name guessed to it, with where it is written (file:offset). */
    const guessed = new Map<string, Map<string, Set<string>>>();
    /** Dockerfile -> the name of the images its name (or its directory's, its repository's) links to it. */
    const linkedByName = new Map<string, string>();
    for (const { ref, at } of this.references()) {
      const c = this.chooseAlone(ref, at);
      if ('reason' in c) continue;
      if (c.byName && !linkedByName.has(c.spec.dockerfile)) linkedByName.set(c.spec.dockerfile, imageKey(ref));
      if (!c.guess) continue;
      const names = guessed.get(c.spec.dockerfile) ?? new Map<string, Set<string>>();
      const where = names.get(imageKey(ref)) ?? new Set<string>();
      where.add(`${at.file}:${at.start}`);
      names.set(imageKey(ref), where);
      guessed.set(c.spec.dockerfile, names);
    }
    const out = new Map<string, Map<string, string>>();
    for (const [file, places] of guessed) {
      const set = new Set(places.keys());
      // The Dockerfile is named like another image, which it builds: it is no guess for this one.
      const owner = linkedByName.get(file);
      if (owner !== undefined) {
        const why = `${file} would be the guess, but the image "${owner}" is named like it, so it is assumed to build that one only`;
        out.set(file, new Map([...set].map((n) => [n, why])));
        continue;
      }
      // Names written at one place are one image under the names a kustomize `images:` entry gives it (the base's
      // `mockbin`, the overlay's `autoinstrumentation`): no conflict among them.
      if (set.size < 2 || oneImage(places)) continue;
      // An image with a stage of its own name is that stage's build: it competes with no other image.
      for (const n of [...set]) if (this.namedStage(file, n) !== undefined) set.delete(n);
      if (set.size < 2) continue;
      const names = [...set].sort();
      const programs = this.programNames(file);
      const named = names.filter((n) => programs.has(n));
      const list = `${names.length} images (${names.slice(0, 4).map((n) => `"${n}"`).join(', ')}${names.length > 4 ? ', …' : ''})`;
      const lost = new Map<string, string>();
      if (named.length === 1) {
        const winner = named[0]!;
        const why = `${file} would be the guess for ${list}; it is assumed to build "${winner}" only, named like the program it builds (${programs.get(winner)})`;
        for (const n of names) if (n !== winner) lost.set(n, why);
      } else {
        // Each program once: `/app of module example.com/shop/frontend` stands for `/app` too.
        const shown = [...new Set(programs.values())];
        const builds = programs.size === 0 ? 'no program whose name is known' : shown.filter((p) => !shown.some((q) => q.startsWith(`${p} of module `))).slice(0, 4).join(', ');
        const why = `${file} would be the guess for ${list}, and ${named.length === 0 ? 'none' : 'more than one'} of them is named like the program it builds (${builds}), so it is assumed to build none of them`;
        for (const n of names) lost.set(n, why);
      }
      out.set(file, lost);
    }
    this.conflicts = out;
    return out;
  }

  /**
   * The names of the programs a Dockerfile's default image holds, lower case, each with the path it is at: the files
   * the build puts in it (a binary `make` built and a COPY placed is no Go binary to the inference, but is one), the
   * module names of its Go binaries, and the program its exec-form ENTRYPOINT or CMD starts.
   */
  private programNames(file: string): Map<string, string> {
    const out = new Map<string, string>();
    const { model } = this.evaluate(this.defaultSpec(file, '', this.fromRange(file)));
    if (!model) return out;
    const add = (name: string, path: string) => {
      const key = name.toLowerCase();
      if (key !== '' && !out.has(key)) out.set(key, path);
    };
    for (const e of model.fs.values()) {
      if (e.type !== 'file') continue;
      add(posix.basename(e.path), e.path);
      const modFile = e.go?.goMod?.file;
      const module = modFile ? parseGoMod(this.repo.load(modFile)?.text ?? '').module : undefined;
      if (module) add(goExecName(module), `${e.path} of module ${module}`);
    }
    const start = model.entrypoint ?? model.cmd;
    const first = start?.form === 'exec' ? start.argv[0]?.value : undefined;
    if (first) add(posix.basename(first), first);
    return out;
  }

  private claims: Map<string, ImageBuildSpec[]> | undefined;

  /**
   * Why a Dockerfile is not guessed for an image: a build definition of the repository names it for images of other
   * names (GoReleaser's `dockers`, skaffold, compose ...), so it is their build, not a guess for this one. A definition
   * that builds it under this image's name (`deluan/navidrome:develop` in a Makefile, `ghcr.io/navidrome/navidrome`
   * in the manifest) leaves the guess alone.
   */
  private claimed(file: string, ref: string): { reason: string } | undefined {
    if (!this.claims) {
      this.claims = new Map();
      for (const s of this.namedSpecs()) {
        const list = this.claims.get(s.dockerfile);
        if (list) list.push(s);
        else this.claims.set(s.dockerfile, [s]);
      }
    }
    const specs = this.claims.get(file);
    if (!specs) return undefined;
    const key = imageKey(ref);
    if (specs.some((s) => (s.imageGlob !== undefined ? wildcardMatch(lastElement(s.imageGlob), key) : imageKey(s.image) === key))) return undefined;
    const s = specs[0]!;
    return { reason: `${file} would be the guess for "${ref}", but it is the build of ${s.image} (${s.source.range.file}:${s.source.range.line}), so it is not assumed to build this image` };
  }

  private chooseAlone(ref: string, at: Range, pulled = false): Chosen | Unlinked {
    const c = this.chooseAny(ref, at, pulled);
    return 'reason' in c || !c.guess ? c : (this.claimed(c.spec.dockerfile, ref) ?? c);
  }

  private chooseAny(ref: string, at: Range, pulled = false): Chosen | Unlinked {
    const name = imageName(ref);
    // The builds of the reference's very tag, else those of any tag (untagged, a tag not known), else those of other
    // tags (`acme/app:edge` for `acme/app:1.4.0`): a Makefile's `acme/app:local` is the build of `acme/app:local`,
    // whatever a workflow pushes as `acme/app:dev`.
    const tag = imageTag(ref) ?? 'latest';
    // A tag pattern (GoReleaser's `{{ .Tag }}-arm64v8`) answers to the tags it matches.
    const tagOf = (s: ImageBuildSpec) => (s.imageGlob !== undefined ? undefined : (s.tagGlob ?? imageTag(s.image)));
    // A make recipe of another or any tag whose Dockerfile is not there (telegraf's stale recipe building
    // `telegraf:$(commit)` from a deleted file; the manifest runs the official `telegraf:1.36`) is no claim on this
    // image. A recipe of this very tag is, and so is a CI workflow's or a compose build (they run): their failing
    // build is reported.
    const stale = (s: ImageBuildSpec) => s.source.kind === 'make' && s.ko === undefined && tagOf(s) !== tag && this.repo.stat(s.dockerfile) !== 'file';
    let explicit = this.specs.filter((s) => namesImage(s, name) && !stale(s));
    if (explicit.length > 0) {
      const exact = explicit.filter((s) => tagOf(s) === tag);
      const open = exact.length > 0 ? exact : explicit.filter((s) => tagOf(s) === undefined || (s.tagGlob?.includes('*') && wildcardMatch(s.tagGlob, tag)));
      if (open.length > 0) explicit = open;
      else {
        // Only other tags, and a build of the repository pushes a name that is not known, from another Dockerfile:
        // that one may be the build of this tag (gogs: `:edge` from Dockerfile.next, the releases from `Dockerfile`
        // under tags a step writes to $GITHUB_ENV).
        // It counts when its Dockerfile could be this image's: beside the named build's (`Dockerfile` beside
        // `Dockerfile.next`) or named like the image.
        const e = explicit[0]!;
        const dir = posix.dirname(e.dockerfile);
        const named = this.dockerfilesNamed(lastElement(name));
        const unnamed = this.specs.find(
          (s) => s.image === '' && !explicit.some((x) => x.dockerfile === s.dockerfile) && (posix.dirname(s.dockerfile) === dir || named.includes(s.dockerfile)),
        );
        if (unnamed) {
          const tags = [...new Set(explicit.map((x) => tagOf(x)!))].map((t) => `"${t}"`).join(', ');
          return {
            reason: `${e.source.range.file}:${e.source.range.line} builds "${name}" only as ${tags}, not "${tag}", and ${unnamed.source.range.file}:${unnamed.source.range.line} builds ${unnamed.dockerfile} under a name that is not known: which one builds "${tag}" is not known`,
          };
        }
      }
      // The config file wins over skaffold and docker-bake, those over a CI workflow (what it pushes is what
      // deploys), that over a make recipe, that over compose.
      // Builds the linter cannot read (a skaffold buildpacks artifact, a Git context): they name the image, so nothing
      // is guessed for it, but give nothing to check; a readable definition of the name wins over them.
      const readable = explicit.filter((s) => s.external === undefined);
      if (readable.length === 0) {
        const e = explicit[0]!;
        return { reason: `it is built ${e.external} (${e.source.range.file}:${e.source.range.line}), which the linter does not read` };
      }
      explicit = readable;
      const tied = tiedDefinitions(explicit, at.file);
      if (tied) {
        const list = tied.slice(0, 4).map((t) => `${t.source.range.file}:${t.source.range.line} from ${t.dockerfile}`).join(', ');
        return { reason: `${tied.length} definitions in other directories build "${name}" (${list}${tied.length > 4 ? ', …' : ''}), none beside ${at.file} or above it, so which one builds it is not known` };
      }
      let spec = preferred(explicit, at.file);
      let how = describe(spec);
      // Variants of one image in one definition (GoReleaser `dockers:` with `{{ .Tag }}` and `{{ .Tag }}-s6`, two
      // make recipes tagging `$(IMG)`): the tag chooses, else none is assumed.
      const variants = buildVariants(explicit, spec);
      if (variants.length > 1) {
        const tag = splitImageRef(ref).tag;
        const picked = variantForTag(variants.map((v) => v.dockerfile), () => posix.dirname(spec.source.range.file), tag);
        const byTag = picked && { spec: variants.find((v) => v.dockerfile === picked.file)!, why: picked.why };
        if (!byTag) {
          const list = variants.slice(0, 4).map((v) => `${v.dockerfile}${v.target ? ` (target ${v.target})` : ''}`).join(', ');
          const reason = `${spec.source.range.file} builds "${name}" from ${variants.length} Dockerfiles (${list}), and ${tag === undefined ? 'the reference has no tag to' : `its tag "${tag}" does not`} say which`;
          // Each is evaluated when the image is linked: when they all start the same program, the target is checked.
          if (variants.length > MAX_CANDIDATES || variants.some((v) => v.ko)) return { reason };
          const candidates = variants.map((v): Chosen => ({ spec: v, how: describe(v), evidence: () => ({ range: v.source.range, message: `${ref} may be ${describe(v)}` }) }));
          return { reason, candidates, how: `built from one of ${list} ${describeMany(variants)}` };
        }
        spec = byTag.spec;
        how = `${describe(spec)}, ${byTag.why}`;
      }
      const chosen = spec;
      return { spec: chosen, how, evidence: () => ({ range: chosen.source.range, message: `${ref} is ${how}` }) };
    }
    const importPath = koImportPath(ref);
    if (importPath !== undefined) {
      const spec = koSpec(ref, importPath, at);
      return { spec, how: describe(spec), evidence: () => ({ range: at, message: `${ref} is ${describe(spec)}` }) };
    }
    const last = lastElement(name);
    // A Docker Hub official image (`traefik:v3`) is built by the Docker library, not by the repository of that name.
    const official = !name.includes('/') && isDockerOfficialImage(name);
    const byName = official ? this.dockerfilesNamed(last).filter((f) => !this.isRepoDockerfile(f)) : this.dockerfilesNamed(last);
    if (byName.length > 0) {
      // When no other is nearer to the manifest than the repository's own Dockerfile (in the directory above
      // everything), that one: a `Dockerfile.alloy` of some test in another part of the tree is not.
      const namedByRepo = (f: string) => last === this.repoName && this.isRepoDockerfile(f);
      let file = nearest(byName, (f) => f, at.file, 0) ?? (byName.every((f) => sharedDepth(f, at.file) === 0) ? byName.find(namedByRepo) : undefined);
      // Variants side by side (`cmd/tempo/Dockerfile` and `Dockerfile_debug`): the reference's tag chooses.
      let variant = '';
      const dirs = new Set(byName.map((f) => posix.dirname(f)));
      if (!file && dirs.size === 1) {
        const picked = variantForTag(byName, (f) => posix.dirname(f), splitImageRef(ref).tag ?? 'latest');
        if (picked) {
          file = picked.file;
          variant = `, ${picked.why}`;
        }
      }
      if (!file) {
        const reason = `several Dockerfiles match the image name "${last}" (${byName.slice(0, 4).join(', ')})`;
        if (byName.length > MAX_CANDIDATES) return { reason };
        const byDir = byName.filter((f) => posix.basename(posix.dirname(f)).toLowerCase() === last);
        const whose = byDir.length === byName.length ? 'directories' : byDir.length === 0 ? 'file names' : 'directories or file names';
        const candidates = byName.map((f): Chosen => {
          const how = `built from ${f}, named like the image "${last}"${this.assumedContext(f).note}`;
          return { spec: this.defaultSpec(f, ref, at), how, evidence: () => ({ range: this.fromRange(f), message: `${ref} may be ${how}` }), byName: true };
        });
        return { reason, candidates, how: `built from one of ${byName.join(', ')}, whose ${whose} match the image name "${last}"` };
      }
      const spec = this.defaultSpec(file, ref, at);
      const whose =
        posix.basename(posix.dirname(file)).toLowerCase() === last
          ? 'whose directory matches'
          : namedByRepo(file)
            ? 'at the root of the repository, whose name matches'
            : 'whose file name matches';
      const how = `built from ${file}, ${whose} the image name "${last}"${variant || (byName.length > 1 ? `, the nearest such to ${at.file}` : '')}${this.assumedContext(file).note}`;
      return { spec, how, evidence: () => ({ range: this.fromRange(file), message: `${ref} is ${how}` }), byName: true };
    }
    // Docker Hub official images (`nginx`, `redis:7`) are never built by the repository: only explicit links apply.
    // Another single name (`todo:v0.1`) is no image on Docker Hub: built where it runs, so guessed like any other.
    if (official) return { reason: `"${ref}" is a Docker Hub official image, not built in this repository` };
    if (name === '') return { reason: `"${ref}" has no image name` };
    if (pulled) {
      return { reason: `the service has no build:, so compose pulls "${ref}", and no build in the repository names it` };
    }
    // `<repository>-<component>` (cert-manager's `cert-manager-controller`, harbor's `harbor-core`): the Dockerfile
    // named like the component (`Containerfile.controller`, `core/Dockerfile`), assumed.
    const repo = this.repoName;
    if (repo && last.startsWith(`${repo}-`) && last.length > repo.length + 1) {
      const component = last.slice(repo.length + 1);
      const files = this.dockerfilesNamed(component).filter((f) => !this.isRepoDockerfile(f));
      const file = files.length === 1 ? files[0] : nearest(files, (f) => f, at.file, 0);
      if (file) {
        return this.guessed(file, ref, at, `named like "${component}", the image name "${last}" without the repository's name`, 'component');
      }
    }
    if (this.dockerfiles.size === 1) {
      const only = [...this.dockerfiles.keys()][0]!;
      const tool = this.buildsNoApplication(only);
      if (tool) return { reason: `the only Dockerfile in the repository, ${only}, ${tool}` };
      return this.guessed(only, ref, at, 'the only Dockerfile in the repository', 'only-dockerfile');
    }
    // The Dockerfile nearest to the manifest (sharing at least one directory with it), when it is the only one there,
    // and it is in a directory the manifest is under or in one directory next to it (`svc/Dockerfile` or
    // `svc/build/Dockerfile` for `svc/deploy/app.yaml`): a Dockerfile deeper in another part of the tree
    // (`kyaml/fn/example/Dockerfile` for `kyaml/kio/testdata/java.yaml`) belongs to something else.
    this.nearIndex ??= new NearestIndex(this.dockerfiles.keys(), (f) => f);
    const near = this.nearIndex.nearest(at.file, 1);
    if (near && dirSegments(near).length - sharedDepth(near, at.file) <= 1) {
      const tool = this.buildsNoApplication(near);
      if (tool) return { reason: `the Dockerfile nearest to ${at.file}, ${near}, ${tool}` };
      return this.guessed(near, ref, at, `the Dockerfile nearest to ${at.file}`, 'nearest');
    }
    const go = this.dockerfilesBuildingGo();
    // A Go build driver (`go run build.go`, `make` of a Makefile not copied in) may still build one: said as "seen".
    if (go.length === 0) return { reason: `no Dockerfile in the repository builds or runs a Go program the linter can see` };
    if (go.length === 1) {
      return this.guessed(go[0]!, ref, at, 'the only Dockerfile in the repository that builds a Go program', 'only-go');
    }
    return {
      reason: `no Dockerfile is mapped to it and ${go.length} Dockerfiles build Go binaries (${go.slice(0, 4).join(', ')}${go.length > 4 ? ', …' : ''})`,
    };
  }

  /** A guess of `file` for the image `ref`: `built from <file>, <why>`, said as assumed. */
  private guessed(file: string, ref: string, at: Range, why: string, guess: NonNullable<ImageLink['guess']>): Chosen {
    const spec = this.defaultSpec(file, ref, at);
    const how = `built from ${file}, ${why}${this.assumedContext(file).note}`;
    return { spec, how, evidence: () => ({ range: this.fromRange(file), message: `${ref} is assumed to be ${how}` }), guess };
  }

  /** A link for a build spec that is known directly (a compose service's own build). */
  linkSpec(ref: string, spec: ImageBuildSpec): ImageLink {
    const how = describe(spec);
    return this.finish(ref, spec, how, { range: spec.source.range, message: `the service's image is ${how}` });
  }

  private fromRange(file: string): Range {
    const doc = this.dockerfiles.get(file);
    const stage = doc?.stages[doc.stages.length - 1];
    return stage?.range ?? { file, line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0 };
  }

  private finish(ref: string, spec: ImageBuildSpec, how: string, evidence: ImageLink['evidence']): ImageLink {
    const { model, error } = this.evaluate(spec);
    const link: ImageLink = { image: ref, spec, how, evidence };
    if (model) link.model = model;
    if (error) link.error = error;
    return link;
  }
}

/** The names all connect through places they share (each name: where it is written): they are one image. */
function oneImage(places: Map<string, Set<string>>): boolean {
  const names = [...places.keys()];
  const reached = new Set([names[0]!]);
  const seenPlaces = new Set(places.get(names[0]!)!);
  let grew = true;
  while (grew) {
    grew = false;
    for (const n of names) {
      if (reached.has(n) || ![...places.get(n)!].some((p) => seenPlaces.has(p))) continue;
      reached.add(n);
      for (const p of places.get(n)!) seenPlaces.add(p);
      grew = true;
    }
  }
  return reached.size === names.length;
}

/**
 * The files a Dockerfile's COPY and ADD name from the build context, as relative paths: those written literally (no
 * variable, pattern or URL), not `.`; a source is the same for every context that holds it.
 */
function contextSources(doc: DockerfileDoc | undefined): string[] {
  const out = new Set<string>();
  for (const stage of doc?.stages ?? []) {
    for (const ins of stage.instructions) {
      if ((ins.kind !== 'COPY' && ins.kind !== 'ADD') || ins.from) continue;
      for (const src of ins.sources) {
        const v = src.value;
        if (v.includes('$') || hasGlob(v) || v.includes('://') || v.startsWith('git@')) continue;
        let p = v;
        while (p.startsWith('./')) p = p.slice(2);
        while (p.startsWith('/')) p = p.slice(1);
        while (p.endsWith('/')) p = p.slice(0, -1);
        if (p === '' || p === '.' || p.startsWith('../')) continue;
        out.add(posix.normalize(p));
      }
    }
  }
  return [...out];
}

/** A file a directory of Dockerfiles holds besides them: `.dockerignore`, a README. */
function isDockerfileLike(name: string): boolean {
  const n = name.toLowerCase();
  return n.includes('dockerfile') || n.includes('containerfile') || n.endsWith('.dockerignore') || n.endsWith('.md');
}
