import { test } from 'uvu';
import { operatorContainerNames } from '../../rules/operator-container-names.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';

/** A pod template with containers `api` and `proxy` (and init container `migrate`) and these annotation lines. */
function workload(annotations: string[]): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: api',
    'spec:',
    '  template:',
    '    metadata:',
    '      annotations:',
    '        instrumentation.opentelemetry.io/inject-go: "true"',
    ...annotations.map((a) => '        ' + a),
    '    spec:',
    '      initContainers:',
    '        - name: migrate',
    '          image: ghcr.io/acme/migrate:1.0.0',
    '      containers:',
    '        - name: api',
    '          image: ghcr.io/acme/api:1.0.0',
    '        - name: proxy',
    '          image: envoyproxy/envoy:v1.31.0',
    '',
  ].join('\n');
}

const f = (annotations: string[]) => ({ 'deploy.yaml': workload(annotations) });
const twoGo = f(['instrumentation.opentelemetry.io/go-container-names: "api,proxy"']);
const trailingComma = f(['instrumentation.opentelemetry.io/go-container-names: "api,"']);
const twoCommon = f(['instrumentation.opentelemetry.io/container-names: api,proxy']);
const blank = f(['instrumentation.opentelemetry.io/container-names: "api, proxy"']);
const typo = f(['instrumentation.opentelemetry.io/container-names: apii']);
const init = f(['instrumentation.opentelemetry.io/go-container-names: migrate']);
const dup = f(['instrumentation.opentelemetry.io/container-names: api', 'instrumentation.opentelemetry.io/go-container-names: api']);
/** The Olares docs' list: the target is the second container's command, so that one is named, not the first. */
const withTarget = (target: string) => ({
  'deploy.yaml': workload(['instrumentation.opentelemetry.io/go-container-names: "proxy,api"', `instrumentation.opentelemetry.io/otel-go-auto-target-exe: ${target}`]).replace(
    '          image: ghcr.io/acme/api:1.0.0\n',
    '          image: ghcr.io/acme/api:1.0.0\n          command: ["/usr/local/bin/api", "--port=8080"]\n',
  ),
});
const inSecond = {
  'deploy.yaml': workload(['instrumentation.opentelemetry.io/otel-go-auto-target-exe: /usr/local/bin/envoy']).replace(
    '          image: envoyproxy/envoy:v1.31.0\n',
    '          image: envoyproxy/envoy:v1.31.0\n          command: ["/usr/local/bin/envoy"]\n',
  ),
};
const combined = f(['instrumentation.opentelemetry.io/container-names: proxy', 'instrumentation.opentelemetry.io/go-container-names: api']);

