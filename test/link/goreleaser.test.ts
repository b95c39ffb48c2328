// Images GoReleaser builds: linked by the image names of `dockers` / `dockers_v2` (templates as wildcards), their
// Dockerfile evaluated with the binaries GoReleaser puts in the build context, which are Go binaries linked the way
// the `builds:` entry says (GoReleaser's default -ldflags strip them).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { binaryStrippedGo126 } from '../../rules/binary-stripped-go126.ts';
import { binaryUpx } from '../../rules/binary-upx.ts';
import { imageNotLinked } from '../../rules/image-not-linked.ts';
import { targetExeMismatch } from '../../rules/target-exe-mismatch.ts';
import { deployment } from '../helpers/fixtures.ts';
import { lintFiles } from '../helpers/rule-tester.ts';
import { containerTarget } from '../helpers/targets.ts';

const GO_MOD = 'module github.com/acme/checkout\n\ngo 1.26.0\n';

const V2 = `project_name: checkout
builds:
  - main: ./cmd/checkout
    goos: [linux]
dockers_v2:
  - dockerfile: build/release.Dockerfile
    images: ["{{ .Env.REGISTRY }}/checkout"]
`;

const V2_DOCKERFILE = `FROM gcr.io/distroless/static-debian12
ARG TARGETPLATFORM
COPY $TARGETPLATFORM/checkout /usr/bin/checkout
ENTRYPOINT ["/usr/bin/checkout"]
`;

test('dockers_v2: the binary at $TARGETPLATFORM/<binary>, linked by a templated image name', async () => {
  const files = {
    '.goreleaser.yaml': V2,
    'build/release.Dockerfile': V2_DOCKERFILE,
    'go.mod': GO_MOD,
    'deploy.yaml': deployment({ appImage: 'ghcr.io/acme/checkout:v1.4.0', target: '/usr/local/bin/checkout' }),
  };
  const t = await containerTarget(files);
  assert.equal([t.status, t.exe], ['resolved', '/usr/bin/checkout']);
  assert.ok(t.steps.includes('.goreleaser.yaml:3: GoReleaser build "checkout" (./cmd/checkout) sets no ldflags, so GoReleaser links with its default -ldflags "-s -w -X main.version={{.Version}} -X main.commit={{.Commit}} -X main.date={{.Date}} -X main.builtBy=goreleaser", and puts the binary in the build context as linux/amd64/checkout'), t.steps.join('\n'));

  const { diagnostics } = await lintFiles(files, [targetExeMismatch, binaryStrippedGo126]);
  assert.equal(
    diagnostics.map((d) => `${d.ruleId} ${d.range.file}:${d.range.line}:${d.range.column}`),
    ['binary-stripped-go126 .goreleaser.yaml:3:5', 'target-exe-mismatch deploy.yaml:22:22'],
  );
  const [stripped, mismatch] = diagnostics;
  assert.match(stripped!.message, `is stripped of its symbol table (GoReleaser's default -ldflags "-s -w …", as GoReleaser build "checkout" (./cmd/checkout) sets no ldflags) and built with go1.26.0 or later (go.mod's go 1.26.0, go.mod:3)`);
  assert.match(stripped!.message, 'Keep the symbol table (give GoReleaser build "checkout" (./cmd/checkout) an ldflags list without -s, such as "-X main.version={{.Version}}"), or build with Go 1.25 after lowering go.mod\'s go line (go 1.26.0) to 1.25.');
  assert.match(mismatch!.message, 'its image is built from build/release.Dockerfile by the GoReleaser docker image at .goreleaser.yaml:6');
  assert.equal(mismatch!.fix?.edits.map((e) => e.text), ['/usr/bin/checkout']);
});

