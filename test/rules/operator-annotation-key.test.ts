import { test } from 'uvu';
import { operatorAnnotationKey } from '../../rules/operator-annotation-key.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';

/** A Deployment whose pod template has the given annotation lines (indented by 8). */
function podAnnotated(lines: string[]): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: api',
    'spec:',
    '  template:',
    '    metadata:',
    '      annotations:',
    ...lines.map((l) => '        ' + l),
    '    spec:',
    '      containers:',
    '        - name: api',
    '          image: ghcr.io/acme/api:1.0.0',
    '',
  ].join('\n');
}

const bare = { 'deploy.yaml': podAnnotated(['inject-go: "true"', 'otel-go-auto-target-exe: /app/api']) };
const golang = { 'deploy.yaml': podAnnotated(['instrumentation.opentelemetry.io/inject-golang: "true"', "'instrumentation.opentelemetry.io/otel-go-auto-target-exec': /app/api"]) };
const prefix = {
  'deploy.yaml': podAnnotated(['sidecar.opentelemetry.io/inject-go: "true"', 'instrumentations.opentelemetry.io/container-name: api']),
};
const duplicate = {
  'deploy.yaml': podAnnotated(['instrumentation.opentelemetry.io/inject-go: "true"', 'instrumentation.opentelemetry.io/inject_go: "true"']),
};
const namespace = {
  'ns.yaml': `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  annotations:
    instrumentation.opentelemetry.io/InjectGo: "true"
`,
};
const unrelatedPrefix = {
  'deploy.yaml': podAnnotated(['acme.example.com/otel_go_auto_target_exe: /app/api', 'acme.example.com/inject-go: "true"']),
};

ruleTests(operatorAnnotationKey, {
  valid: [
    {
      name: 'every Operator key, other languages included',
      files: {
        'deploy.yaml': podAnnotated([
          'instrumentation.opentelemetry.io/inject-go: "true"',
          'instrumentation.opentelemetry.io/otel-go-auto-target-exe: /app/api',
          'instrumentation.opentelemetry.io/go-container-names: api',
          'instrumentation.opentelemetry.io/container-names: api',
          'instrumentation.opentelemetry.io/inject-java: "true"',
          'instrumentation.opentelemetry.io/inject-nginx-container-names: web',
          'instrumentation.opentelemetry.io/inject-python: "true"',
          'instrumentation.opentelemetry.io/inject-sdk: "true"',
          'sidecar.opentelemetry.io/inject: "true"',
          'otel-target-lint.io/ignore: target-exe-mismatch',
        ]),
      },
    },
    {
      name: 'words that only look alike: another language, a bare container-names without the Operator',
      files: {
        'deploy.yaml': podAnnotated(['instrumentation.opentelemetry.io/inject-js: "true"', 'container-names: api', 'inject: "true"', 'go-version: "1.24"']),
      },
    },
  ],
  invalid: [
    {
      name: 'keys without the prefix',
      files: bare,
      errors: [
        {
          ...span(bare, 'deploy.yaml', 'inject-go'),
          severity: 'error',
          message:
            '"inject-go" lacks the instrumentation.opentelemetry.io/ prefix: the Operator reads only instrumentation.opentelemetry.io/inject-go and ignores this key, so the Go agent is not injected. Rename it to instrumentation.opentelemetry.io/inject-go.',
        },
        { ...span(bare, 'deploy.yaml', 'otel-go-auto-target-exe'), message: ['so it does not set the target'] },
      ],
      output: { 'deploy.yaml': podAnnotated(['instrumentation.opentelemetry.io/inject-go: "true"', 'instrumentation.opentelemetry.io/otel-go-auto-target-exe: /app/api']) },
    },
    {
      name: 'golang and exec spellings; the quoting of a key is kept',
      files: golang,
      errors: [
        { ...span(golang, 'deploy.yaml', 'instrumentation.opentelemetry.io/inject-golang'), message: ['"inject-golang" is not an annotation of the Operator'] },
        { ...span(golang, 'deploy.yaml', "'instrumentation.opentelemetry.io/otel-go-auto-target-exec'"), message: ['Rename it to instrumentation.opentelemetry.io/otel-go-auto-target-exe.'] },
      ],
      output: { 'deploy.yaml': podAnnotated(['instrumentation.opentelemetry.io/inject-go: "true"', "'instrumentation.opentelemetry.io/otel-go-auto-target-exe': /app/api"]) },
    },
    {
      name: 'another opentelemetry.io prefix; a misspelled prefix and name',
      files: prefix,
      errors: [
        {
          ...span(prefix, 'deploy.yaml', 'sidecar.opentelemetry.io/inject-go'),
          message: '"sidecar.opentelemetry.io/inject-go" has the prefix sidecar.opentelemetry.io/ instead of instrumentation.opentelemetry.io/: the Operator reads only instrumentation.opentelemetry.io/inject-go and ignores this key, so the Go agent is not injected. Rename it to instrumentation.opentelemetry.io/inject-go.',
        },
        {
          ...span(prefix, 'deploy.yaml', 'instrumentations.opentelemetry.io/container-name'),
          message: ['and "container-name" is meant to be "container-names"', 'Rename it to instrumentation.opentelemetry.io/container-names.'],
        },
      ],
      output: { 'deploy.yaml': podAnnotated(['instrumentation.opentelemetry.io/inject-go: "true"', 'instrumentation.opentelemetry.io/container-names: api']) },
    },
    {
      name: 'the right key is already there: remove, no fix',
      files: duplicate,
      errors: [
        {
          ...span(duplicate, 'deploy.yaml', 'instrumentation.opentelemetry.io/inject_go'),
          message: ['The same annotations already have instrumentation.opentelemetry.io/inject-go (deploy.yaml:9): remove this one.'],
        },
      ],
    },
    {
      name: 'on a Namespace',
      files: namespace,
      errors: [{ ...span(namespace, 'ns.yaml', 'instrumentation.opentelemetry.io/InjectGo'), message: ['"InjectGo" is not an annotation of the Operator'] }],
      output: { 'ns.yaml': namespace['ns.yaml'].replace('InjectGo', 'inject-go') },
    },
    {
      name: 'an unrelated prefix: only the unmistakable target key',
      files: unrelatedPrefix,
      errors: [{ ...span(unrelatedPrefix, 'deploy.yaml', 'acme.example.com/otel_go_auto_target_exe'), message: ['has the prefix acme.example.com/'] }],
      output: { 'deploy.yaml': unrelatedPrefix['deploy.yaml'].replace('acme.example.com/otel_go_auto_target_exe', 'instrumentation.opentelemetry.io/otel-go-auto-target-exe') },
    },
  ],
});

test.run();
