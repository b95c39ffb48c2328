// Which config file an OBI or Beyla container reads, and its text: the path from OTEL_EBPF_CONFIG_PATH /
// BEYLA_CONFIG_PATH (which win, as in their main.go) or the `-config` flag, then the volumeMount that holds that
// path, the pod's ConfigMap volume behind it and the ConfigMap key (through `items:` and `subPath`). The file is then
// read with src/parsers/ebpf-config.ts. Anything not known on the way (a Secret or emptyDir volume, a ConfigMap
// outside the repository, a path from a template) leaves the config unknown, with the reason.

import { posix } from 'node:path';
import type { AgentConfigFile, EbpfConfig } from '../model/ebpf.ts';
import type { AgentKind } from '../model/project.ts';
import type { Evidence, SourceFile } from '../model/source.ts';
import type { ConfigMap, Container, Scalar, Workload } from '../model/workload.ts';
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
  const envName = CONFIG_PATH_ENV[kind];
  if (!envName) return undefined;
  const fromEnv = env.get(envName);
  let path: Scalar | undefined;
  let setBy: string;
  const evidence: Evidence[] = [];
  if (fromEnv && fromEnv.value !== '') {
    if (fromEnv.value === undefined || !fromEnv.scalar) {
      const at = fromEnv.scalar ?? fromEnv.evidence[0];
      return at ? { path: { value: '', range: at.range, unknown: true }, setBy: envName, evidence: fromEnv.evidence, reason: `${envName} is not known${fromEnv.reason ? ` (${fromEnv.reason})` : ''}` } : undefined;
    }
    path = { ...fromEnv.scalar, value: fromEnv.value };
    setBy = envName;
    evidence.push(...fromEnv.evidence);
  } else {
    path = goFlagValue([...(c.command?.items ?? []), ...(c.args?.items ?? [])], 'config');
    setBy = '-config';
    if (!path) return undefined;
  }
  const out: AgentConfigFile = { path, setBy, evidence };
  evidence.push({ range: path.range, message: `${setBy} is "${path.value}"` });
  if (path.unknown) return { ...out, reason: `the config path is not known` };
  if (!path.value.startsWith('/')) return { ...out, reason: `the config path "${path.value}" is relative` };
  const want = posix.normalize(path.value);

  // The mount that holds the path: the deepest mountPath at or above it (a subPath mount is the file itself).
  let best: { mount: NonNullable<Container['volumeMounts']>[number]; at: string; rel: string } | undefined;
  for (const m of c.volumeMounts ?? []) {
    if (m.mountPath.unknown || m.name.unknown) continue;
    const norm = posix.normalize(m.mountPath.value);
    const at = norm.length > 1 && norm.endsWith('/') ? norm.slice(0, -1) : norm;
    const rel = want === at ? '' : want.startsWith(`${at}/`) ? want.slice(at.length + 1) : undefined;
    if (rel === undefined || (best && best.at.length >= at.length)) continue;
    best = { mount: m, at, rel };
  }
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

/**
 * The agent's config file selects with the deprecated `discovery.services` section only: OBI / Beyla then ignore
 * OTEL_EBPF_AUTO_TARGET_EXE / BEYLA_AUTO_TARGET_EXE (and OTEL_GO_AUTO_TARGET_EXE, their default).
 */
export function envSelectorIgnored(a: { configFile?: AgentConfigFile }): boolean {
  const c = a.configFile?.config;
  return !!c && !a.configFile!.reason && onlyDeprecatedSelection(c);
}
