import { test } from 'uvu';
import { scriptNotExecutable } from '../../rules/script-not-executable.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment } from '../helpers/fixtures.ts';

const dockerfile = (write: string, entrypoint = '["/entrypoint.sh"]') =>
  `FROM golang:1.23 AS build\nWORKDIR /src\nCOPY . .\nRUN go build -o /app/server .\nFROM alpine:3.20\nCOPY --from=build /app/server /app/server\n${write}ENTRYPOINT ${entrypoint}\n`;
const HEREDOC = 'COPY <<EOF /entrypoint.sh\n#!/bin/sh\nexec /app/server "\\$@"\nEOF\n';
const REDIRECT = "RUN printf '#!/bin/sh\\nexec /app/server\\n' > /entrypoint.sh\n";
const repo = (df: string) => ({ Dockerfile: df, 'go.mod': 'module example.com/api\n\ngo 1.23\n', 'deploy.yaml': deployment() });

const heredoc = repo(dockerfile(HEREDOC));
const redirect = repo(dockerfile(REDIRECT));

ruleTests(scriptNotExecutable, {
  valid: [
    { name: 'COPY --chmod=755 heredoc', files: repo(dockerfile(HEREDOC.replace('COPY ', 'COPY --chmod=755 '))) },
    { name: 'a heredoc made executable by a later RUN chmod +x', files: repo(dockerfile(`${HEREDOC}RUN chmod +x /entrypoint.sh\n`)) },
    { name: 'a redirect-written script with chmod +x', files: repo(dockerfile(REDIRECT.replace('\n', ' && chmod +x /entrypoint.sh\n'))) },
    { name: 'started through its shell', files: repo(dockerfile(HEREDOC, '["sh", "/entrypoint.sh"]')) },
    { name: "a script copied from the repository (its mode is Git's)", files: { ...repo(dockerfile('COPY entrypoint.sh /entrypoint.sh\n')), 'entrypoint.sh': '#!/bin/sh\nexec /app/server\n' } },
  ],
  invalid: [
    {
      name: 'COPY heredoc without --chmod: fixed by adding it',
      files: heredoc,
      errors: [
        {
          ...span(heredoc, 'Dockerfile', 'COPY <<EOF /entrypoint.sh'),
          severity: 'error',
          message:
            '/entrypoint.sh is started by the kernel, but it is not executable: BuildKit writes a heredoc\'s file with mode 0644 unless --chmod says otherwise, so the container fails to start ("exec /entrypoint.sh: permission denied") and there is no process for the agent to instrument. Add --chmod=755 to the COPY, or start it as `sh /entrypoint.sh`.',
          related: ['deploy.yaml:17'],
        },
      ],
      output: { Dockerfile: dockerfile(HEREDOC.replace('COPY ', 'COPY --chmod=755 ')) },
    },
    {
      name: 'a script a RUN writes with a redirect and never chmods: no fix',
      files: redirect,
      errors: [{ ...span(redirect, 'Dockerfile', "printf '#!/bin/sh\\nexec /app/server\\n' > /entrypoint.sh"), message: ['a file a shell redirect creates has mode 0644 until a chmod', 'Run chmod +x /entrypoint.sh after writing it'] }],
    },
  ],
});

test.run();
