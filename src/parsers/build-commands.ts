// `docker build`, `docker buildx build`, `docker image build`, `podman build`, `nerdctl build` and `buildah bud` /
// `buildah build` commands in shell text (a workflow's `run:` script, a Makefile recipe): the images they build;
// also `ko build` / `ko publish` (an image ko builds from a Go main package, named from `KO_DOCKER_REPO`).
// The text is parsed with the shell parser; a word that is not literal is not known (an option's value is then
// lost, and a context that is not known drops the command), except that `-t ghcr.io/acme/api:$TAG` still gives the
// image's name. `cd` commands are followed; one that may not run, or whose path is not known, stops the reading of
// the script.

import { posix } from 'node:path';
import { LineIndex } from '../model/source.ts';
import type { Range } from '../model/source.ts';
import type { BuildContextSpec, ImageBuildSpec } from '../model/workload.ts';
import type { ShellAssignment, ShellScript, ShellWord } from '../model/shell.ts';
import { isRemoteContext, namedBuildContext } from './build-context.ts';
import { koExe, nameWithUnknownTag, splitImageRef } from './image-ref.ts';
import { literalPrefix, literalValue, parseShell } from './shell.ts';

/** The tools whose build command is read, and the words that make it a build. */
const BUILD_COMMANDS: string[][] = [
  ['docker', 'build'],
  ['docker', 'buildx', 'build'],
  ['docker', 'image', 'build'],
  ['podman', 'build'],
  ['nerdctl', 'build'],
  ['buildah', 'build'],
  ['buildah', 'bud'],
];

/** Options of `docker build` that take a value (the rest are switches): needed to find the context argument. */
const VALUE_OPTIONS = new Set([
  '--add-host', '--allow', '--annotation', '--attest', '--build-arg', '--build-context', '--builder', '--cache-from',
  '--cache-to', '--call', '--cgroup-parent', '--cpu-period', '--cpu-quota', '--cpu-shares', '--cpuset-cpus',
  '--cpuset-mems', '--file', '-f', '--iidfile', '--isolation', '--label', '--memory', '-m', '--memory-swap',
  '--metadata-file', '--network', '--no-cache-filter', '--output', '-o', '--platform', '--progress', '--provenance',
  '--sbom', '--secret', '--security-opt', '--shm-size', '--ssh', '--tag', '-t', '--target', '--ulimit', '--manifest',
]);

/** Commands that give an image another name: `docker tag SRC DST` (`podman tag`, `buildah tag` take several DSTs). */
const TAG_COMMANDS: string[][] = [
  ['docker', 'tag'],
  ['docker', 'image', 'tag'],
  ['podman', 'tag'],
  ['nerdctl', 'tag'],
  ['buildah', 'tag'],
];

/** One image a build command makes: paths cwd-relative. */
export interface BuildCommand {
  image: string;
  /** '' for an image ko builds (`ko`). */
  dockerfile: string;
  context: string;
  target?: string;
  args: Map<string, string>;
  /** `--build-context name=value`, located at `range` (the step or recipe that runs the command). */
  contexts?: Map<string, BuildContextSpec>;
  /** `ko build` / `ko publish`: the main package it builds, and where ko runs. */
  ko?: NonNullable<ImageBuildSpec['ko']>;
  /** Built from what the linter does not read (ImageBuildSpec.external). */
  external?: string;
}

/** The subcommands of ko that build and publish the import paths they are given (`publish` is `build`'s alias). */
const KO_BUILD = new Set(['build', 'publish']);

/** Options of `ko build` that take a value (ko's pkg/commands/options): needed to find the import paths. */
const KO_VALUE_OPTIONS = new Set([
  '--tags', '-t', '--platform', '--image-refs', '--image-label', '--image-annotation', '--image-user', '--sbom',
  '--sbom-dir', '--jobs', '-j', '--tarball', '--oci-layout-path',
]);

/** `ko build`'s switches (cobra booleans, also written `--name=false`). */
const KO_SWITCHES = new Set(['--push', '--local', '--bare', '--base-import-paths', '--preserve-import-paths', '--tag-only']);

/** Scripts parsed, by file and text: a matrix job runs the same script once per combination. */
const scriptCache = new Map<string, ShellScript>();

function parseScript(text: string, file: string): ShellScript {
  const key = `${file}\0${text}`;
  let script = scriptCache.get(key);
  if (!script) {
    // Ranges inside the script are not used: a build points at the step or recipe that holds it.
    script = parseShell(text, { file, lines: new LineIndex(text), baseOffset: 0 });
    if (scriptCache.size > 1000) scriptCache.clear();
    scriptCache.set(key, script);
  }
  return script;
}

/**
 * Do two references name the same image as a `docker tag` source: the same name, and the same tag when both have one.
 * One without a tag (`-t api`, which is `api:latest`, or `-t api:$SHA`, whose tag is not known and gives `api`)
 * matches any tag of that name.
 */
function sameImage(built: string, src: string): boolean {
  const a = splitImageRef(built);
  const b = splitImageRef(src);
  if (a.name !== b.name) return false;
  return a.tag === undefined || b.tag === undefined ? true : a.tag === b.tag;
}

