import type { Rule } from '../src/engine/types.ts';
import type { Annotations, K8sObject, Scalar } from '../src/model/workload.ts';
import { at, setScalarFix } from '../src/engine/report-helpers.ts';
import { judgeAnnotationKey, type Verdict } from './operator/annotation-judge.ts';
import { editableYaml } from './operator/yaml-edit.ts';

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
        const v = judgeAnnotationKey(e.key.value, a);
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
