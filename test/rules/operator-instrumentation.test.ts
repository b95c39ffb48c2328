// operator-instrumentation-not-found and operator-instrumentation-ambiguous: how inject-go resolves to an
// Instrumentation of the repository.
import { test } from 'uvu';
import { operatorInstrumentationNotFound } from '../../rules/operator-instrumentation-not-found.ts';
import { operatorInstrumentationAmbiguous } from '../../rules/operator-instrumentation-ambiguous.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';

function instrumentation(name: string, namespace?: string): string {
  return [
    'apiVersion: opentelemetry.io/v1alpha1',
    'kind: Instrumentation',
    'metadata:',
    `  name: ${name}`,
    ...(namespace ? [`  namespace: ${namespace}`] : []),
    'spec:',
    '  go:',
    '    env:',
    '      - name: OTEL_GO_AUTO_TARGET_EXE',
    '        value: /app/api',
    '',
  ].join('\n');
}

/** A Deployment whose pod template asks for injection with `inject` (YAML text of the value). */
function workload(inject: string, namespace?: string, name = 'api'): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${name}`,
    ...(namespace ? [`  namespace: ${namespace}`] : []),
    'spec:',
    '  template:',
    '    metadata:',
    '      annotations:',
    `        instrumentation.opentelemetry.io/inject-go: ${inject}`,
    '    spec:',
    '      containers:',
    `        - name: ${name}`,
    '          image: ghcr.io/acme/api:1.0.0',
    '',
  ].join('\n');
}

const typo = { 'k8s/deploy.yaml': workload('go-instrumentaton'), 'k8s/instrumentation.yaml': instrumentation('go-instrumentation') };
const colon = { 'k8s/deploy.yaml': workload('"go-instrumentation:"'), 'k8s/instrumentation.yaml': instrumentation('go-instrumentation') };
const blanks = { 'k8s/deploy.yaml': workload('"go-instrumentation "'), 'k8s/instrumentation.yaml': instrumentation('go-instrumentation') };
const wrongNs = {
  'k8s/deploy.yaml': workload('monitoring/go-instrumentation', 'shop'),
  'k8s/instrumentation.yaml': instrumentation('go-instrumentation', 'observability'),
};
const bareNameOtherNs = {
  'k8s/deploy.yaml': workload('go-instrumentation', 'shop'),
  'k8s/instrumentation.yaml': instrumentation('go-instrumentation', 'observability'),
};
const trueOtherNs = {
  'k8s/deploy.yaml': workload('"true"', 'shop'),
  'k8s/instrumentation.yaml': instrumentation('go-instrumentation', 'observability'),
};
const unknownName = {
  'k8s/deploy.yaml': workload('python'),
  'k8s/instrumentation.yaml': instrumentation('go-instrumentation') + '---\n' + instrumentation('java-instrumentation'),
};
/** A Helm chart: the Instrumentation in the release's namespace, which a template writes (the Olares docs' setup). */
const chart = (inject: string, podNs?: string) => ({
  'chart/Chart.yaml': 'apiVersion: v2\nname: demo\nversion: 0.1.0\n',
  'chart/templates/deploy.yaml': workload(inject, podNs),
  'chart/templates/instrumentation.yaml': instrumentation('go-instrumentation', '"{{ .Release.Namespace }}"'),
});
const chartTypo = chart('"go-instrumentation:"', '"{{ .Release.Namespace }}"');

const namespaceInject = {
  'k8s/ns.yaml': `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  annotations:
    instrumentation.opentelemetry.io/inject-go: go-instrumentaion
