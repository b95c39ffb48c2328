import type { Fix, Rule, TextEdit } from '../src/engine/types.ts';
import { at } from '../src/engine/report-helpers.ts';
import { workloadLabel } from './sidecar/agents.ts';
import { entryLines, insertIntoMapping, wholeLines, yamlFile } from './sidecar/text.ts';

export const shareProcessNamespaceInContainer: Rule = {
  meta: {
    id: 'share-process-namespace-in-container',
    description: 'shareProcessNamespace is written inside a container; it is a PodSpec field',
    defaultSeverity: 'error',
    fixable: true,
    category: 'sidecar',
  },
  check({ model, report }) {
    for (const d of model.deployments) {
      const w = d.workload;
      if (d.kind !== 'pod' || !w) continue;
      const pod = w.pod;
      for (const c of [...pod.containers, ...pod.initContainers]) {
        for (const stray of c.strayKeys) {
          if (stray.key !== 'shareProcessNamespace') continue;
          const cname = c.name?.value ?? `#${c.index}`;
          const podHas = pod.shareProcessNamespace && !pod.shareProcessNamespace.implicit ? pod.shareProcessNamespace : undefined;
          const now = podHas
            ? `The pod spec sets shareProcessNamespace: ${podHas.unknown ? '(templated)' : String(podHas.value)} at ${at(podHas.range)}; delete this line.`
            : `Move it to the pod spec, at the level of containers:.`;
          const effect = pod.hostPID?.value && !pod.hostPID.unknown
            ? ''
            : podHas?.value && !podHas.unknown
              ? ''
              : ' As written, the containers of the pod do not share a process namespace, so an agent sidecar cannot see the application process.';

          let fix: Fix | undefined;
          const file = yamlFile(model, stray.keyRange);
          const lines = file ? entryLines(file, stray.keyRange, stray.value.range.end) : undefined;
          if (file && lines && !(pod.hostPID?.value && !pod.hostPID.unknown)) {
            const del: TextEdit = { range: wholeLines(file, lines.from, lines.to), text: '' };
            if (podHas) {
              fix = { description: `Delete shareProcessNamespace from container "${cname}"`, edits: [del] };
            } else if (stray.value.value === true && !stray.value.unknown && pod.keyRange && !pod.templated) {
              const ins = insertIntoMapping(file, pod.keyRange, pod.range, lines.texts);
              if (ins) fix = { description: 'Move shareProcessNamespace: true to the pod spec', edits: [ins, del] };
            }
          }
          report({
            range: stray.keyRange,
            message:
              `shareProcessNamespace is a PodSpec field, not a Container field: in container "${cname}" of ${workloadLabel(w)} it is an unknown field, ` +
              `which the API server rejects (strict field validation, kubectl's default) or drops.${effect} ${now}`,
            related: pod.keyRange ? [{ range: pod.keyRange, message: 'the pod spec, where shareProcessNamespace belongs' }] : [],
            ...(fix ? { fix } : {}),
          });
        }
      }
    }
  },
};
