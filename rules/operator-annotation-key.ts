import type { Rule } from '../src/engine/types.ts';
import type { Annotations, K8sObject, Scalar } from '../src/model/workload.ts';
import { at, setScalarFix } from '../src/engine/report-helpers.ts';
import { ANNOTATION_PREFIX, GO_ANNOTATION_NAMES, OPERATOR_ANNOTATION_NAMES, editDistance, type GoAnnotationName } from './operator/shared.ts';
import { editableYaml } from './operator/yaml-edit.ts';

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

interface Verdict {
  key: string;
  why: string;
  consequence: string;
}

function judge(key: string, map: Annotations): Verdict | undefined {
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

export const operatorAnnotationKey: Rule = {
  meta: {
    id: 'operator-annotation-key',
    description: 'An annotation key is clearly meant for the OpenTelemetry Operator but is not one it reads (missing or wrong prefix, misspelled)',
    defaultSeverity: 'error',
    fixable: true,
    category: 'operator',
  },
  check({ model, report }) {
    for (const kf of model.kube) {
      for (const obj of kf.objects) {
        if (obj.type !== 'workload' && obj.type !== 'namespace') continue;
        const maps: { a: Annotations; where: string }[] = [{ a: obj.annotations, where: `${obj.kind} metadata` }];
        if (obj.type === 'workload' && obj.podAnnotations !== obj.annotations) maps.push({ a: obj.podAnnotations, where: 'pod template' });
        for (const { a } of maps) checkMap(obj, a);
      }
    }

    function checkMap(obj: K8sObject, a: Annotations): void {
      const wanted = new Map<string, Scalar[]>();
      const verdicts: [Scalar, Verdict][] = [];
      for (const e of a.entries) {
        if (e.key.unknown) continue;
        const v = judge(e.key.value, a);
        if (!v) continue;
        verdicts.push([e.key, v]);
        wanted.set(v.key, [...(wanted.get(v.key) ?? []), e.key]);
      }
      for (const [key, v] of verdicts) {
        const existing = a.entries.find((e) => e.key.value === v.key);
        let message = `${v.why}: the Operator reads only ${v.key} and ignores this key, so ${v.consequence}.`;
        let fix;
        if (existing) message += ` The same annotations already have ${v.key} (${at(existing.key.range)}): remove this one.`;
        else {
          message += ` Rename it to ${v.key}.`;
          // Two keys meaning the same one would become duplicates: the user chooses.
          if (wanted.get(v.key)!.length === 1 && editableYaml(model, key.range.file)) fix = setScalarFix(model, key, v.key, `Rename ${key.value} to ${v.key}`);
        }
        report({ range: key.range, message, ...(fix ? { fix } : {}) });
      }
    }
  },
};
