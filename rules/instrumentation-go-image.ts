import type { Rule } from '../src/engine/types.ts';
import { setScalarFix } from '../src/engine/report-helpers.ts';
import { parseImageRef } from '../src/infer/base-images.ts';
import { GO_AGENT_IMAGE_PATH } from './operator/shared.ts';

const OPERATOR_IMAGES = 'ghcr.io/open-telemetry/opentelemetry-operator/';

export const instrumentationGoImage: Rule = {
  meta: {
    id: 'instrumentation-go-image',
    description: "The Instrumentation's spec.go.image is not the Go agent image (wrong registry path, or another language's image)",
    defaultSeverity: 'error',
    fixable: true,
    category: 'operator',
  },
  check({ model, report }) {
    for (const i of model.instrumentations) {
      const img = i.goImage;
      if (!img || img.unknown || img.value.trim() === '') continue;
      const r = parseImageRef(img.value);
      const name = r.registry ? `${r.registry}/${r.path}` : r.path;
      if (name === GO_AGENT_IMAGE_PATH || name === 'otel/autoinstrumentation-go') continue;
      const last = r.path.slice(r.path.lastIndexOf('/') + 1);
      const official = (r.registry === 'ghcr.io' || r.registry === undefined) && r.path.startsWith('open-telemetry/');
      if (official && last === 'autoinstrumentation-go') {
        const right = GO_AGENT_IMAGE_PATH + (r.tag ? `:${r.tag}` : '');
        // A digest belongs to the repository it was taken from: the user must look the right one up.
        const fix = r.digest ? undefined : setScalarFix(model, img, right, `Set spec.go.image to ${right}`);
        const under = name.startsWith(OPERATOR_IMAGES) ? ` under ${OPERATOR_IMAGES} (where the Operator's Java, Node.js, Python and .NET images are)` : '';
        report({
          range: img.range,
          message: `spec.go.image is "${img.value}", but the Go agent image is not published${under}: it is ${GO_AGENT_IMAGE_PATH} (or otel/autoinstrumentation-go on Docker Hub). The injected sidecar cannot be pulled (ImagePullBackOff), so the pods never become ready. Use ${r.digest ? `${GO_AGENT_IMAGE_PATH} with its own digest` : `"${right}"`}.`,
          ...(fix ? { fix } : {}),
        });
        continue;
      }
      if (name.startsWith(OPERATOR_IMAGES + 'autoinstrumentation-')) {
        report({
          range: img.range,
          message: `spec.go.image is "${img.value}", the Operator's ${last.slice('autoinstrumentation-'.length)} instrumentation image, not the Go agent: the Go sidecar runs it as its own container and nothing attaches to the Go process. Use ${GO_AGENT_IMAGE_PATH} with a version tag (e.g. :v0.24.0), or remove spec.go.image to get the Operator's default.`,
        });
      }
    }
  },
};
