// instrumentation-go-image and instrumentation-go-resources-key: the Instrumentation resource's spec.go.
import { test } from 'uvu';
import { instrumentationGoImage } from '../../rules/instrumentation-go-image.ts';
import { instrumentationGoResourcesKey } from '../../rules/instrumentation-go-resources-key.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';

function instrumentation(goLines: string[]): string {
  return [
    'apiVersion: opentelemetry.io/v1alpha1',
    'kind: Instrumentation',
    'metadata:',
    '  name: go-instrumentation',
    'spec:',
    '  exporter:',
    '    endpoint: http://otel-collector:4318',
    '  go:',
    ...goLines.map((l) => '    ' + l),
    '',
  ].join('\n');
}

const f = (goLines: string[]) => ({ 'instrumentation.yaml': instrumentation(goLines) });
const operatorPath = f(['image: ghcr.io/open-telemetry/opentelemetry-operator/autoinstrumentation-go:v0.24.0']);
const quotedNoTag = f(["image: 'ghcr.io/open-telemetry/autoinstrumentation-go'"]);
const digest = f(['image: ghcr.io/open-telemetry/opentelemetry-operator/autoinstrumentation-go@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef']);
const java = f(['image: ghcr.io/open-telemetry/opentelemetry-operator/autoinstrumentation-java:2.10.0']);

ruleTests(instrumentationGoImage, {
  valid: [
    { name: 'the ghcr.io image', files: f(['image: ghcr.io/open-telemetry/opentelemetry-go-instrumentation/autoinstrumentation-go:v0.24.0']) },
    { name: 'the Docker Hub image', files: f(['image: docker.io/otel/autoinstrumentation-go:v0.24.0']) },
    { name: 'a private mirror', files: f(['image: registry.acme.example/mirror/autoinstrumentation-go:v0.24.0']) },
    { name: 'no image: the Operator default', files: f(['env: []']) },
  ],
  invalid: [
    {
      name: "under the Operator's path",
      files: operatorPath,
      errors: [
        {
          ...span(operatorPath, 'instrumentation.yaml', 'ghcr.io/open-telemetry/opentelemetry-operator/autoinstrumentation-go:v0.24.0'),
          severity: 'error',
          message:
            'spec.go.image is "ghcr.io/open-telemetry/opentelemetry-operator/autoinstrumentation-go:v0.24.0", but the Go agent image is not published under ghcr.io/open-telemetry/opentelemetry-operator/ (where the Operator\'s Java, Node.js, Python and .NET images are): it is ghcr.io/open-telemetry/opentelemetry-go-instrumentation/autoinstrumentation-go (or otel/autoinstrumentation-go on Docker Hub). The injected sidecar cannot be pulled (ImagePullBackOff), so the pods never become ready. Use "ghcr.io/open-telemetry/opentelemetry-go-instrumentation/autoinstrumentation-go:v0.24.0".',
        },
      ],
      output: { 'instrumentation.yaml': instrumentation(['image: ghcr.io/open-telemetry/opentelemetry-go-instrumentation/autoinstrumentation-go:v0.24.0']) },
    },
    {
      name: 'no tag, quoted',
      files: quotedNoTag,
      errors: [{ ...span(quotedNoTag, 'instrumentation.yaml', "'ghcr.io/open-telemetry/autoinstrumentation-go'"), message: ['is "ghcr.io/open-telemetry/autoinstrumentation-go", but the Go agent image is not published: it is'] }],
      output: { 'instrumentation.yaml': instrumentation(["image: 'ghcr.io/open-telemetry/opentelemetry-go-instrumentation/autoinstrumentation-go'"]) },
    },
    {
      name: 'a digest: no fix',
      files: digest,
      errors: [{ ...span(digest, 'instrumentation.yaml', digest['instrumentation.yaml'].split('image: ')[1]!.trimEnd()), message: ['with its own digest'] }],
    },
    {
      name: "another language's image",
      files: java,
      errors: [{ ...span(java, 'instrumentation.yaml', 'ghcr.io/open-telemetry/opentelemetry-operator/autoinstrumentation-java:2.10.0'), message: ["the Operator's java instrumentation image, not the Go agent"] }],
    },
  ],
});

const resources = f(['image: ghcr.io/open-telemetry/opentelemetry-go-instrumentation/autoinstrumentation-go:v0.24.0', 'resources:', '  limits:', '    memory: 128Mi']);
const misspelled = f(['resourceRequirments:', '  limits:', '    memory: 128Mi']);
const both = f(['resourceRequirements:', '  requests:', '    cpu: 50m', 'resources:', '  limits:', '    memory: 128Mi']);

ruleTests(instrumentationGoResourcesKey, {
  valid: [
    { name: 'resourceRequirements', files: f(['resourceRequirements:', '  limits:', '    memory: 128Mi']) },
    { name: 'resources elsewhere in the spec', files: { 'instrumentation.yaml': instrumentation(['env: []']).replace('  exporter:', '  resource:\n    addK8sUIDAttributes: true\n  exporter:') } },
  ],
  invalid: [
    {
      name: 'resources',
      files: resources,
      errors: [
        {
          ...span(resources, 'instrumentation.yaml', 'resources'),
          severity: 'warning',
          message:
            "spec.go.resources is not a field of the Instrumentation resource: the Go sidecar's requests and limits go in spec.go.resourceRequirements. Depending on the client, applying it fails on the unknown field (kubectl's strict field validation) or the API server silently drops it, and the injected sidecar runs without these requests and limits. Rename it to spec.go.resourceRequirements.",
        },
      ],
      output: { 'instrumentation.yaml': resources['instrumentation.yaml'].replace('    resources:', '    resourceRequirements:') },
    },
    {
      name: 'misspelled',
      files: misspelled,
      errors: [{ ...span(misspelled, 'instrumentation.yaml', 'resourceRequirments'), message: ['spec.go.resourceRequirments is not a field'] }],
      output: { 'instrumentation.yaml': instrumentation(['resourceRequirements:', '  limits:', '    memory: 128Mi']) },
    },
    {
      name: 'both: no fix (a duplicate key)',
      files: both,
      errors: [{ ...span(both, 'instrumentation.yaml', 'resources'), message: ['spec.go.resourceRequirements is also set: merge the two and remove spec.go.resources.'] }],
    },
  ],
});

test.run();
