// src/parsers/goreleaser.ts: the images a GoReleaser configuration builds, and the binaries it puts in their build
// contexts (names, directories, how they are linked).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { LineIndex } from '../../src/model/source.ts';
import type { Range, SourceFile } from '../../src/model/source.ts';
import type { ImageBuildSpec, PrebuiltBinary } from '../../src/model/workload.ts';
import { parseGoReleaser } from '../../src/parsers/goreleaser.ts';
import { classifyName } from '../../src/discover/classify.ts';

function sf(text: string, path = '.goreleaser.yaml'): SourceFile {
  return { path, absPath: `/repo/${path}`, text, kind: 'goreleaser', requested: true, lines: new LineIndex(text) };
}
const pos = (r: Range) => [r.line, r.column, r.endLine, r.endColumn];
const row = (s: ImageBuildSpec) => [s.image, s.imageGlob, s.dockerfile, s.context, s.target, Object.fromEntries(s.args)];
const bin = (b: PrebuiltBinary) => [b.dir, b.name ?? `? ${b.nameUnknown}`, b.pkg, b.packageDir, b.stripped, b.noDwarf, b.pie, b.upx];

test('file names GoReleaser reads, and --config variants', () => {
  for (const p of ['.goreleaser.yaml', '.goreleaser.yml', 'goreleaser.yaml', '.config/goreleaser.yml', 'svc/.goreleaser.nightly.yaml']) {
    assert.is(classifyName(p), 'goreleaser', p);
  }
  for (const p of ['goreleaser.json', 'my-goreleaser.yaml', 'goreleaser/values.yaml']) assert.is.not(classifyName(p), 'goreleaser', p);
});

test('dockers: the binaries of the builds for linux/amd64 at the context root, default ldflags, build flags', () => {
  const text = `version: 2
project_name: shop
env:
  - REGISTRY=ghcr.io/acme
builds:
  - id: api
    main: ./cmd/api
    binary: api
  - id: cli
    dir: tools
    main: ./cmd/cli/main.go
    binary: "{{ .ProjectName }}-cli"
    goos: [darwin]
  - id: worker
    main: ./cmd/worker
    binary: worker
    ldflags:
      - -X main.version={{.Version}}
    flags: [-trimpath, -buildmode=pie]
    goarch: [arm64]
  - id: web
    builder: bun
dockers:
  - image_templates:
      - "{{ .Env.REGISTRY }}/api:{{ .Tag }}"
      - "docker.io/acme/api:latest"
    dockerfile: build/api.Dockerfile
    build_flag_templates:
      - "--build-arg=VERSION={{ .Version }}"
      - --build-arg
      - MODE=release
      - --target=runtime
      - "--platform=linux/arm64"
  - ids: [worker]
    goarch: arm64
    image_templates: ["{{ .Env.OTHER }}/worker", "acme/{{ .Env.NAME }}"]
`;
  const { specs, problems } = parseGoReleaser(sf(text));
  assert.equal(problems, []);
  assert.equal(specs.map(row), [
    ['ghcr.io/acme/api', undefined, 'build/api.Dockerfile', '.', 'runtime', { MODE: 'release', TARGETPLATFORM: 'linux/arm64', TARGETOS: 'linux', TARGETARCH: 'arm64' }],
    ['docker.io/acme/api', undefined, 'build/api.Dockerfile', '.', 'runtime', { MODE: 'release', TARGETPLATFORM: 'linux/arm64', TARGETOS: 'linux', TARGETARCH: 'arm64' }],
    // A template the linter cannot evaluate is a wildcard; a last element that is only one links nothing.
    ['{{ .Env.OTHER }}/worker', '*/worker', 'Dockerfile', '.', undefined, {}],
  ]);
  // amd64: api (cli builds darwin only, worker arm64 only, web is not Go).
  assert.equal(specs[0]!.prebuilt!.map(bin), [['', 'api', './cmd/api', 'cmd/api', true, true, false, false]]);
  assert.equal(specs[2]!.prebuilt!.map(bin), [['', 'worker', './cmd/worker', 'cmd/worker', false, false, true, false]]);
  const api = specs[0]!.prebuilt![0]!;
  assert.match(api.evidence.message, 'GoReleaser build "api" (./cmd/api) sets no ldflags, so GoReleaser links with its default -ldflags "-s -w');
  assert.equal(pos(api.evidence.range), [6, 5, 6, 12]);
  assert.match(api.strip!.fix, 'give GoReleaser build "api" (./cmd/api) an ldflags list without -s');
  const worker = specs[2]!.prebuilt![0]!;
  assert.is(worker.evidence.message, 'GoReleaser build "worker" (./cmd/worker) links with -ldflags "-X main.version={{.Version}}"');
  assert.equal(pos(worker.evidence.range), [17, 5, 18, 37]);
  assert.is(worker.strip, undefined);
  assert.equal(specs.map((s) => s.source.kind), ['goreleaser', 'goreleaser', 'goreleaser']);
});