`,
  'k8s/a.yaml': workload('"true"', 'shop', 'a').replace('        instrumentation.opentelemetry.io/inject-go: "true"\n', '        prometheus.io/scrape: "true"\n'),
  'k8s/b.yaml': workload('"true"', 'shop', 'b').replace('        instrumentation.opentelemetry.io/inject-go: "true"\n', '        prometheus.io/scrape: "true"\n'),
  'k8s/instrumentation.yaml': instrumentation('go-instrumentation', 'shop'),
};

/** inject-go on the Deployment's own metadata (operator-annotation-on-workload moves it). */
const onWorkload = (inject: string) =>
  [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: api',
    '  annotations:',
    `    instrumentation.opentelemetry.io/inject-go: ${inject}`,
    'spec:',
    '  template:',
    '    spec:',
    '      containers:',
    '        - name: api',
    '          image: ghcr.io/acme/api:1.0.0',
    '',
  ].join('\n');
const misplaced = { 'k8s/deploy.yaml': onWorkload('go-instrumentaton'), 'k8s/instrumentation.yaml': instrumentation('go-instrumentation') };

ruleTests(operatorInstrumentationNotFound, {
  valid: [
    { name: 'name found', files: { ...typo, 'k8s/deploy.yaml': workload('go-instrumentation') } },
    { name: 'namespace/name found', files: { ...wrongNs, 'k8s/deploy.yaml': workload('observability/go-instrumentation', 'shop') } },
    { name: '"true" with one Instrumentation', files: { ...typo, 'k8s/deploy.yaml': workload('"True"') } },
    { name: 'no Instrumentation in the repository: it may be defined elsewhere', files: { 'k8s/deploy.yaml': workload('go-instrumentation') } },
    { name: 'injection off', files: { ...typo, 'k8s/deploy.yaml': workload('"false"') } },
    { name: 'Helm: the name, in a namespace a template writes', files: chart('go-instrumentation', '"{{ .Release.Namespace }}"') },
    { name: 'Helm: the name, the pod in a namespace the chart does not write', files: chart('go-instrumentation', 'shop') },
    { name: 'Helm: "true" is not judged when a namespace is a template', files: chart('"true"', 'shop') },
  ],
  invalid: [
    {
      name: 'Helm: a name no Instrumentation has, whatever namespace the template writes',
      files: chartTypo,
      errors: [{ ...span(chartTypo, 'chart/templates/deploy.yaml', '"go-instrumentation:"'), message: ['inject-go names Instrumentation "go-instrumentation:", which the repository does not define: it has stray punctuation'] }],
      output: { 'chart/templates/deploy.yaml': chartTypo['chart/templates/deploy.yaml'].replace('"go-instrumentation:"', '"go-instrumentation"') },
    },
    {
      name: 'misspelled name',
      files: typo,
      errors: [
        {
          ...span(typo, 'k8s/deploy.yaml', 'go-instrumentaton'),
          severity: 'error',
          message:
            'inject-go names Instrumentation "go-instrumentaton", which the repository does not define: the repository defines go-instrumentation, not go-instrumentaton. The webhook cannot find it, logs "failed to select an OpenTelemetry Instrumentation instance for this pod" (in the Operator only) and lets the pod start without the agent. Set it to "go-instrumentation" (k8s/instrumentation.yaml:4).',
          related: ['k8s/instrumentation.yaml:4'],
        },
      ],
      output: { 'k8s/deploy.yaml': workload('go-instrumentation') },
    },
    {
      name: "misspelled on the workload's metadata: the fix is the move, with the name corrected",
      files: misplaced,
      errors: [{ ...span(misplaced, 'k8s/deploy.yaml', 'go-instrumentaton'), message: ['Set it to "go-instrumentation"'] }],
      output: {
        'k8s/deploy.yaml': [
          'apiVersion: apps/v1',
          'kind: Deployment',
          'metadata:',
          '  name: api',
          'spec:',
          '  template:',
          '    metadata:',
          '      annotations:',
          '        instrumentation.opentelemetry.io/inject-go: go-instrumentation',
          '    spec:',
          '      containers:',
          '        - name: api',
          '          image: ghcr.io/acme/api:1.0.0',
          '',
        ].join('\n'),
      },
    },
    {
      name: 'trailing colon inside quotes',
      files: colon,
      errors: [{ ...span(colon, 'k8s/deploy.yaml', '"go-instrumentation:"'), message: ['stray punctuation around the name, which the Operator does not strip'] }],
      output: { 'k8s/deploy.yaml': workload('"go-instrumentation"') },
    },
    {
      name: 'trailing blank inside quotes',
      files: blanks,
      errors: [{ ...span(blanks, 'k8s/deploy.yaml', '"go-instrumentation "'), message: ['blanks around the name'] }],
      output: { 'k8s/deploy.yaml': workload('"go-instrumentation"') },
    },
    {
      name: 'namespace/name with the wrong namespace',
      files: wrongNs,
      errors: [
        {
          ...span(wrongNs, 'k8s/deploy.yaml', 'monitoring/go-instrumentation'),
          message: ['Instrumentation go-instrumentation is in namespace observability, not in namespace monitoring', 'Set it to "observability/go-instrumentation"'],
        },
      ],
      output: { 'k8s/deploy.yaml': workload('observability/go-instrumentation', 'shop') },
    },
    {
      name: 'a bare name looked up in the pod namespace',
      files: bareNameOtherNs,
      errors: [{ ...span(bareNameOtherNs, 'k8s/deploy.yaml', 'go-instrumentation'), message: ["not in the pod's namespace shop"] }],
      output: { 'k8s/deploy.yaml': workload('observability/go-instrumentation', 'shop') },
    },
    {
      name: '"true" with none in the pod namespace: no fix',
      files: trueOtherNs,
      errors: [
        {
          ...span(trueOtherNs, 'k8s/deploy.yaml', '"true"'),
          message:
            'inject-go is "true", which selects the single Instrumentation in the pod\'s namespace shop, but the repository defines none there (only observability/go-instrumentation); the Operator logs "no OpenTelemetry Instrumentation instances available" and the pod starts without the agent. Name it with its namespace: "observability/go-instrumentation".',
        },
      ],
    },
    {
      name: 'nothing close: the defined ones are listed',
      files: unknownName,
      errors: [
        {
          ...span(unknownName, 'k8s/deploy.yaml', 'python'),
          message: [
            '(it defines Instrumentation go-instrumentation (k8s/instrumentation.yaml:4), Instrumentation java-instrumentation (k8s/instrumentation.yaml:14))',
          ],
          related: ['k8s/instrumentation.yaml:4', 'k8s/instrumentation.yaml:14'],
        },
      ],
    },
    {
      name: 'set on the Namespace: one finding there for all its workloads',
      files: namespaceInject,
      errors: [{ ...span(namespaceInject, 'k8s/ns.yaml', 'go-instrumentaion'), message: ['Set it to "go-instrumentation"'] }],
      output: { 'k8s/ns.yaml': namespaceInject['k8s/ns.yaml'].replace('go-instrumentaion\n', 'go-instrumentation\n') },
    },
  ],
});

const twoInFile = {
  'k8s/deploy.yaml': workload('"true"'),
  'k8s/instrumentation.yaml': instrumentation('go-instrumentation') + '---\n' + instrumentation('java-instrumentation'),
};
const twoInNamespaceFile = {
  'k8s/deploy.yaml': workload('"true"', 'shop'),
  'k8s/ns.yaml': `apiVersion: v1
