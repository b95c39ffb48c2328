import { test } from 'uvu';
import { targetExeRelative } from '../../rules/target-exe-relative.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment, SEED_DOCKERFILE } from '../helpers/fixtures.ts';

const goInstall = `FROM golang:1.24
WORKDIR /src
COPY . .
RUN go install ./cmd/inventory
CMD ["inventory"]
`;
const composeRel = {
  Dockerfile: goInstall,
  'compose.yaml': `services:
  inventory:
    build: .
  agent:
    image: otel/autoinstrumentation-go:v0.24.0
    privileged: true
    pid: "service:inventory"
    environment:
      - OTEL_GO_AUTO_TARGET_EXE=inventory
`,
};
const dotSlash = { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment({ target: "'./server'" }) };
const relMatchesByChance = {
  Dockerfile: SEED_DOCKERFILE.replaceAll('/app/server', '/server'),
  'deploy.yaml': deployment({ target: 'server' }),
};
/** The devxp-tech chart, rendered: `value: {{ .Values.target | quote }}` of a value that holds its quotes. */
const quoted = { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment({ target: `'"/app/server"'` }) };
const quotedWrong = { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment({ target: `'"/server"'` }) };
const quotedUnknown = { 'deploy.yaml': deployment({ target: `"'/app/server'"`, appImage: 'ghcr.io/x/y:1' }) };
const unknownImage = { 'deploy.yaml': deployment({ target: 'app/server', appImage: 'ghcr.io/x/y:1' }) };

ruleTests(targetExeRelative, {
  valid: [
    { name: 'absolute', files: { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment({ target: '/app/server' }) } },
    { name: 'a .go file is another rule', files: { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment({ target: 'main.go' }) } },
    {
      // A Flux Kustomization's postBuild substitution (or envsubst) fills ${...} in before the manifest is applied.
      name: 'a manifest ${var} is substituted before it is applied: not a relative path, not known',
      files: { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment({ target: '"${go_target_exe:=/app/server}"' }) },
    },
    {
      // Compose interpolates ${...} from the shell and .env at `docker compose up`: not a relative path, not known.
      name: 'compose ${VAR:-default} is interpolated, not a relative path',
      files: { ...composeRel, 'compose.yaml': composeRel['compose.yaml'].replace('=inventory', '=${TARGET_EXE:-/go/bin/inventory}') },
    },
    { name: 'compose $VAR', files: { ...composeRel, 'compose.yaml': composeRel['compose.yaml'].replace('=inventory', '=$TARGET_EXE') } },
  ],
  invalid: [
    {
      name: 'quote characters in the value: removed',
      files: quoted,
      errors: [
        {
          ...span(quoted, 'deploy.yaml', `'"/app/server"'`),
          message:
            'OTEL_GO_AUTO_TARGET_EXE is "\\"/app/server\\"": the quote characters are part of the value (it is quoted twice, in YAML or by a template that quotes a quoted value), and the agent compares them too, so it never matches a path. Write it without them: "/app/server".',
        },
      ],
      output: { 'deploy.yaml': deployment({ target: `'/app/server'` }) },
    },
    {
      name: 'quote characters around another path: set to what the container runs',
      files: quotedWrong,
      errors: [{ ...span(quotedWrong, 'deploy.yaml', `'"/server"'`), message: ['the quote characters are part of the value', 'container "app" runs "/app/server"', 'set it to that, without quote characters.'] }],
      output: { 'deploy.yaml': deployment({ target: `'/app/server'` }) },
    },
    {
      name: 'quote characters, the container unknown: the path inside them',
      files: quotedUnknown,
      errors: [{ ...span(quotedUnknown, 'deploy.yaml', `"'/app/server'"`), message: ['Write it without them: "/app/server".'] }],
      output: { 'deploy.yaml': deployment({ target: `"/app/server"`, appImage: 'ghcr.io/x/y:1' }) },
    },
    {
      name: 'compose list form: bare name of a go install binary',
      files: composeRel,
      errors: [
        {
          ...span(composeRel, 'compose.yaml', 'inventory', 2),
          message:
            'OTEL_GO_AUTO_TARGET_EXE is the relative path "inventory"; the agent makes it absolute against its own working directory (/), i.e. "/inventory", and compares that exactly (agents before v0.22 never match a relative value). service "inventory" runs "/go/bin/inventory" (Dockerfile:5, Dockerfile:4; its image is built from Dockerfile by the compose service at compose.yaml:3); set it to that.',
        },
      ],
      output: { 'compose.yaml': composeRel['compose.yaml'].replace('=inventory', '=/go/bin/inventory') },
    },
    {
      name: './server, single-quoted: quoting kept',
      files: dotSlash,
      errors: [{ ...span(dotSlash, 'deploy.yaml', "'./server'"), message: ['"/server"', 'runs "/app/server"'] }],
      output: { 'deploy.yaml': deployment({ target: "'/app/server'" }) },
    },
    {
      name: 'relative value that resolves to the right path: still written absolute',
      files: relMatchesByChance,
      errors: [{ ...span(relMatchesByChance, 'deploy.yaml', 'server'), message: ['Write the absolute path "/server"'] }],
      output: { 'deploy.yaml': deployment({ target: '/server' }) },
    },
    {
      name: 'image unknown: reported without a fix',
      files: unknownImage,
      errors: [{ ...span(unknownImage, 'deploy.yaml', 'app/server'), message: ['i.e. "/app/server"', 'Write the absolute path of the Go binary'] }],
    },
  ],
});

test.run();
