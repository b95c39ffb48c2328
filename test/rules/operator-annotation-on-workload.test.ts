import { test } from 'uvu';
import { operatorAnnotationOnWorkload } from '../../rules/operator-annotation-on-workload.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';

const INSTRUMENTATION = `apiVersion: opentelemetry.io/v1alpha1
kind: Instrumentation
metadata:
  name: go-instrumentation
spec:
  go:
    image: ghcr.io/open-telemetry/opentelemetry-go-instrumentation/autoinstrumentation-go:v0.24.0
`;

const onDeployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: catalog
  annotations:
    # Go agent, injected by the Operator
    instrumentation.opentelemetry.io/inject-go: "true"
    instrumentation.opentelemetry.io/otel-go-auto-target-exe: "/app/catalog"  # the binary
spec:
  selector:
    matchLabels:
      app: catalog
  template:
    metadata:
      labels:
        app: catalog
    spec:
      containers:
        - name: catalog
          image: ghcr.io/acme/catalog:1.0.0
`;

const onDeploymentFixed = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: catalog
spec:
  selector:
    matchLabels:
      app: catalog
  template:
    metadata:
      labels:
        app: catalog
      annotations:
        # Go agent, injected by the Operator
        instrumentation.opentelemetry.io/inject-go: "true"
        instrumentation.opentelemetry.io/otel-go-auto-target-exe: "/app/catalog"  # the binary
    spec:
      containers:
        - name: catalog
          image: ghcr.io/acme/catalog:1.0.0
`;

const mixed = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ledger
  annotations:
    argocd.argoproj.io/sync-wave: "2"
    instrumentation.opentelemetry.io/inject-go: go-instrumentation
spec:
  serviceName: ledger
  template:
    metadata:
      annotations:
        prometheus.io/scrape: "true"
    spec:
      containers:
        - name: ledger
          image: ghcr.io/acme/ledger:2.0.0
`;

const mixedFixed = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ledger
  annotations:
    argocd.argoproj.io/sync-wave: "2"
spec:
  serviceName: ledger
  template:
    metadata:
      annotations:
        prometheus.io/scrape: "true"
        instrumentation.opentelemetry.io/inject-go: go-instrumentation
    spec:
      containers:
        - name: ledger
          image: ghcr.io/acme/ledger:2.0.0
`;

// Four-space indentation, no pod template metadata at all.
const cronJob = `apiVersion: batch/v1
kind: CronJob
metadata:
    name: report
    annotations:
        instrumentation.opentelemetry.io/inject-go: "true"
spec:
    schedule: "0 * * * *"
    jobTemplate:
        spec:
            template:
                spec:
                    restartPolicy: OnFailure
                    containers:
                        - name: report
                          image: ghcr.io/acme/report:1.0.0
`;

const cronJobFixed = `apiVersion: batch/v1
kind: CronJob
metadata:
    name: report
spec:
    schedule: "0 * * * *"
    jobTemplate:
        spec:
            template:
                metadata:
                    annotations:
                        instrumentation.opentelemetry.io/inject-go: "true"
                spec:
                    restartPolicy: OnFailure
                    containers:
                        - name: report
                          image: ghcr.io/acme/report:1.0.0
`;

const both = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  annotations:
    instrumentation.opentelemetry.io/inject-go: "true"
    instrumentation.opentelemetry.io/container-names: "api,proxy"
spec:
  template:
    metadata:
      annotations:
        instrumentation.opentelemetry.io/inject-go: "true"
        instrumentation.opentelemetry.io/container-names: "api"
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api:1.0.0
`;

const emptyTemplateMetadata = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: api',
  '  annotations:',
  '    instrumentation.opentelemetry.io/inject-go: "true"',
  'spec:',
  '  template:',
  '    metadata:',
  '    spec:',
  '      containers:',
  '        - name: api',
  '          image: ghcr.io/acme/api:1.0.0',
  '',
].join('\r\n');

const emptyTemplateMetadataFixed = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: api',
  'spec:',
  '  template:',
  '    metadata:',
  '      annotations:',
  '        instrumentation.opentelemetry.io/inject-go: "true"',
  '    spec:',
  '      containers:',
  '        - name: api',
  '          image: ghcr.io/acme/api:1.0.0',
  '',
].join('\r\n');

const flow = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  annotations: {instrumentation.opentelemetry.io/inject-go: "true"}
spec:
  template:
    spec:
      containers:
        - name: api
          image: ghcr.io/acme/api:1.0.0
`;

const files = (deploy: string) => ({ 'k8s/deploy.yaml': deploy, 'k8s/instrumentation.yaml': INSTRUMENTATION });