/**
 * The build commands of a script run in `cwd` (cwd-relative), in order. `env`: the environment the script starts
 * with (a workflow step's `env:`), read for what configures a build tool (`KO_DOCKER_REPO`).
 */
export function buildCommands(text: string, file: string, cwd: string, range: Range, env?: ReadonlyMap<string, string>): BuildCommand[] {
  const out: BuildCommand[] = [];
  const script = parseScript(text, file);
  // The environment as the script changes it on its straight path (`export NAME=value`); undefined: not known.
  const exported = new Map<string, string | undefined>(env);
  for (const c of script.commands) {
    const words = c.words.map(literalValue);
    if ((c.words.length === 0 || (c.words.length === 1 && words[0] === 'export')) && !c.subshell) {
      // `export NAME=value`, or `NAME=value` (which a variable already in the environment passes on): one that may
      // not run, or whose value is not literal, leaves the variable not known.
      for (const a of c.assignments) if (a.value || c.words.length === 0) exported.set(a.name, c.reach === 'always' && a.value ? literalValue(a.value) : a.value ? undefined : '');
      continue;
    }
    if (words[0] === 'ko' && KO_BUILD.has(words[1] ?? '')) {
      out.push(...koBuild(c.words.slice(2), words.slice(2), koRepo(c.assignments, exported), cwd));
      continue;
    }
    if (c.words.length > 0 && words[0] === 'cd' && !c.subshell) {
      // A `cd` the linter cannot follow (a path not known, or one that may not run) leaves every later path unknown.
      const to = words[1];
      if (c.reach !== 'always' || to === undefined || c.words.length > 2) return out;
      cwd = posix.normalize(posix.join(cwd, to));
      continue;
    }
    const tagForm = TAG_COMMANDS.find((f) => f.every((w, k) => words[k] === w));
    if (tagForm) {
      // `docker tag acme/api:dev registry.example.com/acme/api:1.2` after building acme/api:dev: the same build.
      const srcWord = c.words[tagForm.length];
      const src = words[tagForm.length] ?? (srcWord ? nameWithUnknownTag(literalPrefix(srcWord)) : undefined);
      const built = src !== undefined ? out.filter((b) => sameImage(b.image, src)) : [];
      for (let k = tagForm.length + 1; k < c.words.length && built.length > 0; k++) {
        const dst = words[k] ?? nameWithUnknownTag(literalPrefix(c.words[k]!));
        if (dst === undefined || dst.startsWith('-')) continue;
        for (const b of built) out.push({ ...b, image: dst, args: new Map(b.args) });
      }
      continue;
    }
    const form = BUILD_COMMANDS.find((f) => f.every((w, k) => words[k] === w));
    if (!form) continue;
    const tags: string[] = [];
    const args = new Map<string, string>();
    const contexts = new Map<string, BuildContextSpec>();
    let file: string | undefined;
    let target: string | undefined;
    let context: string | undefined;
    let known = true;
    for (let k = form.length; k < words.length; k++) {
      const w = words[k];
      if (w === undefined) {
        // Not known: an option with a value not known (only a tag's name may still be read), or the context (then the
        // build is not known).
        const prefix = literalPrefix(c.words[k]!);
        if (prefix.startsWith('--tag=')) {
          const n = nameWithUnknownTag(prefix.slice('--tag='.length));
          if (n) tags.push(n);
        } else if (!prefix.startsWith('-')) known = false;
        continue;
      }
      const eq = w.startsWith('--') ? w.indexOf('=') : -1;
      const name = eq > 0 ? w.slice(0, eq) : w;
      const value = eq > 0 ? w.slice(eq + 1) : VALUE_OPTIONS.has(w) ? words[++k] : undefined;
      // podman / buildah `--manifest NAME`: the manifest list `podman manifest push` pushes, holding this image.
      if (name === '-t' || name === '--tag' || name === '--manifest') {
        if (value !== undefined) tags.push(value);
        else if (eq < 0 && c.words[k] && words[k] === undefined) {
          // `-t ghcr.io/acme/api:$SHA`: the name is known, the tag is not.
          const n = nameWithUnknownTag(literalPrefix(c.words[k]!));
          if (n) tags.push(n);
        }
      } else if (name === '-f' || name === '--file') file = value;
      else if (name === '--target') target = value;
      else if (name === '--build-arg') {
        const e = value?.indexOf('=') ?? -1;
        if (value !== undefined && e > 0) args.set(value.slice(0, e), value.slice(e + 1));
      } else if (name === '--build-context') {
        const e = value?.indexOf('=') ?? -1;
        if (value !== undefined && e > 0) contexts.set(value.slice(0, e), namedBuildContext(value.slice(e + 1), range, cwd));
      } else if (!w.startsWith('-') && context === undefined) context = w;
    }
    if (known && context !== undefined && isRemoteContext(context)) {
      // Built from a Git or HTTP context the linter does not read: the image is named, nothing is guessed for it.
      for (const image of tags) out.push({ image, dockerfile: '', context: cwd, args: new Map(), external: `from the remote context ${context}` });
      continue;
    }
    if (!known || context === undefined || context === '-') continue;
    const contextPath = posix.normalize(posix.join(cwd, context));
    const dockerfile = file === undefined ? posix.join(contextPath, 'Dockerfile') : file === '-' ? undefined : posix.normalize(posix.join(cwd, file));
    if (dockerfile === undefined) continue;
    for (const image of tags) {
      const b: BuildCommand = { image, dockerfile, context: contextPath, args: new Map(args) };
      if (target) b.target = target;
      if (contexts.size > 0) b.contexts = contexts;
      out.push(b);
    }
  }
  return out;
}

