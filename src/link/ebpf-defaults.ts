// The selection OBI and Beyla leave out unless their config file says otherwise: `discovery.default_exclude_instrument`
// (OBI's `pkg/appolly/services` defaults and Beyla's `pkg/services` defaults, as documented in OBI's "Configure OBI
// service discovery" page and Beyla's options page). It keeps them from instrumenting themselves and the other
// observability agents, and skips the Kubernetes system namespaces. A config file that writes the key, even as an empty
// list, replaces all of it. An exclusion wins over every selection (`pkg/appolly/discover/matcher.go`).

import { globPatternMatches } from './ebpf-glob.ts';

/**
 * The executable paths excluded by default (the alternatives of `{*beyla,*alloy,...}`): the agents themselves and
 * OpenTelemetry Collectors.
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

/** The pattern of DEFAULT_EXCLUDED_EXE that matches `exe` (e.g. `*otelcol`), or undefined. */
export function defaultExcludedExe(exe: string): string | undefined {
  return DEFAULT_EXCLUDED_EXE.find((p) => globPatternMatches(p, exe) === true);
}
