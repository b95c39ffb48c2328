import { test } from 'uvu';
import { binaryStrippedGo126 } from '../../rules/binary-stripped-go126.ts';
import { ruleTests, span } from '../helpers/rule-tester.ts';
import { deployment } from '../helpers/fixtures.ts';
import { buildLine, composeWithAgent, goDockerfile, operatorWithAgent, sidecarWithAgent } from '../helpers/binaries.ts';

const S = '-ldflags="-s -w"';
const sidecar = { Dockerfile: goDockerfile('golang:1.26', S), 'deploy.yaml': deployment() };
const compose = { Dockerfile: goDockerfile('golang:1.26.1-bookworm', '-trimpath', ['strip /app/server']), 'compose.yaml': composeWithAgent('v0.23.0') };
const toolchain = {
  Dockerfile: goDockerfile('golang:1.25', S).replace('WORKDIR /src', 'WORKDIR /src\nENV GOTOOLCHAIN=auto'),
  'go.mod': 'module example.com/api\n\ngo 1.25.0\n\ntoolchain go1.26.1\n',
  ...operatorWithAgent('v0.24.0'),
};

/** GoReleaser builds the binary (no ldflags: its default -s -w) and the image copies it from the build context. */
const goreleaser = (ldflags = '') => ({
  '.goreleaser.yaml': `project_name: api\nbuilds:\n  - id: api\n    main: ./cmd/api\n${ldflags}dockers:\n  - image_templates: ["ghcr.io/acme/api:{{ .Tag }}"]\n`,
  Dockerfile: 'FROM gcr.io/distroless/static\nCOPY api /app/server\nENTRYPOINT ["/app/server"]\n',
  'go.mod': 'module example.com/api\n\ngo 1.26.0\n',
  'deploy.yaml': deployment(),
});

/** ko builds the ko:// image with .ko.yaml's flags: defaultLdflags with -s strip it. */
const ko = (ldflags: string) => ({
  '.ko.yaml': `defaultLdflags:\n  - ${ldflags}\n`,
  'go.mod': 'module example.com/api\n\ngo 1.26.0\n',
  'deploy.yaml': deployment({ appImage: 'ko://example.com/api/cmd/api', target: '/ko-app/api' }),
});

/** Version stamping from a build argument without a default: the flag's word is not known, its `-s` is. */
const stamped = (ldflags: string) => ({
  Dockerfile: goDockerfile('golang:1.26', ldflags).replace('WORKDIR /src', 'WORKDIR /src\nARG VERSION'),
  'deploy.yaml': deployment(),
});

/** casdoor: one build per platform, and the image copies the one BuildKit's TARGETOS / TARGETARCH name. */
const platform = (armFlags = S) => ({
  Dockerfile: [
    'FROM golang:1.26 AS builder',
    'WORKDIR /src',
    'COPY . .',
    `RUN GOARCH=amd64 go build ${S} -o /app/server_linux_amd64 ./cmd/server`,
    `RUN GOARCH=arm64 go build ${armFlags} -o /app/server_linux_arm64 ./cmd/server`,
    '',
    'FROM gcr.io/distroless/static',
    'ARG TARGETOS',
    'ARG TARGETARCH',
    'COPY --from=builder /app/server_${TARGETOS}_${TARGETARCH} /app/server',
    'ENTRYPOINT ["/app/server"]',
    '',
  ].join('\n'),
  'deploy.yaml': deployment(),
});