kind: Namespace
metadata:
  name: shop
`,
  'k8s/go.yaml': instrumentation('go', 'shop'),
  'k8s/sdk.yaml': instrumentation('sdk'),
};

ruleTests(operatorInstrumentationAmbiguous, {
  valid: [
    { name: 'one Instrumentation', files: { 'k8s/deploy.yaml': workload('"true"'), 'k8s/instrumentation.yaml': instrumentation('go-instrumentation') } },
    {
      name: 'one per overlay directory',
      files: {
        'base/deploy.yaml': workload('"true"'),
        'overlays/staging/instrumentation.yaml': instrumentation('go-staging'),
        'overlays/prod/instrumentation.yaml': instrumentation('go-prod'),
      },
    },
    { name: 'several, but named', files: { ...twoInFile, 'k8s/deploy.yaml': workload('java-instrumentation') } },
    {
      name: 'several, in different namespaces',
      files: { 'k8s/deploy.yaml': workload('"true"', 'shop'), 'k8s/a.yaml': instrumentation('go', 'shop'), 'k8s/b.yaml': instrumentation('go', 'billing') },
    },
  ],
  invalid: [
    {
      name: 'two in one file',
      files: twoInFile,
      errors: [
        {
          ...span(twoInFile, 'k8s/deploy.yaml', '"true"'),
          severity: 'error',
          message:
            'inject-go is "true", which asks for the single Instrumentation in the pod\'s namespace, but the namespace gets 2 from this repository: go-instrumentation (k8s/instrumentation.yaml:4), java-instrumentation (k8s/instrumentation.yaml:14); the Operator refuses to choose ("multiple OpenTelemetry Instrumentation instances available, cannot determine which one to select") and the pod starts without the agent. Name one instead, e.g. "go-instrumentation".',
          related: ['k8s/instrumentation.yaml:4', 'k8s/instrumentation.yaml:14'],
        },
      ],
    },
    {
      name: 'two files in one directory, one with the namespace written, one without',
      files: twoInNamespaceFile,
      errors: [{ ...span(twoInNamespaceFile, 'k8s/deploy.yaml', '"true"'), message: ['but namespace shop gets 2 from this repository: go (k8s/go.yaml:4), sdk (k8s/sdk.yaml:4)'] }],
    },
    {
      name: '"true" on the Namespace',
      files: {
        'k8s/ns.yaml': namespaceInject['k8s/ns.yaml'].replace('go-instrumentaion', '"true"'),
        'k8s/a.yaml': namespaceInject['k8s/a.yaml'],
        'k8s/x.yaml': instrumentation('x', 'shop'),
        'k8s/y.yaml': instrumentation('y', 'shop'),
      },
      errors: [{ ...span({ f: namespaceInject['k8s/ns.yaml'].replace('go-instrumentaion', '"true"') }, 'f', '"true"'), file: 'k8s/ns.yaml', message: ['x (k8s/x.yaml:4), y (k8s/y.yaml:4)'] }],
    },
  ],
});

test.run();