test('ldflags without -s: no stripped finding; an image name no template can match is not linked', async () => {
  const kept = V2.replace('    goos: [linux]\n', '    goos: [linux]\n    ldflags: ["-X main.version={{.Version}}"]\n');
  const files = {
    '.goreleaser.yaml': kept,
    'build/release.Dockerfile': V2_DOCKERFILE,
    'go.mod': GO_MOD,
    'deploy.yaml': deployment({ appImage: 'ghcr.io/acme/checkout:v1.4.0', target: '/usr/bin/checkout' }),
  };
  const { diagnostics } = await lintFiles(files, [targetExeMismatch, binaryStrippedGo126]);
  assert.equal(diagnostics.map((d) => d.ruleId), []);
  const other = await lintFiles({ ...files, 'deploy.yaml': deployment({ appImage: 'ghcr.io/acme/payments:v1', target: '/usr/bin/checkout' }) }, [imageNotLinked]);
  assert.equal(other.diagnostics.map((d) => d.ruleId), ['image-not-linked']);
  // The only Dockerfile is GoReleaser's build of another image: not a guess for this one.
  assert.match(other.diagnostics[0]!.message, 'build/release.Dockerfile would be the guess for "ghcr.io/acme/payments:v1", but it is the build of {{ .Env.REGISTRY }}/checkout (.goreleaser.yaml:7), so it is not assumed to build this image');
});

test('a Dockerfile a build definition names under another registry, same image name: still the guess', async () => {
  const files = {
    '.goreleaser.yaml': V2.replace('"{{ .Env.REGISTRY }}/checkout"', 'docker.io/dev/checkout'),
    'build/release.Dockerfile': V2_DOCKERFILE,
    'deploy.yaml': deployment({ appImage: 'ghcr.io/acme/checkout:v1.4.0', target: '/usr/bin/checkout' }),
  };
  const t = await containerTarget(files);
  assert.equal([t.status, t.exe], ['resolved', '/usr/bin/checkout']);
  const other = await containerTarget({ ...files, 'deploy.yaml': deployment({ appImage: 'ghcr.io/acme/payments:v1', target: '/usr/bin/checkout' }) });
  assert.is(other.status, 'unknown');
  assert.match(other.unlinkedReason ?? '', 'but it is the build of docker.io/dev/checkout (.goreleaser.yaml:6)');
});

test('dockers: a binary named after a project whose name is not known (no go.mod, no git remote) is the one file of the context the Dockerfile copies; upx', async () => {
  const files = {
    '.goreleaser.yaml': `builds:
  - env: [CGO_ENABLED=0]
    ldflags: ["-X main.version={{.Version}}"]
upx:
  - enabled: true
dockers:
  - image_templates: ["ghcr.io/acme/checkout:{{ .Tag }}"]
    extra_files: [docker/entrypoint.sh]
`,
    Dockerfile: `FROM alpine:3.20
COPY checkout /usr/local/bin/
COPY docker/entrypoint.sh /entrypoint.sh
ENTRYPOINT ["/entrypoint.sh"]
`,
    'docker/entrypoint.sh': '#!/bin/sh\nexec checkout serve "$@"\n',
    'deploy.yaml': deployment({ appImage: 'ghcr.io/acme/checkout:v1.4.0', target: '/usr/local/bin/checkout' }),
  };
  const t = await containerTarget(files);
  assert.equal([t.status, t.exe], ['resolved', '/usr/local/bin/checkout']);
  assert.ok(
    t.steps.some((s) => s.includes("puts the binary in the build context as checkout (the only binary it puts there; its name is not known: the binary is named after the project, and project_name is not set (GoReleaser then takes the name of the git remote's repository))")),
    t.steps.join('\n'),
  );
  const { diagnostics } = await lintFiles(files, [targetExeMismatch, binaryUpx, binaryStrippedGo126]);
  assert.equal(diagnostics.map((d) => `${d.ruleId} ${d.range.file}:${d.range.line}`), ['binary-upx .goreleaser.yaml:3']);
  assert.ok(diagnostics[0]!.related?.some((r) => r.message === 'the GoReleaser upx entry at .goreleaser.yaml:5 packs the binary with UPX' && r.range.line === 5));
});

