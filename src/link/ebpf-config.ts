// Which config file an OBI or Beyla container reads, and its text: the path from OTEL_EBPF_CONFIG_PATH /
// BEYLA_CONFIG_PATH (which win, as in their main.go) or the `-config` flag, then the volumeMount that holds that
// path, the pod's ConfigMap volume behind it and the ConfigMap key (through `items:` and `subPath`). The file is then
// read with src/parsers/ebpf-config.ts. Anything not known on the way (a Secret or emptyDir volume, a ConfigMap
// outside the repository, a path from a template) leaves the config unknown, with the reason.

import { posix } from 'node:path';
import type { AgentConfigFile, EbpfConfig } from '../model/ebpf.ts';
import type { AgentKind } from '../model/project.ts';
import type { Evidence, SourceFile } from '../model/source.ts';
import type { ComposeFile, ComposeService, ConfigMap, Container, Scalar, Workload } from '../model/workload.ts';
import { onlyDeprecatedSelection, parseEbpfConfig } from '../parsers/ebpf-config.ts';
import { goFlagValue } from './command.ts';
import { workloadConfigMap, type EnvValue } from './env.ts';

export const CONFIG_PATH_ENV: Partial<Record<AgentKind, string>> = { obi: 'OTEL_EBPF_CONFIG_PATH', beyla: 'BEYLA_CONFIG_PATH' };

/** Config files read, by the ConfigMap value that holds them: several pods may mount one. */
const parsed = new WeakMap<Scalar, EbpfConfig>();

function readConfig(file: SourceFile, value: Scalar): EbpfConfig {
  let c = parsed.get(value);
  if (!c) {
    c = parseEbpfConfig(file, value);
    parsed.set(value, c);
  }
  return c;
}

/** A variable of the agent's environment as the linker knows it (undefined from the lookup: not set). */
export interface AgentEnvValue {
  /** Undefined when it cannot be known. */
  value?: string;
  /** The literal that writes it (what a fix would edit). */
  scalar?: Scalar;
  evidence: Evidence[];
  reason?: string;
}

export type AgentEnvLookup = (name: string) => AgentEnvValue | undefined;

type Start = { done: AgentConfigFile | undefined } | { out: AgentConfigFile; want: string };

/**
 * The config path an agent is given: the variable (which wins), else `-config` on its command line. `done` when that
 * already decides (no path, or one that cannot be followed); else the absolute, normalised path to look for.
 */
function configPath(kind: AgentKind, env: AgentEnvLookup, commandLine: Scalar[]): Start {
  const envName = CONFIG_PATH_ENV[kind];
  if (!envName) return { done: undefined };
  const fromEnv = env(envName);
  let path: Scalar | undefined;
  let setBy: string;
  const evidence: Evidence[] = [];
  if (fromEnv && fromEnv.value !== '') {
    if (fromEnv.value === undefined || !fromEnv.scalar) {
      const at = fromEnv.scalar ?? fromEnv.evidence[0];
      return { done: at ? { path: { value: '', range: at.range, unknown: true }, setBy: envName, evidence: fromEnv.evidence, reason: `${envName} is not known${fromEnv.reason ? ` (${fromEnv.reason})` : ''}` } : undefined };
    }
    path = { ...fromEnv.scalar, value: fromEnv.value };
    setBy = envName;
    evidence.push(...fromEnv.evidence);
  } else {
    path = goFlagValue(commandLine, 'config');
    setBy = '-config';
    if (!path) return { done: undefined };
  }
  const out: AgentConfigFile = { path, setBy, evidence };
  evidence.push({ range: path.range, message: `${setBy} is "${path.value}"` });
  if (path.unknown) return { done: { ...out, reason: `the config path is not known` } };
  if (!path.value.startsWith('/')) return { done: { ...out, reason: `the config path "${path.value}" is relative` } };
  return { out, want: posix.normalize(path.value) };
}

/** The deepest of `mounts` whose path in the container is `want` or a directory above it, and `want` below it. */
function deepestMount<M>(mounts: M[], at: (m: M) => Scalar | undefined, want: string): { mount: M; rel: string } | undefined {
  let best: { mount: M; at: string; rel: string } | undefined;
  for (const m of mounts) {
    const p = at(m);
    if (!p || p.unknown) continue;
    const norm = posix.normalize(p.value);
    const dir = norm.length > 1 && norm.endsWith('/') ? norm.slice(0, -1) : norm;
    const rel = want === dir ? '' : want.startsWith(`${dir}/`) ? want.slice(dir.length + 1) : undefined;
    if (rel === undefined || (best && best.at.length >= dir.length)) continue;
    best = { mount: m, at: dir, rel };
  }
  return best;
}