ruleTests(operatorContainerNames, {
  valid: [
    { name: 'no names: the first container', files: f([]) },
    { name: 'the target runs in the container the Operator injects for', files: { 'deploy.yaml': workload(['instrumentation.opentelemetry.io/otel-go-auto-target-exe: /usr/local/bin/api']).replace('          image: ghcr.io/acme/api:1.0.0\n', '          image: ghcr.io/acme/api:1.0.0\n          command: ["/usr/local/bin/api"]\n') } },
    { name: 'one Go container', files: f(['instrumentation.opentelemetry.io/go-container-names: api']) },
    { name: 'one container in container-names', files: f(['instrumentation.opentelemetry.io/container-names: "api"']) },
    {
      name: 'no injection asked',
      files: { 'deploy.yaml': workload(['instrumentation.opentelemetry.io/go-container-names: "api,proxy"']).replace('inject-go: "true"', 'inject-go: "false"') },
    },
  ],
  invalid: [
    {
      name: 'the target runs in another container than the one the Operator injects for: the spans get the wrong name',
      files: inSecond,
      errors: [
        {
          ...span(inSecond, 'deploy.yaml', '"true"'),
          severity: 'warning',
          message:
            'The target /usr/local/bin/envoy runs in container "proxy" (deploy.yaml:19), but the Operator injects the agent for "api", the first container of the pod (no container-names annotation): the agent finds the process, and the spans get the service name and k8s.container.name of "api". Add instrumentation.opentelemetry.io/go-container-names: "proxy" to the pod\'s annotations.',
          related: ['deploy.yaml:10'],
        },
      ],
    },
    {
      name: 'go-container-names with two containers',
      files: twoGo,
      errors: [
        {
          ...span(twoGo, 'deploy.yaml', '"api,proxy"'),
          severity: 'error',
          message:
            'instrumentation.opentelemetry.io/go-container-names lists 2 containers, but Go instrumentation supports exactly one container: the Operator refuses ("go instrumentation cannot be injected into a pod, multiple containers configured") and creates the pod without the agent. Name only the container that runs the Go binary.',
        },
      ],
    },
    {
      name: 'go-container-names with two containers: the one whose command is the target is named',
      files: withTarget('/usr/local/bin/api'),
      errors: [
        {
          ...span(withTarget('/usr/local/bin/api'), 'deploy.yaml', '"proxy,api"'),
          message: ['creates the pod without the agent. Name only "api", the container that runs /usr/local/bin/api (deploy.yaml:18).'],
        },
      ],
    },
    {
      name: 'go-container-names with two containers: a target no listed container is known to run is only repeated',
      files: withTarget('/app/server'),
      errors: [{ ...span(withTarget('/app/server'), 'deploy.yaml', '"proxy,api"'), message: ['Name only the container that runs the Go binary, /app/server.'] }],
    },
    {
      name: 'a trailing comma makes two names',
      files: trailingComma,
      errors: [{ ...span(trailingComma, 'deploy.yaml', '"api,"'), severity: 'error', message: ['has an empty item ("api," splits into 2 names)'] }],
    },
    {
      name: 'container-names with two containers: Go takes the first by default',
      files: twoCommon,
      errors: [
        {
          ...span(twoCommon, 'deploy.yaml', 'api,proxy'),
          severity: 'warning',
          message: ['Go takes the first one, "api"; with --enable-multi-instrumentation=false it refuses'],
        },
      ],
    },
    {
      name: 'a blank after the comma',
      files: blank,
      errors: [
        {
          ...span(blank, 'deploy.yaml', '"api, proxy"'),
          severity: 'error',
          message:
            'instrumentation.opentelemetry.io/container-names is "api, proxy", which contains a blank: the Operator accepts only letters, digits, "-" and "," there, fails with "not valid characters included in the instrumentation container annotation" and creates the pod without any instrumentation. Write it as "api,proxy".',
        },
      ],
    },
    {
      name: 'a name the pod does not have',
      files: typo,
      errors: [
        {
          ...span(typo, 'deploy.yaml', 'apii'),
          severity: 'warning',
          message:
            'instrumentation.opentelemetry.io/container-names names "apii", which is not a container of this pod (its containers: api, proxy): the Operator still injects the agent, but takes the service name and resource attributes from the first container. Did you mean "api"?',
        },
      ],
    },
    {
      name: 'an init container',
      files: init,
      errors: [{ ...span(init, 'deploy.yaml', 'migrate'), severity: 'error', message: ['"migrate", an init container (deploy.yaml:13)', 'is init container'] }],
    },
    {
      name: 'the same name in both annotations',
      files: dup,
      errors: [{ ...span(dup, 'deploy.yaml', 'api', 3), severity: 'error', message: ['both name "api"', 'duplicated container names detected'], related: ['deploy.yaml:10'] }],
    },
    {
      name: 'both annotations: Go takes the start of the combined list',
      files: combined,
      errors: [{ ...span(combined, 'deploy.yaml', 'api', 2), severity: 'warning', message: ['the Operator takes the Go container from the start of the combined list, "proxy", not "api"'] }],
    },
  ],
});

test.run();
