import { test } from 'uvu';
import { hostPidWithShareProcessNamespace } from '../../rules/host-pid-with-share-process-namespace.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment, obiDaemonSet } from '../helpers/fixtures.ts';

const sidecar = { 'deploy.yaml': deployment({ podExtra: ['      hostPID: true'] }) };

const daemonSet = (podFields: string) => obiDaemonSet({ pod: podFields, env: false });
const ds = { 'obi.yaml': daemonSet('      hostPID: yes\n      shareProcessNamespace: true\n') };

const operator = (extra: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    metadata:
      annotations:
        instrumentation.opentelemetry.io/inject-go: "true"
${extra}    spec:
      hostPID: true
      containers:
        - name: app
          image: ghcr.io/acme/api:1.0.0
`;
const op = { 'deploy.yaml': operator('        instrumentation.opentelemetry.io/otel-go-auto-target-exe: /app/server\n') };

ruleTests(hostPidWithShareProcessNamespace, {
  valid: [
    { name: 'the correct sidecar', files: { 'deploy.yaml': deployment() } },
    { name: 'a DaemonSet with hostPID only', files: { 'obi.yaml': daemonSet('      hostPID: true\n') } },
    { name: 'hostPID: false', files: { 'deploy.yaml': deployment({ podExtra: ['      hostPID: false'] }) } },
    { name: 'Operator injection with hostPID is operator-host-pid\'s finding', files: op },
  ],
  invalid: [
    {
      name: 'an agent sidecar with hostPID too',
      files: sidecar,
      errors: [
        {
          ...span(sidecar, 'deploy.yaml', 'true', 1),
          severity: 'error',
          message:
            'Deployment api sets hostPID: true together with shareProcessNamespace: true at deploy.yaml:14; the API server rejects such a pod ("ShareProcessNamespace and HostPID cannot both be enabled"), so it is never created. For an agent sidecar remove hostPID: the shared process namespace of the pod is what lets it see the application.',
          related: ['deploy.yaml:14'],
        },
      ],
    },
    {
      name: 'a DaemonSet (YAML 1.1 yes is true to Kubernetes)',
      files: ds,
      errors: [{ ...span(ds, 'obi.yaml', 'yes'), message: ['For an instrumenting DaemonSet keep hostPID and remove shareProcessNamespace.'] }],
    },
  ],
});

test.run();
