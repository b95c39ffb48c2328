import { test } from 'uvu';
import { operatorTargetWithoutInjectGo } from '../../rules/operator-target-without-inject-go.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';

function workload(annotations: string[] | undefined, opts: { meta?: string[]; agent?: boolean; ns?: string } = {}): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: api',
    ...(opts.ns ? [`  namespace: ${opts.ns}`] : []),
    ...(opts.meta ?? []),
    'spec:',
    '  template:',
    '    metadata:',
    ...(annotations ? ['      annotations:', ...annotations.map((a) => '        ' + a)] : []),
    '    spec:',
    ...(opts.agent ? ['      shareProcessNamespace: true'] : []),
    '      containers:',
    '        - name: app',
    '          image: ghcr.io/acme/api:1.0.0',
    ...(opts.agent
      ? [
          '        - name: otel-go',
          '          image: ghcr.io/open-telemetry/opentelemetry-go-instrumentation/autoinstrumentation-go:v0.24.0',
          '          securityContext: {privileged: true, runAsUser: 0}',
        ]
      : []),
    '',
  ].join('\n');
}

function namespace(annotations: string[] = []): string {
  return ['apiVersion: v1', 'kind: Namespace', 'metadata:', '  name: shop', ...(annotations.length ? ['  annotations:', ...annotations.map((a) => '    ' + a)] : []), ''].join('\n');
}

const P = 'instrumentation.opentelemetry.io/';
const TARGET = `${P}otel-go-auto-target-exe: /app/server`;
const INJECT = `${P}inject-go: "true"`;

const nodejs = { 'k8s/deploy.yaml': workload([`${P}inject-nodejs: "true"`, TARGET], { ns: 'production' }) };
const nsWithout = { 'k8s/ns.yaml': namespace(), 'k8s/deploy.yaml': workload([TARGET], { ns: 'shop' }) };
const sidecar = { 'k8s/deploy.yaml': workload([TARGET], { agent: true }) };
const base = {
  'base/deploy.yaml': workload([TARGET]),
  'base/kustomization.yaml': 'resources:\n  - deploy.yaml\n',
  'overlays/prod/kustomization.yaml': `resources:\n  - ../../base\ncommonAnnotations:\n  ${INJECT}\n`,
};
const bareBase = {
  ...base,
  'overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\ncommonLabels:\n  tier: prod\n',
  'overlays/dev/kustomization.yaml': 'resources:\n  - ../../base\ncommonLabels:\n  tier: dev\n',
};

ruleTests(operatorTargetWithoutInjectGo, {
  valid: [
    { name: 'inject-go beside it', files: { 'k8s/deploy.yaml': workload([INJECT, TARGET]) } },
    { name: 'injection switched off on purpose', files: { 'k8s/deploy.yaml': workload([`${P}inject-go: "false"`, TARGET]) } },
    { name: 'the Namespace injects Go', files: { 'k8s/ns.yaml': namespace([INJECT]), 'k8s/deploy.yaml': workload([TARGET], { ns: 'shop' }) } },
    { name: "inject-go on the workload's own metadata (operator-annotation-on-workload)", files: { 'k8s/deploy.yaml': workload([TARGET], { meta: ['  annotations:', `    ${INJECT}`] }) } },
    { name: 'inject-go misspelt (operator-annotation-key)', files: { 'k8s/deploy.yaml': workload([`${P}inject-golang: "true"`, TARGET]) } },
    { name: 'an overlay adds inject-go to the base', files: base },
    { name: 'no target annotation', files: { 'k8s/deploy.yaml': workload([`${P}inject-nodejs: "true"`]) } },
    {
      name: 'Helm: a template action may write inject-go',
      files: {
        'chart/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.1.0\n',
        'chart/values.yaml': 'otel: false\n',
        'chart/templates/deploy.yaml': workload([`{{- if .Values.otel }}${INJECT}{{ end }}`, TARGET]),
      },
    },
    {
      name: 'Helm: a key written by an action',
      files: {
        'chart/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.1.0\n',
        'chart/values.yaml': 'inject: {key: instrumentation.opentelemetry.io/inject-go, value: "true"}\n',
        'chart/templates/deploy.yaml': workload(['{{ .Values.inject.key }}: {{ .Values.inject.value | quote }}', TARGET]),
      },
    },
    {
      name: 'Helm: the annotations come from values',
      files: {
        'chart/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.1.0\n',
        'chart/values.yaml': 'podAnnotations: {}\n',
        'chart/templates/deploy.yaml': workload([TARGET, '{{- with .Values.podAnnotations }}', '{{- toYaml . | nindent 8 }}', '{{- end }}']),
      },
    },
  ],
  invalid: [
    {
      name: 'another language injected, Namespace not in the repository: info',
      files: nodejs,
      errors: [
        {
          ...span(nodejs, 'k8s/deploy.yaml', `${P}otel-go-auto-target-exe`),
          severity: 'info',
          message:
            'instrumentation.opentelemetry.io/otel-go-auto-target-exe ("/app/server") on Deployment api has no effect unless its Namespace has instrumentation.opentelemetry.io/inject-go: the Operator reads it only when it injects the Go agent into the pod, and the pod template has no instrumentation.opentelemetry.io/inject-go annotation (the Namespace production is not in this repository). The pod template asks for inject-nodejs instead. To instrument the pod, add instrumentation.opentelemetry.io/inject-go: "true" (or an Instrumentation\'s name) beside it; otherwise remove the annotation.',
          related: ['k8s/deploy.yaml:10'],
        },
      ],
    },
    {
      name: 'the Namespace is in the repository without inject-go: warning',
      files: nsWithout,
      errors: [
        {
          ...span(nsWithout, 'k8s/deploy.yaml', `${P}otel-go-auto-target-exe`),
          severity: 'warning',
          message: ['has no effect: the Operator reads it only', 'neither the pod template nor its Namespace shop (k8s/ns.yaml:4) has instrumentation.opentelemetry.io/inject-go.'],
          related: ['k8s/ns.yaml:4'],
        },
      ],
    },
    {
      name: 'a sidecar agent of its own: the value belongs in its env, warning',
      files: sidecar,
      errors: [
        {
          ...span(sidecar, 'k8s/deploy.yaml', `${P}otel-go-auto-target-exe`),
          severity: 'warning',
          message: [
            'The agent container "otel-go" (k8s/deploy.yaml:16) is not the Operator\'s: it reads its target from its own environment and command line, never from an annotation.',
            'Set OTEL_GO_AUTO_TARGET_EXE to "/app/server" in the env of container "otel-go" and remove the annotation.',
          ],
          related: ["k8s/deploy.yaml:16"],
        },
      ],
    },
    {
      name: 'a base no overlay injects: reported once, where it is written',
      files: bareBase,
      errors: [{ ...span(bareBase, 'base/deploy.yaml', `${P}otel-go-auto-target-exe`), severity: 'info', message: ['on Deployment api has no effect unless'] }],
    },
  ],
});

test.run();
