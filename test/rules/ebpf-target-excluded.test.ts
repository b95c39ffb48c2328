import { test } from 'uvu';
import { ebpfTargetExcluded } from '../../rules/ebpf-target-excluded.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { SEED_DOCKERFILE, deployment, ebpfCompose, obiConfigPod, obiDaemonSet } from '../helpers/fixtures.ts';

// SEED_DOCKERFILE's image runs /app/server.
const cfg = (lines: string[], env: string[] = []) => ({ Dockerfile: SEED_DOCKERFILE, 'k8s/api.yaml': obiConfigPod(['discovery:', ...lines], env) });
const excluded = cfg(['  instrument:', '    - exe_path: "*/server"', '  exclude_instrument:', '    - exe_path: /usr/bin/*', '    - exe_path: /app/*']);
// Compose: the variable selects, the file (bind-mounted) excludes through ${VAR}.
const composeExcluded = {
  Dockerfile: SEED_DOCKERFILE,
  'obi.yml': 'discovery:\n  exclude_instrument:\n    - exe_path: ${SKIP}\n',
  'compose.yaml': ebpfCompose(['environment:', '  OTEL_EBPF_AUTO_TARGET_EXE: /app/server', '  OTEL_EBPF_CONFIG_PATH: /etc/obi.yml', '  SKIP: "*/server"', 'volumes:', '  - ./obi.yml:/etc/obi.yml']),
};

/** Deployment "api" of the seed image (it runs /app/server), alone, in `namespace` when given. */
const app = (namespace?: string) => deployment(namespace !== undefined ? { agent: false, namespace } : { agent: false });
// An OBI DaemonSet (OTEL_EBPF_AUTO_TARGET_EXE "*/server") and the app in a namespace OBI leaves out by default.
const inMonitoring = { Dockerfile: SEED_DOCKERFILE, 'k8s/api.yaml': app('monitoring'), 'k8s/obi.yaml': obiDaemonSet({ pod: '      hostPID: true\n' }) };
// The app's binary is an OpenTelemetry Collector build: OBI's own default exclusions leave it out.
const collector = {
  Dockerfile: SEED_DOCKERFILE.replaceAll('/app/server', '/otelcol-contrib'),
  'compose.yaml': ebpfCompose(['environment:', '  OTEL_EBPF_AUTO_TARGET_EXE: /otelcol-contrib']),
};

/** A Go program built to /alloy (a custom Alloy build), selected by OBI or Beyla of `image`. */
const alloy = (image: string, key = 'OTEL_EBPF_AUTO_TARGET_EXE') => ({
  Dockerfile: SEED_DOCKERFILE.replaceAll('/app/server', '/alloy'),
  'compose.yaml': ebpfCompose(['environment:', `  ${key}: /alloy`], { image }),
});

ruleTests(ebpfTargetExcluded, {
  valid: [
    { name: 'current OBI excludes itself and the Collectors, not Alloy (that is Beyla\'s list)', files: alloy('otel/ebpf-instrument:v0.13.0') },
    { name: 'OBI of no known release: its current list', files: alloy('otel/ebpf-instrument:main') },
    { name: 'OBI: the grafana-alloy namespace is Beyla\'s', files: { ...inMonitoring, 'k8s/api.yaml': app('grafana-alloy') } },
    { name: 'built-in exclusions: an app in a namespace of its own', files: { ...inMonitoring, 'k8s/api.yaml': app('shop') } },
    { name: 'built-in exclusions: an app without a namespace (not known before deploy)', files: { ...inMonitoring, 'k8s/api.yaml': app() } },
    {
      name: 'built-in exclusions: a config file that writes default_exclude_instrument replaces them',
      files: {
        Dockerfile: SEED_DOCKERFILE,
        'k8s/api.yaml': cfg(['  instrument:', '    - exe_path: "*/server"', '  default_exclude_instrument:', '    - k8s_namespace: kube-system'])['k8s/api.yaml'].replace(
          /^  name: api$/m,
          '  name: api\n  namespace: monitoring',
        ),
      },
    },
    { name: 'built-in exclusions: the DaemonSet selects another program', files: { ...inMonitoring, 'k8s/obi.yaml': obiDaemonSet({ pod: '      hostPID: true\n' }).replace('*/server', '*/worker') } },
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
      name: 'OBI v0.5.0 and Beyla exclude *alloy',
      files: alloy('otel/ebpf-instrument:v0.5.0'),
      errors: [{ ...span(alloy('x'), 'compose.yaml', '/alloy'), message: ['matches "*alloy" of OBI\'s built-in discovery.default_exclude_instrument'] }],
    },
    {
      name: 'Beyla excludes *alloy',
      files: alloy('grafana/beyla:2.7.1', 'BEYLA_AUTO_TARGET_EXE'),
      errors: [{ ...span(alloy('x', 'BEYLA_AUTO_TARGET_EXE'), 'compose.yaml', '/alloy'), message: ['matches "*alloy" of Beyla\'s built-in discovery.default_exclude_instrument'] }],
    },
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
    {
      name: 'built-in exclusions: a DaemonSet selects an app of namespace "monitoring"',
      files: inMonitoring,
      errors: [
        {
          ...span(inMonitoring, 'k8s/api.yaml', 'monitoring'),
          severity: 'warning',
          message:
            'Deployment "api" is in namespace "monitoring", one of the Kubernetes system and monitoring namespaces OBI\'s built-in discovery.default_exclude_instrument leaves out. OTEL_EBPF_AUTO_TARGET_EXE "*/server" (k8s/obi.yaml:20) selects its container "app" ("/app/server"), but with the Kubernetes metadata OBI reads in a cluster, the exclusion wins and the process is never instrumented. Deploy it to another namespace, or write discovery.default_exclude_instrument in OBI\'s config file: the list it writes replaces the built-in one (without "monitoring").',
          related: ['k8s/obi.yaml:20', 'Dockerfile:6', 'Dockerfile:8', 'Dockerfile:8', 'Dockerfile:4', 'Dockerfile:7'],
        },
      ],
    },
    {
      name: 'built-in exclusions: the selected program is an OpenTelemetry Collector',
      files: collector,
      errors: [
        {
          ...span(collector, 'compose.yaml', '/otelcol-contrib'),
          severity: 'error',
          message: [
            'OTEL_EBPF_AUTO_TARGET_EXE selects "/otelcol-contrib" (service "api";',
            'but that path matches "*otelcol-contrib" of OBI\'s built-in discovery.default_exclude_instrument',
            'To instrument it, write discovery.default_exclude_instrument in OBI\'s config file: the list it writes replaces the built-in one (without "*otelcol-contrib").',
          ],
        },
      ],
    },
  ],
});

test.run();
