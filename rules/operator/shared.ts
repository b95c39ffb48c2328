// What the OpenTelemetry Operator rules share: the annotation keys the Operator reads, how it splits container
// names, "did you mean" suggestions, and labels for messages. Facts: agent-facts §5 and the Operator's
// internal/instrumentation/{annotation,podmutator,helper,golang}.go.

import { posix } from 'node:path';
import type { Deployment } from '../../src/model/project.ts';
import type { Annotations, Container, Instrumentation, Scalar, Workload } from '../../src/model/workload.ts';
import { at } from '../../src/engine/report-helpers.ts';
import { parseAgentVersion } from '../../src/link/go-versions.ts';
import type { GoVersion } from '../../src/link/go-versions.ts';
import { splitImageRef } from '../../src/parsers/image-ref.ts';
import { ANNOTATION_PREFIX, CONTAINER_NAMES, GO_CONTAINER_NAMES, INJECT_GO, TARGET_ANNOTATION } from '../../src/link/deployments.ts';

export { ANNOTATION_PREFIX, CONTAINER_NAMES, GO_CONTAINER_NAMES, INJECT_GO, TARGET_ANNOTATION };

/** The part after `instrumentation.opentelemetry.io/` of every annotation the Operator reads (annotation.go). */
export const OPERATOR_ANNOTATION_NAMES: ReadonlySet<string> = new Set([
  'container-names',
  'inject-java',
  'java-container-names',
  'inject-nodejs',
  'nodejs-container-names',
  'inject-python',
  'python-container-names',
  'otel-python-platform',
  'inject-dotnet',
  'otel-dotnet-auto-runtime',
  'dotnet-container-names',
  'inject-go',
  'go-container-names',
  'otel-go-auto-target-exe',
  'inject-sdk',
  'sdk-container-names',
  'inject-apache-httpd',
  'apache-httpd-container-names',
  'inject-nginx',
  'inject-nginx-container-names',
]);

/** The annotations that matter to Go injection, by the part after the prefix. */
export const GO_ANNOTATION_NAMES = ['inject-go', 'otel-go-auto-target-exe', 'go-container-names', 'container-names'] as const;
export type GoAnnotationName = (typeof GO_ANNOTATION_NAMES)[number];

/** The Go agent image the Operator uses by default (internal/config/config.go). */
export const GO_AGENT_IMAGE_PATH = 'ghcr.io/open-telemetry/opentelemetry-go-instrumentation/autoinstrumentation-go';

/** Levenshtein distance. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

/** The one candidate within `max` edits of `word` that is strictly closer than every other, if any. */
export function closest(word: string, candidates: Iterable<string>, max: number): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  let tie = false;
  for (const c of new Set(candidates)) {
    const d = editDistance(word, c);
    if (d < bestD) {
      best = c;
      bestD = d;
      tie = false;
    } else if (d === bestD) tie = true;
  }
  return best !== undefined && bestD <= max && !tie ? best : undefined;
}

/** The Operator splits container names on "," and keeps empty items (`"app,"` is two names). */
export function splitContainerNames(value: string): string[] {
  return value.split(',');
}

/** `Deployment catalog` */
export function workloadLabel(w: Workload): string {
  return `${w.kind} ${w.name?.value ?? '(unnamed)'}`;
}

/** `Instrumentation go-instrumentation (k8s/instrumentation.yaml:4)` */
export function instrumentationLabel(i: Instrumentation): string {
  return `Instrumentation ${i.name?.value ?? '(unnamed)'} (${at(i.name?.range ?? i.kindRange)})`;
}

/** The namespace an object lands in: its own, else the one the workload is applied to (unknown: ''). */
export function namespaceKey(i: Instrumentation, w: Workload): string {
  return i.namespace?.value ?? w.namespace?.value ?? '';
}

/** Instrumentations of the repository the Operator may consider for a pod of `w` (same namespace, as far as known). */
export function instrumentationsInNamespace(all: Instrumentation[], w: Workload): Instrumentation[] {
  const ns = w.namespace?.value ?? '';
  return all.filter((i) => namespaceKey(i, w) === ns);
}

/** An annotation entry by exact key. */
export function annotation(a: Annotations, key: string): { key: Scalar; value: Scalar } | undefined {
  return a.entries.find((e) => e.key.value === key);
}

/** Directory of a file, for grouping objects that are likely applied together. */
export function dirOf(file: string): string {
  return posix.dirname(file);
}

/** The workloads the Operator injects (or is asked to inject) Go instrumentation into. */
export function operatorDeployments(deployments: Deployment[]): (Deployment & { workload: Workload; operator: NonNullable<Deployment['operator']> })[] {
  return deployments.filter(
    (d): d is Deployment & { workload: Workload; operator: NonNullable<Deployment['operator']> } => d.operator !== undefined && d.workload !== undefined,
  );
}

/** `"true"` in the Operator's comparison (strings.EqualFold). */
export function isTrue(value: string): boolean {
  return value.toLowerCase() === 'true';
}

/** The Operator's manager image (its tag is the Operator's version). */
const OPERATOR_IMAGE = 'ghcr.io/open-telemetry/opentelemetry-operator/opentelemetry-operator';

/** The Operator managers the repository holds: the containers running its image, with the version its tag gives. */
export function operatorManagers(deployments: Deployment[]): { w: Workload; c: Container; v?: GoVersion }[] {
  const out: { w: Workload; c: Container; v?: GoVersion }[] = [];
  for (const d of deployments) {
    const w = d.workload;
    if (!w) continue;
    for (const c of w.pod.containers) {
      if (!c.image || c.image.unknown) continue;
      const ref = splitImageRef(c.image.value);
      if (ref.name !== OPERATOR_IMAGE) continue;
      const v = parseAgentVersion(ref.tag);
      out.push({ w, c, ...(v ? { v } : {}) });
    }
  }
  return out;
}
