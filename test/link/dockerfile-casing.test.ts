// BuildKit reads a lowercase `dockerfile` when the `Dockerfile` it is asked for is not there (moby/moby#10858), and
// only for that name. From kloudmate/otel-demo-go, whose compose file names `Dockerfile` and whose repository holds
// `dockerfile`: the service was "not built in this repository".
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { containerTarget } from '../helpers/targets.ts';

const DOCKERFILE = `FROM golang:1.24 AS builder
WORKDIR /src
COPY . .
RUN go build -o /out/service .
FROM gcr.io/distroless/static
COPY --from=builder /out/service /app/service
ENTRYPOINT ["/app/service"]
`;
const compose = (build: string) => `services:\n  app:\n    build: ${build}\n`;

test('compose asks for Dockerfile (by default or by name), the repository has dockerfile: that file is built', async () => {
  for (const build of ['.', '{context: ., dockerfile: Dockerfile}', '{context: svc}']) {
    const dir = build.includes('svc') ? 'svc/' : '';
    const t = await containerTarget({ [`${dir}dockerfile`]: DOCKERFILE, 'compose.yaml': compose(build) }, 'app', 'compose service "app"');
    assert.equal([t.status, t.exe], ['resolved', '/app/service'], build);
    assert.ok(t.steps.some((s) => s.startsWith(`${dir}dockerfile:7: `)), t.steps.join('\n'));
  }
});

test('no fallback for other names, nor when Dockerfile exists', async () => {
  const other = await containerTarget({ 'dockerfile.prod': DOCKERFILE, 'compose.yaml': compose('{context: ., dockerfile: Dockerfile.prod}') }, 'app', 'compose service "app"');
  assert.is(other.status, 'unknown');
  const both = await containerTarget(
    { Dockerfile: DOCKERFILE.replaceAll('/app/service', '/srv/api'), dockerfile: DOCKERFILE, 'compose.yaml': compose('.') },
    'app',
    'compose service "app"',
  );
  assert.equal([both.status, both.exe], ['resolved', '/srv/api']);
});

test.run();
