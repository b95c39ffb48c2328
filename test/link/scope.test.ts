// A run on some files links only the workloads whose findings can land in them (src/link/scope.ts). Each case puts
// the file that is linted away from the workload and its build, so that one test of the scope keeps the workload;
// the scoped run must report what a run linking every workload reports, and report something in that file.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { allRules } from '../../rules/index.ts';
import { AGENT_IMAGE, SEED_DOCKERFILE, deployment, operatorApp } from '../helpers/fixtures.ts';
import { lintRepo } from '../helpers/rule-tester.ts';

/** Lints `file` alone in `files`, scoped and linking everything; returns the scoped run's findings in `file`. */
async function compare(files: Record<string, string>, file: string): Promise<{ ruleIds: string[]; messages: string[]; deployments: number; all: number }> {
  const scoped = await lintRepo(files, allRules, [file]);
  const everything = await lintRepo(files, allRules, [file], { linkEverything: true });
  assert.equal(scoped.diagnostics, everything.diagnostics, `${file}: the scoped and the full report differ`);
  const own = scoped.diagnostics.filter((d) => d.range.file === file);
  return { ruleIds: own.map((d) => d.ruleId), messages: own.map((d) => d.message), deployments: scoped.model.deployments.length, all: everything.model.deployments.length };
}

/** A second, unrelated service (its directory holds its code: it is its build context): a scoped run must leave it out. */
const other = {
  'services/billing/Dockerfile': SEED_DOCKERFILE,
  'services/billing/go.mod': 'module example.com/billing\n',
  'deploy/billing.yaml': deployment({ name: 'billing', appImage: 'ghcr.io/acme/billing:1.0.0', target: '/srv/billing' }),
};

test('a ConfigMap in a file of its own: the workloads that name it are linked', async () => {
  const files = {
    ...other,
    'services/api/Dockerfile': SEED_DOCKERFILE,
    'deploy/api.yaml': deployment({
      agentEnv: [
        '            - name: OTEL_GO_AUTO_TARGET_EXE',
        '              valueFrom:',
        '                configMapKeyRef:',
        '                  name: otel-target',
        '                  key: exe',
      ],
    }),
    'config/otel.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: otel-target\ndata:\n  exe: /server\n',
  };
  const r = await compare(files, 'config/otel.yaml');
  assert.equal(r.ruleIds, ['target-exe-mismatch']);
  assert.is(r.deployments, 1);
  assert.is(r.all, 2);
});

test('an Instrumentation in a file of its own: every workload is linked', async () => {
  const files = {
    ...other,
    'services/api/Dockerfile': SEED_DOCKERFILE,
    // Without its target annotation: the Instrumentation's env gives the target.
    'deploy/api.yaml': operatorApp
      .split('\n')
      .filter((l) => !l.includes('otel-go-auto-target-exe'))
      .join('\n'),
    'platform/instrumentation.yaml': [
      'apiVersion: opentelemetry.io/v1alpha1',
      'kind: Instrumentation',
      'metadata:',
      '  name: go',
      'spec:',
      '  go:',
      '    env:',
      '      - name: OTEL_GO_AUTO_TARGET_EXE',
      '        value: /server',
      '',
    ].join('\n'),
  };
  const r = await compare(files, 'platform/instrumentation.yaml');
  assert.ok(r.ruleIds.includes('target-exe-mismatch'), r.ruleIds.join(', '));
  assert.is(r.deployments, r.all);
});

test("a Helm chart's values.yaml: the chart's workloads are linked", async () => {
  const files = {
    ...other,
    'services/api/Dockerfile': SEED_DOCKERFILE,
    'charts/api/Chart.yaml': 'apiVersion: v2\nname: api\nversion: 0.1.0\n',
    'charts/api/values.yaml': 'image: ghcr.io/acme/api:1.0.0\ntarget: /server\n',
    'charts/api/templates/deployment.yaml': deployment({ appImage: '"{{ .Values.image }}"', target: '"{{ .Values.target }}"' }),
  };
  const r = await compare(files, 'charts/api/values.yaml');
  assert.equal(r.ruleIds, ['target-exe-mismatch']);
  assert.is(r.deployments, 1);
});

test('a file in the build context: the workloads of that image are linked', async () => {
  const files = {
    ...other,
    'services/api/Dockerfile': `${SEED_DOCKERFILE.trimEnd()}\nCOPY entrypoint.sh /entrypoint.sh\nENTRYPOINT ["/entrypoint.sh"]\n`,
    'services/api/entrypoint.sh': '#!/bin/sh\nexec /app/server "$@"\n',
    'deploy/api.yaml': deployment({ target: '/entrypoint.sh' }),
  };
  for (const file of ['services/api/entrypoint.sh', 'services/api/Dockerfile']) {
    const r = await compare(files, file);
    assert.is(r.deployments, 1, file);
    assert.is(r.all, 2, file);
  }
});

