// src/parsers/skaffold.ts: artifacts (docker, kaniko, ko), profiles, paths relative to skaffold.yaml.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { LineIndex } from '../../src/model/source.ts';
import type { Range, SourceFile } from '../../src/model/source.ts';
import type { ImageBuildSpec } from '../../src/model/workload.ts';
import { parseSkaffold } from '../../src/parsers/skaffold.ts';

function sf(text: string, path = 'deploy/skaffold.yaml'): SourceFile {
  return { path, absPath: `/repo/${path}`, text, kind: 'skaffold', requested: true, lines: new LineIndex(text) };
}
const pos = (r: Range) => [r.line, r.column, r.endLine, r.endColumn];
const row = (s: ImageBuildSpec) => [s.image, s.context, s.dockerfile, s.target, Object.fromEntries(s.args), s.source.kind, ...pos(s.source.range)];

test('docker artifacts: defaults, dockerfile relative to the context, build args, profiles; other builders named, not read', () => {
  const text = `apiVersion: skaffold/v4beta11
kind: Config
build:
  artifacts:
    - image: api
      context: ../services/api
      docker:
        dockerfile: build/Dockerfile
        target: runtime
        buildArgs:
          GO_VERSION: "1.23"
          VERSION: "{{.IMAGE_TAG}}"
          EMPTY:
    - image: plain
    - image: jibbed
      jib: {}
    - image: kan
      context: k
      kaniko:
        dockerfile: Dockerfile.k
profiles:
  - name: dev
    build:
      artifacts:
        - image: api
          docker: {dockerfile: Dockerfile.dev}
`;
  const { specs, problems } = parseSkaffold(sf(text));
  assert.equal(problems, []);
  assert.equal(specs.map(row), [
    ['api', 'services/api', 'services/api/build/Dockerfile', 'runtime', { GO_VERSION: '1.23' }, 'skaffold', 5, 7, 13, 17],
    ['plain', 'deploy', 'deploy/Dockerfile', undefined, {}, 'skaffold', 14, 7, 14, 19],
    ['jibbed', 'deploy', '', undefined, {}, 'skaffold', 15, 7, 16, 14],
    ['kan', 'deploy/k', 'deploy/k/Dockerfile.k', undefined, {}, 'skaffold', 17, 7, 20, 33],
    ['api', 'deploy', 'deploy/Dockerfile.dev', undefined, {}, 'skaffold', 25, 11, 26, 47],
  ]);
  assert.equal(specs.map((s) => s.external), [undefined, undefined, "by skaffold's jib builder", undefined, undefined]);
});

test('ko artifacts: no Dockerfile; /ko-app/<last element of the main package> when known', () => {
  const text = `apiVersion: skaffold/v2beta29
kind: Config
build:
  artifacts:
    - image: a
      ko:
        main: ./cmd/server
    - image: b
      context: svc
      ko: {}
    - image: ko://github.com/acme/shop/cmd/worker
      ko: {}
    - image: c
      ko: {main: ./cmd/...}
    - image: d
      ko:
        main: ./cmd/d
        fromImage: gcr.io/distroless/static:nonroot
        ldflags: ["-s -w", "-X main.version=1"]
        flags: [-buildmode=pie]
    - image: e
      context: svc
      ko:
        dir: ./mod
        main: ./cmd/e
        env: [GOTOOLCHAIN=go1.25.3]
`;
  const { specs, problems } = parseSkaffold(sf(text, 'skaffold.yaml'));
  assert.equal(problems, []);
  assert.equal(
    specs.map((s) => [s.image, s.dockerfile, s.context, s.ko]),
    [
      // A main of its own: skaffold gives ko this build configuration, not .ko.yaml's builds.
      ['a', '', '.', { packageDir: 'cmd/server', workDir: '.', exe: '/ko-app/server', ownBuild: true }],
      ['b', '', 'svc', { packageDir: 'svc', workDir: 'svc' }],
      ['ko://github.com/acme/shop/cmd/worker', '', '.', { packageDir: '.', workDir: '.', exe: '/ko-app/worker', importPath: 'github.com/acme/shop/cmd/worker' }],
      ['c', '', '.', { packageDir: '.', workDir: '.', ownBuild: true }],
      [
        'd',
        '',
        '.',
        {
          packageDir: 'cmd/d',
          workDir: '.',
          exe: '/ko-app/d',
          baseImage: 'gcr.io/distroless/static:nonroot',
          ldflags: ['-s', '-w', '-X', 'main.version=1'],
          flags: ['-buildmode=pie'],
          ownBuild: true,
        },
      ],
      // ko runs in the context joined with dir, and main is relative to that.
      ['e', '', 'svc', { packageDir: 'svc/mod/cmd/e', workDir: 'svc/mod', exe: '/ko-app/e', env: ['GOTOOLCHAIN=go1.25.3'], ownBuild: true }],
    ],
  );
});

test('several documents: only skaffold Config documents count; bad shapes are problems, not throws', () => {
  const text = `apiVersion: skaffold/v4beta1
kind: Config
build:
  artifacts: {image: x}
---
apiVersion: v1
kind: ConfigMap
build:
  artifacts: [{image: not-skaffold}]
---
apiVersion: skaffold/v4beta1
kind: Config
build:
  artifacts:
    - image: [x]
    - 5
    - image: ok
      docker: "Dockerfile"
profiles: 3
`;
  const { specs, problems } = parseSkaffold(sf(text, 'skaffold.yaml'));
  assert.equal(specs.map((s) => [s.image, s.dockerfile]), [['ok', 'Dockerfile']]);
  assert.equal(problems.map((p) => [p.message, p.range.line]), [
    ['Expected a list for build.artifacts, found a mapping', 4],
    ['Expected a string for image, found a list', 15],
    ['Expected a mapping for an artifact, found the number `5`', 16],
    ['Expected a mapping for docker, found the string "Dockerfile"', 18],
    ['Expected a list for profiles, found the number `3`', 19],
  ]);
});

test.run();
