// Scripts that leave several programs running (`/main/api &`, `caddy run &`, `wait -n`): the agent looks at every
// process of the container, so a target naming any of them matches; the Go program the Dockerfile builds is the one
// reported (src/infer/process.ts withSiblings). And a script that ends with `exit 1` after waiting for them.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { targetExeMismatch } from '../../rules/target-exe-mismatch.ts';
import { deployment } from '../helpers/fixtures.ts';
import { lintFiles } from '../helpers/rule-tester.ts';
import { containerTarget } from '../helpers/targets.ts';

const dockerfile = (base = 'debian:12', extra = 'COPY --from=caddy:2-alpine /usr/bin/caddy /usr/bin/caddy') => `FROM golang:1.23 AS build
WORKDIR /src
COPY . .
RUN go build -o /out/api ./cmd/api
FROM ${base}
${extra}
COPY --from=build /out/api /main/api
COPY entrypoint.sh /entrypoint.sh
CMD ["/entrypoint.sh"]
`;
const files = (script: string, target: string, df = dockerfile()) => ({
  Dockerfile: df,
  'entrypoint.sh': script,
  'go.mod': 'module example.com/api\n\ngo 1.23\n',
  'deploy.yaml': deployment({ target }),
});
const TWO = '#!/bin/bash\n/main/api &\ncaddy run --config /etc/caddy/Caddyfile &\nwait -n\n';

test('two programs left running: the one the Dockerfile builds is the Go process; a target naming either matches', async () => {
  const t = await containerTarget(files(TWO, '/main/api'));
  assert.equal([t.status, t.exe], ['resolved', '/main/api']);
  assert.ok(t.steps.includes('entrypoint.sh:2: /entrypoint.sh: starts /main/api in the background (&) and leaves it running'), t.steps.join('\n'));
  assert.ok(t.steps.includes('Dockerfile:7: of the programs the script leaves running, only /main/api is a Go program the Dockerfile builds'), t.steps.join('\n'));
  for (const target of ['/main/api', '/usr/bin/caddy']) {
    assert.equal((await lintFiles(files(TWO, target), [targetExeMismatch])).diagnostics, [], target);
  }
  const wrong = (await lintFiles(files(TWO, '/app/api'), [targetExeMismatch])).diagnostics;
  assert.equal(wrong.map((d) => d.fix?.edits[0]?.text), ['/main/api']);
});

test('the other program is one of the base image (nginx from apt, not on the PATH the Dockerfile shows): the Go one is taken', async () => {
  const script = '#!/bin/sh\n/main/api &\nnginx -g "daemon off;" &\nwait\n';
  const t = await containerTarget(files(script, '/main/api', dockerfile('debian:12', 'RUN apt-get update && apt-get install -y nginx')));
  assert.equal([t.status, t.exe], ['resolved', '/main/api']);
  // Two programs the Dockerfile builds: the script's last one stays the process, the other matches too.
  const both = dockerfile('debian:12', 'COPY --from=build /out/api /main/worker');
  const t2 = await containerTarget(files('#!/bin/sh\n/main/api &\n/main/worker &\nwait\n', '/main/worker', both));
  assert.equal([t2.status, t2.exe], ['resolved', '/main/worker']);
  assert.equal((await lintFiles(files('#!/bin/sh\n/main/api &\n/main/worker &\nwait\n', '/main/api', both), [targetExeMismatch])).diagnostics, []);
});

test('`exit 1` after waiting for the programs, or after running one in the foreground, still ran them; a usage path did not', async () => {
  for (const script of [`${TWO}echo "a process exited" >&2\nkill -TERM 0 || true\nwait\nexit 1\n`, '#!/bin/sh\n/main/api\nexit 1\n']) {
    const t = await containerTarget(files(script, '/main/api'));
    assert.equal([t.status, t.exe], ['resolved', '/main/api'], script);
  }
  const usage = await containerTarget(files('#!/bin/sh\nif [ -z "$1" ]; then cat /usage.txt; exit 1; fi\nexec /main/api "$@"\n', '/main/api'));
  assert.equal([usage.status, usage.reason], ['unknown', '/entrypoint.sh exits without starting a program']);
});

test.run();
