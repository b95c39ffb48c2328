import { test } from 'uvu';
import { targetExeGoRun } from '../../rules/target-exe-go-run.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment, SEED_DOCKERFILE } from '../helpers/fixtures.ts';

const goRunImage = `FROM golang:1.23
WORKDIR /src
COPY . .
CMD ["go", "run", "./cmd/server"]
`;
const airImage = `FROM golang:1.23
RUN go install github.com/air-verse/air@latest
WORKDIR /src
COPY . .
CMD ["air", "-c", ".air.toml"]
`;
const shellGoRun = `FROM golang:1.23
WORKDIR /src
COPY . .
ENTRYPOINT go run ./cmd/server --port 8080
`;

const mainGo = { Dockerfile: goRunImage, 'deploy.yaml': deployment({ target: 'main.go' }) };
const goRunAbs = { Dockerfile: goRunImage, 'deploy.yaml': deployment({ target: '/src/server' }) };
const air = { Dockerfile: airImage, 'deploy.yaml': deployment({ target: '/go/bin/air' }) };
const shellForm = { Dockerfile: shellGoRun, 'deploy.yaml': deployment({ target: '"/tmp/server"' }) };
const sourceButBuilt = { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment({ target: 'cmd/server/main.go' }) };

ruleTests(targetExeGoRun, {
  valid: [
    { name: 'built binary targeted', files: { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment({ target: '/app/server' }) } },
    { name: 'mismatch is another rule', files: { Dockerfile: SEED_DOCKERFILE, 'deploy.yaml': deployment({ target: '/server' }) } },
  ],
  invalid: [
    {
      name: 'main.go with go run',
      files: mainGo,
      errors: [{ ...span(mainGo, 'deploy.yaml', 'main.go'), message: ['is "main.go", a Go source file', 'starts it with go run (Dockerfile:4)', '/tmp/go-build'], related: ['Dockerfile:1', 'Dockerfile:4', 'Dockerfile:4'] }],
    },
    {
      name: 'absolute path while the image runs go run',
      files: goRunAbs,
      errors: [{ ...span(goRunAbs, 'deploy.yaml', '/src/server'), message: ['runs the program with go run (Dockerfile:4)', 'no fixed path can match'] }],
    },
    {
      name: 'live reloader (air)',
      files: air,
      errors: [
        {
          ...span(air, 'deploy.yaml', '/go/bin/air'),
          message: ['with air (Dockerfile:5), a live reloader: it rebuilds the program and restarts it as a new process on every change', 'the agent attaches to one process only, so instrumentation stops at the first reload at best'],
        },
      ],
    },
    {
      name: 'shell-form ENTRYPOINT with go run',
      files: shellForm,
      errors: [{ ...span(shellForm, 'deploy.yaml', '"/tmp/server"'), message: ['with go run (Dockerfile:4)'] }],
    },
    {
      name: 'source file named while a built binary runs: fixed to the binary',
      files: sourceButBuilt,
      errors: [{ ...span(sourceButBuilt, 'deploy.yaml', 'cmd/server/main.go'), message: ['container "app" runs "/app/server" (its image is assumed to be built from Dockerfile, the only Dockerfile in the repository); set it to that.'] }],
      output: { 'deploy.yaml': deployment({ target: '/app/server' }) },
    },
  ],
});

test.run();