/** A Kubernetes container's environment as an AgentEnvLookup. */
export function k8sEnvLookup(env: ReadonlyMap<string, EnvValue>): AgentEnvLookup {
  return (name) => env.get(name);
}

/** A compose service's environment (interpolated) as an AgentEnvLookup. */
export function composeEnvLookup(s: ComposeService): AgentEnvLookup {
  return (name) => {
    const e = s.environment.find((x) => x.name.value === name);
    if (!e) return undefined;
    if (!e.value) return { evidence: [{ range: e.range, message: `${name} is taken from the shell that runs Compose` }], reason: 'taken from the shell that runs Compose' };
    const evidence = e.value.via?.evidence ?? [];
    return e.value.unknown ? { scalar: e.value, evidence, reason: 'it is interpolated from a variable that is not known' } : { value: e.value.value, scalar: e.value, evidence };
  };
}

/**
 * The config file of an OBI or Beyla container in a pod, or undefined when it reads none (no variable, no flag).
 */
export function podAgentConfig(
  kind: AgentKind,
  c: Container,
  env: ReadonlyMap<string, EnvValue>,
  w: Workload,
  configMaps: ConfigMap[],
  files: Map<string, SourceFile>,
): AgentConfigFile | undefined {
  const start = configPath(kind, k8sEnvLookup(env), [...(c.command?.items ?? []), ...(c.args?.items ?? [])]);
  if ('done' in start) return start.done;
  const { out, want } = start;
  const { evidence } = out;

  // The mount that holds the path: the deepest mountPath at or above it (a subPath mount is the file itself).
  const best = deepestMount(c.volumeMounts ?? [], (m) => (m.name.unknown ? undefined : m.mountPath), want);
  if (!best) return { ...out, reason: `no volumeMount of container "${c.name?.value ?? ''}" holds ${want}` };
  const { mount } = best;
  evidence.push({ range: mount.range, message: `volume "${mount.name.value}" is mounted at ${mount.mountPath.value}${mount.subPath ? ` (subPath ${mount.subPath.value})` : ''}` });
  // The file's path inside the volume.
  const sub = mount.subPath && !mount.subPath.unknown ? mount.subPath.value : mount.subPath ? undefined : '';
  if (sub === undefined) return { ...out, reason: 'the volumeMount subPath is not known' };
  const inVolume = posix.join(sub, best.rel);
  const volume = w.pod.volumes?.find((v) => !v.name.unknown && v.name.value === mount.name.value);
  if (!volume) return { ...out, reason: `the pod has no volume "${mount.name.value}"` };
  if (!volume.configMap) return { ...out, reason: `volume "${volume.name.value}" is not a ConfigMap volume` };
  const cmRef = volume.configMap;
  if (cmRef.name.unknown) return { ...out, reason: 'the ConfigMap volume\'s name is not known' };
  let key: string | undefined = inVolume;
  if (cmRef.items) {
    const item = cmRef.items.find((x) => !x.path.unknown && posix.normalize(x.path.value) === inVolume);
    key = item && !item.key.unknown ? item.key.value : undefined;
  } else if (inVolume.includes('/')) key = undefined;
  evidence.push({ range: cmRef.range, message: `volume "${volume.name.value}" is ConfigMap ${cmRef.name.value}` });
  if (key === undefined) return { ...out, reason: `ConfigMap volume "${volume.name.value}" puts no key at ${inVolume}` };
  const cm = workloadConfigMap(w, configMaps, cmRef.name.value);
  if (!cm) return { ...out, reason: `ConfigMap ${cmRef.name.value} is not in the repository` };
  const value = cm.data.get(key);
  if (!value) return { ...out, reason: cm.incomplete ? `ConfigMap ${cmRef.name.value} is not fully known` : `ConfigMap ${cmRef.name.value} has no key ${key}` };
  evidence.push({ range: value.keyRange ?? value.range, message: `ConfigMap ${cmRef.name.value} key ${key} holds the config file` });
  if (value.unknown) return { ...out, reason: `ConfigMap ${cmRef.name.value} key ${key} is not known` };
  const file = files.get(value.range.file);
  if (!file) return { ...out, reason: `${value.range.file} was not read` };
  out.config = readConfig(file, value);
  out.where = `ConfigMap ${cmRef.name.value}, key ${key}`;
  if (out.config.unreadable) out.reason = out.config.unreadable;
  return out;
}

/** What composeAgentConfig may read of the repository. */
export interface ConfigFileAccess {
  stat: (path: string) => 'file' | 'dir' | undefined;
  /** A file of the repository (undefined: missing or unreadable). */
  load: (path: string) => SourceFile | undefined;
  /** The file a range is in (a compose file, for inline `content:`). */
  file: (path: string) => SourceFile | undefined;
}

