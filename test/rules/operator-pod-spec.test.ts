// operator-share-process-namespace-false and operator-host-pid: pod spec fields that stop the Operator's Go injection.
import { test } from 'uvu';
import { operatorShareProcessNamespaceFalse } from '../../rules/operator-share-process-namespace-false.ts';
import { operatorHostPid } from '../../rules/operator-host-pid.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment } from '../helpers/fixtures.ts';

function workload(podLines: string[], inject = '"true"', kind = 'Deployment'): string {
  return [
    'apiVersion: apps/v1',
    `kind: ${kind}`,
    'metadata:',
    '  name: api',
    'spec:',
    '  template:',
    '    metadata:',
    '      annotations:',
    `        instrumentation.opentelemetry.io/inject-go: ${inject}`,
    '        instrumentation.opentelemetry.io/otel-go-auto-target-exe: /app/server',
    '    spec:',
    ...podLines.map((l) => '      ' + l),
    '      containers:',
    '        - name: api',
    '          image: ghcr.io/acme/api:1.0.0',
    '',
  ].join('\n');
}

const spnFalse = { 'deploy.yaml': workload(['shareProcessNamespace: false']) };
const spnQuotedDaemonSet = { 'deploy.yaml': workload(['shareProcessNamespace: false # no sharing'], 'go-instrumentation', 'DaemonSet') };
const spnNamespace = {
  'ns.yaml': `apiVersion: v1
kind: Namespace
metadata:
  name: shop
  annotations:
    instrumentation.opentelemetry.io/inject-go: "true"
`,
  'deploy.yaml': workload(['shareProcessNamespace: false'], '"true"').replace('  name: api\n', '  name: api\n  namespace: shop\n').replace('        instrumentation.opentelemetry.io/inject-go: "true"\n', ''),
};

ruleTests(operatorShareProcessNamespaceFalse, {
  valid: [
    { name: 'not set: the Operator sets it', files: { 'deploy.yaml': workload([]) } },
    { name: 'true', files: { 'deploy.yaml': workload(['shareProcessNamespace: true']) } },
    { name: 'false without injection', files: { 'deploy.yaml': workload(['shareProcessNamespace: false'], '"false"') } },
    { name: 'the sidecar fixture', files: { 'deploy.yaml': deployment() } },
  ],
  invalid: [
    {
      name: 'false on an injected pod',
      files: spnFalse,
      errors: [
        {
          ...span(spnFalse, 'deploy.yaml', 'false'),
          severity: 'error',
          message:
            'Deployment api sets shareProcessNamespace: false, but asks the Operator for Go instrumentation (inject-go "true" at deploy.yaml:9): the agent must see the application\'s processes, so the Operator skips the injection ("shared process namespace has been explicitly disabled") and the pod starts without the agent. The Operator sets shareProcessNamespace: true itself; set it to true or remove the line.',
          related: ['deploy.yaml:9'],
        },
      ],
      output: { 'deploy.yaml': workload(['shareProcessNamespace: true']) },
    },
    {
      name: 'DaemonSet, comment kept',
      files: spnQuotedDaemonSet,
      errors: [{ ...span(spnQuotedDaemonSet, 'deploy.yaml', 'false'), message: ['DaemonSet api sets shareProcessNamespace: false'] }],
      output: { 'deploy.yaml': workload(['shareProcessNamespace: true # no sharing'], 'go-instrumentation', 'DaemonSet') },
    },
    {
      name: 'injection asked by the Namespace',
      files: spnNamespace,
      errors: [{ ...span(spnNamespace, 'deploy.yaml', 'false'), message: ['(inject-go "true" at ns.yaml:6)'], related: ['ns.yaml:6'] }],
      output: { 'deploy.yaml': spnNamespace['deploy.yaml'].replace('shareProcessNamespace: false', 'shareProcessNamespace: true') },
    },
  ],
});

const hostPid = { 'deploy.yaml': workload(['hostPID: true']) };
const hostPidNamed = { 'deploy.yaml': workload(['hostPID: true', 'dnsPolicy: ClusterFirstWithHostNet'], 'observability/go') };
const hostPidCron = {
  'cron.yaml': `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "@hourly"
  jobTemplate:
    spec:
      template:
        metadata:
          annotations:
            instrumentation.opentelemetry.io/inject-go: "true"
        spec:
          hostPID: true
          containers:
            - name: report
              image: ghcr.io/acme/report:1.0.0
`,
};

ruleTests(operatorHostPid, {
  valid: [
    { name: 'no hostPID', files: { 'deploy.yaml': workload([]) } },
    { name: 'hostPID: false', files: { 'deploy.yaml': workload(['hostPID: false']) } },
    { name: 'hostPID without injection', files: { 'deploy.yaml': workload(['hostPID: true'], '"false"') } },
    { name: 'shareProcessNamespace: false already stops the injection', files: { 'deploy.yaml': workload(['hostPID: true', 'shareProcessNamespace: false']) } },
  ],
  invalid: [
    {
      name: 'hostPID on an injected Deployment',
      files: hostPid,
      errors: [
        {
          ...span(hostPid, 'deploy.yaml', 'true', 1),
          severity: 'error',
          message:
            'Deployment api sets hostPID: true and asks the Operator for Go instrumentation (inject-go "true" at deploy.yaml:9): the Operator adds shareProcessNamespace: true to the pod, and Kubernetes rejects a pod with both ("ShareProcessNamespace and HostPID cannot both be enabled"), so no pod of Deployment api is created. Remove hostPID: true, or run the agent yourself (a sidecar with shareProcessNamespace, or a node-wide agent with hostPID) instead of injection.',
        },
      ],
    },
    {
      name: 'a named Instrumentation',
      files: hostPidNamed,
      errors: [{ ...span(hostPidNamed, 'deploy.yaml', 'true'), message: ['(inject-go "observability/go" at deploy.yaml:9)'] }],
    },
    { name: 'CronJob', files: hostPidCron, errors: [{ ...span(hostPidCron, 'cron.yaml', 'true', 1), message: ['CronJob report sets hostPID: true'] }] },
  ],
});

test.run();
