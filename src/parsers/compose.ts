// Docker Compose files -> ComposeFile, and the images they build -> ImageBuildSpec.
//
// Follows compose-go (compose-spec/compose-go, 2026-07): `build: <string>` is the context; a build mapping without
// `context` builds `.`; a missing `dockerfile` is `Dockerfile`; string `command`/`entrypoint` are split with
// go-shellwords rules (no variable expansion, stops at an unquoted ; & | < >); the project name is the top-level
// `name:` or the compose file's directory name, lower-cased with everything but [a-z0-9_-] dropped; an image built
// without `image:` is called `<project>-<service>`. YAML booleans are YAML 1.2 core (compose-go uses yaml v4).
// `${VAR}` interpolation is not applied: values are as written.

import { posix } from 'node:path';
import { isMap, isScalar, isSeq } from 'yaml';
import type { ParsedNode, YAMLMap } from 'yaml';
import type { Range, SourceFile } from '../model/source.ts';
import type { ComposeConfig, ComposeFile, ComposeMount, ComposeService, ImageBuildSpec, Scalar } from '../model/workload.ts';
import { classifyName } from '../discover/classify.ts';
import { buildPath, isRemoteContext, namedBuildContext } from './build-context.ts';
import { hasSyntaxErrors, parseYaml, sortProblems } from './yaml.ts';
import type { MapEntry, YamlDoc, YamlReader } from './yaml.ts';

type YMap = YAMLMap<unknown, unknown>;

/** Top-level keys that, with a `services:` mapping, make a Compose file. */
const COMPOSE_TOP_KEYS = new Set([
  'version',
  'name',
  'services',
  'networks',
  'volumes',
  'configs',
  'secrets',
  'include',
  'models',
]);

/**
 * A Compose document: its root is a mapping with a `services:` mapping (or empty `services:`), no `apiVersion` /
 * `kind`, and no top-level keys Compose does not define (besides `x-` extensions). Accepts a parsed document or a
 * file (then its first non-empty document decides).
 */
export function isComposeDocument(input: YamlDoc | SourceFile): boolean {
  if ('reader' in input) return composeRoot(input) !== undefined;
  const { docs } = parseYaml(input, { helm: false });
  const first = docs.find((d) => d.root !== null);
  return first ? composeRoot(first) !== undefined : false;
}

function composeRoot(d: YamlDoc): YMap | undefined {
  if (!d.root || !isMap(d.root)) return undefined;
  const r = d.reader;
  const root = d.root as YMap;
  const services = r.get(root, 'services');
  if (!services || !services.value) {
    // A file named like a Compose file may hold only `include:` (its services all come from the included files).
    if (!(classifyName(r.file.path) === 'compose' && r.get(root, 'include')?.value)) return undefined;
  } else if (!isMap(services.value) && !r.isNull(services.value)) return undefined;
  for (const e of r.entries(root)) {
    if (!COMPOSE_TOP_KEYS.has(e.key) && !e.key.startsWith('x-')) return undefined;
  }
  return root;
}

/** Compose project name normalisation (compose-go loader.NormalizeProjectName). */
export function normalizeProjectName(s: string): string {
  let out = '';
  for (const ch of s.toLowerCase()) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch === '_' || ch === '-') out += ch;
  }
  let i = 0;
  while (i < out.length && (out[i] === '_' || out[i] === '-')) i++;
  return out.slice(i);
}

