import { test } from 'uvu';
import { shareProcessNamespaceInContainer } from '../../rules/share-process-namespace-in-container.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment, SEED_DOCKERFILE } from '../helpers/fixtures.ts';

// The seed article's manual sidecar (shareProcessNamespace written inside the agent container).
const seedYaml = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: my-go-service
spec:
  template:
    spec:
      containers:
      - name: app
        image: myregistry/my-go-service:latest
      - name: otel-agent
        image: otel/autoinstrumentation-go:v0.18.0
        env:
        - name: OTEL_GO_AUTO_TARGET_EXE
          value: "/app/server"
        securityContext:
          capabilities:
            add:
            - SYS_PTRACE
        # Share the process namespace so the agent can see the app process
        shareProcessNamespace: true
`;
const seedFixed = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: my-go-service
spec:
  template:
    spec:
      # Share the process namespace so the agent can see the app process
      shareProcessNamespace: true
      containers:
      - name: app
        image: myregistry/my-go-service:latest
      - name: otel-agent
        image: otel/autoinstrumentation-go:v0.18.0
        env:
        - name: OTEL_GO_AUTO_TARGET_EXE
          value: "/app/server"
        securityContext:
          capabilities:
            add:
            - SYS_PTRACE
`;
const seed = { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': seedYaml };
const seedCrlf = { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': seedYaml.replaceAll('\n', '\r\n') };

// Also written in the pod spec: the stray copy is only deleted.
const both = { 'deploy.yaml': deployment({ appExtra: ['          shareProcessNamespace: true  # here too'] }) };
// hostPID: moving it would make the pod invalid (host-pid-with-share-process-namespace): no fix.
const hostPid = {
  'deploy.yaml': deployment({ podExtra: ['      hostPID: true'], agentExtra: ['          shareProcessNamespace: true'] }).replace('      shareProcessNamespace: true\n', ''),
};
const flow = {
  'pod.yaml': `apiVersion: v1
kind: Pod
metadata:
  name: api
spec:
  containers:
    - {name: app, image: ghcr.io/acme/api:1.0.0, shareProcessNamespace: true}
`,
};
const falseValue = { 'deploy.yaml': seedYaml.replace('shareProcessNamespace: true', 'shareProcessNamespace: false') };

ruleTests(shareProcessNamespaceInContainer, {
  valid: [
    { name: 'the correct sidecar', files: { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment() } },
    { name: 'other container fields', files: { 'deploy.yaml': deployment({ agentExtra: ['          imagePullPolicy: Always', '          stdin: true'] }) } },
  ],
  invalid: [
    {
      name: 'the seed article: moved to the pod spec with its comment',
      files: seed,
      errors: [
        {
          ...span(seed, 'deploy.yaml', 'shareProcessNamespace'),
          severity: 'error',
          message:
            'shareProcessNamespace is a PodSpec field, not a Container field: in container "otel-agent" of Deployment my-go-service it is an unknown field, which the API server rejects (strict field validation, kubectl\'s default) or drops. As written, the containers of the pod do not share a process namespace, so an agent sidecar cannot see the application process. Move it to the pod spec, at the level of containers:.',
          related: ['deploy.yaml:7'],
        },
      ],
      output: { 'deploy.yaml': seedFixed },
    },
    {
      name: 'CRLF line endings',
      files: seedCrlf,
      errors: [{ file: 'deploy.yaml', line: 21, column: 9, endLine: 21, endColumn: 30 }],
      output: { 'deploy.yaml': seedFixed.replaceAll('\n', '\r\n') },
    },
    {
      name: 'already in the pod spec: the stray line is deleted',
      files: both,
      errors: [{ ...span(both, 'deploy.yaml', 'shareProcessNamespace', 1), message: ['The pod spec sets shareProcessNamespace: true at deploy.yaml:14; delete this line.'] }],
      output: { 'deploy.yaml': deployment() },
    },
    {
      name: 'with hostPID: reported without a fix',
      files: hostPid,
      errors: [{ ...span(hostPid, 'deploy.yaml', 'shareProcessNamespace'), message: ['Move it to the pod spec'] }],
    },
    {
      name: 'a flow mapping: reported without a fix',
      files: flow,
      errors: [{ ...span(flow, 'pod.yaml', 'shareProcessNamespace'), message: ['in container "app" of Pod api'] }],
    },
    {
      name: 'false inside a container: reported, not moved',
      files: falseValue,
      errors: [{ ...span(falseValue, 'deploy.yaml', 'shareProcessNamespace') }],
    },
  ],
});

test.run();