ruleTests(binaryStrippedGo126, {
  valid: [
    { name: 'stripped, Go 1.25', files: { Dockerfile: goDockerfile('golang:1.25.3', S), 'deploy.yaml': deployment() } },
    { name: 'an unknown build argument that is the whole -ldflags value is not taken for -s', files: stamped('-ldflags="${LDFLAGS}"') },
    { name: 'Go 1.26, not stripped', files: { Dockerfile: goDockerfile('golang:1.26'), 'deploy.yaml': deployment() } },
    { name: 'an agent after v0.24.0', files: { ...sidecar, 'deploy.yaml': sidecarWithAgent('v0.25.0') } },
    { name: 'agent version unknown', files: { ...sidecar, 'deploy.yaml': sidecarWithAgent('latest') } },
    { name: 'Go version unknown (golang:latest, no go.mod)', files: { Dockerfile: goDockerfile('golang:latest', S), 'deploy.yaml': deployment() } },
    { name: 'GoReleaser build with ldflags that keep the symbol table', files: goreleaser('    ldflags: ["-w -X main.version={{.Version}}"]\n') },
    { name: '.ko.yaml ldflags that keep the symbol table', files: ko('-w') },
    { name: 'GOTOOLCHAIN=local ignores the toolchain line', files: { ...toolchain, Dockerfile: goDockerfile('golang:1.25', S) } },
    { name: 'TARGETARCH picks one of two builds, and only one is stripped: not known', files: platform('-ldflags="-w"') },
  ],
  invalid: [
    {
      // centrifugo, headscale: go.mod asks for Go 1.26; Go 1.25 alone refuses the module.
      name: "go.mod's go 1.26: building with Go 1.25 means lowering it",
      files: { ...sidecar, 'go.mod': 'module example.com/api\n\ngo 1.26\n' },
      errors: [{ ...span(sidecar, 'Dockerfile', buildLine(S)), message: ["or build with Go 1.25 after lowering go.mod's go line (go 1.26) to 1.25."] }],
    },
    {
      name: '-ldflags with an unknown build argument in it: the literal -s still strips (one word and two words)',
      files: stamped('-ldflags="-s -w -X main.version=${VERSION}"'),
      errors: [{ ...span(stamped('-ldflags="-s -w -X main.version=${VERSION}"'), 'Dockerfile', buildLine('-ldflags="-s -w -X main.version=${VERSION}"')), message: ['is stripped of its symbol table'] }],
    },
    {
      name: '-ldflags and its value as two words, the value with an unknown part',
      files: stamped('-ldflags "-X main.version=$VERSION -s"'),
      errors: [{ ...span(stamped('-ldflags "-X main.version=$VERSION -s"'), 'Dockerfile', buildLine('-ldflags "-X main.version=$VERSION -s"')), message: ['is stripped of its symbol table'] }],
    },
    {
      name: 'sidecar: golang:1.26 and -s',
      files: sidecar,
      errors: [
        {
          ...span(sidecar, 'Dockerfile', buildLine(S)),
          severity: 'error',
          message:
            '/app/server (container "app") is stripped of its symbol table (-ldflags -s or strip) and built with go1.26.x (the builder image\'s Go 1.26, Dockerfile:1); agent container "otel-go-agent" (otel/autoinstrumentation-go:v0.24.0, deploy.yaml:19) is v0.24.0, and agents up to v0.24.0 misread the function table of stripped Go 1.26+ binaries (open issue open-telemetry/opentelemetry-go-instrumentation#3869): on amd64 the agent exits with "overflow in offset to read in the text section", on arm64 it attaches at wrong offsets. Keep the symbol table (drop -s from -ldflags and any strip), or build with Go 1.25.',
          related: ['Dockerfile:1', 'Dockerfile:4', 'Dockerfile:7', 'deploy.yaml:19'],
        },
      ],
    },
    {
      name: "GoReleaser: a build that sets no ldflags gets GoReleaser's default -s -w",
      files: goreleaser(),
      errors: [
        {
          ...span(goreleaser(), '.goreleaser.yaml', 'id: api'),
          message: [
            `/app/server (container "app") is stripped of its symbol table (GoReleaser's default -ldflags "-s -w …", as GoReleaser build "api" (./cmd/api) sets no ldflags) and built with go1.26.0 or later (go.mod's go 1.26.0, go.mod:3)`,
            'Keep the symbol table (give GoReleaser build "api" (./cmd/api) an ldflags list without -s, such as "-X main.version={{.Version}}"), or build with Go 1.25 after lowering go.mod\'s go line (go 1.26.0) to 1.25.',
          ],
          related: ['go.mod:3', '.goreleaser.yaml:3', 'Dockerfile:2', 'deploy.yaml:19'],
        },
      ],
    },
    {
      name: ".ko.yaml: defaultLdflags -s -w, reported at that entry with what to drop",
      files: ko('-s -w'),
      errors: [
        {
          ...span(ko('-s -w'), '.ko.yaml', 'defaultLdflags:\n  - -s -w'),
          message: [
            `/ko-app/api (container "app") is stripped of its symbol table (-s in defaultLdflags in .ko.yaml) and built with go1.26.0 or later (go.mod's go 1.26.0, go.mod:3)`,
            'Keep the symbol table (drop -s from defaultLdflags in .ko.yaml), or build with Go 1.25 after lowering go.mod\'s go line (go 1.26.0) to 1.25.',
          ],
          related: ['go.mod:3', 'deploy.yaml:17', '.ko.yaml:1', 'deploy.yaml:19'],
        },
      ],
    },
    {
      name: 'TARGETARCH picks one of two builds, both stripped Go 1.26: reported at the first, the COPY says why',
      files: platform(),
      errors: [
        {
          ...span(platform(), 'Dockerfile', `GOARCH=amd64 go build ${S} -o /app/server_linux_amd64 ./cmd/server`),
          message: ['/app/server (container "app") is stripped of its symbol table (-ldflags -s or strip) and built with go1.26.x'],
          related: ['Dockerfile:1', 'Dockerfile:4', 'Dockerfile:10', 'deploy.yaml:19'],
        },
      ],
    },
    {
      name: 'compose: strip after the build, exact tag',
      files: compose,
      errors: [{ ...span(compose, 'Dockerfile', buildLine('-trimpath')), message: ['built with go1.26.1', 'is v0.23.0'], related: ['Dockerfile:1', 'Dockerfile:4', 'Dockerfile:5', 'Dockerfile:8', 'compose.yaml:5'] }],
    },
    {
      name: "Operator: GOTOOLCHAIN=auto switches to go.mod's toolchain go1.26.1",
      files: toolchain,
      errors: [
        {
          ...span(toolchain, 'Dockerfile', buildLine(S)),
          message: ["built with go1.26.1 (the builder image's Go 1.25, GOTOOLCHAIN=auto, go.mod's toolchain go1.26.1, Dockerfile:1, Dockerfile:3, go.mod:5)"],
          related: ['Dockerfile:1', 'Dockerfile:3', 'go.mod:5', 'Dockerfile:5', 'Dockerfile:8', 'instrumentation.yaml:9'],
        },
      ],
    },
  ],
});

test.run();
