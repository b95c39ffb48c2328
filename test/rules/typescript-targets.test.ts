// The target rules on cdk8s (L1, cdk8s-plus) and Pulumi programs: the finding is on the string literal in the .ts
// file (or in the sibling file that defines the constant), and --fix rewrites only that literal, keeping its quotes.
// A value computed at run time (process.env, EnvValue.fromProcess) is never a finding.

import { test } from 'uvu';
import { targetExeMismatch } from '../../rules/target-exe-mismatch.ts';
import { targetExeRelative } from '../../rules/target-exe-relative.ts';
import { targetExeWrapper } from '../../rules/target-exe-wrapper.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { SEED_DOCKERFILE } from '../helpers/fixtures.ts';
import { cdk8sL1Program, cdk8sPlusProgram, pulumiProgram } from '../helpers/ts-programs.ts';

const seed = (program: string, file = 'main.ts') => ({ Dockerfile: SEED_DOCKERFILE, [file]: program });

const plusMismatch = seed(cdk8sPlusProgram({ target: "'/src/server'" }));
const l1Mismatch = seed(cdk8sL1Program({ target: '"/src/server"' }), 'deploy/main.ts');
const pulumiMismatch = seed(pulumiProgram({ target: '`/src/server`' }), 'index.ts');
const concatenated = seed(pulumiProgram({ prelude: ["const BUILD_DIR = '/src';"], target: "BUILD_DIR + '/server'" }), 'index.ts');
const sibling = {
  Dockerfile: SEED_DOCKERFILE,
  'deploy/constants.ts': `// Where the builder stage puts the binary.\nexport const TARGET = "/src/server";\n`,
  'deploy/main.ts': cdk8sPlusProgram({ prelude: ["import { TARGET } from './constants';"], target: 'TARGET' }),
};

const mismatchMessage = [
  'OTEL_GO_AUTO_TARGET_EXE is "/src/server", but container "app" runs "/app/server" (Dockerfile:8, Dockerfile:4, Dockerfile:7; its image is assumed to be built from Dockerfile, the only Dockerfile in the repository)',
  'Set it to "/app/server".',
];

