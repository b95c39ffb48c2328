import type { Rule } from '../src/engine/types.ts';
import { checkTarget, targetLabel, appLabel } from '../src/link/target-check.ts';

export const imageNotLinked: Rule = {
  meta: {
    id: 'image-not-linked',
    description: 'The image of the instrumented container is not linked to a Dockerfile in the repository, so its executable is unknown',
    defaultSeverity: 'info',
    fixable: false,
    category: 'target',
  },
  check({ model, report }) {
    // A kustomize base and the variants its overlays build share the image's place: one finding there (the first).
    const seen = new Set<string>();
    for (const d of model.deployments) {
      for (const t of d.targets) {
        const o = checkTarget(t);
        if (o.kind !== 'unresolved' || o.apps.some((a) => a.link || !a.image)) continue;
        for (const a of o.apps) {
          const image = a.image!;
          const key = `${image.range.file}:${image.range.start}|${t.value.range.file}:${t.value.range.start}`;
          if (seen.has(key)) continue;
          seen.add(key);
          // A Helm template is mapped by the name it renders to (a config file is no template).
          const ref = a.imageRef ?? (image.unknown ? undefined : image.value);
          const rendered = ref !== undefined && ref !== image.value ? ` (rendered with the chart's values: ${ref})` : '';
          const map =
            ref !== undefined
              ? `map it in .otel-target-lint.yaml: \`images: [{ image: ${ref.split('@')[0]}, dockerfile: <path/to/Dockerfile> }]\``
              : 'map the name it renders to (`helm template` shows it) in .otel-target-lint.yaml under `images:`, with its `dockerfile:`';
          report({
            range: image.range,
            message: `Cannot check ${targetLabel(t)} "${t.resolved}" against ${appLabel(a)}: its image "${image.value}"${rendered} is not linked to a Dockerfile (${a.unlinkedReason ?? 'no build is known'}). If the repository builds it, ${map}.`,
            related: [{ range: t.value.range, message: `${targetLabel(t)} set here` }],
          });
        }
      }
    }
  },
};