ruleTests(operatorAnnotationOnWorkload, {
  valid: [
    { name: 'annotations on the pod template', files: files(onDeploymentFixed) },
    {
      name: 'a Pod: its own metadata is the pod',
      files: files(`apiVersion: v1
kind: Pod
metadata:
  name: debug
  annotations:
    instrumentation.opentelemetry.io/inject-go: "true"
spec:
  containers:
    - name: app
      image: ghcr.io/acme/api:1.0.0
`),
    },
    {
      name: 'other annotations on the workload',
      files: files(mixedFixed),
    },
  ],
  invalid: [
    {
      name: 'both annotations on the Deployment: moved with their comment under the template metadata, annotations: removed',
      files: files(onDeployment),
      errors: [
        {
          ...span(files(onDeployment), 'k8s/deploy.yaml', 'instrumentation.opentelemetry.io/inject-go'),
          severity: 'error',
          message:
            "instrumentation.opentelemetry.io/inject-go is set on the metadata of Deployment catalog itself, which the Operator's webhook never sees: it reads the annotations of each Pod as the Pod is created (spec.template.metadata.annotations) and of the Namespace, so the Go agent is not injected. Move it to spec.template.metadata.annotations.",
        },
        {
          ...span(files(onDeployment), 'k8s/deploy.yaml', 'instrumentation.opentelemetry.io/otel-go-auto-target-exe'),
          message: ['so it does not set the target. Move it to spec.template.metadata.annotations.'],
        },
      ],
      output: { 'k8s/deploy.yaml': onDeploymentFixed },
    },
    {
      name: 'appended to existing pod annotations; other workload annotations stay',
      files: files(mixed),
      errors: [{ ...span(files(mixed), 'k8s/deploy.yaml', 'instrumentation.opentelemetry.io/inject-go'), message: ['metadata of StatefulSet ledger itself'] }],
      output: { 'k8s/deploy.yaml': mixedFixed },
    },
    {
      name: 'CronJob without template metadata, four-space indentation',
      files: files(cronJob),
      errors: [
        {
          ...span(files(cronJob), 'k8s/deploy.yaml', 'instrumentation.opentelemetry.io/inject-go'),
          message: ['(spec.jobTemplate.spec.template.metadata.annotations)', 'Move it to spec.jobTemplate.spec.template.metadata.annotations.'],
        },
      ],
      output: { 'k8s/deploy.yaml': cronJobFixed },
    },
    {
      name: 'also on the pod template: same value is a warning and removed, a different value is an error without fix',
      files: files(both),
      errors: [
        {
          ...span(files(both), 'k8s/deploy.yaml', 'instrumentation.opentelemetry.io/inject-go'),
          severity: 'warning',
          message:
            'instrumentation.opentelemetry.io/inject-go on the metadata of Deployment api itself has no effect: the Operator reads the Pod\'s annotations, and spec.template.metadata.annotations already sets the same value (k8s/deploy.yaml:12). Remove it.',
          related: ['k8s/deploy.yaml:12'],
        },
        {
          ...span(files(both), 'k8s/deploy.yaml', 'instrumentation.opentelemetry.io/container-names'),
          severity: 'error',
          message: ['The pod template sets it to "api" (k8s/deploy.yaml:13), the value that counts'],
        },
      ],
      // Only the duplicate is removed (the container-names line stays, so does `annotations:`).
      output: { 'k8s/deploy.yaml': both.replace('    instrumentation.opentelemetry.io/inject-go: "true"\n    instrumentation.opentelemetry.io/container-names', '    instrumentation.opentelemetry.io/container-names') },
    },
    {
      name: 'empty template metadata, CRLF line endings',
      files: files(emptyTemplateMetadata),
      errors: [{ ...span(files(emptyTemplateMetadata), 'k8s/deploy.yaml', 'instrumentation.opentelemetry.io/inject-go') }],
      output: { 'k8s/deploy.yaml': emptyTemplateMetadataFixed },
    },
    {
      name: 'an Instrumentation name misspelled: moved with the name operator-instrumentation-not-found suggests',
      files: files(mixed.replace('inject-go: go-instrumentation', "inject-go: 'go-instrumentation:'")),
      errors: [{ ...span(files(mixed), 'k8s/deploy.yaml', 'instrumentation.opentelemetry.io/inject-go') }],
      output: { 'k8s/deploy.yaml': mixedFixed.replace('inject-go: go-instrumentation', "inject-go: 'go-instrumentation'") },
    },
    {
      name: 'the Namespace asks for injection: only its value applies',
      files: {
        ...files(mixed.replace('  name: ledger\n', '  name: ledger\n  namespace: shop\n')),
        'k8s/ns.yaml': 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  annotations:\n    instrumentation.opentelemetry.io/inject-go: "true"\n',
      },
      errors: [
        {
          ...span(files(mixed.replace('  name: ledger\n', '  name: ledger\n  namespace: shop\n')), 'k8s/deploy.yaml', 'instrumentation.opentelemetry.io/inject-go'),
          message: ['so only the Namespace\'s inject-go ("true", k8s/ns.yaml:6) applies. Move it to spec.template.metadata.annotations.'],
        },
      ],
      output: { 'k8s/deploy.yaml': mixedFixed.replace('  name: ledger\n', '  name: ledger\n  namespace: shop\n') },
    },
    {
      name: 'flow-style annotations: reported without a fix',
      files: files(flow),
      errors: [{ ...span(files(flow), 'k8s/deploy.yaml', 'instrumentation.opentelemetry.io/inject-go') }],
    },
  ],
});

test.run();
