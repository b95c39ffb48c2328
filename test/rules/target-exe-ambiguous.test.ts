import { test } from 'uvu';
import { targetExeAmbiguous } from '../../rules/target-exe-ambiguous.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment, SEED_DOCKERFILE } from '../helpers/fixtures.ts';

/** linkerd's destination pod: one image run twice with other arguments, beside the agent sidecar. */
const twice = (second: string) => ({
  Dockerfile: SEED_DOCKERFILE,
  'deploy.yaml': deployment({ appExtra: ['          args: [destination]', '        - name: sp-validator', `          image: ${second}`, '          args: [sp-validator]'] }),
});
const same = twice('ghcr.io/acme/api:1.0.0');
/** The Operator injects the agent; its annotation names the program both containers run. */
const operator = {
  Dockerfile: SEED_DOCKERFILE,
  'deploy.yaml': deployment({
    agent: false,
    templateAnnotations: ['        instrumentation.opentelemetry.io/inject-go: "true"', '        instrumentation.opentelemetry.io/otel-go-auto-target-exe: /app/server'],
    appExtra: ['        - name: worker', '          image: ghcr.io/acme/api:1.0.0', '          args: [worker]'],
  }),
};

ruleTests(targetExeAmbiguous, {
  valid: [
    { name: 'one container runs the program', files: { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment() } },
    { name: 'the other container runs another image (not known here)', files: twice('ghcr.io/acme/other:1.0.0') },
  ],
  invalid: [
    {
      name: 'two containers of one image: the agent takes one of them',
      files: same,
      errors: [
        {
          ...span(same, 'deploy.yaml', '/app/server'),
          severity: 'warning',
          message:
            'OTEL_GO_AUTO_TARGET_EXE "/app/server" is the executable of 2 containers of this pod ("app", "sp-validator"), which share its PID namespace: the Go agent instruments the first matching process it finds, only one of them, and which one is left to chance. Run the containers to instrument in pods of their own, each with its agent, or accept that only one is traced.',
          related: ['deploy.yaml:17', 'deploy.yaml:20'],
        },
      ],
    },
    {
      name: "the Operator's annotation naming a program two containers run",
      files: operator,
      errors: [{ ...span(operator, 'deploy.yaml', '/app/server'), message: ['annotation instrumentation.opentelemetry.io/otel-go-auto-target-exe "/app/server" is the executable of 2 containers of this pod ("app", "worker")'] }],
    },
  ],
});

test.run();
