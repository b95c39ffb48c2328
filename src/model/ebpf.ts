// An OBI or Beyla config file as the agent reads it: only what selects the processes to instrument
// (src/parsers/ebpf-config.ts reads it, src/link/ebpf-config.ts finds it).

import type { Evidence, ParseProblem, Range } from './source.ts';
import type { Scalar } from './workload.ts';

/** One item of `discovery.instrument` or `discovery.services`. */
export interface EbpfSelector {
  /** `exe_path`, when the item has one. */
  exePath?: Scalar;
  /** The item also selects by something else (ports, Kubernetes metadata, …): all of it must match. */
  otherAttributes?: boolean;
  range: Range;
}

/** An exe_path item of `discovery.exclude_instrument`, as one agent reads it (its `${VAR}` replaced). */
export interface EbpfExclusion {
  /** Position in the list. */
  index: number;
  value: Scalar;
  /** The glob, when known. */
  resolved?: string;
  /** How the variables it refers to were set. */
  evidence: Evidence[];
}

export interface EbpfConfig {
  /** The cwd-relative file the text is in (the file itself, or the manifest of the ConfigMap that holds it). */
  file: string;
  /** `discovery.instrument` items. */
  instrument: EbpfSelector[];
  /** `discovery.exclude_instrument` items. */
  exclusions: EbpfSelector[];
  /** `discovery.services` items (deprecated: `exe_path` is a regular expression). */
  services: EbpfSelector[];
  /** `discovery.exclude_services` has items. */
  excludeServices: boolean;
  /** The `services:` key under `discovery:`, when written. */
  servicesKey?: Range;
  /** The `instrument:` key under `discovery:`, when written. */
  instrumentKey?: Range;
  /**
   * The `default_exclude_instrument:` key under `discovery:`, when written: the file then replaces the built-in
   * exclusions (src/link/ebpf-defaults.ts).
   */
  defaultExcludeKey?: Range;
  /** Syntax errors and values of the wrong type, with ranges in `file`. */
  problems: ParseProblem[];
  /** The text could not be read in place (a folded or quoted ConfigMap value): nothing else here is known. */
  unreadable?: string;
}

/** The config file an OBI or Beyla container reads (`OTEL_EBPF_CONFIG_PATH`, `BEYLA_CONFIG_PATH` or `-config`). */
export interface AgentConfigFile {
  /** The path the agent is given, at the scalar that gives it (`unknown` when it cannot be known). */
  path: Scalar;
  /** The variable or flag that gives it. */
  setBy: string;
  /** How the file was found: the path's setting, the volumeMount, the volume, the ConfigMap key. */
  evidence: Evidence[];
  /** What the file selects, when it was found and read. */
  config?: EbpfConfig;
  /** Where its text is, for messages ("ConfigMap obi-config, key config.yml"). */
  where?: string;
  /** Why the file, or its content, is not known. */
  reason?: string;
  /** Its `discovery.exclude_instrument` items that select by exe_path alone. */
  exclusions?: EbpfExclusion[];
}
