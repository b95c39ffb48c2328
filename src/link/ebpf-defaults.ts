// The selection OBI and Beyla leave out unless their config file says otherwise: `discovery.default_exclude_instrument`
// (OBI's `pkg/appolly/services` defaults and Beyla's `pkg/services` defaults, as documented in OBI's "Configure OBI
// service discovery" page and Beyla's options page). It keeps them from instrumenting themselves and the other
// observability agents, and skips the Kubernetes system namespaces. A config file that writes the key, even as an empty
// list, replaces all of it. An exclusion wins over every selection (`pkg/appolly/discover/matcher.go`).

import { globPatternMatches } from './ebpf-glob.ts';

/**
 * Beyla's executable paths excluded by default (the alternatives of `{*beyla,*alloy,...}`, `pkg/services/criteria.go`),
 * and OBI's up to v0.5.0: the agents themselves and OpenTelemetry Collectors.
 */
export const DEFAULT_EXCLUDED_EXE: readonly string[] = [
  '*beyla',
  '*alloy',
  '*prometheus-config-reloader',
  '*ebpf-instrument',
  '*obi',
  '*otelcol',
  '*otelcol-contrib',
  '*otelcol-contrib[!/]*',
];

/**
 * OBI's own since its update of 2026-02 (after v0.5.0; `pkg/obi/config.go`, the "Configure OBI service discovery"
 * page, the OBI Helm chart's default rules): `obi` and paths ending in `/obi`, and the Collectors (`*otelcol`,
 * `*otelcol-contrib`, `*otelcol-contrib[!/]*`). Beyla's additions (alloy, beyla ...) are not OBI's.
 */
export const OBI_DEFAULT_EXCLUDED_EXE: readonly string[] = ['*/obi', 'obi', '*otelcol', '*otelcol-contrib', '*otelcol-contrib[!/]*'];

/** The namespaces excluded by default (matched against the pod's namespace, which OBI knows from Kubernetes metadata). */
export const DEFAULT_EXCLUDED_NAMESPACES: readonly string[] = [
  'kube-system',
  'kube-node-lease',
  'local-path-storage',
  'grafana-alloy',
  'cert-manager',
  'monitoring',
  // GKE
  'gke-connect',
  'gke-gmp-system',
  'gke-managed-cim',
  'gke-managed-filestorecsi',
  'gke-managed-metrics-server',
  'gke-managed-system',
  'gke-system',
  'gke-managed-volumepopulator',
  // AKS
  'gatekeeper-system',
];

/** The default exclusions of an agent: OBI after v0.5.0 (or of no known release) has its own, without Beyla's. */
export function defaultExclusions(a: { kind: 'obi' | 'beyla'; version?: string }): { exe: readonly string[]; namespaces: readonly string[] } {
  if (a.kind === 'obi' && !obiUpTo050(a.version)) {
    return { exe: OBI_DEFAULT_EXCLUDED_EXE, namespaces: DEFAULT_EXCLUDED_NAMESPACES.filter((n) => n !== 'grafana-alloy') };
  }
  return { exe: DEFAULT_EXCLUDED_EXE, namespaces: DEFAULT_EXCLUDED_NAMESPACES };
}

/** An OBI image tag of v0.5.0 or before (`v0.4.1`, `0.5.0`); false for later and unknown tags. */
function obiUpTo050(version: string | undefined): boolean {
  if (!version) return false;
  const v = version.startsWith('v') ? version.slice(1) : version;
  const parts = v.split(/[-+]/)[0]!.split('.');
  if (parts.length < 2 || !parts.every((p) => p !== '' && [...p].every((c) => c >= '0' && c <= '9'))) return false;
  const [major, minor, patch = 0] = parts.map(Number) as [number, number, number?];
  return major === 0 && (minor < 5 || (minor === 5 && patch === 0));
}

/** The pattern of the agent's default exclusions that matches `exe` (e.g. `*otelcol`), or undefined. */
export function defaultExcludedExe(exe: string, a: { kind: 'obi' | 'beyla'; version?: string }): string | undefined {
  return defaultExclusions(a).exe.find((p) => globPatternMatches(p, exe) === true);
}
