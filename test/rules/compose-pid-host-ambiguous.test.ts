import { test } from 'uvu';
import { composePidHostAmbiguous } from '../../rules/compose-pid-host-ambiguous.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { SEED_DOCKERFILE } from '../helpers/fixtures.ts';

const compose = (pid: string, second = '  api-canary:\n    build: .\n') => `services:
  api:
    build: .
${second}  otel-go-agent:
    image: otel/autoinstrumentation-go:v0.24.0
    pid: ${pid}
    privileged: true
    environment:
      - OTEL_GO_AUTO_TARGET_EXE=/app/server
`;
const twoSame = { Dockerfile: SEED_DOCKERFILE, 'compose.yaml': compose('host') };
const flag = {
  Dockerfile: SEED_DOCKERFILE,
  'compose.yaml': compose('"host"').replace('    environment:\n      - OTEL_GO_AUTO_TARGET_EXE=/app/server\n', '    command: /otel-go-instrumentation -target-exe /app/server\n'),
};
const three = {
  Dockerfile: SEED_DOCKERFILE,
  'compose.yaml': compose('host', '  api-canary:\n    build: .\n  api-shadow:\n    build:\n      context: .\n'),
};

ruleTests(composePidHostAmbiguous, {
  valid: [
    { name: 'pid: service:<app> names one', files: { Dockerfile: SEED_DOCKERFILE, 'compose.yaml': compose('"service:api"') } },
    { name: 'pid: host with one matching service', files: { Dockerfile: SEED_DOCKERFILE, 'compose.yaml': compose('host', '  db:\n    image: postgres:16\n') } },
    {
      // A pulled image beside a service built here is not guessed to be built from the nearest Dockerfile
      // (the opentelemetry-go-instrumentation httpPlusdb example: jaeger beside the app, pid: host).
      name: 'a pulled third-party image beside the built service is not taken for the app',
      files: { 'examples/app/Dockerfile': SEED_DOCKERFILE, 'examples/app/compose.yaml': compose('host', '  jaeger:\n    image: jaegertracing/all-in-one:1.60\n').replace('build: .', 'build:\n      context: .') },
    },
    {
      name: 'OBI instruments every match',
      files: { Dockerfile: SEED_DOCKERFILE, 'compose.yaml': compose('host').replace('otel/autoinstrumentation-go:v0.24.0', 'otel/ebpf-instrument:main').replace('OTEL_GO_AUTO_TARGET_EXE', 'OTEL_EBPF_AUTO_TARGET_EXE') },
    },
  ],
  invalid: [
    {
      name: 'two services run the target',
      files: twoSame,
      errors: [
        {
          ...span(twoSame, 'compose.yaml', 'host'),
          severity: 'warning',
          message:
            'With pid: host the Go agent in service "otel-go-agent" sees every process on the host, and OTEL_GO_AUTO_TARGET_EXE "/app/server" matches the executable of 2 services ("api", "api-canary"); it attaches to the first matching PID it finds, so which service is instrumented is left to chance. Use pid: "service:<name>" to share the PID namespace of the one service to instrument.',
          related: ['compose.yaml:2', 'compose.yaml:4'],
        },
      ],
    },
    {
      name: 'the flag is what the agent uses',
      files: flag,
      errors: [{ ...span(flag, 'compose.yaml', '"host"'), message: ['flag -target-exe "/app/server" matches the executable of 2 services'] }],
    },
    {
      name: 'three services',
      files: three,
      errors: [{ ...span(three, 'compose.yaml', 'host'), message: ['matches the executable of 3 services ("api", "api-canary", "api-shadow")'] }],
    },
  ],
});

test.run();
