import { test } from 'uvu';
import { podSecurityRejectsAgent } from '../../rules/pod-security-rejects-agent.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment, obiDaemonSet, operatorApp } from '../helpers/fixtures.ts';

const namespace = (labels: string) => `apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n${labels}`;
const inShop = (yaml: string) => yaml.replace('  name: api\n', '  name: api\n  namespace: shop\n');
const baseline = namespace('    pod-security.kubernetes.io/enforce: baseline\n    pod-security.kubernetes.io/warn: restricted\n');
const sidecar = { 'ns.yaml': baseline, 'deploy.yaml': inShop(deployment()) };

const daemonSet = (sc: string, pod = '      hostPID: true\n') => obiDaemonSet({ namespace: 'shop', pod, securityContext: sc });
const restricted = namespace('    pod-security.kubernetes.io/enforce: restricted\n');
const caps = { 'ns.yaml': restricted, 'obi.yaml': daemonSet('          securityContext:\n            capabilities:\n              add: [BPF, PERFMON, NET_BIND_SERVICE]\n') };
const hostPid = { 'ns.yaml': baseline, 'obi.yaml': daemonSet('') };

const operatorDeploy = operatorApp.replace('  name: api\n', '  name: api\n  namespace: shop\n');
const instrumentation = 'apiVersion: opentelemetry.io/v1alpha1\nkind: Instrumentation\nmetadata:\n  name: default\n  namespace: shop\nspec:\n  exporter:\n    endpoint: http://collector:4318\n';
const operator = { 'ns.yaml': baseline, 'deploy.yaml': operatorDeploy, 'instrumentation.yaml': instrumentation };

ruleTests(podSecurityRejectsAgent, {
  valid: [
    { name: 'the Namespace is not in the repository', files: { 'deploy.yaml': inShop(deployment()) } },
    { name: 'the Namespace allows privileged pods', files: { 'ns.yaml': namespace('    pod-security.kubernetes.io/enforce: privileged\n'), 'deploy.yaml': inShop(deployment()) } },
    { name: 'baseline only warned about, not enforced', files: { 'ns.yaml': namespace('    pod-security.kubernetes.io/warn: baseline\n'), 'deploy.yaml': inShop(deployment()) } },
    { name: 'the workload is in another namespace', files: { 'ns.yaml': baseline, 'deploy.yaml': deployment() } },
    {
      name: 'no agent in the pod',
      files: { 'ns.yaml': baseline, 'deploy.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\n  namespace: shop\nspec:\n  containers:\n    - name: app\n      image: ghcr.io/acme/api:1.0.0\n' },
    },
    { name: 'Operator injection that finds no Instrumentation injects nothing', files: { 'ns.yaml': baseline, 'deploy.yaml': operatorDeploy } },
    // The Operator creates these pods unchanged (operator-target-missing, operator-share-process-namespace-false say why).
    { name: 'Operator injection with no target anywhere is skipped', files: { ...operator, 'deploy.yaml': operatorDeploy.replace('        instrumentation.opentelemetry.io/otel-go-auto-target-exe: /app/server\n', '') } },
    { name: 'Operator injection into a pod with shareProcessNamespace: false is skipped', files: { ...operator, 'deploy.yaml': operatorDeploy.replace('    spec:\n      containers:', '    spec:\n      shareProcessNamespace: false\n      containers:') } },
  ],
  invalid: [
    {
      // gatekeeper: `enforce-version: v1.24`; the API server names that version.
      name: 'the version the namespace enforces is the one the error names',
      files: { 'ns.yaml': namespace('    pod-security.kubernetes.io/enforce: baseline\n    pod-security.kubernetes.io/enforce-version: v1.24\n'), 'deploy.yaml': inShop(deployment()) },
      errors: [{ ...span(sidecar, 'deploy.yaml', 'true', 1), message: ['(its error includes "violates PodSecurity \\"baseline:v1.24\\": privileged'] }],
    },
    {
      name: 'a privileged agent sidecar in a baseline namespace',
      files: sidecar,
      errors: [
        {
          ...span(sidecar, 'deploy.yaml', 'true', 1),
          severity: 'error',
          message:
            'Namespace shop enforces the baseline Pod Security Standard (ns.yaml:6), which forbids privileged containers, and the agent container "otel-go-agent" (the Go agent) sets privileged: true: the API server rejects every pod of Deployment api (its error includes "violates PodSecurity \\"baseline:latest\\": privileged (container "otel-go-agent" must not set securityContext.privileged=true)"), so neither the application nor the agent runs; the error shows only in the events of the controller. Run the instrumented workload in a namespace labelled pod-security.kubernetes.io/enforce: privileged, or exempt it from Pod Security Admission.',
          related: ['ns.yaml:6'],
        },
      ],
    },
    {
      name: 'capabilities a restricted namespace does not allow',
      files: caps,
      errors: [{ ...span(caps, 'obi.yaml', 'BPF', 1), message: ['forbids adding capabilities such as "BPF", "PERFMON"', 'must not include "BPF", "PERFMON" in securityContext.capabilities.add'] }],
    },
    {
      name: 'an unprivileged DaemonSet with hostPID in a baseline namespace',
      files: hostPid,
      errors: [{ ...span(hostPid, 'obi.yaml', 'true'), message: ['forbids the host PID namespace', 'host namespaces (hostPID=true)', 'every pod of DaemonSet obi'] }],
    },
    {
      name: 'the Operator injection in a baseline namespace',
      files: operator,
      errors: [{ ...span(operator, 'deploy.yaml', '"true"'), message: ['the OpenTelemetry Operator injects a privileged Go agent container with a hostPath volume'] }],
    },
  ],
});

test.run();
