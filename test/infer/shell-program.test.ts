// A script's process shows its interpreter, and the base image's `sh` is a link to the distribution's shell
// (agent-facts §1): `/usr/bin/dash` on Debian, `/bin/busybox` on Alpine, unless the Dockerfile relinks it.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { targetExeWrapper } from '../../rules/target-exe-wrapper.ts';
import { deployment } from '../helpers/fixtures.ts';
import { lintFiles } from '../helpers/rule-tester.ts';

const files = (base: string, extra = '') => ({
  Dockerfile: `FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /app/server .\nFROM ${base}\n${extra}COPY --from=build /app/server /app/server\nCOPY start.sh /start.sh\nCMD ["/start.sh"]\n`,
  'start.sh': '#!/bin/sh\n/app/server\n',
  'go.mod': 'module example.com/api\n\ngo 1.23\n',
  'deploy.yaml': deployment({ target: '/start.sh' }),
});

test('the interpreter the kernel reports for a #!/bin/sh script, by base image', async () => {
  const cases: [string, string, string][] = [
    ['debian:12', '', '/usr/bin/dash'],
    ['debian:10', '', '/bin/dash'],
    ['alpine:3.20', '', '/bin/busybox'],
    ['fedora:40', '', '/usr/bin/bash'],
    ['debian:12', 'RUN ln -sf /bin/bash /bin/sh\n', '/usr/bin/bash'],
    ['example.com/base:1', '', '/bin/sh'],
  ];
  for (const [base, extra, shown] of cases) {
    const { diagnostics } = await lintFiles(files(base, extra), [targetExeWrapper]);
    assert.equal(diagnostics.length, 1, base);
    assert.match(diagnostics[0]!.message, `the kernel reports a script as its interpreter (${shown})`, `${base} ${extra}`);
  }
});

test.run();
