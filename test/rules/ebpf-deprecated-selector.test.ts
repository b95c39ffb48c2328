import { test } from 'uvu';
import { ebpfDeprecatedSelector } from '../../rules/ebpf-deprecated-selector.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment } from '../helpers/fixtures.ts';

const daemonSet = (env: string[]) => `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: beyla
spec:
  selector:
    matchLabels:
      app: beyla
  template:
    metadata:
      labels:
        app: beyla
    spec:
      hostPID: true
      containers:
        - name: beyla
          image: grafana/beyla:2.1.0
          env:
${env.map((l) => `            ${l}`).join('\n')}
`;
const beyla = { 'beyla.yaml': daemonSet(['- name: BEYLA_EXECUTABLE_NAME', '  value: orders']) };
const both = { 'beyla.yaml': daemonSet(['- name: BEYLA_EXECUTABLE_NAME', '  value: orders', '- name: BEYLA_AUTO_TARGET_EXE', '  value: "*/orders"']) };
const regex = { 'beyla.yaml': daemonSet(['- name: BEYLA_EXECUTABLE_NAME', "  value: '^/app/(orders|billing)$'"]) };
const compose = {
  'compose.yaml': `services:
  obi:
    image: otel/ebpf-instrument:main
    pid: host
    privileged: true
    environment:
      - OTEL_EBPF_EXECUTABLE_PATH=checkout
`,
};

ruleTests(ebpfDeprecatedSelector, {
  valid: [
    { name: 'the glob variable', files: { 'beyla.yaml': daemonSet(['- name: BEYLA_AUTO_TARGET_EXE', '  value: "*/orders"']) } },
    { name: 'the Go agent sidecar', files: { 'deploy.yaml': deployment() } },
  ],
  invalid: [
    {
      name: 'Beyla: a plain word',
      files: beyla,
      errors: [
        {
          ...span(beyla, 'beyla.yaml', 'BEYLA_EXECUTABLE_NAME'),
          severity: 'warning',
          message:
            'BEYLA_EXECUTABLE_NAME "orders" is deprecated in Beyla: it is an unanchored regular expression searched for anywhere in the executable path, so it also selects any other program whose path contains it ("orders" matches /usr/bin/orders-migrate too). Use BEYLA_AUTO_TARGET_EXE, a glob over the whole path, e.g. "*/orders".',
        },
      ],
    },
    {
      name: 'Beyla: the glob variable is set too',
      files: both,
      errors: [{ ...span(both, 'beyla.yaml', 'BEYLA_EXECUTABLE_NAME'), message: ['BEYLA_AUTO_TARGET_EXE is also set and takes precedence, so this one is ignored: remove it.'] }],
    },
    {
      name: 'Beyla: a real regular expression',
      files: regex,
      errors: [{ ...span(regex, 'beyla.yaml', 'BEYLA_EXECUTABLE_NAME'), message: ['e.g. a helper named after the app', 'e.g. "*/myapp" or the full path.'] }],
    },
    {
      name: 'compose OBI',
      files: compose,
      errors: [{ ...span(compose, 'compose.yaml', 'OTEL_EBPF_EXECUTABLE_PATH'), message: ['OTEL_EBPF_EXECUTABLE_PATH "checkout" is deprecated in OBI', 'Use OTEL_EBPF_AUTO_TARGET_EXE'] }],
    },
  ],
});

test.run();