test('a glob or a whole directory of the context copies the binaries with the repository files', async () => {
  const gr = `project_name: shop
builds:
  - id: api
    main: ./cmd/api
    binary: api
  - id: worker
    main: ./cmd/worker
    binary: worker
dockers_v2:
  - images: [ghcr.io/acme/shop]
`;
  for (const [copy, exe] of [
    ['COPY linux/amd64/ /usr/local/bin/', '/usr/local/bin/api'],
    ['COPY $TARGETPLATFORM/* /usr/local/bin/', '/usr/local/bin/api'],
    ['COPY . /opt/', '/opt/linux/amd64/api'],
  ] as const) {
    const entry = exe.startsWith('/opt/') ? '["/opt/linux/amd64/api"]' : '["api"]';
    const files = {
      '.goreleaser.yaml': gr,
      Dockerfile: `FROM alpine:3.20\nARG TARGETPLATFORM\n${copy}\nENTRYPOINT ${entry}\n`,
      'deploy.yaml': deployment({ appImage: 'ghcr.io/acme/shop:v2', target: exe }),
    };
    const t = await containerTarget(files);
    assert.equal([t.status, t.exe], ['resolved', exe], copy);
    const { diagnostics } = await lintFiles(files, [targetExeMismatch]);
    assert.equal(diagnostics.map((d) => d.message), [], copy);
  }
});

test('kos: the ko image runs /ko-app/<package>; a build that sets no ldflags strips it; .ko.yaml is not read', async () => {
  const config = `project_name: reviews
builds:
  - id: reviews
    main: ./cmd/reviews
kos:
  - build: reviews
    repositories: ["{{ .Env.REGISTRY }}/reviews"]
    bare: true
`;
  const files = {
    '.goreleaser.yaml': config,
    // GoReleaser gives ko its own configuration: this toolchain (Go 1.25.3) is not what it builds with.
    '.ko.yaml': 'defaultEnv: [GOTOOLCHAIN=go1.25.3]\n',
    'go.mod': 'module github.com/acme/reviews\n\ngo 1.26.0\n',
    'cmd/reviews/main.go': 'package main\n',
    'deploy.yaml': deployment({ appImage: 'ghcr.io/acme/reviews:1.8.0', target: '/usr/bin/reviews' }),
  };
  const { diagnostics } = await lintFiles(files, [targetExeMismatch, binaryStrippedGo126]);
  assert.equal(
    diagnostics.map((d) => `${d.ruleId} ${d.range.file}:${d.range.line}:${d.range.column}`),
    ['binary-stripped-go126 .goreleaser.yaml:3:5', 'target-exe-mismatch deploy.yaml:22:22'],
  );
  const [stripped, mismatch] = diagnostics;
  assert.match(stripped!.message, `/ko-app/reviews (container "app") is stripped of its symbol table (GoReleaser's default -ldflags "-s -w …", as GoReleaser build "reviews" (./cmd/reviews) sets no ldflags)`);
  assert.match(mismatch!.message, 'its image is built by ko from the Go package in cmd/reviews as the GoReleaser kos entry at .goreleaser.yaml:6 says');
  assert.equal(mismatch!.fix?.edits.map((e) => e.text), ['/ko-app/reviews']);
  // ldflags of the kos entry without -s: the symbol table stays.
  const kept = await lintFiles({ ...files, '.goreleaser.yaml': `${config}    ldflags: ["-X main.version={{.Version}}"]\n` }, [binaryStrippedGo126]);
  assert.equal(kept.diagnostics, []);
});

// No project_name: GoReleaser names the project (and so the binaries, and `{{ .ProjectName }}`) after go.mod's module,
// else the git remote's repository.
const UNNAMED = `builds:
  - main: ./cmd/server
    ldflags: ["-X main.version={{.Version}}"]
dockers:
  - dockerfile: release.Dockerfile
    image_templates: ["ghcr.io/acme/{{ .ProjectName }}:{{ .Version }}"]
`;
const unnamedDockerfile = (name: string) => `FROM gcr.io/distroless/static-debian12\nCOPY ${name} /usr/bin/${name}\nENTRYPOINT ["/usr/bin/${name}"]\n`;