test('dockers_v2: binaries under <os>/<arch> for each platform, the first platform followed, build_args, upx', () => {
  const text = `project_name: checkout
builds:
  - main: .
    goos: [linux]
    goarch: [amd64, arm64, arm]
    goarm: ["7"]
    ignore:
      - goos: linux
        goarch: arm64
    env: [GOTOOLCHAIN=go1.26.1]
upx:
  - enabled: true
    goarch: [amd64]
  - enabled: "{{ .Env.PACK }}"
dockers_v2:
  - images: [ghcr.io/acme/checkout]
    dockerfile: Dockerfile.release
    build_args:
      BASE: distroless
      VERSION: "{{ .Version }}"
    flags: ["--target=final"]
`;
  const { specs, problems } = parseGoReleaser(sf(text, 'svc/.config/goreleaser.yaml'));
  assert.equal(problems, []);
  assert.equal(specs.map(row), [
    ['ghcr.io/acme/checkout', undefined, 'svc/Dockerfile.release', 'svc', 'final', { TARGETPLATFORM: 'linux/amd64', TARGETOS: 'linux', TARGETARCH: 'amd64', BASE: 'distroless' }],
  ]);
  // The default platforms: linux/amd64 and linux/arm64, which this build skips.
  assert.equal(specs[0]!.prebuilt!.map(bin), [['linux/amd64', 'checkout', '.', 'svc', true, true, false, true]]);
  const b = specs[0]!.prebuilt![0]!;
  assert.is(b.goToolchain, 'go1.26.1');
  assert.match(b.upxEvidence!.message, 'the GoReleaser upx entry at svc/.config/goreleaser.yaml:12 packs the binary with UPX');
  // pomerium's `.github/goreleaser.yaml`: paths from the directory above `.github/`, as for `.config/`.
  assert.equal(parseGoReleaser(sf(text, '.github/goreleaser.yaml')).specs.map((x) => [x.dockerfile, x.context]), [['Dockerfile.release', '.']]);
});

test('names that are not known: project name from the git remote, main: ./..., a template of another field', () => {
  const text = `builds:
  - id: a
  - id: all
    main: ./...
  - id: c
    binary: "{{ .Env.BIN }}"
dockers:
  - image_templates: [acme/app]
`;
  const { specs } = parseGoReleaser(sf(text));
  assert.equal(specs[0]!.prebuilt!.map((p) => p.nameUnknown), [
    "the binary is named after the project, and project_name is not set (GoReleaser then takes the name of the git remote's repository)",
    'main: ./... names each binary after its package',
    '{{ .Env.BIN }} needs a template value not known before the release',
  ]);
  // release.github.name names the project when project_name does not.
  const named = parseGoReleaser(sf(`release:\n  github:\n    owner: acme\n    name: shop\nbuilds:\n  - main: .\ndockers:\n  - image_templates: [acme/shop]\n`));
  assert.equal(named.specs[0]!.prebuilt!.map((p) => p.name), ['shop']);
});

