import { test } from 'uvu';
import { ebpfTargetExcluded } from '../../rules/ebpf-target-excluded.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { SEED_DOCKERFILE, ebpfCompose, obiConfigPod } from '../helpers/fixtures.ts';

// SEED_DOCKERFILE's image runs /app/server.
const cfg = (lines: string[], env: string[] = []) => ({ Dockerfile: SEED_DOCKERFILE, 'k8s/api.yaml': obiConfigPod(['discovery:', ...lines], env) });
const excluded = cfg(['  instrument:', '    - exe_path: "*/server"', '  exclude_instrument:', '    - exe_path: /usr/bin/*', '    - exe_path: /app/*']);
// Compose: the variable selects, the file (bind-mounted) excludes through ${VAR}.
const composeExcluded = {
  Dockerfile: SEED_DOCKERFILE,
  'obi.yml': 'discovery:\n  exclude_instrument:\n    - exe_path: ${SKIP}\n',
  'compose.yaml': ebpfCompose(['environment:', '  OTEL_EBPF_AUTO_TARGET_EXE: /app/server', '  OTEL_EBPF_CONFIG_PATH: /etc/obi.yml', '  SKIP: "*/server"', 'volumes:', '  - ./obi.yml:/etc/obi.yml']),
};

ruleTests(ebpfTargetExcluded, {
  valid: [
    { name: 'the exclusion matches another program', files: cfg(['  instrument:', '    - exe_path: "*/server"', '  exclude_instrument:', '    - exe_path: "*/sidecar"']) },
    {
      name: 'an exclusion that also needs another attribute (a namespace) is not evaluated',
      files: cfg(['  instrument:', '    - exe_path: "*/server"', '  exclude_instrument:', '    - exe_path: /app/*', '      k8s_namespace: kube-system']),
    },
    { name: 'nothing selects the process: nothing to exclude it from', files: cfg(['  instrument:', '    - exe_path: "*/worker"', '  exclude_instrument:', '    - exe_path: /app/*']) },
    { name: 'an exclusion with a ${VAR} the container does not set is not known', files: cfg(['  instrument:', '    - exe_path: "*/server"', '  exclude_instrument:', '    - exe_path: ${SKIP}']) },
  ],
  invalid: [
    {
      name: 'ConfigMap config file: the second exclusion matches what the instrument item selects',
      files: excluded,
      errors: [
        {
          ...span(excluded, 'k8s/api.yaml', '/app/*'),
          severity: 'error',
          message:
            'discovery.exclude_instrument[1].exe_path is "/app/*", which matches the process discovery.instrument[0].exe_path selects: container "app" runs "/app/server" (Dockerfile:4, Dockerfile:7; its image is assumed to be built from Dockerfile, the only Dockerfile in the repository). OBI leaves out every process an exclude_instrument item matches, whatever selects it, so it never instruments this one. Remove the item, or narrow it so that it no longer matches "/app/server".',
          related: ['k8s/api.yaml:37', 'k8s/api.yaml:39', 'k8s/api.yaml:44', 'k8s/api.yaml:6', 'k8s/api.yaml:9', 'Dockerfile:6', 'Dockerfile:8', 'Dockerfile:8', 'Dockerfile:4', 'Dockerfile:7'],
        },
      ],
    },
    {
      name: 'compose: a bind-mounted file excludes, through ${SKIP}, what OTEL_EBPF_AUTO_TARGET_EXE selects',
      files: composeExcluded,
      errors: [
        {
          ...span(composeExcluded, 'obi.yml', '${SKIP}'),
          message: ['discovery.exclude_instrument[0].exe_path is "${SKIP}", which is "*/server", which matches the process OTEL_EBPF_AUTO_TARGET_EXE selects: service "api" runs "/app/server"'],
          related: ['compose.yaml:10', 'compose.yaml:13', 'obi.yml:1', 'compose.yaml:11', 'compose.yaml:9', 'compose.yaml:3', 'Dockerfile:8', 'Dockerfile:8', 'Dockerfile:4', 'Dockerfile:7'],
        },
      ],
    },
  ],
});

test.run();