test('no project_name: the name is the last element of go.mod\'s module path, as GoReleaser guesses it', async () => {
  const files = {
    '.goreleaser.yaml': UNNAMED,
    'release.Dockerfile': unnamedDockerfile('payments'),
    'go.mod': 'module github.com/acme/payments\n\ngo 1.24\n',
    'deploy.yaml': deployment({ appImage: 'ghcr.io/acme/payments:v2.0.1', target: '/usr/bin/payments' }),
  };
  const t = await containerTarget(files);
  assert.equal([t.status, t.exe, t.steps.filter(viaGoReleaser)], ['resolved', '/usr/bin/payments', [
    '.goreleaser.yaml:3: GoReleaser build "payments" (./cmd/server) links with -ldflags "-X main.version={{.Version}}", and puts the binary in the build context as payments',
  ]]);
  // A module path ending in a major version names the project "v2", as GoReleaser does: not this image (the
  // Dockerfile is still the only one of the repository: a guess, without GoReleaser's binary).
  const v2 = await containerTarget({ ...files, 'go.mod': 'module github.com/acme/payments/v2\n\ngo 1.24\n' });
  assert.equal(v2.steps.filter(viaGoReleaser), []);
});

const viaGoReleaser = (step: string) => step.includes('GoReleaser');

test('no project_name and no go.mod: the git remote\'s repository names it; a checkout directory does not', async () => {
  const files = {
    '.goreleaser.yaml': UNNAMED,
    'release.Dockerfile': unnamedDockerfile('ledger'),
    'deploy.yaml': deployment({ appImage: 'ghcr.io/acme/ledger:v1', target: '/usr/bin/ledger' }),
  };
  const remote = await containerTarget({ ...files, '.git/config': '[remote "origin"]\n\turl = git@github.com:acme/ledger.git\n' });
  assert.equal([remote.status, remote.exe, remote.steps.filter(viaGoReleaser).length], ['resolved', '/usr/bin/ledger', 1]);
  const none = await containerTarget(files);
  assert.equal(none.steps.filter(viaGoReleaser), []);
  // A project_name written wins over both.
  const written = await containerTarget({ ...files, '.goreleaser.yaml': `project_name: other\n${UNNAMED}`, '.git/config': '[remote "origin"]\n\turl = git@github.com:acme/ledger.git\n' });
  assert.equal(written.steps.filter(viaGoReleaser), []);
});

// ntfy: one image name, a Dockerfile per architecture told apart by the literal end of the tag template.
test('dockers: the literal parts of a tag template choose the build (`{{ .Tag }}-arm64v8` for v2.14.0-arm64v8)', async () => {
  const goreleaser = `project_name: ntfy
builds:
  - binary: ntfy
dockers:
  - image_templates: ["binwiederhier/ntfy:{{ .Tag }}-amd64"]
    dockerfile: Dockerfile
  - image_templates: ["binwiederhier/ntfy:{{ .Tag }}-arm64v8"]
    dockerfile: Dockerfile-arm
`;
  const files = (tag: string) => ({
    '.goreleaser.yml': goreleaser,
    Dockerfile: 'FROM alpine:3.20\nCOPY ntfy /usr/bin/ntfy\nENTRYPOINT ["/usr/bin/ntfy"]\n',
    'Dockerfile-arm': 'FROM alpine:3.20\nCOPY ntfy /app/ntfy\nENTRYPOINT ["/app/ntfy"]\n',
    'deploy.yaml': deployment({ appImage: `binwiederhier/ntfy:${tag}`, target: '/app/ntfy' }),
  });
  const arm = await containerTarget(files('v2.14.0-arm64v8'));
  assert.equal([arm.status, arm.exe], ['resolved', '/app/ntfy']);
  const amd = await containerTarget(files('v2.14.0-amd64'));
  assert.equal([amd.status, amd.exe], ['resolved', '/usr/bin/ntfy']);
});

test.run();
