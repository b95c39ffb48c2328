import { test } from 'uvu';
import { targetExeOnAppContainer } from '../../rules/target-exe-on-app-container.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment, SEED_DOCKERFILE } from '../helpers/fixtures.ts';

const appEnv = (extra: string[] = []) => ['          env:', '            - name: OTEL_GO_AUTO_TARGET_EXE', '              value: /app/server', ...extra];
const PORT = ['            - name: PORT', '              value: "8080"'];
const SERVICE = ['            - name: OTEL_SERVICE_NAME', '              value: api'];

const moved = { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment({ appExtra: appEnv(PORT), agentEnv: SERVICE }) };
const movedOutput = deployment({
  appExtra: ['          env:', ...PORT],
  agentEnv: ['            - name: OTEL_GO_AUTO_TARGET_EXE', '              value: /app/server', ...SERVICE],
});
const own = { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment({ appExtra: appEnv(PORT), target: '/app/server' }) };
const only = { 'deploy.yaml': deployment({ appExtra: appEnv(), agentEnv: SERVICE }) };
const fromConfigMap = {
  'k8s/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-env\ndata:\n  OTEL_GO_AUTO_TARGET_EXE: /app/server\n',
  'k8s/deploy.yaml': deployment({ appExtra: ['          envFrom:', '            - configMapRef:', '                name: app-env'], agentEnv: SERVICE }),
};

const compose = (app: string, agent: string) => `services:
  api:
    image: ghcr.io/acme/api:1.0.0
${app}
  otel-go-agent:
    image: otel/autoinstrumentation-go:v0.24.0
    pid: "service:api"
    privileged: true
${agent}`;
const composeList = {
  'compose.yaml': compose(
    '    environment:\n      - OTEL_GO_AUTO_TARGET_EXE=/app/server\n      - PORT=8080\n',
    '    environment:\n      - OTEL_SERVICE_NAME=api\n',
  ),
};
const composeMap = {
  'compose.yaml': compose(
    '    environment:\n      PORT: "8080"\n      OTEL_GO_AUTO_TARGET_EXE: /app/server # the Go binary\n',
    '    environment:\n      OTEL_SERVICE_NAME: api\n',
  ),
};

ruleTests(targetExeOnAppContainer, {
  valid: [
    { name: 'the correct sidecar', files: { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment() } },
    {
      name: 'no agent in the pod (the variable may be for something else)',
      files: { 'pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n    - name: app\n      image: x:1\n      env:\n        - name: OTEL_GO_AUTO_TARGET_EXE\n          value: /app/server\n' },
    },
  ],
  invalid: [
    {
      name: 'on the app container, the agent has none: moved to the agent',
      files: moved,
      errors: [
        {
          ...span(moved, 'deploy.yaml', 'OTEL_GO_AUTO_TARGET_EXE'),
          severity: 'error',
          message:
            'OTEL_GO_AUTO_TARGET_EXE ("/app/server") is set on container "app", but the Go agent runs in container "otel-go-agent" and reads only its own environment, so this setting has no effect. Move it to container "otel-go-agent": with no target of its own the agent logs "failed to find target" and exits.',
          related: ['deploy.yaml:24'],
        },
      ],
      output: { 'deploy.yaml': movedOutput },
    },
    {
      name: 'the agent has its own target: no fix',
      files: own,
      errors: [
        {
          ...span(own, 'deploy.yaml', 'OTEL_GO_AUTO_TARGET_EXE'),
          message: ['so this setting has no effect. The agent has its own target, OTEL_GO_AUTO_TARGET_EXE "/app/server" (deploy.yaml:27), which is what it uses; delete this entry so only one value is written.'],
          related: ['deploy.yaml:24', 'deploy.yaml:27'],
        },
      ],
    },
    {
      name: 'the only env entry of the app: reported, not moved',
      files: only,
      errors: [{ ...span(only, 'deploy.yaml', 'OTEL_GO_AUTO_TARGET_EXE'), message: ['Move it to container "otel-go-agent"'] }],
    },
    {
      name: 'from a ConfigMap through envFrom: at the envFrom entry',
      files: fromConfigMap,
      errors: [{ ...span(fromConfigMap, 'k8s/deploy.yaml', 'configMapRef:\n                name: app-env'), message: ['is set on container "app"'] }],
    },
    {
      name: 'compose, list form: moved',
      files: composeList,
      errors: [{ ...span(composeList, 'compose.yaml', 'OTEL_GO_AUTO_TARGET_EXE'), message: ['is set on service "api", but the Go agent runs in service "otel-go-agent"', 'Move it to service "otel-go-agent"'] }],
      output: {
        'compose.yaml': compose('    environment:\n      - PORT=8080\n', '    environment:\n      - OTEL_GO_AUTO_TARGET_EXE=/app/server\n      - OTEL_SERVICE_NAME=api\n'),
      },
    },
    {
      name: 'compose, mapping form: moved with its comment',
      files: composeMap,
      errors: [{ ...span(composeMap, 'compose.yaml', 'OTEL_GO_AUTO_TARGET_EXE') }],
      output: {
        'compose.yaml': compose('    environment:\n      PORT: "8080"\n', '    environment:\n      OTEL_GO_AUTO_TARGET_EXE: /app/server # the Go binary\n      OTEL_SERVICE_NAME: api\n'),
      },
    },
  ],
});

test.run();