test("images the config file maps: only the linted file's workloads are linked", async () => {
  const files = {
    ...other,
    'build/Dockerfile': SEED_DOCKERFILE,
    'deploy/api.yaml': deployment({ target: '/server' }),
    '.otel-target-lint.yaml': 'images:\n  - image: ghcr.io/acme/api\n    dockerfile: build/Dockerfile\n',
  };
  const r = await compare(files, 'deploy/api.yaml');
  assert.equal(r.ruleIds, ['target-exe-mismatch']);
  assert.ok(r.messages[0]!.includes('as mapped in .otel-target-lint.yaml'), r.messages[0]);
  assert.is(r.deployments, 1);
  assert.is(r.all, 2);
  const unrelated = await compare(files, 'deploy/billing.yaml');
  assert.is(unrelated.deployments, 1);
});

test('an unrelated file: no workload is linked, and nothing is reported', async () => {
  const files = { ...other, 'services/api/Dockerfile': SEED_DOCKERFILE, 'deploy/api.yaml': deployment({ target: '/server' }), 'docs/notes.yaml': 'a: 1\n' };
  const r = await compare(files, 'docs/notes.yaml');
  assert.equal(r.ruleIds, []);
  assert.is(r.deployments, 0);
  assert.is(r.all, 2);
});


test('a build definition that names an image no linted file takes part in: no other Dockerfile is parsed for its FROMs', async () => {
  // Any build a definition names an image for could be a FROM of another image; only when one of them touches a
  // linted file must the other workloads' Dockerfiles be read to find out.
  const files = {
    ...other,
    'services/api/Dockerfile': SEED_DOCKERFILE,
    'deploy/api.yaml': deployment({ target: '/server' }),
    'docker-bake.hcl': 'target "tool" {\n  context = "tools"\n  tags = ["ghcr.io/acme/tool:1"]\n}\n',
    'tools/Dockerfile': 'FROM alpine:3.20\nCMD ["true"]\n',
  };
  const r = await compare(files, 'deploy/api.yaml');
  assert.equal(r.ruleIds, ['target-exe-mismatch']);
  assert.is(r.deployments, 1);
  const scoped = await lintRepo(files, allRules, ['deploy/api.yaml']);
  assert.equal([...scoped.model.dockerfiles.keys()].sort(), ['services/api/Dockerfile']);
  // Linting the tool's Dockerfile: a FROM of it could be anywhere, so every workload's Dockerfile is read.
  const tool = await lintRepo(files, allRules, ['tools/Dockerfile']);
  assert.equal([...tool.model.dockerfiles.keys()].sort(), ['services/api/Dockerfile', 'services/billing/Dockerfile', 'tools/Dockerfile']);
});

test("the Dockerfile of a base image the workload's image is built FROM: the workload is linked", async () => {
  // The base image builds the Go binary (stripped) and the app image only adds its configuration: the finding on
  // the base Dockerfile's `go build` needs the Deployment, whose image is built from app/Dockerfile.
  const files = {
    ...other,
    'images/base/Dockerfile': `FROM golang:1.23 AS build
WORKDIR /src
COPY . .
RUN go build -ldflags="-s -w" -o /out/server ./cmd/server
FROM alpine:3.20
COPY --from=build /out/server /app/server
ENTRYPOINT ["/app/server"]
`,
    'services/api/Dockerfile': 'FROM ghcr.io/acme/base:1\nCOPY config.yaml /etc/api/config.yaml\n',
    'deploy/api.yaml': deployment({ appImage: 'ghcr.io/acme/api:1.0.0' }).replace(AGENT_IMAGE, 'otel/autoinstrumentation-go:v0.19.0-alpha'),
    '.otel-target-lint.yaml': [
      'images:',
      '  - image: ghcr.io/acme/api',
      '    dockerfile: services/api/Dockerfile',
      '  - image: ghcr.io/acme/base',
      '    dockerfile: images/base/Dockerfile',
      '',
    ].join('\n'),
  };
  const r = await compare(files, 'images/base/Dockerfile');
  assert.equal(r.ruleIds, ['binary-stripped-old-agent', 'go-version-unsupported']);
  assert.is(r.deployments, 1);
  assert.is(r.all, 2);
});

test.run();