const parsedFiles = new WeakMap<SourceFile, EbpfConfig>();

/**
 * The config file of an OBI or Beyla compose service, or undefined when it reads none: the mount that holds the
 * path (a `volumes:` bind mount of a repository file or directory, or a `configs:` entry with `file:` or
 * `content:`), then the file.
 */
export function composeAgentConfig(kind: AgentKind, s: ComposeService, cf: ComposeFile, io: ConfigFileAccess): AgentConfigFile | undefined {
  const start = configPath(kind, composeEnvLookup(s), [...(s.entrypoint?.items ?? []), ...(s.command?.items ?? [])]);
  if ('done' in start) return start.done;
  const { out, want } = start;
  const { evidence } = out;
  const best = deepestMount(s.mounts ?? [], (m) => m.target, want);
  if (!best) return { ...out, reason: `no volume or config of service "${s.name.value}" is mounted at ${want}` };
  const { mount: m, rel } = best;
  const source = m.source && !m.source.unknown ? m.source.value : undefined;
  if (m.type === 'config') {
    evidence.push({ range: m.range, message: `config ${source ?? '(a name not known)'} is mounted at ${m.target.value}` });
    if (source === undefined) return { ...out, reason: 'the config\'s name is not known' };
    if (rel !== '') return { ...out, reason: `config ${source} is a file, mounted at ${m.target.value}: it holds no ${want}` };
    const c = cf.configs?.find((x) => x.name.value === source);
    if (!c) return { ...out, reason: `${cf.file} defines no config ${source}` };
    if (c.content) {
      evidence.push({ range: c.content.range, message: `config ${source} holds the config file` });
      const file = io.file(c.content.range.file);
      if (c.content.unknown || c.content.value.includes('$') || !file) return { ...out, reason: `the content of config ${source} is interpolated by Compose` };
      out.config = readConfig(file, c.content);
      out.where = `config ${source} of ${cf.file}`;
      if (out.config.unreadable) out.reason = out.config.unreadable;
      return out;
    }
    if (!c.file) return { ...out, reason: `config ${source} is neither a file nor inline content` };
    evidence.push({ range: c.file.range, message: `config ${source} is the file ${c.file.value}` });
    if (c.file.unknown) return { ...out, reason: `the file of config ${source} is not known` };
    return readMountedFile(out, c.file.value, posix.dirname(c.range.file), io);
  }
  const what = m.type === 'bind' ? `host path ${source ?? '(not known)'}` : m.type === 'volume' ? (source !== undefined ? `volume ${source}` : 'an anonymous volume') : 'a volume';
  evidence.push({ range: m.range, message: `${what} is mounted at ${m.target.value}` });
  if (m.type !== 'bind') return { ...out, reason: m.type === 'volume' ? `${want} is in ${source !== undefined ? `the named volume ${source}` : 'an anonymous volume'}, not in the repository` : `${want} is not in a bind mount of the repository` };
  if (source === undefined) return { ...out, reason: 'the bind mount\'s host path is not known' };
  return readMountedFile(out, rel === '' ? source : posix.join(source, rel), posix.dirname(cf.file), io);
}

/** Reads the host file `hostPath` (relative to `dir`, the compose project's directory) as the agent's config. */
function readMountedFile(out: AgentConfigFile, hostPath: string, dir: string, io: ConfigFileAccess): AgentConfigFile {
  if (hostPath.startsWith('~') || posix.isAbsolute(hostPath) || hostPath.includes('\\') || hostPath[1] === ':') {
    return { ...out, reason: `the host path ${hostPath} is outside the repository` };
  }
  const path = posix.normalize(posix.join(dir, hostPath));
  const kind = io.stat(path);
  if (kind === 'dir') return { ...out, reason: `${path} is a directory` };
  const file = kind === 'file' ? io.load(path) : undefined;
  if (!file) return { ...out, reason: `${path} is not in the repository` };
  out.evidence.push({ range: file.lines.range(file.path, 0, 0), message: `the config file is ${file.path}` });
  let c = parsedFiles.get(file);
  if (!c) {
    c = parseEbpfConfig(file);
    parsedFiles.set(file, c);
  }
  out.config = c;
  if (c.unreadable) out.reason = c.unreadable;
  return out;
}

