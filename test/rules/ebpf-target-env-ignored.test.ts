import { test } from 'uvu';
import { ebpfTargetEnvIgnored } from '../../rules/ebpf-target-env-ignored.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { SEED_DOCKERFILE, ebpfCompose, obiConfigPod } from '../helpers/fixtures.ts';

const target = ['- name: OTEL_EBPF_AUTO_TARGET_EXE', '  value: /app/server'];
const services = ['discovery:', '  services:', '    - exe_path: server'];
const ignored = { Dockerfile: SEED_DOCKERFILE, 'k8s/api.yaml': obiConfigPod(services, target) };
const goDefault = { Dockerfile: SEED_DOCKERFILE, 'k8s/api.yaml': obiConfigPod(services, ['- name: OTEL_GO_AUTO_TARGET_EXE', '  value: /app/server']) };

// Compose: OBI reads a bind-mounted file with discovery.services only, and its OTEL_GO_AUTO_TARGET_EXE default.
const composeIgnored = {
  Dockerfile: SEED_DOCKERFILE,
  'obi.yml': services.join('\n') + '\n',
  'compose.yaml': ebpfCompose(['environment:', '  - OTEL_GO_AUTO_TARGET_EXE=/app/server', '  - OTEL_EBPF_CONFIG_PATH=/etc/obi/obi.yml', 'volumes:', '  - ./obi.yml:/etc/obi/obi.yml:ro']),
};

// Beyla 2.1.0 (before 2.5.0) has no glob variable: it selects by BEYLA_EXECUTABLE_NAME, a regular expression.
const oldBeyla = {
  Dockerfile: SEED_DOCKERFILE,
  'compose.yaml': ebpfCompose(['environment:', '  - BEYLA_AUTO_TARGET_EXE=/app/server'], { name: 'beyla', image: 'grafana/beyla:2.1.0' }),
};
// Beyla issue #2461: Beyla 1.6.2 with discovery.instrument in its file (a bind mount).
const oldBeylaInstrument = (image: string) => ({
  Dockerfile: SEED_DOCKERFILE,
  'beyla.yml': 'discovery:\n  instrument:\n    - exe_path: "*/server"\n',
  'compose.yaml': ebpfCompose(['environment:', '  - BEYLA_CONFIG_PATH=/etc/beyla.yml', 'volumes:', '  - ./beyla.yml:/etc/beyla.yml:ro'], { name: 'beyla', image }),
});
const currentBeyla = { ...oldBeyla, 'compose.yaml': oldBeyla['compose.yaml'].replace('grafana/beyla:2.1.0', 'grafana/beyla:2.5.1') };

ruleTests(ebpfTargetEnvIgnored, {
  valid: [
    { name: 'Beyla 2.5.1 reads BEYLA_AUTO_TARGET_EXE', files: currentBeyla },
    { name: 'Beyla 2.5.1 reads discovery.instrument', files: oldBeylaInstrument('grafana/beyla:2.5.1') },
    { name: 'the config selects with discovery.instrument: the variable is added to it', files: { Dockerfile: SEED_DOCKERFILE, 'k8s/api.yaml': obiConfigPod(['discovery:', '  instrument:', '    - open_ports: 8080'], target) } },
    { name: 'services and instrument both: instrument wins, the variable is read', files: { Dockerfile: SEED_DOCKERFILE, 'k8s/api.yaml': obiConfigPod([...services, '  instrument:', '    - open_ports: 8080'], target) } },
    { name: 'services only, but no glob variable', files: { Dockerfile: SEED_DOCKERFILE, 'k8s/api.yaml': obiConfigPod(services) } },
    { name: 'no config file', files: { Dockerfile: SEED_DOCKERFILE, 'k8s/api.yaml': obiConfigPod(services, target).replace('OTEL_EBPF_CONFIG_PATH', 'OTHER_PATH') } },
    {
      name: 'the config file is in another key than the one mounted: not known, nothing said',
      files: { Dockerfile: SEED_DOCKERFILE, 'k8s/api.yaml': obiConfigPod(services, target).replace('obi.yml: |', 'other.yml: |') },
    },
  ],
  invalid: [
    {
      name: 'Beyla 1.6.2 does not read discovery.instrument',
      files: oldBeylaInstrument('grafana/beyla:1.6.2'),
      errors: [
        {
          ...span(oldBeylaInstrument('x'), 'beyla.yml', 'instrument'),
          message: ['discovery.instrument came with Beyla 2.5.0, and Beyla 1.6.2 (the agent\'s image tag) does not read it', 'Write the selection under discovery.services, or run Beyla 2.5.0 or later.'],
        },
      ],
    },
    {
      name: 'Beyla 2.1.0 does not know BEYLA_AUTO_TARGET_EXE',
      files: oldBeyla,
      errors: [
        {
          ...span(oldBeyla, 'compose.yaml', '/app/server'),
          message:
            'BEYLA_AUTO_TARGET_EXE is "/app/server", but Beyla 2.1.0 (the agent\'s image tag) does not read it: the variable came with Beyla 2.5.0. This release selects executables by BEYLA_EXECUTABLE_NAME (or OTEL_GO_AUTO_TARGET_EXE), an unanchored regular expression, and the config file\'s discovery.services. Set BEYLA_EXECUTABLE_NAME instead, or run Beyla 2.5.0 or later.',
          related: ['compose.yaml:5'],
        },
      ],
    },
    {
      name: 'discovery.services only: OTEL_EBPF_AUTO_TARGET_EXE is ignored',
      files: ignored,
      errors: [
        {
          ...span(ignored, 'k8s/api.yaml', '/app/server'),
          severity: 'error',
          message:
            'OTEL_EBPF_AUTO_TARGET_EXE is "/app/server", but OBI ignores it: its config file /config/obi.yml (ConfigMap obi-config, key obi.yml) selects processes with the deprecated discovery.services section (k8s/api.yaml:8) and has no discovery.instrument, and then OBI adds only OTEL_EBPF_EXECUTABLE_PATH and OTEL_EBPF_OPEN_PORT to it, never the glob variable. Move the selection into discovery.instrument (its exe_path is a glob like this variable), or remove discovery.services from the file.',
          related: ['k8s/api.yaml:34', 'k8s/api.yaml:38', 'k8s/api.yaml:43', 'k8s/api.yaml:6', 'k8s/api.yaml:8'],
        },
      ],
    },
    {
      name: 'OTEL_GO_AUTO_TARGET_EXE, the default of OBI\'s variable, is ignored too',
      files: goDefault,
      errors: [{ ...span(goDefault, 'k8s/api.yaml', '/app/server'), message: ['OTEL_GO_AUTO_TARGET_EXE is "/app/server", but OBI ignores it'] }],
    },
    {
      name: 'compose: a bind-mounted services-only file makes OBI ignore OTEL_GO_AUTO_TARGET_EXE',
      files: composeIgnored,
      errors: [
        {
          ...span(composeIgnored, 'compose.yaml', '/app/server'),
          message: ['OTEL_GO_AUTO_TARGET_EXE is "/app/server", but OBI ignores it: its config file /etc/obi/obi.yml (obi.yml) selects processes with the deprecated discovery.services section (obi.yml:2)'],
          related: ['compose.yaml:10', 'compose.yaml:12', 'obi.yml:1', 'obi.yml:2'],
        },
      ],
    },
  ],
});

test.run();