test('kos: ko images named by the bare and base_import_paths namers, with the flags of the build they name', () => {
  const text = `project_name: shop
env:
  - REGISTRY=ghcr.io/acme
builds:
  - id: api
    main: ./cmd/api
    flags: [-buildmode=pie]
    env: [GOTOOLCHAIN=go1.25.3]
  - id: worker
    dir: services
    main: ./cmd/worker/main.go
    ldflags: [-w]
  - id: root
    main: .
kos:
  - build: api
    repositories: ["{{ .Env.REGISTRY }}/api"]
    bare: true
  - id: worker
    repository: docker.io/acme
    base_import_paths: true
    ldflags: ["-s -w"]
    flags: [-trimpath]
  - id: root
    repositories: [ghcr.io/acme]
    base_import_paths: true
  - build: api
    repositories: [ghcr.io/acme]
  - build: api
    repositories: [ghcr.io/acme]
    preserve_import_paths: true
    base_import_paths: true
  - build: missing
    repositories: [ghcr.io/acme/x]
    bare: true
  - build: api
    disable: true
    repositories: [ghcr.io/acme/off]
    bare: true
`;
  const { specs, problems } = parseGoReleaser(sf(text));
  assert.equal(problems, []);
  assert.equal(
    specs.map((s) => [s.image, s.dockerfile, s.context, s.source.kind, s.ko?.packageDir, s.ko?.exe, s.ko?.ldflags?.join(' '), s.ko?.flags, s.ko?.env, s.ko?.ignoresKoYaml]),
    [
      // The build's ldflags: GoReleaser's default (the build sets none).
      ['ghcr.io/acme/api', '', '.', 'goreleaser', 'cmd/api', '/ko-app/api', '-s -w -X main.version={{.Version}} -X main.commit={{.Commit}} -X main.date={{.Date}} -X main.builtBy=goreleaser', ['-buildmode=pie'], ['GOTOOLCHAIN=go1.25.3'], true],
      // Its own ldflags and flags win over the build's; main and dir come from the build.
      ['docker.io/acme/worker', '', 'services', 'goreleaser', 'services/cmd/worker', '/ko-app/worker', '-s -w', ['-trimpath'], undefined, true],
    ],
  );
  assert.equal(specs[0]!.ko!.config!.strip!.how, `GoReleaser's default -ldflags "-s -w …", as GoReleaser build "api" (./cmd/api) sets no ldflags`);
  assert.equal(pos(specs[0]!.ko!.config!.strip!.evidence.range), [5, 5, 5, 12]);
  // An own -s is written where it is: no default-ldflags text.
  assert.equal(specs[1]!.ko!.config!.strip, undefined);
  assert.equal(pos(specs[1]!.ko!.config!.evidence[0]!.range), [22, 5, 22, 23]);
  // KO_DOCKER_REPO replaces the repositories.
  const env = parseGoReleaser(sf(text.replace('  - REGISTRY=ghcr.io/acme\n', '  - REGISTRY=ghcr.io/acme\n  - KO_DOCKER_REPO=registry.example.com/team\n')));
  assert.equal(env.specs.map((s) => s.image), ['registry.example.com/team', 'registry.example.com/team/worker']);
});

test('broken and odd input: problems, not exceptions', () => {
  for (const text of ['builds: 3\ndockers: [1, {image_templates: {a: 1}}]\n', 'dockers:\n  - dockerfile: "{{ .Env.DF }}"\n    image_templates: [a/b]\n', '- a\n- b\n', 'dockers: [{image_templates: ["{{ if .IsSnapshot }}a/b{{ end }}"]}]\n', 'builds: [{ldflags: {a: 1}, goos: 3}]\ndockers: [{}]\n', 'builds: [{id: a}]\nkos: [3, {build: a, bare: true}, {build: a, bare: true, repositories: {x: 1}}]\n']) {
    const { specs } = parseGoReleaser(sf(text));
    assert.ok(specs.every((s) => s.image !== ''), text);
  }
  const { specs, problems } = parseGoReleaser(sf('builds: 3\ndockers: [1]\n'));
  assert.equal(specs, []);
  assert.ok(problems.length >= 1);
});

test.run();
