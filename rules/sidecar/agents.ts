// What the sidecar rules ask about agents: labels for messages, the agent's version from its image tag, which image
// it runs, and the command line the container really starts (agent-facts §2 and §6: `command` replaces the image's
// ENTRYPOINT and drops CMD, `args` replaces CMD; the official image has only CMD ["/otel-go-instrumentation"]).

import { posix } from 'node:path';
import type { AgentContainer, Deployment } from '../../src/model/project.ts';
import type { ConfigMap, Scalar, Workload } from '../../src/model/workload.ts';
import type { ProjectModel } from '../../src/model/project.ts';
import { baseImageFacts } from '../../src/infer/base-images.ts';
import { AGENT_BINARY } from '../../src/link/deployments.ts';
import { modelConfigMaps } from '../../src/link/env.ts';

export { AGENT_BINARY };

/** `Deployment api`, `Pod web` */
export function workloadLabel(w: Workload): string {
  return w.name && !w.name.unknown ? `${w.kind} ${w.name.value}` : w.kind;
}

/** `container "otel-go-agent"` / `service "otel-go-agent"` */
export function agentLabel(a: AgentContainer): string {
  return a.platform === 'k8s' ? `container "${a.name}"` : `service "${a.name}"`;
}

/** `the Go agent`, `OBI`, `Beyla` */
export function agentKindLabel(a: AgentContainer): string {
  return a.kind === 'go-auto' ? 'the Go agent' : a.kind === 'obi' ? 'OBI' : 'Beyla';
}

/** The agent container also runs the application (the agent binary copied into the application image). */
export function agentIsAlsoApp(d: Deployment, a: AgentContainer): boolean {
  return d.apps.some((app) => (a.container && app.container === a.container) || (a.service && app.service === a.service));
}

/** [major, minor, patch] of an agent version or image tag such as `v0.24.0` or `v0.18.0-alpha`; undefined otherwise. */
export function agentVersion(version: string | undefined): [number, number, number] | undefined {
  if (!version) return undefined;
  const v = version.startsWith('v') ? version.slice(1) : version;
  const parts = v.split('-')[0]!.split('.');
  if (parts.length !== 3 || parts.some((p) => p === '' || ![...p].every((c) => c >= '0' && c <= '9'))) return undefined;
  return [Number(parts[0]), Number(parts[1]), Number(parts[2])];
}

/** -1, 0 or 1. */
export function compareVersion(a: [number, number, number], b: [number, number, number]): number {
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return 0;
}

/** The image the agent container or service names, when it is a literal. */
export function agentImage(a: AgentContainer): Scalar | undefined {
  const image = a.container?.image ?? a.service?.image;
  return image && !image.unknown ? image : undefined;
}

/** The agent runs the official Go agent image (distroless, CMD ["/otel-go-instrumentation"], no ENTRYPOINT, no shell). */
export function runsOfficialImage(a: AgentContainer): boolean {
  const image = agentImage(a);
  if (!image || a.kind !== 'go-auto') return false;
  const facts = baseImageFacts(image.value);
  return facts.agent === 'go-auto' && facts.cmd !== undefined;
}

export const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'busybox']);

export interface AgentCommandLine {
  /** The first word: the program the container starts (undefined: the image's CMD, the agent binary). */
  program?: Scalar;
  /** Where the program comes from, for messages: `command:`, `args:`, `entrypoint:`. */
  programFrom?: 'command' | 'args' | 'entrypoint';
  /** The words after the program (or every word, when the program word is itself a flag). */
  words: Scalar[];
  /** Some word cannot be known (a template expression, a compose string Compose cannot split). */
  unknown: boolean;
}

/**
 * The command line the agent container starts, for a container whose image's ENTRYPOINT/CMD are known (the official
 * image) or whose command names the agent binary. Undefined when it depends on an image the repository does not
 * describe (a custom image and no `command:`).
 */
export function agentCommandLine(a: AgentContainer): AgentCommandLine | undefined {
  const official = runsOfficialImage(a);
  let first: { items: Scalar[]; from: 'command' | 'args' | 'entrypoint' } | undefined;
  let rest: Scalar[] = [];
  let unknown = false;
  if (a.container) {
    const c = a.container;
    if (c.templated) unknown = true;
    if (c.command) {
      first = { items: c.command.items, from: 'command' };
      rest = c.args?.items ?? [];
    } else if (c.args && official) first = { items: c.args.items, from: 'args' };
    else if (!official) return undefined;
  } else if (a.service) {
    const s = a.service;
    if (s.entrypoint?.string?.unknown || s.command?.string?.unknown) unknown = true;
    if (s.entrypoint) {
      first = { items: s.entrypoint.items, from: 'entrypoint' };
      rest = s.command?.items ?? [];
    } else if (s.command && official) first = { items: s.command.items, from: 'command' };
    else if (!official) return undefined;
  } else return undefined;
  if (!first) return { words: [], unknown };
  const all = [...first.items, ...rest];
  if (all.some((w) => w.unknown)) unknown = true;
  const program = first.items[0];
  if (!program) return { words: rest, unknown };
  if (program.value.startsWith('-')) return { words: all, unknown, programFrom: first.from };
  return { program, programFrom: first.from, words: all.slice(1), unknown };
}

/** The program word names the agent binary (by its base name). */
export function namesAgentBinary(s: Scalar | undefined): boolean {
  return s !== undefined && posix.basename(s.value) === 'otel-go-instrumentation';
}

/** A flag word of Go's flag package: `-name`, `--name`, `-name=value`. */
function flagName(word: string): { name: string; value?: string } | undefined {
  if (!word.startsWith('-') || word === '-' || word === '--') return undefined;
  const body = word.startsWith('--') ? word.slice(2) : word.slice(1);
  if (body === '' || body.startsWith('-') || body.startsWith('=')) return undefined;
  const eq = body.indexOf('=');
  return eq < 0 ? { name: body } : { name: body.slice(0, eq), value: body.slice(eq + 1) };
}

/** Flags that take a value (`-target-exe /x`); the others are booleans or unknown. */
const VALUE_FLAGS = new Set(['target-exe', 'target-pid', 'log-level']);

/**
 * The flags Go's flag package parses from `words`: it stops at the first word that is not a flag, or after `--`.
 * Each with the word that holds it and the value word (for `-name value`).
 */
export function parseFlags(words: Scalar[]): { name: string; word: Scalar; value?: Scalar; inline?: string }[] {
  const out: { name: string; word: Scalar; value?: Scalar; inline?: string }[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.unknown) break;
    if (w.value === '--') break;
    const f = flagName(w.value);
    if (!f) break;
    const entry: { name: string; word: Scalar; value?: Scalar; inline?: string } = { name: f.name, word: w };
    if (f.value !== undefined) entry.inline = f.value;
    else if (VALUE_FLAGS.has(f.name) && words[i + 1]) {
      entry.value = words[i + 1]!;
      i++;
    }
    out.push(entry);
  }
  return out;
}

/** Every ConfigMap of the model (memoised per model: findConfigMap indexes the array it is given). */
export function configMapsOf(model: ProjectModel): ConfigMap[] {
  return modelConfigMaps(model);
}
