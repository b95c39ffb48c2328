import { test } from 'uvu';
import { agentArgsWithoutBinary } from '../../rules/agent-args-without-binary.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment } from '../helpers/fixtures.ts';

const withAgent = (lines: string[]) => ({ 'deploy.yaml': deployment({ agentExtra: lines }) });

const flowArgs = withAgent(['          args: ["-target-exe", "/app/server"]']);
const blockArgs = withAgent(['          args:', "            - '-target-exe'", "            - '/app/server'"]);
const shell = withAgent(['          command: ["sh", "-c", "/otel-go-instrumentation -target-exe /app/server"]']);
const bare = withAgent(['          command: [otel-go-instrumentation]']);
const commandFlag = withAgent(['          command:', '            - -target-exe', '            - /app/server']);

const compose = (agent: string) => `services:
  api:
    image: ghcr.io/acme/api:1.0.0
  otel-go-agent:
    image: otel/autoinstrumentation-go:v0.24.0
    pid: "service:api"
    privileged: true
${agent}`;
const composeString = { 'compose.yaml': compose('    command: -target-exe /app/server\n') };
const composeList = { 'compose.yaml': compose('    command: ["-target-exe", "/app/server"]\n') };
const composeShell = { 'compose.yaml': compose('    entrypoint: /bin/sh -c "exec /otel-go-instrumentation"\n') };

ruleTests(agentArgsWithoutBinary, {
  valid: [
    { name: 'the correct sidecar (the image CMD)', files: { 'deploy.yaml': deployment() } },
    { name: 'command with the binary and flags', files: withAgent(['          command: ["/otel-go-instrumentation", "-target-exe", "/app/server"]']) },
    { name: 'command with the binary, args with flags', files: withAgent(['          command: ["/otel-go-instrumentation"]', '          args: ["-target-exe", "/app/server"]']) },
    { name: 'args starting with the binary', files: withAgent(['          args: ["/otel-go-instrumentation", "-log-level", "debug"]']) },
    { name: 'a custom image may have an ENTRYPOINT', files: { 'deploy.yaml': flowArgs['deploy.yaml'].replace('otel/autoinstrumentation-go:v0.24.0', 'ghcr.io/acme/agent:1') } },
    { name: 'compose command with the binary', files: { 'compose.yaml': compose('    command: /otel-go-instrumentation -target-exe /app/server\n') } },
  ],
  invalid: [
    {
      name: 'args: [flags] (flow): turned into command:',
      files: flowArgs,
      errors: [
        {
          ...span(flowArgs, 'deploy.yaml', 'args'),
          severity: 'error',
          message:
            'args: of container "otel-go-agent" begins with the flag "-target-exe", but args: replaces the image\'s CMD ["/otel-go-instrumentation"] and the image has no ENTRYPOINT, so the container runs "-target-exe" as its program and fails to start (executable file not found). Use command: ["/otel-go-instrumentation", "-target-exe", "/app/server"].',
        },
      ],
      output: withAgent(['          command: ["/otel-go-instrumentation", "-target-exe", "/app/server"]']),
    },
    {
      name: 'args: block list, quoted items: the quoting is kept',
      files: blockArgs,
      errors: [{ ...span(blockArgs, 'deploy.yaml', 'args') }],
      output: withAgent(['          command:', "            - '/otel-go-instrumentation'", "            - '-target-exe'", "            - '/app/server'"]),
    },
    {
      name: 'command: a flag first',
      files: commandFlag,
      errors: [{ ...span(commandFlag, 'deploy.yaml', '-target-exe'), message: ['command: of container "otel-go-agent" begins with the flag "-target-exe", but command: replaces the image\'s ENTRYPOINT and CMD'] }],
      output: withAgent(['          command:', '            - /otel-go-instrumentation', '            - -target-exe', '            - /app/server']),
    },
    {
      name: 'sh -c: the image has no shell',
      files: shell,
      errors: [{ ...span(shell, 'deploy.yaml', '"sh"'), message: ['starts the shell "sh", but the agent image (otel/autoinstrumentation-go:v0.24.0) is distroless and has no shell'] }],
    },
    {
      name: 'the binary by bare name is not on PATH',
      files: bare,
      errors: [{ ...span(bare, 'deploy.yaml', 'otel-go-instrumentation'), message: ['has its binary at /otel-go-instrumentation, and / is not in its PATH'] }],
      output: withAgent(['          command: [/otel-go-instrumentation]']),
    },
    {
      name: 'compose command string',
      files: composeString,
      errors: [{ ...span(composeString, 'compose.yaml', '-target-exe'), message: ['compose command: replaces the image\'s CMD ["/otel-go-instrumentation"]'] }],
      output: { 'compose.yaml': compose('    command: /otel-go-instrumentation -target-exe /app/server\n') },
    },
    {
      name: 'compose command list',
      files: composeList,
      errors: [{ ...span(composeList, 'compose.yaml', '"-target-exe"') }],
      output: { 'compose.yaml': compose('    command: ["/otel-go-instrumentation", "-target-exe", "/app/server"]\n') },
    },
    {
      name: 'compose entrypoint through /bin/sh',
      files: composeShell,
      errors: [{ ...span(composeShell, 'compose.yaml', '/bin/sh'), message: ['entrypoint: of service "otel-go-agent" starts the shell "/bin/sh"'] }],
    },
  ],
});

test.run();
