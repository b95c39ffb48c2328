import { test } from 'uvu';
import { ebpfDeprecatedSelector } from '../../rules/ebpf-deprecated-selector.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { SEED_DOCKERFILE, deployment, obiConfigPod } from '../helpers/fixtures.ts';

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
          image: grafana/beyla:2.7.1
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

const services = ['discovery:', '  services:', '    - exe_path: server'];
const cfgServices = { Dockerfile: SEED_DOCKERFILE, 'k8s/api.yaml': obiConfigPod(services) };
// An OBI image of the company's own registry: recognised by a process selector only OBI reads (its ports), not by the
// config path alone (OBI run for network metrics sets that too).
const customImage = {
  ...cfgServices,
  'k8s/api.yaml': obiConfigPod(services, ['- name: OTEL_EBPF_OPEN_PORT', '  value: "8080"']).replace('otel/ebpf-instrument:main', 'registry.acme.internal/obi:test'),
};
const customImageNoSelector = { ...cfgServices, 'k8s/api.yaml': cfgServices['k8s/api.yaml'].replace('otel/ebpf-instrument:main', 'registry.acme.internal/obi:test') };
// saidsef/grafana-loki-on-k8s: `k8s_namespace: .` kept as a regular expression when the section moved.
const cfgK8s = { Dockerfile: SEED_DOCKERFILE, 'k8s/api.yaml': obiConfigPod(['discovery:', '  services:', '    - exe_path: server', '      k8s_namespace: .']) };
const cfgBoth = { Dockerfile: SEED_DOCKERFILE, 'k8s/api.yaml': obiConfigPod([...services, '  instrument:', '    - exe_path: /app/server']) };
// With discovery.services only, OTEL_EBPF_EXECUTABLE_PATH is read (added to that list): it is not the ignored one.
const cfgServicesAndVars = {
  Dockerfile: SEED_DOCKERFILE,
  'k8s/api.yaml': obiConfigPod(services, ['- name: OTEL_EBPF_EXECUTABLE_PATH', '  value: server', '- name: OTEL_EBPF_AUTO_TARGET_EXE', '  value: /app/server']),
};

ruleTests(ebpfDeprecatedSelector, {
  valid: [
    { name: 'an image of another name with the config path only: maybe OBI for network metrics, not taken for the agent', files: customImageNoSelector },
    { name: 'Beyla before 2.5.0: BEYLA_EXECUTABLE_NAME is its only selector', files: { 'beyla.yaml': beyla['beyla.yaml'].replace('grafana/beyla:2.7.1', 'grafana/beyla:1.9.0') } },
    { name: 'the glob variable', files: { 'beyla.yaml': daemonSet(['- name: BEYLA_AUTO_TARGET_EXE', '  value: "*/orders"']) } },
    { name: 'the Go agent sidecar', files: { 'deploy.yaml': deployment() } },
  ],
  invalid: [
    {
      name: 'an OBI image of another name, recognised by OTEL_EBPF_OPEN_PORT',
      files: customImage,
      errors: [{ ...span(customImage, 'k8s/api.yaml', 'services'), message: ['discovery.services is deprecated in OBI'] }],
    },
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
      name: 'OBI config file: discovery.services',
      files: cfgServices,
      errors: [
        {
          ...span(cfgServices, 'k8s/api.yaml', 'services'),
          severity: 'warning',
          message:
            'discovery.services is deprecated in OBI: the exe_path of its items is an unanchored regular expression searched for anywhere in the executable path, so it also selects any other program whose path contains it. Use discovery.instrument, whose exe_path is a glob over the whole path (e.g. "*/server").',
          related: ['k8s/api.yaml:34', 'k8s/api.yaml:36', 'k8s/api.yaml:41', 'k8s/api.yaml:6'],
        },
      ],
    },
    {
      name: 'OBI config file: discovery.services with Kubernetes attributes, which become globs in discovery.instrument',
      files: cfgK8s,
      errors: [
        {
          ...span(cfgK8s, 'k8s/api.yaml', 'services'),
          message: ['Use discovery.instrument, whose exe_path is a glob over the whole path (e.g. "*/server"). Kubernetes attributes change too: k8s_namespace, k8s_deployment_name and the like are globs there, not regular expressions (k8s_namespace: "." matches only a namespace named ".").'],
        },
      ],
    },
    {
      name: 'OBI config file: discovery.services beside discovery.instrument is ignored',
      files: cfgBoth,
      errors: [{ ...span(cfgBoth, 'k8s/api.yaml', 'services'), message: ['The file also has discovery.instrument, which takes precedence, so this section is ignored: remove it.'] }],
    },
    {
      name: 'OBI config file with discovery.services only: the old variable is read, not ignored',
      files: cfgServicesAndVars,
      errors: [
        { ...span(cfgServicesAndVars, 'k8s/api.yaml', 'services'), message: ['discovery.services is deprecated in OBI'] },
        {
          ...span(cfgServicesAndVars, 'k8s/api.yaml', 'OTEL_EBPF_EXECUTABLE_PATH'),
          message: ['The config file selects with the deprecated discovery.services, which this variable is added to: move both into discovery.instrument'],
        },
      ],
    },
    {
      name: 'compose OBI',
      files: compose,
      errors: [{ ...span(compose, 'compose.yaml', 'OTEL_EBPF_EXECUTABLE_PATH'), message: ['OTEL_EBPF_EXECUTABLE_PATH "checkout" is deprecated in OBI', 'Use OTEL_EBPF_AUTO_TARGET_EXE'] }],
    },
  ],
});

test.run();
