// Which Operator annotation a key that the Operator does not read was meant to be: a missing or wrong prefix, a
// misspelt name. operator-annotation-key reports such keys; other rules stay quiet where one stands for inject-go.

import type { Annotations } from '../../src/model/workload.ts';
import { ANNOTATION_PREFIX, GO_ANNOTATION_NAMES, OPERATOR_ANNOTATION_NAMES, editDistance, type GoAnnotationName } from './shared.ts';

const DOMAIN = ANNOTATION_PREFIX.slice(0, -1); // instrumentation.opentelemetry.io

/** Lower case, `_ . space` as `-`, `golang` as `go`: the spellings people try for the same word. */
function normalize(name: string): string {
  return name
    .toLowerCase()
    .replace(/[_. ]/g, '-')
    .replace(/golang/g, 'go')
    .replace(/-+/g, '-');
}

function compact(s: string): string {
  return s.replace(/-/g, '');
}

/**
 * The Go annotation a name is clearly meant to be: the same after normalising, `inject-go` within one edit, the
 * longer names within two, or anything containing `target-exe`. `loose` is false for keys without any prefix, which
 * must match after normalising (a bare `container-names` also needs an Operator annotation beside it).
 */
function intendedGoName(name: string, loose: boolean): GoAnnotationName | undefined {
  const n = normalize(name);
  for (const g of GO_ANNOTATION_NAMES) if (n === g || compact(n) === compact(g)) return g;
  if (compact(n).includes('targetexe')) return 'otel-go-auto-target-exe';
  if (!loose) return undefined;
  let best: GoAnnotationName | undefined;
  let bestD = Infinity;
  for (const g of GO_ANNOTATION_NAMES) {
    const d = editDistance(n, g);
    if (d <= (g === 'inject-go' ? 1 : 2) && d < bestD) {
      best = g;
      bestD = d;
    }
  }
  return best;
}

const CONSEQUENCE: Record<GoAnnotationName, string> = {
  'inject-go': 'the Go agent is not injected',
  'otel-go-auto-target-exe': 'it does not set the target',
  'go-container-names': 'it does not choose the container',
  'container-names': 'it does not choose the container',
};

export interface Verdict {
  key: string;
  why: string;
  consequence: string;
}

export function judgeAnnotationKey(key: string, map: Annotations): Verdict | undefined {
  const slash = key.lastIndexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : '';
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  if (prefix === DOMAIN) {
    if (OPERATOR_ANNOTATION_NAMES.has(name)) return undefined;
    const g = intendedGoName(name, true);
    return g ? { key: ANNOTATION_PREFIX + g, why: `"${name}" is not an annotation of the Operator`, consequence: CONSEQUENCE[g] } : undefined;
  }
  if (prefix === '') {
    const g = intendedGoName(name, name.length >= 15);
    if (!g) return undefined;
    const injects = (k: string) => k.startsWith(ANNOTATION_PREFIX + 'inject-') && OPERATOR_ANNOTATION_NAMES.has(k.slice(ANNOTATION_PREFIX.length));
    if (g === 'container-names' && !map.entries.some((e) => injects(e.key.value))) return undefined;
    return { key: ANNOTATION_PREFIX + g, why: `"${key}" lacks the ${ANNOTATION_PREFIX} prefix`, consequence: CONSEQUENCE[g] };
  }
  // Another prefix: a misspelling of the Operator's, or another opentelemetry.io prefix, with a name the Operator
  // knows (any language); else only the unmistakable target annotation.
  const nearPrefix = editDistance(prefix.toLowerCase(), DOMAIN) <= 3 || prefix.toLowerCase().endsWith('opentelemetry.io');
  const why = `"${key}" has the prefix ${prefix}/ instead of ${ANNOTATION_PREFIX}`;
  if (nearPrefix) {
    if (OPERATOR_ANNOTATION_NAMES.has(name)) {
      const g = (GO_ANNOTATION_NAMES as readonly string[]).includes(name) ? (name as GoAnnotationName) : undefined;
      return { key: ANNOTATION_PREFIX + name, why, consequence: g ? CONSEQUENCE[g] : 'it has no effect' };
    }
    const g = intendedGoName(name, true);
    if (g) return { key: ANNOTATION_PREFIX + g, why: `${why}, and "${name}" is meant to be "${g}"`, consequence: CONSEQUENCE[g] };
    return undefined;
  }
  if (normalize(name) === 'otel-go-auto-target-exe') return { key: ANNOTATION_PREFIX + 'otel-go-auto-target-exe', why, consequence: CONSEQUENCE['otel-go-auto-target-exe'] };
  return undefined;
}