ruleTests(targetExeMismatch, {
  valid: [
    { name: 'cdk8s-plus, right path', files: seed(cdk8sPlusProgram()) },
    { name: 'cdk8s L1, right path', files: seed(cdk8sL1Program()) },
    { name: 'Pulumi, right path from a constant', files: seed(pulumiProgram({ prelude: ["const TARGET = '/app/server';"], target: 'TARGET' })) },
    { name: 'cdk8s-plus, computed at synth time (process.env)', files: seed(cdk8sPlusProgram({ target: 'process.env.OTEL_TARGET!' })) },
    { name: 'Pulumi, computed at run time (process.env)', files: seed(pulumiProgram({ target: "process.env.OTEL_TARGET ?? '/src/server'" })) },
    { name: 'Pulumi, from stack config', files: seed(`import * as pulumi from '@pulumi/pulumi';\n${pulumiProgram({ target: "new pulumi.Config().require('target')" })}`) },
  ],
  invalid: [
    {
      name: 'cdk8s-plus EnvValue.fromValue, single quotes',
      files: plusMismatch,
      errors: [
        {
          ...span(plusMismatch, 'main.ts', "'/src/server'"),
          severity: 'error',
          message:
            'OTEL_GO_AUTO_TARGET_EXE is "/src/server", but container "app" runs "/app/server" (Dockerfile:8, Dockerfile:4, Dockerfile:7; its image is assumed to be built from Dockerfile, the only Dockerfile in the repository); the agent compares the two paths exactly, so it will never attach. Set it to "/app/server".',
          related: ['Dockerfile:6', 'Dockerfile:8', 'Dockerfile:8', 'Dockerfile:4', 'Dockerfile:7'],
        },
      ],
      output: { 'main.ts': cdk8sPlusProgram({ target: "'/app/server'" }) },
    },
    {
      name: 'cdk8s L1 KubeDeployment env value, double quotes, program in a subdirectory',
      files: l1Mismatch,
      errors: [{ ...span(l1Mismatch, 'deploy/main.ts', '"/src/server"'), severity: 'error', message: mismatchMessage }],
      output: { 'deploy/main.ts': cdk8sL1Program({ target: '"/app/server"' }) },
    },
    {
      name: 'Pulumi k8s.apps.v1.Deployment, template literal',
      files: pulumiMismatch,
      errors: [{ ...span(pulumiMismatch, 'index.ts', '`/src/server`'), severity: 'error', message: mismatchMessage }],
      output: { 'index.ts': pulumiProgram({ target: '`/app/server`' }) },
    },
    {
      name: 'Pulumi, concatenated constants: the expression becomes one literal',
      files: concatenated,
      errors: [{ ...span(concatenated, 'index.ts', "BUILD_DIR + '/server'"), severity: 'error', message: mismatchMessage }],
      output: { 'index.ts': pulumiProgram({ prelude: ["const BUILD_DIR = '/src';"], target: "'/app/server'" }) },
    },
    {
      name: 'cdk8s-plus, constant imported from a sibling file: reported and fixed there',
      files: sibling,
      errors: [{ ...span(sibling, 'deploy/constants.ts', '"/src/server"'), severity: 'error', message: mismatchMessage }],
      output: { 'deploy/constants.ts': `// Where the builder stage puts the binary.\nexport const TARGET = "/app/server";\n` },
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------

const scriptImage = `FROM golang:1.23-alpine AS build
WORKDIR /src
COPY . .
RUN go build -o /app/server ./cmd/server

FROM alpine:3.20
COPY --from=build /app/server /app/server
COPY entrypoint.sh /
ENTRYPOINT ["/entrypoint.sh"]
`;
const script = `#!/bin/sh
set -e
exec /app/server "$@"
`;
const withScript = (program: string, file = 'main.ts') => ({ Dockerfile: scriptImage, 'entrypoint.sh': script, [file]: program });
const plusWrapper = withScript(cdk8sPlusProgram({ target: "'/entrypoint.sh'" }));
const l1Wrapper = withScript(cdk8sL1Program({ target: "'/entrypoint.sh'" }));
const pulumiWrapper = withScript(pulumiProgram({ target: '"/bin/sh"' }), 'index.ts');
const wrapperMessage = ['the script /entrypoint.sh', 'is "/app/server"'];

ruleTests(targetExeWrapper, {
  valid: [
    { name: 'cdk8s-plus names the exec target', files: withScript(cdk8sPlusProgram({ target: "'/app/server'" })) },
    { name: 'Pulumi, computed (process.env)', files: withScript(pulumiProgram({ target: 'process.env.TARGET' }), 'index.ts') },
  ],
  invalid: [
    {
      name: 'cdk8s-plus: the entrypoint script',
      files: plusWrapper,
      errors: [{ ...span(plusWrapper, 'main.ts', "'/entrypoint.sh'"), severity: 'error', message: wrapperMessage }],
      output: { 'main.ts': cdk8sPlusProgram({ target: "'/app/server'" }) },
    },
    {
      name: 'cdk8s L1: the entrypoint script',
      files: l1Wrapper,
      errors: [{ ...span(l1Wrapper, 'main.ts', "'/entrypoint.sh'"), severity: 'error', message: wrapperMessage }],
      output: { 'main.ts': cdk8sL1Program({ target: "'/app/server'" }) },
    },
    {
      name: 'Pulumi: the interpreter of the script',
      files: pulumiWrapper,
      errors: [{ ...span(pulumiWrapper, 'index.ts', '"/bin/sh"'), severity: 'error', message: ['"/bin/sh"', '"/app/server"'] }],
      output: { 'index.ts': pulumiProgram({ target: '"/app/server"' }) },
    },
  ],
});

// ---------------------------------------------------------------------------------------------------------------

const plusRelative = seed(cdk8sPlusProgram({ target: "'./server'" }));
const pulumiRelative = seed(pulumiProgram({ target: '"server"' }), 'index.ts');
const l1Relative = seed(cdk8sL1Program({ target: '`app/server`' }));

ruleTests(targetExeRelative, {
  valid: [
    { name: 'cdk8s-plus, absolute', files: seed(cdk8sPlusProgram()) },
    { name: 'cdk8s L1, computed (process.env)', files: seed(cdk8sL1Program({ target: 'process.env.TARGET' })) },
  ],
  invalid: [
    {
      name: 'cdk8s-plus ./server: single quotes kept',
      files: plusRelative,
      errors: [{ ...span(plusRelative, 'main.ts', "'./server'"), severity: 'error', message: ['the relative path "./server"', 'i.e. "/server"', 'runs "/app/server"'] }],
      output: { 'main.ts': cdk8sPlusProgram({ target: "'/app/server'" }) },
    },
    {
      name: 'Pulumi bare name: double quotes kept',
      files: pulumiRelative,
      errors: [{ ...span(pulumiRelative, 'index.ts', '"server"'), severity: 'error', message: ['the relative path "server"', 'runs "/app/server"'] }],
      output: { 'index.ts': pulumiProgram({ target: '"/app/server"' }) },
    },
    {
      name: 'cdk8s L1 app/server: template literal kept',
      files: l1Relative,
      errors: [{ ...span(l1Relative, 'main.ts', '`app/server`'), severity: 'error', message: ['the relative path "app/server"', 'i.e. "/app/server"', 'Write the absolute path "/app/server".'] }],
      output: { 'main.ts': cdk8sL1Program({ target: '`/app/server`' }) },
    },
  ],
});

test.run();
