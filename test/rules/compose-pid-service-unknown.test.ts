import { test } from 'uvu';
import { composePidServiceUnknown } from '../../rules/compose-pid-service-unknown.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';

const compose = (pid: string) => `services:
  checkout-api:
    image: ghcr.io/acme/checkout:1.0.0
  otel-go-agent:
    image: otel/autoinstrumentation-go:v0.24.0
    pid: ${pid}
    privileged: true
    environment:
      - OTEL_GO_AUTO_TARGET_EXE=/app/server
`;
const typo = { 'compose.yaml': compose('"service:checkout"') };
const far = { 'compose.yaml': compose("'service:payments'") };
const other = {
  'compose.yaml': `services:
  db:
    image: postgres:16
  tool:
    image: busybox
    pid: service:dbb
`,
};

ruleTests(composePidServiceUnknown, {
  valid: [
    { name: 'an existing service', files: { 'compose.yaml': compose('"service:checkout-api"') } },
    {
      name: 'a service of the override file of the same project',
      files: {
        'compose.yaml': compose('"service:checkout"'),
        'compose.override.yaml': 'services:\n  checkout:\n    image: ghcr.io/acme/checkout:dev\n',
      },
    },
    { name: 'pid: host', files: { 'compose.yaml': compose('host') } },
  ],
  invalid: [
    {
      name: 'a near miss: the closest name is suggested',
      files: typo,
      errors: [
        {
          ...span(typo, 'compose.yaml', '"service:checkout"'),
          severity: 'error',
          message:
            'pid: "service:checkout" names the service "checkout", which no compose file of this project defines; Compose turns pid: "service:…" into a dependency and rejects the project (`service "otel-go-agent" depends on undefined service "checkout": invalid compose project`) before starting anything. Did you mean "service:checkout-api"?',
        },
      ],
    },
    {
      name: 'nothing close: the services are listed',
      files: far,
      errors: [{ ...span(far, 'compose.yaml', "'service:payments'"), message: ['The services are "checkout-api".'] }],
    },
    {
      name: 'any service, not only agents',
      files: other,
      errors: [{ ...span(other, 'compose.yaml', 'service:dbb'), message: ['Did you mean "service:db"?'] }],
    },
  ],
});

test.run();