export function parseCompose(file: SourceFile, opts: { template: boolean } = { template: false }): ComposeFile {
  const parsed = parseYaml(file, { helm: opts.template });
  const out: ComposeFile = { file: file.path, services: [], problems: parsed.problems, directives: parsed.directives };
  if (opts.template) out.template = true;
  if (hasSyntaxErrors(parsed)) out.syntaxErrors = true;
  const dirName = posix.basename(posix.dirname(file.absPath.split('\\').join('/')));
  const fromDir = normalizeProjectName(dirName);
  if (fromDir) out.projectName = fromDir;
  for (const d of parsed.docs) {
    const root = composeRoot(d);
    if (!root) continue;
    const r = d.reader;
    try {
      const nameE = r.get(root, 'name');
      const name = r.entryStr(nameE, { what: 'the project name' });
      if (name && !name.unknown && name.value && !name.value.includes('$')) {
        const n = normalizeProjectName(name.value);
        if (n) out.projectName = n;
      }
      for (const item of r.items(r.seq(r.get(root, 'include')?.value, 'include'))) {
        const inc = readInclude(r, item);
        if (inc) (out.include ??= []).push(inc);
      }
      const configsE = r.get(root, 'configs');
      if (configsE) out.configs = [...(out.configs ?? []), ...readTopConfigs(r, configsE)];
      const servicesE = r.get(root, 'services');
      for (const e of r.entries(r.map(servicesE?.value, 'services'))) {
        if (e.key.startsWith('x-')) continue;
        try {
          out.services.push(readService(r, e));
        } catch (err) {
          r.problem(e.keyNode, `Service ${e.key} could not be read: ${err instanceof Error ? err.message : String(err)}`);
        }
      }
    } catch (err) {
      r.problem(d.root!, `This Compose document could not be read: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  sortProblems(out.problems);
  return out;
}

function readService(r: YamlReader, e: MapEntry): ComposeService {
  const svc: ComposeService = {
    name: r.keyScalar(e),
    environment: [],
    envFiles: [],
    capAdd: [],
    range: r.valueRange(e),
  };
  const m = r.map(e.value, `service ${e.key}`);
  if (!m) return svc;
  const image = r.entryStr(r.get(m, 'image'), { what: 'image' });
  if (image) svc.image = image;
  const build = readBuild(r, r.get(m, 'build'));
  if (build) svc.build = build;
  const entrypoint = readCommand(r, r.get(m, 'entrypoint'));
  if (entrypoint) svc.entrypoint = entrypoint;
  const command = readCommand(r, r.get(m, 'command'));
  if (command) svc.command = command;
  svc.environment = readEnvironment(r, r.get(m, 'environment'));
  svc.envFiles = readEnvFiles(r, r.get(m, 'env_file'));
  const pid = r.entryStr(r.get(m, 'pid'), { what: 'pid' });
  if (pid) svc.pid = pid;
  const containerName = r.entryStr(r.get(m, 'container_name'), { what: 'container_name' });
  if (containerName) svc.containerName = containerName;
  const privE = r.get(m, 'privileged');
  if (privE) {
    const v = r.bool(privE.value, privE.keyNode, 'compose', 'privileged');
    if (v) svc.privileged = v;
    // `privileged: ${PRIV}`: known once interpolated (compose-interpolate.ts casts it).
    const text = v?.unknown ? r.entryStr(privE, { what: 'privileged' }) : undefined;
    if (text && !text.unknown && text.value.includes('$')) svc.privilegedText = text;
  }
  const user = r.entryStr(r.get(m, 'user'), { what: 'user' });
  if (user) svc.user = user;
  const cap = r.strList(r.get(m, 'cap_add'), { what: 'cap_add' });
  if (cap) svc.capAdd = cap.items;
  const volumesE = r.get(m, 'volumes');
  const configsE = r.get(m, 'configs');
  if (volumesE || configsE) svc.mounts = [...readVolumes(r, volumesE), ...readServiceConfigs(r, configsE)];
  const extE = r.get(m, 'extends');
  if (extE?.value && !r.isNull(extE.value)) {
    // `extends: base` (a service of this file) or `extends: {service: base, file: common.yaml}`.
    const short = isScalar(r.deref(extE.value)) ? r.entryStr(extE, { what: 'extends' }) : undefined;
    if (short) svc.extends = { service: short, range: r.valueRange(extE) };
    else {
      const em = r.map(extE.value, 'extends');
      const service = r.entryStr(r.get(em, 'service'), { what: 'extends.service' });
      const file = r.entryStr(r.get(em, 'file'), { what: 'extends.file' });
      if (service) svc.extends = { service, ...(file ? { file } : {}), range: r.valueRange(extE) };
      else svc.incomplete = true;
    }
  }
  return svc;
}

/** An item of `include:`: a path, or `{path: one or a list, project_directory, env_file}`. */
function readInclude(r: YamlReader, item: ParsedNode): NonNullable<ComposeFile['include']>[number] | undefined {
  if (isScalar(item)) {
    const path = r.str(item, undefined, { what: 'an include path' });
    return path ? { path: [path], range: r.range(item) } : undefined;
  }
  const m = r.map(item, 'an item of include');
  if (!m) return undefined;
  const pathE = r.get(m, 'path');
  const path = pathE && isScalar(r.deref(pathE.value)) ? [r.entryStr(pathE, { what: 'path' })].filter((x): x is Scalar => !!x) : (r.strList(pathE, { what: 'path' })?.items ?? []);
  if (path.length === 0) return undefined;
  const out: NonNullable<ComposeFile['include']>[number] = { path, range: r.range(item) };
  const dir = r.entryStr(r.get(m, 'project_directory'), { what: 'project_directory' });
  if (dir) out.projectDirectory = dir;
  const envE = r.get(m, 'env_file');
  const env = envE && isScalar(r.deref(envE.value)) ? [r.entryStr(envE, { what: 'env_file' })].filter((x): x is Scalar => !!x) : (r.strList(envE, { what: 'env_file' })?.items ?? []);
  if (env.length > 0) out.envFile = env;
  return out;
}

type Build = NonNullable<ComposeService['build']>;

function readBuild(r: YamlReader, e: MapEntry | undefined): Build | undefined {
  if (!e || !e.value || r.isNull(e.value)) return undefined;
  const range = r.valueRange(e);
  if (isScalar(e.value)) {
    const context = r.entryStr(e, { what: 'build', stringOnly: true });
    return context ? { context, args: [], range } : undefined;
  }
  const m = r.map(e.value, 'build');
  if (!m) return undefined;
  const context = r.entryStr(r.get(m, 'context'), { what: 'build.context' }) ?? { value: '.', range };
  const b: Build = { context, args: [], range };
  const dockerfile = r.entryStr(r.get(m, 'dockerfile'), { what: 'build.dockerfile' });
  if (dockerfile) b.dockerfile = dockerfile;
  const target = r.entryStr(r.get(m, 'target'), { what: 'build.target' });
  if (target) b.target = target;
  const inline = r.entryStr(r.get(m, 'dockerfile_inline'), { what: 'build.dockerfile_inline' });
  if (inline) b.dockerfileInline = inline;
  b.args = readKeyValues(r, r.get(m, 'args'), 'build.args').map((a) => {
    const arg: Build['args'][number] = { name: a.name.value };
    if (a.value) arg.value = a.value;
    return arg;
  });
  const contexts = readKeyValues(r, r.get(m, 'additional_contexts'), 'build.additional_contexts').flatMap((c) => (c.value ? [{ name: c.name.value, value: c.value }] : []));
  if (contexts.length > 0) b.additionalContexts = contexts;
  return b;
}

/**
 * A list (`- A=b`, `- A`) or mapping (`A: b`, `A:`) of variables. In the list form the name and value ranges are
 * the parts of the item before and after the first `=` (exact when the scalar is plain or quoted without escapes).
 * A variable without a value (`- A`, `A:`) has no value: Compose takes it from its own environment.
 */
type KeyValue = { name: Scalar; value?: Scalar; range: Range };

function readKeyValues(r: YamlReader, e: MapEntry | undefined, what: string): KeyValue[] {
  if (!e || !e.value || r.isNull(e.value)) return [];
  const out: KeyValue[] = [];
  if (isSeq(e.value)) {
    for (const item of r.items(r.seq(e.value, what))) {
      const s = r.str(item, undefined, { what: `an item of ${what}` });
      if (!s) continue;
      const eq = s.value.indexOf('=');
      const name = r.subScalar(s, item, 0, eq < 0 ? s.value.length : eq);
      if (!name.value) continue;
      const kv: KeyValue = { name, range: s.range };
      if (eq >= 0) kv.value = r.subScalar(s, item, eq + 1, s.value.length);
      out.push(kv);
    }
    return out;
  }
  const m = r.map(e.value, what);
  for (const kv of r.entries(m)) {
    const item: KeyValue = { name: r.keyScalar(kv), range: r.entryRange(kv) };
    if (kv.value && !r.isNull(kv.value)) {
      const v = r.str(kv.value, kv.keyNode, { what: `${what} ${kv.key}` });
      if (v) item.value = v;
    }
    out.push(item);
  }
  return out;
}

function readEnvironment(r: YamlReader, e: MapEntry | undefined): ComposeService['environment'] {
  return readKeyValues(r, e, 'environment');
}

function readEnvFiles(r: YamlReader, e: MapEntry | undefined): Scalar[] {
  if (!e || !e.value || r.isNull(e.value)) return [];
  if (isScalar(e.value)) {
    const s = r.entryStr(e, { what: 'env_file' });
    return s ? [s] : [];
  }
  const out: Scalar[] = [];
  for (const item of r.items(r.seq(e.value, 'env_file'))) {
    if (isMap(item)) {
      const p = r.entryStr(r.get(item as YMap, 'path'), { what: 'env_file path' });
      if (p) out.push(p);
      continue;
    }
    const s = r.str(item, undefined, { what: 'env_file' });
    if (s) out.push(s);
  }
  return out;
}

// ---- mounts

const isLetter = (c: string | undefined): boolean => c !== undefined && c.toLowerCase() !== c.toUpperCase();

/**
 * The short volume syntax `[source:]target[:mode]` split as compose-go's ParseVolume splits it: at each `:` outside
 * `${…}`, except the colon of a drive letter (`C:`) that a section starts with. Offsets into `spec`.
 */
export function splitVolumeSpec(spec: string): { source?: [number, number]; target: [number, number] } | { error: string } {
  if (spec.length === 0) return { error: 'the volume is empty' };
  if (spec.length <= 2) return { target: [0, spec.length] };
  const parts: [number, number][] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i <= spec.length; i++) {
    const c = spec[i];
    if (c === '$' && spec[i + 1] === '$') {
      i++; // `$$` is a literal `$`: a `{` after it opens nothing
      continue;
    }
    if (c === '$' && spec[i + 1] === '{') {
      depth++;
      continue;
    }
    if (c === '}' && depth > 0) {
      depth--;
      continue;
    }
    if (c === ':' && i - start === 1 && isLetter(spec[start])) continue;
    if ((c === ':' || c === undefined) && depth === 0) {
      if (i === start) return { error: 'a section between colons is empty' };
      parts.push([start, i]);
      if (parts.length === 3 && c === ':') return { error: 'it has too many colons' };
      start = i + 1;
    }
  }
  // An unclosed `${` runs to the end: Compose rejects the template before it reads the volume.
  if (depth > 0) return { error: 'it has an unclosed "${"' };
  if (parts.length === 1) return { target: parts[0]! };
  return { source: parts[0]!, target: parts[1]! };
}

/** A volume source that is a host path (compose-go isFilePath): `.`, `/`, `~`, `\\`, or a drive letter. */
export function isHostPath(source: string): boolean {
  if (source === '') return false;
  if ('./~'.includes(source[0]!) || source.startsWith('\\\\')) return true;
  return source.length > 2 && isLetter(source[0]) && source[1] === ':';
}

function readVolumes(r: YamlReader, e: MapEntry | undefined): ComposeMount[] {
  const out: ComposeMount[] = [];
  if (!e || !e.value || r.isNull(e.value)) return out;
  for (const item of r.items(r.seq(e.value, 'volumes'))) {
    if (isMap(r.deref(item))) {
      const im = r.map(item, 'a volume') as YMap;
      const type = r.entryStr(r.get(im, 'type'), { what: 'the volume type' });
      const source = r.entryStr(r.get(im, 'source'), { what: 'the volume source' });
      const target = r.entryStr(r.get(im, 'target'), { what: 'the volume target' });
      if (!target) continue;
      const t = !type || type.unknown ? 'other' : type.value === 'bind' ? 'bind' : type.value === 'volume' ? 'volume' : 'other';
      const mount: ComposeMount = { type: t, target, range: r.range(item) };
      if (source) mount.source = source;
      out.push(mount);
      continue;
    }
    const s = r.str(item, undefined, { what: 'a volume' });
    if (!s) continue;
    if (s.unknown) {
      out.push({ type: 'other', target: s, range: s.range });
      continue;
    }
    const split = splitVolumeSpec(s.value);
    if ('error' in split) {
      r.problem(item, `Compose rejects the volume "${s.value}": ${split.error}`);
      continue;
    }
    const target = r.subScalar(s, item, ...split.target);
    if (!split.source) {
      out.push({ type: 'volume', target, range: s.range });
      continue;
    }
    const source = r.subScalar(s, item, ...split.source);
    out.push({ type: isHostPath(source.value) ? 'bind' : 'volume', source, target, range: s.range });
  }
  return out;
}

/** A service's `configs:`: a name (mounted at `/<name>`) or `{source, target}`. */
function readServiceConfigs(r: YamlReader, e: MapEntry | undefined): ComposeMount[] {
  const out: ComposeMount[] = [];
  if (!e || !e.value || r.isNull(e.value)) return out;
  for (const item of r.items(r.seq(e.value, 'configs'))) {
    const range = r.range(item);
    let source: Scalar | undefined;
    let target: Scalar | undefined;
    if (isMap(r.deref(item))) {
      const im = r.map(item, 'a config') as YMap;
      source = r.entryStr(r.get(im, 'source'), { what: 'the config source' });
      target = r.entryStr(r.get(im, 'target'), { what: 'the config target' });
    } else source = r.str(item, undefined, { what: 'a config' });
    if (!source) continue;
    // Without a target, Compose mounts the config at /<name>.
    target ??= { value: `/${source.value}`, range: source.range, implicit: true, ...(source.unknown ? { unknown: true } : {}) };
    out.push({ type: 'config', source, target, range });
  }
  return out;
}

/** Top-level `configs:`: each entry's `file:` or `content:` (`environment:` and `external:` are not read). */
function readTopConfigs(r: YamlReader, e: MapEntry | undefined): ComposeConfig[] {
  const out: ComposeConfig[] = [];
  if (!e || !e.value || r.isNull(e.value)) return out;
  for (const c of r.entries(r.map(e.value, 'configs'))) {
    const cfg: ComposeConfig = { name: r.keyScalar(c), range: r.entryRange(c) };
    const cm = c.value && !r.isNull(c.value) ? r.map(c.value, `config ${c.key}`) : undefined;
    const file = r.entryStr(r.get(cm, 'file'), { what: 'the config file' });
    if (file) cfg.file = file;
    const content = r.entryStr(r.get(cm, 'content'), { what: 'the config content' });
    if (content) cfg.content = content;
    out.push(cfg);
  }
  return out;
}

type Command = NonNullable<ComposeService['command']>;

function readCommand(r: YamlReader, e: MapEntry | undefined): Command | undefined {
  if (!e || !e.value) return undefined;
  const keyRange = r.range(e.keyNode);
  const range = r.valueRange(e);
  if (r.isNull(e.value)) return undefined;
  if (isScalar(e.value)) {
    const s = r.entryStr(e, { what: e.key });
    if (!s) return undefined;
    const cmd: Command = { items: [], string: s, range, keyRange };
    if (s.unknown) return cmd;
    const split = splitShellWords(s.value);
    if (split.error) r.problem(e.value, `Compose cannot split this ${e.key}: ${split.error}`);
    else {
      const node = e.value as ParsedNode;
      // The range covers the word as written (quotes included); the value is the word after unquoting.
      cmd.items = split.words.map((w) => ({ ...r.subScalar(s, node, w.start, w.end), value: w.value }));
    }
    return cmd;
  }
  const list = r.strList(e, { what: e.key });
  return list ? { items: list.items, range: list.range, keyRange } : undefined;
}

export interface ShellWord {
  value: string;
  /** [start, end) in the input string (including quotes). */
  start: number;
  end: number;
}

/**
 * Splits a string the way compose-go does for string `command:` / `entrypoint:` (mattn/go-shellwords with its
 * defaults): whitespace separates words, '...' and "..." group, a backslash escapes the next character (`\n`, `\t`
 * become newline and tab) except inside '...', `$(...)` and backquotes are kept as text, and an unquoted `;`, `&`,
 * `|`, `<` or `>` ends the command line (the rest is ignored). A bare `(` or `)` or an unclosed quote is an error.
 */
export function splitShellWords(line: string): { words: ShellWord[]; error?: string; stoppedAt?: number } {
  const words: ShellWord[] = [];
  let buf = '';
  let start = -1;
  let got = false;
  let escaped = false;
  let dq = false;
  let sq = false;
  let bq = false;
  let dollar = false;
  let stoppedAt: number | undefined;
  const push = (end: number): void => {
    if (got) words.push({ value: buf, start, end });
    buf = '';
    got = false;
    start = -1;
  };
  const mark = (i: number): void => {
    if (start < 0) start = i;
  };
  let i = 0;
  for (; i < line.length; i++) {
    let c = line[i]!;
    if (escaped) {
      escaped = false;
      if (bq || dollar) buf += `\\${c}`;
      else {
        if (c === 't') c = '\t';
        else if (c === 'n') c = '\n';
        buf += c;
      }
      got = true;
      continue;
    }
    if (c === '\\') {
      mark(i);
      if (sq) buf += c;
      else escaped = true;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      if (sq || dq || bq || dollar) buf += c;
      else if (got) push(i);
      else start = -1;
      continue;
    }
    if (c === '`' && !sq && !dq && !dollar) bq = !bq;
    else if (c === ')' && !sq && !dq && !bq) {
      if (!dollar) return { words, error: 'unexpected `)`' };
      buf += c;
      dollar = false;
      got = true;
      continue;
    } else if (c === '(' && !sq && !dq && !bq) {
      if (!dollar && buf.endsWith('$') && !buf.endsWith('\\$')) {
        dollar = true;
        buf += c;
        continue;
      }
      return { words, error: 'unexpected `(`' };
    } else if (c === '"' && !sq && !dollar && !bq) {
      mark(i);
      if (dq) got = true;
      dq = !dq;
      continue;
    } else if (c === "'" && !dq && !dollar && !bq) {
      mark(i);
      if (sq) got = true;
      sq = !sq;
      continue;
    } else if ((c === ';' || c === '&' || c === '|' || c === '<' || c === '>') && !sq && !dq && !bq && !dollar) {
      // `2>file`: the digits are a redirection, not a word.
      if (c === '>' && buf.length > 0 && [...buf].every((d) => d >= '0' && d <= '9')) {
        got = false;
        buf = '';
      }
      stoppedAt = i;
      break;
    }
    mark(i);
    got = true;
    buf += c;
  }
  if (escaped || sq || dq || bq || dollar) return { words, error: 'unterminated quote or escape' };
  push(stoppedAt ?? i);
  const res: { words: ShellWord[]; stoppedAt?: number } = { words };
  if (stoppedAt !== undefined) res.stoppedAt = stoppedAt;
  return res;
}

/**
 * The images a Compose file builds. `fileDir` is the compose file's directory relative to the working directory;
 * contexts are made relative to the working directory, Dockerfiles relative to their context. Remote contexts (git
 * URLs) and `dockerfile_inline` builds give no spec.
 */
export function composeBuildSpecs(cf: ComposeFile, fileDir: string, serviceOf?: Map<ImageBuildSpec, string>): ImageBuildSpec[] {
  const out: ImageBuildSpec[] = [];
  const byService = new Map<string, ImageBuildSpec>();
  const project = cf.projectName ?? (normalizeProjectName(posix.basename(posix.resolve('/', fileDir))) || 'default');
  for (const svc of cf.services) {
    const b = svc.build;
    if (!b || b.context.unknown || (b.dockerfileInline && !b.dockerfile)) continue;
    const ctx = b.context.value;
    if (isRemoteContext(ctx)) continue;
    const context = buildPath(fileDir || '.', ctx);
    const dockerfile = buildPath(context, b.dockerfile?.value ?? 'Dockerfile');
    const args = new Map<string, string>();
    for (const a of b.args) if (a.value && !a.value.unknown) args.set(a.name, a.value.value);
    const spec: ImageBuildSpec = {
      image: svc.image && !svc.image.unknown && svc.image.value ? svc.image.value : `${project}-${svc.name.value}`,
      dockerfile,
      context: stripDot(context),
      args,
      source: { kind: 'compose', range: b.range },
    };
    if (b.target && !b.target.unknown) spec.target = b.target.value;
    out.push(spec);
    byService.set(svc.name.value, spec);
    serviceOf?.set(spec, svc.name.value);
  }
  // Named contexts: `service:<name>` is the image that service builds; a directory is relative to the project's.
  for (const svc of cf.services) {
    const spec = byService.get(svc.name.value);
    const contexts = svc.build?.additionalContexts?.filter((c) => !c.value.unknown);
    if (!spec || !contexts || contexts.length === 0) continue;
    spec.contexts = new Map();
    for (const c of contexts) {
      spec.contexts.set(c.name, namedBuildContext(c.value.value, c.value.range, fileDir || '.', (kind, name) => {
        const other = kind === 'service' && name !== svc.name.value ? byService.get(name) : undefined;
        return other ? { spec: other, how: `built from ${other.dockerfile} by the compose service "${name}" at ${other.source.range.file}:${other.source.range.line}` } : undefined;
      }));
    }
  }
  return out;
}

function stripDot(p: string): string {
  return p === '' ? '.' : p.endsWith('/') && p.length > 1 ? p.slice(0, -1) : p;
}