/** `KO_DOCKER_REPO` as a command sees it: its own `KO_DOCKER_REPO=...` prefix, else the environment. */
function koRepo(assignments: readonly ShellAssignment[], env: ReadonlyMap<string, string | undefined>): string | undefined {
  const own = assignments.findLast((a) => a.name === 'KO_DOCKER_REPO');
  if (own) return own.value ? literalValue(own.value) : '';
  return env.get('KO_DOCKER_REPO');
}

/**
 * The images `ko build` makes (ko's pkg/commands/options/publish.go): named from `KO_DOCKER_REPO` by the namer its
 * flags choose (`--bare`: the repository itself; `-B`: the repository joined with the import path's last element;
 * `-P`: with the whole import path; `--local` or a repository `ko.local`: `ko.local/<import path>`), tagged with each
 * of `--tags` (default `latest`). ko's default namer appends an MD5 of the import path: not read. An import path
 * given relative to the directory ko runs in (`.`, `./cmd/api`) is a package directory of the repository; a full one
 * (`github.com/acme/shop/cmd/api`) names its binary, and ko runs in `cwd`.
 */
function koBuild(argWords: readonly ShellWord[], args: readonly (string | undefined)[], repo: string | undefined, cwd: string): BuildCommand[] {
  let namer: 'md5' | 'bare' | 'base' | 'preserve' = 'md5';
  let local = false;
  let tagsKnown = true;
  const tags: string[] = [];
  const paths: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const w = args[k];
    if (w === undefined) {
      // An option whose value is not known (`--tags=$VERSION`): the tags are not; a package not known: skipped.
      if (literalPrefix(argWords[k]!).startsWith('--tags=') || literalPrefix(argWords[k]!).startsWith('-t=')) tagsKnown = false;
      continue;
    }
    if (!w.startsWith('-')) {
      paths.push(w);
      continue;
    }
    const eq = w.indexOf('=');
    const name = eq > 0 ? w.slice(0, eq) : w;
    const switchValue = eq > 0 ? w.slice(eq + 1) !== 'false' : true;
    if (KO_SWITCHES.has(name) || name === '-B' || name === '-P' || name === '-L') {
      if (name === '--bare' && switchValue) namer = 'bare';
      else if ((name === '-B' || name === '--base-import-paths') && switchValue) namer = 'base';
      else if ((name === '-P' || name === '--preserve-import-paths') && switchValue) namer = 'preserve';
      else if (name === '-L' || name === '--local') local = switchValue;
      continue;
    }
    if (!KO_VALUE_OPTIONS.has(name)) continue;
    let value: string | undefined = eq > 0 ? w.slice(eq + 1) : undefined;
    if (eq < 0) {
      k++;
      value = args[k];
    }
    if (name === '--tags' || name === '-t') {
      if (value === undefined) tagsKnown = false;
      else tags.push(...value.split(',').map((t) => t.trim()).filter((t) => t !== ''));
    }
  }
  if (repo === 'ko.local') local = true;
  if (local) namer = 'preserve';
  const registry = local ? 'ko.local' : repo;
  if (registry === undefined || registry === '') return [];
  const out: BuildCommand[] = [];
  for (const path of paths.length > 0 ? paths : ['.']) {
    if (path.includes('...')) continue;
    const relative = path === '.' || path.startsWith('./') || path.startsWith('../');
    let trimmed = path;
    while (trimmed.length > 1 && trimmed.endsWith('/')) trimmed = trimmed.slice(0, -1);
    const importPath = relative ? undefined : trimmed;
    const dir = relative ? posix.normalize(trimmed) : undefined;
    // The element the binary and the `-B` name take: known from the path unless it is the module's root directory.
    const last = importPath ?? (dir !== '.' ? dir : undefined);
    let name: string | undefined;
    if (namer === 'bare') name = registry;
    else if (namer === 'base' && last !== undefined) name = posix.join(registry, posix.basename(last));
    else if (namer === 'preserve' && importPath !== undefined) name = posix.join(registry, importPath);
    if (name === undefined) continue;
    const ko: NonNullable<ImageBuildSpec['ko']> = { packageDir: dir !== undefined ? posix.join(cwd, dir) : cwd, workDir: cwd };
    if (last !== undefined) ko.exe = koExe(last);
    if (importPath !== undefined) ko.importPath = importPath;
    const images = !tagsKnown ? [name] : (tags.length > 0 ? tags : ['latest']).map((t) => `${name}:${t}`);
    for (const image of images) out.push({ image, dockerfile: '', context: cwd, args: new Map(), ko: { ...ko } });
  }
  return out;
}
