import { test } from 'uvu';
import { targetExeWrapper } from '../../rules/target-exe-wrapper.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment, s6Image, s6OverlayImage, S6_RC_APP, supervisordImage } from '../helpers/fixtures.ts';

const scriptImage = `FROM golang:1.23-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /app/server ./cmd/server

FROM alpine:3.20
COPY --from=build /app/server /app/server
COPY entrypoint.sh /
ENTRYPOINT ["/entrypoint.sh"]
CMD ["--port", "8080"]
`;
const script = `#!/bin/sh
set -e
echo "starting"
exec /app/server "$@"
`;
const noExecScript = `#!/bin/bash
/app/server "$@"
`;
const wrapper = { Dockerfile: scriptImage, 'entrypoint.sh': script, 'deploy.yaml': deployment({ target: '/entrypoint.sh' }) };
const bareName = { Dockerfile: scriptImage, 'entrypoint.sh': script, 'deploy.yaml': deployment({ target: 'entrypoint.sh' }) };
const childScript = { Dockerfile: scriptImage, 'entrypoint.sh': noExecScript, 'deploy.yaml': deployment({ target: '/bin/bash' }) };
const shellC = {
  Dockerfile: scriptImage,
  'entrypoint.sh': script,
  'deploy.yaml': deployment({ target: '/bin/sh', appExtra: ['          command: ["/bin/sh", "-c", "exec /app/server --port 9090"]'] }),
};
const tini = {
  Dockerfile: scriptImage.replace('ENTRYPOINT ["/entrypoint.sh"]', 'ENTRYPOINT ["/sbin/tini", "--", "/entrypoint.sh"]'),
  'entrypoint.sh': script,
  'deploy.yaml': deployment({ target: '/sbin/tini' }),
};
const s6 = s6Image('/bin/s6-svscan');
const supervisord = supervisordImage('/usr/bin/supervisord');
const s6Init = s6OverlayImage('/init', S6_RC_APP);
const s6RunFile = s6OverlayImage('/etc/s6-overlay/s6-rc.d/app/run', S6_RC_APP);
const unknownImage = { 'deploy.yaml': deployment({ target: '/docker-entrypoint.sh', appImage: 'ghcr.io/other/thing:1' }) };

ruleTests(targetExeWrapper, {
  valid: [
    { name: 'the exec target is named', files: { ...wrapper, 'deploy.yaml': deployment({ target: '/app/server' }) } },
    { name: 'a script that is not run is not a wrapper', files: { Dockerfile: scriptImage.replace('ENTRYPOINT ["/entrypoint.sh"]', 'ENTRYPOINT ["/app/server"]'), 'entrypoint.sh': script, 'deploy.yaml': deployment({ target: '/app/server' }) } },
  ],
  invalid: [
    {
      name: 'the entrypoint script (seed scenario 3)',
      files: wrapper,
      errors: [
        {
          ...span(wrapper, 'deploy.yaml', '/entrypoint.sh'),
          message: ['the script /entrypoint.sh', 'reports a script as its interpreter', 'is "/app/server"'],
          related: ['Dockerfile:8', 'Dockerfile:6', 'Dockerfile:9', 'Dockerfile:10', 'Dockerfile:8', 'entrypoint.sh:4', 'entrypoint.sh:4', 'Dockerfile:4', 'Dockerfile:7'],
        },
      ],
      output: { 'deploy.yaml': deployment({ target: '/app/server' }) },
    },
    {
      name: 'the script by bare name',
      files: bareName,
      errors: [{ ...span(bareName, 'deploy.yaml', 'entrypoint.sh', 0), message: ['the script /entrypoint.sh'] }],
      output: { 'deploy.yaml': deployment({ target: '/app/server' }) },
    },
    {
      name: 'the interpreter of a script that starts the binary as a child',
      files: childScript,
      errors: [{ ...span(childScript, 'deploy.yaml', '/bin/bash'), message: ['is "/app/server"'] }],
      output: { 'deploy.yaml': deployment({ target: '/app/server' }) },
    },
    {
      name: 'sh -c in the manifest command',
      files: shellC,
      errors: [{ ...span(shellC, 'deploy.yaml', '/bin/sh', 1), message: ['the shell /bin/sh'] }],
      output: { 'deploy.yaml': shellC['deploy.yaml'].replace('value: /bin/sh', 'value: /app/server') },
    },
    {
      name: 'a process supervisor (s6-svscan) instead of the service that runs the Go binary',
      files: s6,
      errors: [
        {
          ...span(s6, 'deploy.yaml', '/bin/s6-svscan'),
          message:
            'OTEL_GO_AUTO_TARGET_EXE is "/bin/s6-svscan", the init s6-svscan, which starts the program as its child. The Go process of container "app" is "/app/server" (Dockerfile:4, Dockerfile:8; its image is assumed to be built from Dockerfile, the only Dockerfile in the repository); set it to that.',
        },
      ],
      output: { 'deploy.yaml': deployment({ target: '/app/server' }) },
    },
    {
      name: 'supervisord instead of the program that runs the Go binary',
      files: supervisord,
      errors: [
        {
          ...span(supervisord, 'deploy.yaml', '/usr/bin/supervisord'),
          message:
            'OTEL_GO_AUTO_TARGET_EXE is "/usr/bin/supervisord", the init supervisord, which starts the program as its child. The Go process of container "app" is "/app/server" (Dockerfile:4, Dockerfile:9; its image is assumed to be built from Dockerfile, the only Dockerfile in the repository); set it to that.',
          related: ['Dockerfile:11', 'Dockerfile:6', 'Dockerfile:11', 'Dockerfile:11', 'docker/supervisord.conf:9', 'Dockerfile:4', 'Dockerfile:9', 'Dockerfile:11'],
        },
      ],
      output: { 'deploy.yaml': deployment({ target: '/app/server' }) },
    },
    {
      name: "s6-overlay's /init instead of the service that runs the Go binary",
      files: s6Init,
      errors: [{ ...span(s6Init, 'deploy.yaml', '/init'), message: ['is "/init", the init s6-overlay, which starts the program as its child. The Go process of container "app" is "/app/server" ('] }],
      output: { 'deploy.yaml': deployment({ target: '/app/server' }) },
    },
    {
      name: "an s6 service's execline run file: the kernel reports its interpreter",
      files: s6RunFile,
      errors: [
        {
          ...span(s6RunFile, 'deploy.yaml', '/etc/s6-overlay/s6-rc.d/app/run'),
          message: ['is "/etc/s6-overlay/s6-rc.d/app/run", the script /etc/s6-overlay/s6-rc.d/app/run; the kernel reports a script as its interpreter (/command/execlineb), never the script\'s path.'],
        },
      ],
      output: { 'deploy.yaml': deployment({ target: '/app/server' }) },
    },
    {
      name: 'tini',
      files: tini,
      errors: [{ ...span(tini, 'deploy.yaml', '/sbin/tini'), message: ['the init tini'] }],
      output: { 'deploy.yaml': deployment({ target: '/app/server' }) },
    },
    {
      name: 'a script name even when the image is unknown: no fix',
      files: unknownImage,
      errors: [{ ...span(unknownImage, 'deploy.yaml', '/docker-entrypoint.sh'), message: ['a wrapper (/docker-entrypoint.sh)', 'Set it to the absolute path of the Go binary'] }],
    },
  ],
});

test.run();