/** A `${VAR}` reference at `at` in an OBI / Beyla config text (`$(VAR)` too for OBI), or undefined. */
function configRef(text: string, at: number, parens: boolean): { end: number; name: string; fallback: string; escaped: boolean } | undefined {
  const opener = (c: string | undefined): boolean => c === '{' || (parens && c === '(');
  const closer = (c: string | undefined): boolean => c === '}' || (parens && c === ')');
  const escaped = text[at + 1] === '$' && opener(text[at + 2]);
  const open = escaped ? at + 2 : at + 1;
  if (!opener(text[open])) return undefined;
  const nameAt = (k: number): number => {
    const c = text[k];
    if (c === undefined || !(c === '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return k;
    let e = k + 1;
    for (let d = text[e]; d !== undefined && (d === '_' || (d >= 'A' && d <= 'Z') || (d >= 'a' && d <= 'z') || (d >= '0' && d <= '9')); d = text[++e]);
    return e;
  };
  // `env:` is an optional prefix of the name (`${env:-x}` is the variable env with a default).
  for (const k of text.startsWith('env:', open + 1) ? [open + 5, open + 1] : [open + 1]) {
    const e = nameAt(k);
    if (e === k) continue;
    const name = text.slice(k, e);
    if (closer(text[e])) return { end: e + 1, name, fallback: '', escaped };
    if (text[e] === ':' && text[e + 1] === '-') {
      let f = e + 2;
      while (f < text.length && !closer(text[f])) f++;
      if (f < text.length) return { end: f + 1, name, fallback: text.slice(e + 2, f), escaped };
    }
  }
  return undefined;
}

/**
 * A config file value as OBI and Beyla read it: before parsing the file they replace `${VAR}`, `${env:VAR}` and
 * `${VAR:-default}` with the agent's environment (an empty or unset variable gives the default, else nothing); OBI
 * also `$(VAR)`; `$${VAR}` is the literal `${VAR}` (pkg/config/env_replacer.go). A variable the linker does not see
 * set (it may come from the agent's image) or whose value is not known makes the value unknown.
 */
export function expandConfigVars(text: string, kind: AgentKind, env: AgentEnvLookup): { value: string; evidence: Evidence[] } | { reason: string } {
  let out = '';
  const evidence: Evidence[] = [];
  let i = 0;
  for (let d = text.indexOf('$'); d >= 0; d = text.indexOf('$', d + 1)) {
    if (d < i) continue;
    const ref = configRef(text, d, kind === 'obi');
    if (!ref) continue;
    out += text.slice(i, d);
    i = ref.end;
    if (ref.escaped) {
      out += text.slice(d, ref.end).split('$$').join('$');
      continue;
    }
    const v = env(ref.name);
    if (v && v.value === undefined) return { reason: `${ref.name} is not known${v.reason ? ` (${v.reason})` : ''}` };
    if (v) evidence.push(...v.evidence, ...(v.scalar ? [{ range: v.scalar.range, message: `${ref.name} is "${v.value}"` }] : []));
    if (v?.value) out += v.value;
    else if (ref.fallback !== '') out += ref.fallback;
    else if (!v) return { reason: `${ref.name} is not set in the agent's environment here (it may come from its image)` };
  }
  return { value: out + text.slice(i), evidence };
}

/**
 * A Beyla release before 2.5.0 (its image tag says so): it selects by regular expressions only (`BEYLA_EXECUTABLE_NAME`,
 * with `OTEL_GO_AUTO_TARGET_EXE` as an alias, and `discovery.services`), and knows neither `BEYLA_AUTO_TARGET_EXE` nor
 * `discovery.instrument` (pkg/beyla/config.go and pkg/services/criteria.go at v2.4.x and v2.5.0). What the glob checks
 * say does not apply to it. An unknown version (`latest`, `main`, a digest) is taken as a current one.
 */
export function beylaBeforeGlobs(a: { kind: AgentKind; version?: string }): boolean {
  if (a.kind !== 'beyla' || !a.version) return false;
  const v = a.version.startsWith('v') ? a.version.slice(1) : a.version;
  const parts = v.split(/[-+]/)[0]!.split('.');
  if (parts.length < 2 || !parts.every((p) => p !== '' && [...p].every((c) => c >= '0' && c <= '9'))) return false;
  const [major, minor] = parts.map(Number) as [number, number];
  return major < 2 || (major === 2 && minor < 5);
}

/**
 * The agent's config file selects with the deprecated `discovery.services` section only: OBI / Beyla then ignore
 * OTEL_EBPF_AUTO_TARGET_EXE / BEYLA_AUTO_TARGET_EXE (and OTEL_GO_AUTO_TARGET_EXE, their default).
 */
export function envSelectorIgnored(a: { configFile?: AgentConfigFile }): boolean {
  const c = a.configFile?.config;
  return !!c && !a.configFile!.reason && onlyDeprecatedSelection(c);
}
