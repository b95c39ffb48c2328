import { test } from 'uvu';
import { scriptCrlf } from '../../rules/script-crlf.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment } from '../helpers/fixtures.ts';

const dockerfile = (extra = '', entrypoint = '["/entrypoint.sh"]') =>
  `FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /app/server .\nFROM alpine:3.20\nCOPY --from=build /app/server /app/server\nCOPY entrypoint.sh /entrypoint.sh\n${extra}ENTRYPOINT ${entrypoint}\n`;
const LF = '#!/bin/sh\nset -e\nexec /app/server "$@"\n';
const CRLF = LF.split('\n').join('\r\n');
const repo = (script: string, df = dockerfile()) => ({ Dockerfile: df, 'entrypoint.sh': script, 'go.mod': 'module example.com/api\n\ngo 1.23\n', 'deploy.yaml': deployment() });

const broken = repo(CRLF);
const env = repo(CRLF.replace('#!/bin/sh', '#!/usr/bin/env bash'));

ruleTests(scriptCrlf, {
  valid: [
    { name: 'LF line endings', files: repo(LF) },
    { name: 'dos2unix in the Dockerfile', files: repo(CRLF, dockerfile('RUN apk add dos2unix && dos2unix /entrypoint.sh\n')) },
    { name: "sed -i 's/\\r$//' in the Dockerfile", files: repo(CRLF, dockerfile("RUN sed -i 's/\\r$//' /entrypoint.sh\n")) },
    // The shell reads the file itself: the #! line is a comment to it.
    { name: 'run as `sh /entrypoint.sh`', files: repo(CRLF, dockerfile('', '["sh", "/entrypoint.sh"]')) },
  ],
  invalid: [
    {
      name: 'exec form ENTRYPOINT of a CRLF script: the kernel looks for /bin/sh\\r',
      files: broken,
      errors: [
        {
          ...span(broken, 'entrypoint.sh', '#!/bin/sh'),
          severity: 'error',
          message:
            '/entrypoint.sh has Windows line endings (CRLF): its #! line ends in a carriage return, so the kernel looks for an interpreter named "/bin/sh\\r", which does not exist, and the container fails to start ("exec /entrypoint.sh: no such file or directory"). There is no process for the agent to instrument. Save it with LF line endings (a .gitattributes line `*.sh text eol=lf` keeps Git on Windows from converting it), or run dos2unix on it in the Dockerfile.',
          related: ['deploy.yaml:17'],
        },
      ],
      output: { 'entrypoint.sh': LF },
    },
    {
      name: '#!/usr/bin/env bash: env looks for bash\\r',
      files: env,
      errors: [{ ...span(env, 'entrypoint.sh', '#!/usr/bin/env bash'), message: ['so env looks for a program named "bash\\r", which does not exist, and the container exits at once'] }],
      output: { 'entrypoint.sh': LF.replace('#!/bin/sh', '#!/usr/bin/env bash') },
    },
  ],
});

test.run();
